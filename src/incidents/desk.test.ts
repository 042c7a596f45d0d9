// Tests of the incident lifecycle on a real store: grouping (one attack is one incident), statuses that
// follow the facts, severity from impact, responders' edits, and a timeline that never reorders.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { block, type DeskHarness, detection, startDesk, T0 } from '../../test/support/incident-desk.js';
import { IncidentRefusal } from './edit.js';

let h: DeskHarness;
beforeEach(async () => {
  h = await startDesk({ resolveAfterMs: 30_000 });
});
afterEach(async () => {
  await h.close();
});

const incidents = () => h.t.store.incidents.list();

describe('grouping', () => {
  it('makes two floods on the same service in one window one incident', async () => {
    await h.detect(detection({ kind: 'cache-bypass', path: '/search', startedAt: T0 - 2_000 }));
    h.clock.now += 5_000;
    const second = detection({
      kind: 'distributed-flood',
      path: '/inbox',
      startedAt: T0,
      sources: ['198.51.100.9'],
    });
    await h.detect(second);
    const [only, ...rest] = await incidents();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      id: 'INC-2026-0001',
      title: 'Cache-bypass flood and Distributed flood on Webmail',
      services: ['Webmail'],
      attackClasses: ['cache-bypass', 'distributed-flood'],
      status: 'detected',
    });
    expect(only.detectionIds).toHaveLength(2);
    expect(only.figures.attackStartedAt).toBe(T0 - 2_000);
  });

  it('joins a detection that names a source of the incident, whatever its path', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0, sources: ['203.0.113.7'] }));
    await h.detect(
      detection({ kind: 'credential-stuffing', path: '/api/login', startedAt: T0, sources: ['203.0.113.7'] }),
    );
    const [only, ...rest] = await incidents();
    expect(rest).toEqual([]);
    expect(only.services).toEqual(['Webmail', 'Mail API']);
  });

  it('opens a separate incident for an unrelated attack on another service', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0, sources: ['203.0.113.7'] }));
    await h.detect(detection({ path: '/api/messages', startedAt: T0, sources: ['198.51.100.9'] }));
    expect((await incidents()).map((i) => i.services)).toEqual([['Mail API'], ['Webmail']]);
  });

  it('opens a new incident for a new attack after the last one resolved', async () => {
    const first = detection({ path: '/search', startedAt: T0 });
    await h.detect(first);
    h.clock.now += 3_000;
    await h.detect({ ...first, state: 'cleared' });
    await h.advance(31_000);
    expect((await incidents())[0].status).toBe('resolved');
    await h.advance(60_000);
    await h.detect(detection({ path: '/search', startedAt: h.clock.now - 2_000 }));
    const [second, resolved] = await incidents();
    expect(second).toMatchObject({ id: 'INC-2026-0002', status: 'detected' });
    expect(resolved).toMatchObject({ id: 'INC-2026-0001', status: 'resolved' });
  });

  it('keeps the timeline in order when a detection arrives stamped earlier', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0 }), T0 + 10_000);
    await h.detect(detection({ path: '/inbox', startedAt: T0, sources: ['198.51.100.9'] }), T0 + 4_000);
    const [incident] = await incidents();
    const timeline = await h.t.store.incidents.timeline(incident.id);
    expect(timeline.map((e) => e.kind)).toEqual(['opened', 'detection']);
    expect(timeline.map((e) => e.at)).toEqual([T0 + 10_000, T0 + 10_000]);
  });
});

