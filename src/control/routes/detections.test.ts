// Tests of /api/v1/detections against a real store: filters, time formats, lookup by an id full of ':'
// and '/', and the answers for a missing detection, a bad filter and a missing token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Detection } from '../../sentinel/detection.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const T = Date.UTC(2023, 10, 14, 22, 13, 20); // 1700000000000

function detection(over: Partial<Detection> & Pick<Detection, 'startedAt'>): Detection {
  const kind = over.kind ?? 'http-flood';
  const path = 'path' in over ? over.path : '/search';
  return {
    id: `${kind}:${path ?? '*'}:${over.startedAt}`,
    kind,
    lastSeenAt: over.startedAt + 10_000,
    state: 'active',
    ...(path !== undefined && { path }),
    routeKind: 'browser',
    targets: [{ scope: 'ip', value: '203.0.113.7', share: 0.6, rate: 420 }],
    maxAction: 'block',
    evidence: {
      windowMs: 10_000,
      observedRate: 700,
      baselineRate: 20,
      topKeys: [{ key: 'ip:203.0.113.7', count: 4200, share: 0.6 }],
      summary: '/search at 35× its usual rate, 60% from one address',
    },
    ...over,
  };
}

const list = (query = '', role: 'viewer' | 'responder' = 'viewer') =>
  f.app.inject({ method: 'GET', url: `/api/v1/detections${query}`, headers: f.as(role) });
const ids = (res: { json(): unknown }) =>
  (res.json() as { detections: Detection[] }).detections.map((d) => d.id);

describe('GET /api/v1/detections', () => {
  const a = detection({ startedAt: T });
  const b = detection({ startedAt: T + 60_000, kind: 'cache-bypass', state: 'cleared' });
  const c = detection({ startedAt: T + 120_000, kind: 'distributed-flood', path: undefined });

  beforeEach(async () => {
    for (const d of [a, b, c]) await f.store.detections.put(d);
  });

  it('lists every detection newest first, whole', async () => {
    const res = await list();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ detections: [c, b, a] });
    expect(c.id).toBe(`distributed-flood:*:${T + 120_000}`);
  });

  it('filters by since and until, in ms or ISO 8601', async () => {
    // since compares with lastSeenAt (startedAt + 10 s), until with startedAt.
    expect(ids(await list(`?since=${T + 60_000}`))).toEqual([c.id, b.id]);
    expect(ids(await list(`?since=${new Date(T + 70_001).toISOString()}`))).toEqual([c.id]);
    expect(ids(await list(`?until=${T + 60_000}`))).toEqual([b.id, a.id]);
    expect(ids(await list('?until=2023-11-14T22:14:19.999Z'))).toEqual([a.id]);
    expect(ids(await list('?until=2023-11-14T23:14:20%2B01:00'))).toEqual([b.id, a.id]);
    expect(ids(await list(`?since=${T + 10_000}&until=${T + 60_000}`))).toEqual([b.id, a.id]);
    expect(ids(await list('?until=2023-11-14'))).toEqual([]);
  });

  it('filters by kind, state and limit', async () => {
    expect(ids(await list('?kind=cache-bypass'))).toEqual([b.id]);
    expect(ids(await list('?state=active'))).toEqual([c.id, a.id]);
    expect(ids(await list('?state=cleared&kind=http-flood'))).toEqual([]);
    expect(ids(await list('?limit=2'))).toEqual([c.id, b.id]);
  });

  it('answers 400 naming the field for a bad time', async () => {
    for (const [query, field] of [
      ['?since=yesterday', 'since'],
      ['?since=2023-11-14T22:13:20', 'since'], // no offset: ambiguous
      ['?until=1e12', 'until'],
      ['?until=2023-13-01T00:00:00Z', 'until'],
    ]) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      const body = res.json();
      expect(body.error).toBe('invalid_request');
      expect(body.details).toEqual([
        { field: `querystring/${field}`, message: expect.stringContaining('ISO 8601') },
      ]);
      expect(body.message).toMatch(new RegExp(`^querystring/${field} `));
    }
  });

  it('answers 400 naming the field for a bad kind, state, limit or an unknown filter', async () => {
    const cases: [string, string][] = [
      ['?kind=volumetric', 'querystring/kind'],
      ['?state=open', 'querystring/state'],
      ['?limit=0', 'querystring/limit'],
      ['?limit=1001', 'querystring/limit'],
      ['?sinse=1', 'querystring/sinse'],
    ];
    for (const [query, field] of cases) {
      const res = await list(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().details[0].field).toBe(field);
    }
  });

  it('needs a token', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/detections' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('unauthorized');
  });

  it('defaults to 100 detections', async () => {
    for (let i = 0; i < 105; i++) await f.store.detections.put(detection({ startedAt: T + 1_000_000 + i }));
    expect(ids(await list())).toHaveLength(100);
  });
});

describe('GET /api/v1/detections/:id', () => {
  const get = (id: string) =>
    f.app.inject({
      method: 'GET',
      url: `/api/v1/detections/${encodeURIComponent(id)}`,
      headers: f.as('viewer'),
    });

  it('finds a detection by an id with ":" and "/" in it', async () => {
    const d = detection({ startedAt: T, path: '/api/v2/search' });
    await f.store.detections.put(d);
    expect(d.id).toBe('http-flood:/api/v2/search:1700000000000');
    const res = await get(d.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(d);
  });

  it('also finds one whose colons are left unencoded', async () => {
    const d = detection({ startedAt: T, path: undefined });
    await f.store.detections.put(d);
    const res = await f.app.inject({
      method: 'GET',
      url: `/api/v1/detections/${d.id}`,
      headers: f.as('viewer'),
    });
    expect(d.id).toBe('http-flood:*:1700000000000');
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(d.id);
  });

  it('finds one whose id is longer than the router’s default parameter limit', async () => {
    const d = detection({ startedAt: T, path: `/caf%C3%A9/${'very-long-segment/'.repeat(40)}` });
    await f.store.detections.put(d);
    expect(encodeURIComponent(d.id).length).toBeGreaterThan(500);
    const res = await get(d.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().path).toBe(d.path);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await get('http-flood:/nowhere:1');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'not_found',
      message: 'no detection has id http-flood:/nowhere:1',
    });
  });

  it('needs a token', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/detections/x' });
    expect(res.statusCode).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes the detection routes and the Detection schema', async () => {
    const doc = (await f.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.components.schemas.Detection.required).toContain('evidence');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/detections', '/api/v1/detections/{id}', '/api/v1/events']),
    );
    expect(doc.paths['/api/v1/events'].get.responses['200'].content).toHaveProperty('text/event-stream');
  });
});
