// Tests of the incident repository on a real store: ids numbered per year and unique under concurrent
// creation (also from a second process's store), links, filters, and a timeline that keeps its order
// and never goes back in time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { Incident } from '../incidents/incident.js';
import type { Decision } from '../responder/decision.js';

const T = Date.UTC(2026, 2, 1, 12);

function draft(over: Partial<Omit<Incident, 'id'>> = {}): Omit<Incident, 'id'> {
  return {
    kind: 'flood',
    title: 'HTTP flood on Webmail',
    severity: 'SEV3',
    severityLocked: false,
    status: 'detected',
    services: ['Webmail'],
    attackClasses: ['http-flood'],
    topSources: [{ scope: 'ip', value: '203.0.113.7', rate: 420 }],
    topFingerprints: [],
    detectionIds: ['http-flood:*:1'],
    decisionIds: [],
    assignee: null,
    publicUpdate: null,
    openedAt: T,
    updatedAt: T,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: T - 2000,
      detectedAt: T,
      mitigatedAt: null,
      recoveredAt: null,
      timeToDetectMs: 2000,
      timeToMitigateMs: null,
      timeToRecoverMs: null,
      peakAttackRate: 700,
      attackRequestsStopped: 0,
      legitimateRequestsAffected: 0,
    },
    ...over,
  };
}

function decisionOn(id: string): Decision {
  return {
    id,
    scope: 'ip',
    value: '203.0.113.7',
    action: 'block',
    reason: 'flood',
    source: 'detector',
    createdAt: T,
    expiresAt: null,
  };
}

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore({ now: () => T });
});
afterEach(async () => {
  await t.dispose();
});

