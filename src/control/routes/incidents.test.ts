// Tests of /api/v1/incidents against a real store and incident desk: listing and filters, one incident
// with its timeline, responders' changes and notes (named after the token), the report in both formats,
// and every error answer.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { block, type DeskHarness, detection, startDesk, T0 } from '../../../test/support/incident-desk.js';
import { createToken, type Role } from '../../auth/tokens.js';
import { EdgeStats } from '../../edge/stats.js';
import type { Incident, TimelineEntry } from '../../incidents/incident.js';
import { openPhishingIncident } from '../../phishing/incident.js';
import { buildControlApp } from '../app.js';

let h: DeskHarness;
let app: FastifyInstance;
const tokens = {} as Record<Role, string>;

beforeEach(async () => {
  h = await startDesk();
  const now = () => h.clock.now;
  for (const role of ['viewer', 'responder', 'admin'] as const) {
    tokens[role] = (await createToken({ store: h.t.store, role, name: `${role}-token`, now })).token;
  }
  app = await buildControlApp({
    table: h.table,
    store: h.t.store,
    stats: new EdgeStats(),
    events: h.events,
    health: () => ({ status: 'ok', origins: [], uptimeSeconds: 1, version: '0.1.0' }),
    now,
    incidents: h.desk,
  });
});
afterEach(async () => {
  await app.close();
  await h.close();
});

const as = (role: Role) => ({ authorization: `Bearer ${tokens[role]}` });
const get = (url: string, role: Role = 'viewer') => app.inject({ method: 'GET', url, headers: as(role) });
const patch = (id: string, payload: unknown, role: Role = 'responder') =>
  app.inject({
    method: 'PATCH',
    url: `/api/v1/incidents/${id}`,
    headers: as(role),
    payload: payload as object,
  });

/** Two incidents: INC-2026-0001 (Webmail, mitigated) and INC-2026-0002 (Mail API, detected). */
async function twoIncidents(): Promise<void> {
  const flood = detection({ path: '/search', startedAt: T0 - 1_000 });
  await h.detect(flood);
  h.clock.now += 1_000;
  await h.decide(block('203.0.113.7', flood.id, h.clock.now));
  h.clock.now += 60_000;
  await h.detect(
    detection({ path: '/api/messages', startedAt: h.clock.now - 1_000, sources: ['198.51.100.9'] }),
  );
}

