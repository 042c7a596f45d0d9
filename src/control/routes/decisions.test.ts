// Tests of /api/v1/decisions against a real store and decision table: listing, adding, removing,
// validation, and what happens when the store cannot write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Decision } from '../../responder/decision.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const post = (body: unknown, role: 'viewer' | 'responder' | 'admin' = 'responder') =>
  f.app.inject({ method: 'POST', url: '/api/v1/decisions', headers: f.as(role), payload: body as object });

const block = { scope: 'ip', value: '203.0.113.7', action: 'block', reason: 'flood', ttl: 600 };

/** Makes every statement on the decisions table fail, on SQLite and PostgreSQL alike. */
const loseDecisionsTable = () =>
  f.store.db.schema.alterTable('decisions').renameTo('decisions_lost').execute();

describe('POST /api/v1/decisions', () => {
  it('saves the decision, enforces it, and answers 201 with it', async () => {
    const res = await post(block);
    expect(res.statusCode).toBe(201);
    const decision = res.json() as Decision;
    expect(decision).toMatchObject({
      scope: 'ip',
      value: '203.0.113.7',
      action: 'block',
      reason: 'flood',
      source: 'manual',
      createdAt: f.clock.now,
      expiresAt: f.clock.now + 600_000,
    });
    expect(decision.id).toMatch(/^dec_/);
    expect(f.table.forAddress('203.0.113.7')?.id).toBe(decision.id);
    expect(await f.store.decisions.list()).toEqual([decision]);
  });

  it('stores the canonical value and the throttle rate', async () => {
    const res = await post({
      scope: 'cidr',
      value: '198.51.100.77/24',
      action: 'throttle',
      throttle: { rate: 5, burst: 10 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      value: '198.51.100.0/24',
      throttle: { rate: 5, burst: 10 },
      expiresAt: null,
    });
  });

  it('names the field when the body breaks the schema', async () => {
    const res = await post({ ...block, action: 'nuke' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('invalid_request');
    expect(body.message).toBe('body/action must be one of allow, block, challenge, throttle');
    expect(body.details).toEqual([
      { field: 'body/action', message: 'must be one of allow, block, challenge, throttle' },
    ]);
  });

  it('names a missing field and refuses an unknown one', async () => {
    const missing = await post({ scope: 'ip', action: 'block' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details).toEqual([{ field: 'body/value', message: 'is required' }]);

    const typo = await post({ ...block, tll: 60 });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().details).toEqual([{ field: 'body/tll', message: 'is not allowed' }]);
  });

  it('names the field when the value does not fit the scope or fields clash', async () => {
    const res = await post({ scope: 'ip', value: '203.0.113.0/24', action: 'throttle' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(['body/value', 'body/throttle']);
    expect(res.json().message).toMatch(/^body\/value expected an IP address/);
    expect(f.table.size).toBe(0);
  });

  it('saves a decision on one route in canonical form, lists it with the route, filters by it', async () => {
    const res = await post({ ...block, scope: 'cidr', value: '127.3.0.0/16', route: '/api/search/' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ value: '127.3.0.0/16', route: '/api/search' });
    expect(await f.store.decisions.list()).toEqual([res.json()]);
    expect(f.table.forRequest('127.3.0.9', undefined, '/api/search')?.id).toBe(res.json().id);
    expect(f.table.forRequest('127.3.0.9', undefined, '/')).toBeUndefined();
    f.clock.now += 1000;
    await post(block);
    const list = async (query: string) =>
      (
        await f.app.inject({ method: 'GET', url: `/api/v1/decisions${query}`, headers: f.as('viewer') })
      ).json().decisions as Decision[];
    expect((await list('')).map((d) => d.route)).toEqual([undefined, '/api/search']);
    expect((await list('?route=/api/search')).map((d) => d.value)).toEqual(['127.3.0.0/16']);
    expect((await list('?route=/api/search/')).map((d) => d.value)).toEqual(['127.3.0.0/16']);
    expect((await list('?route=*')).map((d) => d.value)).toEqual(['203.0.113.7']);
  });

  it.each([
    ['api/search', "expected a path starting with '/'"],
    ['/search?q=x', 'without query'],
    ['/a/../b', "'..' segments"],
  ])('refuses the route %j with a 400 naming the field', async (route, message) => {
    const res = await post({ ...block, route });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'body/route', message: expect.stringContaining(message) }]);
    expect(f.table.size).toBe(0);
  });

  it('is forbidden to a viewer', async () => {
    const res = await post(block, 'viewer');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden', message: 'this action needs the responder role' });
    expect(f.table.size).toBe(0);
  });

  it('answers 503 and enforces nothing when the store cannot write', async () => {
    // A real write failure: the database refuses writes to decisions while reads (token lookups) still work.
    await loseDecisionsTable();
    const res = await post(block);
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      error: 'store_unavailable',
      message:
        'the decision was not saved and is not enforced: the store is unavailable; nothing was changed, try again',
    });
    expect(f.table.size).toBe(0);
    expect(f.table.forAddress('203.0.113.7')).toBeUndefined();
  });

  it('answers 503 with the table unchanged when the store is closed', async () => {
    await f.store.close();
    const res = await post(block);
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toBe('store_unavailable');
    expect(f.table.size).toBe(0);
  });
});

