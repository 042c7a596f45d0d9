// The public status page end to end: Breakwater started with two services, incidents in its store whose
// internal fields carry a marker, and the three public outputs fetched over a real socket with no token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicStatus } from '../src/status/public-view.js';
import { SECRET, seedSecretIncident } from './support/secret-incident.js';
import { type Stack, startStack } from './support/stack.js';
import { xmlProblem } from './support/well-formed-xml.js';

let stack: Stack;
const HOUR = 3_600_000;

beforeAll(async () => {
  stack = await startStack({
    config: {
      services: [
        { name: 'Website', paths: ['/'] },
        { name: 'Webmail', paths: ['/mail/'] },
      ],
    },
  });
  const now = Date.now();
  await seedSecretIncident(
    stack.bw.store,
    { severity: 'SEV2', openedAt: now - HOUR },
    'Webmail is slow; we are on it.',
  );
  await seedSecretIncident(stack.bw.store, {
    severity: 'SEV1',
    services: ['Website'],
    status: 'resolved',
    openedAt: now - 50 * HOUR,
    resolvedAt: now - 49 * HOUR,
  });
});

afterAll(async () => {
  await stack?.stop();
});

const fetchStatus = (path: string) => fetch(`${stack.controlUrl}${path}`);

describe('the public status page', () => {
  it('shows the services, the open incident with its public update, and the history', async () => {
    const res = await fetchStatus('/status');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=10');
    const page = await res.text();
    expect(page).toContain('<strong>Partial outage</strong>');
    expect(page).toMatch(/<span>Webmail<\/span><span class="badge s-partial_outage">Partial outage<\/span>/);
    expect(page).toMatch(/<span>Website<\/span><span class="badge s-operational">Operational<\/span>/);
    expect(page).toContain('Webmail is slow; we are on it.');
    expect(page).toContain('Major outage on Website');
    expect(page).not.toMatch(/<script/i);
  });

  it('gives the same facts as JSON', async () => {
    const body = (await (await fetchStatus('/status.json')).json()) as PublicStatus;
    expect(body.status).toBe('partial_outage');
    expect(body.components).toEqual([
      { name: 'Website', status: 'operational' },
      { name: 'Webmail', status: 'partial_outage' },
    ]);
    expect(body.incidents).toHaveLength(1);
    expect(body.pastIncidents).toHaveLength(1);
    expect(body.history.components.map((c) => c.days.length)).toEqual([90, 90]);
  });

  it('writes a well-formed Atom feed with an entry per public update', async () => {
    const res = await fetchStatus('/status/feed.atom');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = await res.text();
    expect(xmlProblem(feed)).toBeUndefined();
    expect(feed).toMatch(/<id>urn:uuid:[-0-9a-f]{36}<\/id>/);
    expect(feed).toMatch(/<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z<\/updated>/);
    // Open: the default line and the responder's update. Resolved: investigating, then resolved.
    expect(feed.match(/<entry>/g)).toHaveLength(4);
    expect(feed).toContain('<content type="text">Webmail is slow; we are on it.</content>');
  });

  it('never shows addresses, fingerprints, notes, decisions, assignees or evidence', async () => {
    for (const path of ['/status', '/status.json', '/status/feed.atom']) {
      const body = await (await fetchStatus(path)).text();
      expect(body, path).not.toContain(SECRET);
      for (const internal of ['203.0.113.7', '198.51.100.0', 'fingerprint', 'SEV1', 'SEV2']) {
        expect(body, path).not.toContain(internal);
      }
    }
  });
});