describe('status and severity', () => {
  it('moves detected → mitigated → monitoring → resolved by itself, and says so', async () => {
    const flood = detection({
      path: '/search',
      startedAt: T0 - 2_000,
      sources: ['203.0.113.7', '203.0.113.8'],
    });
    await h.detect(flood);
    h.clock.now += 500;
    await h.decide(block('203.0.113.7', flood.id, h.clock.now));
    let [incident] = await incidents();
    expect(incident.status).toBe('detected'); // half the attack still gets through
    h.clock.now += 500;
    await h.decide(block('203.0.113.8', flood.id, h.clock.now));
    [incident] = await incidents();
    expect(incident.status).toBe('mitigated');
    expect(incident.figures).toMatchObject({
      attackStartedAt: T0 - 2_000,
      detectedAt: T0,
      mitigatedAt: T0 + 1_000,
      timeToDetectMs: 2_000,
      timeToMitigateMs: 3_000,
    });
    expect(incident.decisionIds).toHaveLength(2);

    h.clock.now += 5_000;
    await h.detect({ ...flood, state: 'cleared', lastSeenAt: T0 + 2_000 });
    expect((await incidents())[0].status).toBe('monitoring');
    await h.advance(10_000);
    expect((await incidents())[0].status).toBe('monitoring');
    await h.advance(30_000);
    [incident] = await incidents();
    expect(incident.status).toBe('resolved');
    expect(incident.resolvedAt).toBe(h.clock.now);

    expect(h.incidentEvents.map((e) => [e.change, e.incident.status])).toEqual([
      ['opened', 'detected'],
      ['updated', 'detected'],
      ['status', 'mitigated'],
      ['updated', 'mitigated'],
      ['status', 'monitoring'],
      ['resolved', 'resolved'],
    ]);
    const resolved = h.incidentEvents.at(-1);
    expect(resolved?.previous?.status).toBe('monitoring');
    const timeline = await h.t.store.incidents.timeline(incident.id);
    expect(timeline.map((e) => [e.kind, e.author])).toEqual([
      ['opened', 'breakwater'],
      ['decision', 'breakwater'],
      ['decision', 'breakwater'],
      ['status', 'breakwater'],
      ['detection', 'breakwater'],
      ['status', 'breakwater'],
      ['status', 'breakwater'],
    ]);
    expect(timeline[3].text).toMatch(/^Status detected → mitigated/);
  });

  it('counts an attack stopped by decisions taken earlier (by hand, or for another attack)', async () => {
    await h.decide(block('203.0.113.7', undefined, T0));
    await h.detect(detection({ path: '/search', startedAt: T0 }));
    expect((await incidents())[0].status).toBe('mitigated');
  });

  it('moves back to detected when the attack comes back while monitoring', async () => {
    const flood = detection({ path: '/search', startedAt: T0 });
    await h.detect(flood);
    await h.detect({ ...flood, state: 'cleared' });
    expect((await incidents())[0].status).toBe('monitoring');
    h.clock.now += 5_000;
    await h.detect(detection({ path: '/search', startedAt: h.clock.now, sources: ['198.51.100.9'] }));
    const [incident, ...rest] = await incidents();
    expect(rest).toEqual([]);
    expect(incident.status).toBe('detected');
  });

  it('treats a detection no longer reported as cleared (after a restart, say)', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0 }));
    await h.advance(20_000);
    expect((await incidents())[0].status).toBe('detected');
    await h.advance(45_000);
    const [incident] = await incidents();
    expect(incident.status).toBe('resolved');
    const timeline = await h.t.store.incidents.timeline(incident.id);
    expect(timeline.map((e) => e.text)).toContain('HTTP flood cleared: no longer reported by the sentinel.');
  });

  it('raises severity with the impact, never lowers it, and lets a responder fix it', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0, maxAction: 'observe' }));
    expect((await incidents())[0].severity).toBe('SEV4');
    await h.detect(detection({ kind: 'origin-distress', startedAt: T0, sources: [] }));
    let [incident] = await incidents();
    expect(incident.severity).toBe('SEV2');
    expect(h.incidentEvents.filter((e) => e.change === 'severity').map((e) => e.incident.severity)).toEqual([
      'SEV2',
    ]);

    incident = await h.desk.edit(incident.id, { severity: 'SEV3' }, 'alice@example.test');
    expect(incident).toMatchObject({ severity: 'SEV3', severityLocked: true });
    await h.detect(detection({ kind: 'origin-distress', path: '/api/x', startedAt: T0 + 1, sources: [] }));
    expect((await incidents())[0].severity).toBe('SEV3');
    const entries = await h.t.store.incidents.timeline(incident.id);
    expect(entries.filter((e) => e.kind === 'severity').map((e) => [e.author, e.text])).toEqual([
      ['breakwater', 'Severity SEV4 → SEV2, from the impact.'],
      ['alice@example.test', 'Severity SEV2 → SEV3, set by hand.'],
    ]);
  });
});