describe('GET /api/v1/decisions', () => {
  beforeEach(async () => {
    for (const body of [
      block,
      { scope: 'ip', value: '203.0.114.9', action: 'challenge', difficulty: 18 },
      { scope: 'cidr', value: '198.51.100.0/24', action: 'allow', source: 'config' },
      { scope: 'fingerprint', value: 'fp-curl-8', action: 'block', source: 'detector' },
    ]) {
      expect((await post(body)).statusCode).toBe(201);
      f.clock.now += 1000;
    }
  });

  it('lists every active decision to a viewer, newest first', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/decisions', headers: f.as('viewer') });
    expect(res.statusCode).toBe(200);
    expect(res.json().decisions.map((d: Decision) => d.value)).toEqual([
      'fp-curl-8',
      '198.51.100.0/24',
      '203.0.114.9',
      '203.0.113.7',
    ]);
  });

  it('filters by scope, action, source and value prefix', async () => {
    const values = async (query: string) => {
      const res = await f.app.inject({
        method: 'GET',
        url: `/api/v1/decisions?${query}`,
        headers: f.as('viewer'),
      });
      expect(res.statusCode).toBe(200);
      return res.json().decisions.map((d: Decision) => d.value);
    };
    expect(await values('scope=ip')).toEqual(['203.0.114.9', '203.0.113.7']);
    expect(await values('action=block')).toEqual(['fp-curl-8', '203.0.113.7']);
    expect(await values('source=config')).toEqual(['198.51.100.0/24']);
    expect(await values('value=203.0.113.')).toEqual(['203.0.113.7']);
    expect(await values('scope=ip&action=block&value=203')).toEqual(['203.0.113.7']);
  });

  it('leaves out expired decisions', async () => {
    f.clock.now += 601_000;
    const res = await f.app.inject({
      method: 'GET',
      url: '/api/v1/decisions?scope=ip',
      headers: f.as('viewer'),
    });
    expect(res.json().decisions.map((d: Decision) => d.value)).toEqual(['203.0.114.9']);
  });

  it('refuses an unknown filter value with the field', async () => {
    const res = await f.app.inject({
      method: 'GET',
      url: '/api/v1/decisions?scope=asn',
      headers: f.as('viewer'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('querystring/scope must be one of ip, cidr, fingerprint');
  });
});

describe('DELETE /api/v1/decisions/:id', () => {
  it('removes the decision from the store and the table', async () => {
    const { id } = (await post(block)).json() as Decision;
    const res = await f.app.inject({
      method: 'DELETE',
      url: `/api/v1/decisions/${id}`,
      headers: f.as('responder'),
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(f.table.get(id)).toBeUndefined();
    expect(f.table.forAddress('203.0.113.7')).toBeUndefined();
    expect(await f.store.decisions.list()).toEqual([]);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await f.app.inject({
      method: 'DELETE',
      url: '/api/v1/decisions/dec_unknown',
      headers: f.as('admin'),
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'no decision has id dec_unknown' });
  });

  it('is forbidden to a viewer', async () => {
    const { id } = (await post(block)).json() as Decision;
    const res = await f.app.inject({
      method: 'DELETE',
      url: `/api/v1/decisions/${id}`,
      headers: f.as('viewer'),
    });
    expect(res.statusCode).toBe(403);
    expect(f.table.get(id)).toBeDefined();
  });

  it('keeps enforcing the decision when the store cannot delete it', async () => {
    const { id } = (await post(block)).json() as Decision;
    await loseDecisionsTable();
    const res = await f.app.inject({
      method: 'DELETE',
      url: `/api/v1/decisions/${id}`,
      headers: f.as('responder'),
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().message).toMatch(/not removed and is still enforced/);
    expect(f.table.get(id)).toBeDefined();
  });
});
