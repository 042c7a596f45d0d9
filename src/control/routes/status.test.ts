// Tests of the public status routes: no token, short caching, origin health and incidents in the view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECRET, seedSecretIncident } from '../../../test/support/secret-incident.js';
import { xmlProblem } from '../../../test/support/well-formed-xml.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const get = (url: string) => f.app.inject({ method: 'GET', url, headers: { host: 'status.example.org' } });

describe('the public status routes', () => {
  it('answer without a token, cacheable for ten seconds', async () => {
    for (const [url, type] of [
      ['/status', 'text/html; charset=utf-8'],
      ['/status.json', 'application/json; charset=utf-8'],
      ['/status/feed.atom', 'application/atom+xml; charset=utf-8'],
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('public, max-age=10');
    }
    const page = await get('/status');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('All systems operational');
  });

  it('shows every service as a major outage when no origin can take traffic', async () => {
    f.health = {
      ...f.health,
      status: 'degraded',
      origins: [{ url: 'http://127.0.0.1:8081', healthy: false }],
    };
    const body = (await get('/status.json')).json();
    expect(body.status).toBe('major_outage');
    expect(body.components).toEqual([{ name: 'Website', status: 'major_outage' }]);
    expect((await get('/status')).body).toContain('Major outage');
  });

  it('shows an open incident and its public update, and only those', async () => {
    await seedSecretIncident(
      f.store,
      { openedAt: f.clock.now - 60_000, services: [], severity: 'SEV1' },
      'Logins are failing.',
    );
    const json = (await get('/status.json')).json();
    expect(json.components).toEqual([{ name: 'Website', status: 'major_outage' }]);
    expect(json.incidents).toHaveLength(1);
    expect(json.incidents[0].updates[0]).toMatchObject({
      stage: 'investigating',
      text: 'Logins are failing.',
    });
    const feed = (await get('/status/feed.atom')).body;
    expect(xmlProblem(feed)).toBeUndefined();
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="http://status.example.org/status/feed.atom"/>',
    );
    for (const url of ['/status', '/status.json', '/status/feed.atom']) {
      expect((await get(url)).body).not.toContain(SECRET);
    }
  });

  it('serves the same view for the cache period, then a fresh one', async () => {
    expect((await get('/status.json')).json().incidents).toEqual([]);
    await seedSecretIncident(f.store, { openedAt: f.clock.now - 60_000 });
    expect((await get('/status.json')).json().incidents).toEqual([]);
    f.clock.now += 10_000;
    expect((await get('/status.json')).json().incidents).toHaveLength(1);
  });

  it('answers 503 in the usual error shape when the store cannot be read', async () => {
    await f.store.close();
    const res = await get('/status.json');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: 'store_unavailable' });
  });

  it('is listed in the OpenAPI document', async () => {
    const paths = (await get('/api/openapi.json')).json().paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/status', '/status.json', '/status/feed.atom']),
    );
  });
});