describe('GET /api/v1/incidents', () => {
  beforeEach(twoIncidents);

  it('lists incidents newest first, filtered by status, since, until and limit', async () => {
    const ids = async (query: string) => {
      const res = await get(`/api/v1/incidents${query}`);
      expect(res.statusCode, query).toBe(200);
      return (res.json() as { incidents: Incident[] }).incidents.map((i) => i.id);
    };
    expect(await ids('')).toEqual(['INC-2026-0002', 'INC-2026-0001']);
    expect(await ids('?status=mitigated')).toEqual(['INC-2026-0001']);
    expect(await ids('?status=detected,%20mitigated')).toEqual(['INC-2026-0002', 'INC-2026-0001']);
    expect(await ids('?status=resolved,closed')).toEqual([]);
    expect(await ids(`?until=${T0 + 30_000}`)).toEqual(['INC-2026-0001']);
    expect(await ids(`?since=${new Date(T0).toISOString()}`)).toHaveLength(2);
    expect(await ids('?limit=1')).toEqual(['INC-2026-0002']);
  });

  it('names each incident’s kind and filters by it', async () => {
    const campaign = await h.t.store.phishingCampaigns.create('phishing', ['link-domain:lure.example']);
    const opened = await openPhishingIncident(
      { store: h.t.store, events: h.events },
      campaign,
      'Invoice',
      'test',
      h.clock.now,
    );
    const kinds = async (query: string) => {
      const res = await get(`/api/v1/incidents${query}`);
      expect(res.statusCode, query).toBe(200);
      return (res.json() as { incidents: Incident[] }).incidents.map((i) => [i.id, i.kind]);
    };
    expect(await kinds('')).toEqual([
      [opened.id, 'phishing'],
      ['INC-2026-0002', 'flood'],
      ['INC-2026-0001', 'flood'],
    ]);
    expect(await kinds('?kind=phishing')).toEqual([[opened.id, 'phishing']]);
    expect(await kinds('?kind=flood&status=mitigated')).toEqual([['INC-2026-0001', 'flood']]);
    expect((await get('/api/v1/incidents?kind=worm')).json().details[0].field).toBe('querystring/kind');
  });

  it('answers 400 naming the field for a bad filter', async () => {
    for (const [query, field] of [
      ['?status=open', 'querystring/status'],
      ['?since=yesterday', 'querystring/since'],
      ['?until=1e12', 'querystring/until'],
      ['?limit=0', 'querystring/limit'],
      ['?colour=red', 'querystring/colour'],
    ]) {
      const res = await get(`/api/v1/incidents${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().details[0].field, query).toBe(field);
    }
  });

  it('needs a token', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/incidents' })).statusCode).toBe(401);
  });
});

describe('GET /api/v1/incidents/:id', () => {
  beforeEach(twoIncidents);

  it('answers the incident with its figures and its timeline', async () => {
    const res = await get('/api/v1/incidents/INC-2026-0001');
    expect(res.statusCode).toBe(200);
    const { incident, timeline } = res.json() as { incident: Incident; timeline: TimelineEntry[] };
    expect(incident).toMatchObject({
      id: 'INC-2026-0001',
      status: 'mitigated',
      services: ['Webmail'],
      figures: { timeToDetectMs: 1_000, timeToMitigateMs: 2_000 },
    });
    expect(timeline.map((e) => e.kind)).toEqual(['opened', 'decision', 'status']);
    expect(timeline[1]).toMatchObject({ author: 'breakwater', data: { scope: 'ip', value: '203.0.113.7' } });
  });

  it('answers 404 for an unknown id', async () => {
    const res = await get('/api/v1/incidents/INC-2026-0404');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found', message: 'no incident has id INC-2026-0404' });
  });
});

describe('PATCH /api/v1/incidents/:id', () => {
  beforeEach(twoIncidents);

  it('changes status, severity, assignee, title and public update under the token’s name', async () => {
    const res = await patch('INC-2026-0001', {
      status: 'monitoring',
      severity: 'SEV2',
      assignee: 'alice@example.test',
      title: 'Search flood',
      publicUpdate: 'Search was slow; it is back to normal.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'monitoring',
      severity: 'SEV2',
      severityLocked: true,
      assignee: 'alice@example.test',
      title: 'Search flood',
      publicUpdate: 'Search was slow; it is back to normal.',
    });
    const { timeline } = (await get('/api/v1/incidents/INC-2026-0001')).json() as {
      timeline: TimelineEntry[];
    };
    expect(timeline.slice(3).map((e) => [e.kind, e.author])).toEqual([
      ['title', 'responder-token'],
      ['assignee', 'responder-token'],
      ['public-update', 'responder-token'],
      ['severity', 'responder-token'],
      ['status', 'responder-token'],
    ]);
    expect((await patch('INC-2026-0001', { assignee: null, publicUpdate: null })).json()).toMatchObject({
      assignee: null,
      publicUpdate: null,
    });
  });

  it('answers 409 for a change the lifecycle refuses', async () => {
    const res = await patch('INC-2026-0001', { status: 'closed' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict', details: [{ field: 'body/status' }] });
    expect((await patch('INC-2026-0001', { status: 'resolved' })).statusCode).toBe(200);
    expect((await patch('INC-2026-0001', { status: 'closed' })).statusCode).toBe(200);
    expect((await patch('INC-2026-0001', { status: 'detected' })).statusCode).toBe(409);
  });

  it('answers 400 naming the field for bad input, 404 for an unknown id, 403 for a viewer', async () => {
    for (const [payload, field] of [
      [{ status: 'fixed' }, 'body/status'],
      [{ severity: 'SEV5' }, 'body/severity'],
      [{ assignee: 'not an email' }, 'body/assignee'],
      [{ title: '' }, 'body/title'],
      [{ title: '   ' }, 'body/title'],
      [{ publicUpdate: 'x'.repeat(2001) }, 'body/publicUpdate'],
      [{ owner: 'bob' }, 'body/owner'],
      [{}, 'body'],
    ] as const) {
      const res = await patch('INC-2026-0001', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().details[0].field, JSON.stringify(payload)).toBe(field);
    }
    expect((await patch('INC-2026-0404', { title: 'x' })).statusCode).toBe(404);
    expect((await patch('INC-2026-0001', { title: 'x' }, 'viewer')).statusCode).toBe(403);
    const junk = await app.inject({
      method: 'PATCH',
      url: '/api/v1/incidents/INC-2026-0001',
      headers: { ...as('responder'), 'content-type': 'application/json' },
      payload: '{"title":',
    });
    expect(junk.statusCode).toBe(400);
  });
});

describe('POST /api/v1/incidents/:id/notes', () => {
  beforeEach(twoIncidents);

  it('adds a note under the token’s name', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/incidents/INC-2026-0002/notes',
      headers: as('responder'),
      payload: { text: 'Traffic from one hoster; asked them to act.' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      incidentId: 'INC-2026-0002',
      kind: 'note',
      author: 'responder-token',
      text: 'Traffic from one hoster; asked them to act.',
      public: false,
    });
  });

  it('answers 400 for a missing or empty text, 404 for an unknown id, 403 for a viewer', async () => {
    const post = (id: string, payload: unknown, role: Role = 'responder') =>
      app.inject({
        method: 'POST',
        url: `/api/v1/incidents/${id}/notes`,
        headers: as(role),
        payload: payload as object,
      });
    expect((await post('INC-2026-0002', {})).json().details[0].field).toBe('body/text');
    expect((await post('INC-2026-0002', { text: '' })).json().details[0].field).toBe('body/text');
    expect((await post('INC-2026-0404', { text: 'x' })).statusCode).toBe(404);
    expect((await post('INC-2026-0002', { text: 'x' }, 'viewer')).statusCode).toBe(403);
  });
});

describe('GET /api/v1/incidents/:id/report', () => {
  beforeEach(twoIncidents);

  it('sends Markdown by default and HTML on request, as a named download', async () => {
    const md = await get('/api/v1/incidents/INC-2026-0001/report');
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe('attachment; filename="INC-2026-0001.md"');
    expect(md.body).toContain('INC-2026-0001');
    const html = await get('/api/v1/incidents/INC-2026-0001/report?format=html');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe('attachment; filename="INC-2026-0001.html"');
    expect(html.body).toMatch(/^<!doctype html>/i);
    expect(html.body).toContain('203.0.113.7');
  });

  it('answers 400 for an unknown format and 404 for an unknown id', async () => {
    const bad = await get('/api/v1/incidents/INC-2026-0001/report?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('querystring/format');
    expect((await get('/api/v1/incidents/INC-2026-0404/report')).statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents every incident route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, unknown>>;
    expect(Object.keys(paths['/api/v1/incidents'])).toEqual(['get']);
    expect(Object.keys(paths['/api/v1/incidents/{id}']).sort()).toEqual(['get', 'patch']);
    expect(Object.keys(paths['/api/v1/incidents/{id}/notes'])).toEqual(['post']);
    expect(Object.keys(paths['/api/v1/incidents/{id}/report'])).toEqual(['get']);
  });
});