describe('IncidentRepository', () => {
  it('numbers incidents per year, readable and unique even when created at once', async () => {
    const other = await t.openAnother();
    try {
      const made = await Promise.all([
        ...Array.from({ length: 6 }, () => t.store.incidents.create(draft())),
        ...Array.from({ length: 4 }, () => other.incidents.create(draft())),
      ]);
      const ids = made.map((i) => i.id).sort();
      expect(new Set(ids).size).toBe(10);
      expect(ids[0]).toBe('INC-2026-0001');
      expect(ids[9]).toBe('INC-2026-0010');
    } finally {
      await other.close();
    }
    const nextYear = await t.store.incidents.create(draft({ openedAt: Date.UTC(2027, 0, 1) }));
    expect(nextYear.id).toBe('INC-2027-0001');
  });

  it('saves and reads back an incident whole, with its links, and survives a reopen', async () => {
    const created = await t.store.incidents.create(draft());
    await t.store.incidents.linkDetection(created.id, 'cache-bypass:/search:2', 1);
    await t.store.incidents.putDecisions(created.id, [
      { decision: decisionOn('d1'), position: 0 },
      { decision: decisionOn('d2'), position: 1 },
    ]);
    const changed: Incident = {
      ...created,
      status: 'mitigated',
      assignee: 'alice@example.test',
      detectionIds: [...created.detectionIds, 'cache-bypass:/search:2'],
      decisionIds: ['d1', 'd2'],
      figures: { ...created.figures, mitigatedAt: T + 1500, timeToMitigateMs: 3500 },
    };
    await t.store.incidents.save(changed);
    await t.reopen();
    expect(await t.store.incidents.get(created.id)).toEqual(changed);
    expect(await t.store.incidents.get('INC-2026-9999')).toBeUndefined();
  });

  it('saves the incident fields alone: links are written as they are made, once', async () => {
    const created = await t.store.incidents.create(draft());
    await t.store.incidents.linkDetection(created.id, 'cache-bypass:/search:2', 1);
    await t.store.incidents.linkDetection(created.id, 'cache-bypass:/search:2', 5);
    await t.store.incidents.save({ ...created, title: 'Renamed', detectionIds: [], decisionIds: ['d9'] });
    const saved = await t.store.incidents.get(created.id);
    expect(saved?.title).toBe('Renamed');
    expect(saved?.detectionIds).toEqual(['http-flood:*:1', 'cache-bypass:/search:2']);
    expect(saved?.decisionIds).toEqual([]);
    await expect(t.store.incidents.save({ ...created, id: 'INC-2026-9999' })).rejects.toThrow(
      'no incident has id INC-2026-9999',
    );
  });

  it('keeps the decisions taken as last seen, after they left the decision table', async () => {
    const incident = await t.store.incidents.create(draft());
    const decision: Decision = {
      ...decisionOn('d1'),
      action: 'throttle',
      throttle: { rate: 5, burst: 10 },
      expiresAt: T + 600_000,
    };
    await t.store.incidents.putDecision(incident.id, decision, 0);
    const escalated: Decision = { ...decision, action: 'block', throttle: undefined };
    await t.store.incidents.putDecision(incident.id, escalated, 0);
    expect(await t.store.incidents.decisions(incident.id)).toEqual([JSON.parse(JSON.stringify(escalated))]);
    expect((await t.store.incidents.get(incident.id))?.decisionIds).toEqual(['d1']);
  });

  it('writes a batch of decisions and the lines telling of them in one go, numbered after the last line', async () => {
    const incident = await t.store.incidents.create(draft());
    await t.store.incidents.appendTimeline(incident.id, {
      at: T + 5000,
      kind: 'note',
      author: 'a',
      text: 'first',
    });
    const decisions = Array.from(
      { length: 450 },
      (_, i): Decision => ({ ...decisionOn(`d${i}`), value: `10.0.${i >> 8}.${i & 255}` }),
    );
    const linked = decisions.map((decision, position) => ({ decision, position }));
    const lines = decisions.map((d) => ({
      kind: 'decision' as const,
      author: 'Breakwater',
      text: `Blocked ${d.value}`,
    }));
    const written = await t.store.incidents.recordDecisions(incident.id, T + 1000, linked, lines);
    expect(written.map((e) => e.seq)).toEqual(decisions.map((_, i) => i + 2));
    expect(written.every((e) => e.at === T + 5000)).toBe(true);
    expect(await t.store.incidents.timeline(incident.id)).toHaveLength(451);
    expect((await t.store.incidents.decisions(incident.id)).map((d) => d.id)).toEqual(
      decisions.map((d) => d.id),
    );
    // a second batch keeps each decision as it now is, in its place
    const escalated = { ...decisions[1], action: 'throttle' as const };
    await t.store.incidents.recordDecisions(
      incident.id,
      T + 9000,
      [{ decision: escalated, position: 1 }],
      [],
    );
    expect((await t.store.incidents.decisions(incident.id))[1]).toEqual(escalated);
    expect((await t.store.incidents.get(incident.id))?.decisionIds).toEqual(decisions.map((d) => d.id));
    await expect(t.store.incidents.recordDecisions('INC-1999-0001', T, linked, lines)).rejects.toThrow(
      /no incident/,
    );
  });

  it('lists newest first, filtered by status, since, until and limit', async () => {
    const a = await t.store.incidents.create(
      draft({ openedAt: T, status: 'resolved', resolvedAt: T + 60_000 }),
    );
    const b = await t.store.incidents.create(draft({ openedAt: T + 120_000, status: 'monitoring' }));
    const c = await t.store.incidents.create(draft({ openedAt: T + 240_000, status: 'detected' }));
    const ids = (list: Incident[]) => list.map((i) => i.id);
    expect(ids(await t.store.incidents.list())).toEqual([c.id, b.id, a.id]);
    expect(ids(await t.store.incidents.list({ status: ['detected', 'monitoring'] }))).toEqual([c.id, b.id]);
    expect(ids(await t.store.incidents.list({ status: [] }))).toEqual([]);
    expect(ids(await t.store.incidents.list({ since: T + 60_001 }))).toEqual([c.id, b.id]);
    expect(ids(await t.store.incidents.list({ until: T + 120_000 }))).toEqual([b.id, a.id]);
    expect(ids(await t.store.incidents.list({ limit: 1 }))).toEqual([c.id]);
  });

  it('appends timeline entries in order, never earlier than the one before', async () => {
    const { id } = await t.store.incidents.create(draft());
    const entry = (at: number, text: string) =>
      t.store.incidents.appendTimeline(id, { at, kind: 'note', author: 'alice@example.test', text });
    await entry(T + 5000, 'first');
    const skewed = await entry(T + 3000, 'from a clock running behind');
    expect(skewed).toMatchObject({ seq: 2, at: T + 5000, public: false });
    await Promise.all([entry(T + 6000, 'a'), entry(T + 7000, 'b'), entry(T + 8000, 'c')]);
    const timeline = await t.store.incidents.timeline(id);
    expect(timeline.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < timeline.length; i++)
      expect(timeline[i].at).toBeGreaterThanOrEqual(timeline[i - 1].at);
    await t.store.incidents.appendTimeline(id, {
      at: T,
      kind: 'public-update',
      author: 'alice@example.test',
      text: 'We are mitigating an attack.',
      data: { why: 'status page' },
      public: true,
    });
    expect((await t.store.incidents.timeline(id))[5]).toEqual({
      seq: 6,
      incidentId: id,
      at: T + 8000,
      kind: 'public-update',
      author: 'alice@example.test',
      text: 'We are mitigating an attack.',
      data: { why: 'status page' },
      public: true,
    });
    await expect(
      entry(T, 'x').then(() =>
        t.store.incidents.appendTimeline('INC-1999-0001', { at: T, kind: 'note', author: 'a', text: 'b' }),
      ),
    ).rejects.toThrow(/no incident/);
  });
});