describe('responders', () => {
  it('records title, assignee, public update and notes under their author', async () => {
    await h.detect(detection({ path: '/search', startedAt: T0 }));
    const [{ id }] = await incidents();
    const edited = await h.desk.edit(
      id,
      {
        title: 'Search flood',
        assignee: 'alice@example.test',
        publicUpdate: 'Search is slow; we are on it.',
      },
      'alice@example.test',
    );
    expect(edited).toMatchObject({ title: 'Search flood', assignee: 'alice@example.test' });
    const note = await h.desk.addNote(id, 'Botnet from one hoster.', 'ops-token');
    expect(note).toMatchObject({ kind: 'note', author: 'ops-token', text: 'Botnet from one hoster.' });
    const timeline = await h.t.store.incidents.timeline(id);
    expect(timeline.slice(1).map((e) => [e.kind, e.author, e.public])).toEqual([
      ['title', 'alice@example.test', false],
      ['assignee', 'alice@example.test', false],
      ['public-update', 'alice@example.test', true],
      ['note', 'ops-token', false],
    ]);
    // A title set by hand stays when the attack widens.
    await h.detect(
      detection({ kind: 'cache-bypass', path: '/inbox', startedAt: T0, sources: ['198.51.100.9'] }),
    );
    expect((await incidents())[0].title).toBe('Search flood');
  });

  it('leaves an incident under investigation alone, and closes only a resolved one', async () => {
    const flood = detection({ path: '/search', startedAt: T0 });
    await h.detect(flood);
    const [{ id }] = await incidents();
    await h.desk.edit(id, { status: 'investigating' }, 'alice@example.test');
    await h.decide(block('203.0.113.7', flood.id, h.clock.now));
    expect((await incidents())[0].status).toBe('investigating');
    await expect(h.desk.edit(id, { status: 'closed' }, 'alice@example.test')).rejects.toMatchObject({
      reason: 'conflict',
      field: 'body/status',
    });
    await h.desk.edit(id, { status: 'resolved' }, 'alice@example.test');
    const closed = await h.desk.edit(id, { status: 'closed' }, 'alice@example.test');
    expect(closed).toMatchObject({ status: 'closed', closedAt: h.clock.now });
    await expect(h.desk.edit(id, { status: 'investigating' }, 'alice@example.test')).rejects.toBeInstanceOf(
      IncidentRefusal,
    );
    await expect(h.desk.addNote('INC-2026-0404', 'x', 'a')).rejects.toMatchObject({ reason: 'not_found' });
  });
});

describe('figures', () => {
  it('measures a scripted attack from its events and the traffic history', async () => {
    const point = (at: number, over: Partial<Record<string, number>>) =>
      h.t.store.traffic.record({
        at,
        stepMs: 1_000,
        allowed: 100,
        challenged: 0,
        throttled: 0,
        blocked: 0,
        shed: 0,
        originErrors: 0,
        latencyP50Ms: 10,
        latencyP95Ms: 30,
        latencyP99Ms: 40,
        ...over,
      });
    // Normal traffic for a minute, then 1000 req/s of attack from 2 s before detection.
    for (let at = T0 - 60_000; at < T0 - 2_000; at += 1_000) await point(at, {});
    for (let at = T0 - 2_000; at < T0 + 1_000; at += 1_000) {
      await point(at, { allowed: 1_100, originErrors: 110, latencyP99Ms: 900 });
    }
    // Blocked from T0 + 1 s; the origin takes two more seconds to recover.
    for (let at = T0 + 1_000; at < T0 + 20_000; at += 1_000) {
      const recovering = at < T0 + 3_000;
      await point(at, {
        blocked: 1_000,
        originErrors: recovering ? 20 : 0,
        latencyP99Ms: recovering ? 300 : 45,
      });
    }

    const flood = detection({ path: '/search', startedAt: T0 - 2_000, rate: 1_000 });
    await h.detect(flood);
    h.clock.now = T0 + 1_000;
    await h.decide(block('203.0.113.7', flood.id, h.clock.now));
    h.clock.now = T0 + 21_000;
    await h.detect({ ...flood, state: 'cleared', lastSeenAt: T0 + 20_000 });
    await h.advance(31_000);

    const [incident] = await incidents();
    expect(incident.status).toBe('resolved');
    expect(incident.figures).toEqual({
      attackStartedAt: T0 - 2_000,
      detectedAt: T0,
      mitigatedAt: T0 + 1_000,
      recoveredAt: T0 + 3_000,
      timeToDetectMs: 2_000,
      timeToMitigateMs: 3_000,
      timeToRecoverMs: 5_000,
      peakAttackRate: 1_000,
      attackRequestsStopped: 19_000,
      // Errors shared out by the legitimate share of traffic: 3 × 110 × 100/1100 + 2 × 20 × 100/1100.
      legitimateRequestsAffected: 34,
    });
  });
});

describe('the sweep timer', () => {
  it('keeps the desk moving: events are still handled between sweeps', async () => {
    const timed = await startDesk({ sweepMs: 20 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await timed.detect(detection({ path: '/search', startedAt: T0 }));
      expect(await timed.t.store.incidents.list()).toHaveLength(1);
    } finally {
      await timed.close();
    }
  });
});
