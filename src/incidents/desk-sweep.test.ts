// The desk's sweep (once a second) over an incident of a big flood: it writes neither the incident's
// thousands of links nor, when nothing in it moved, the incident itself; an incident whose figures did
// move is still saved. Writes are counted as the statements the store is asked to build, on either
// back end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { block, type DeskHarness, detection, startDesk, T0 } from '../../test/support/incident-desk.js';

let h: DeskHarness;
beforeEach(async () => {
  h = await startDesk();
});
afterEach(async () => {
  await h.close();
});

const address = (i: number) => `10.0.${i >> 8}.${i & 255}`;

/** Counts the inserts and updates started on the store, by table, from now on. */
function countWrites() {
  const inserts = vi.spyOn(h.t.store.db, 'insertInto');
  const updates = vi.spyOn(h.t.store.db, 'updateTable');
  const tables = (spy: typeof inserts | typeof updates) => spy.mock.calls.map(([table]) => String(table));
  return {
    inserts: () => tables(inserts),
    updates: () => tables(updates),
    reset() {
      inserts.mockClear();
      updates.mockClear();
    },
  };
}

/** A second of traffic in which the edge blocked `blocked` requests. */
function trafficSecond(at: number, blocked: number) {
  return h.t.store.traffic.record({
    at,
    stepMs: 1_000,
    allowed: 100,
    challenged: 0,
    throttled: 0,
    blocked,
    shed: 0,
    originErrors: 0,
    latencyP50Ms: 10,
    latencyP95Ms: 30,
    latencyP99Ms: 40,
  });
}

describe('the sweep over an incident with 2,000 links', () => {
  beforeEach(async () => {
    const flood = detection({ kind: 'distributed-flood', path: '/', startedAt: T0, lastSeenAt: T0 + 60_000 });
    await h.detect(flood);
    h.clock.now += 1_000;
    for (let i = 0; i < 1_999; i++) h.table.put(block(address(i), flood.id, h.clock.now));
    await h.desk.settled();
    await h.advance(1_000);
  });

  it('writes nothing while nothing in the incident moves', async () => {
    const [before] = await h.t.store.incidents.list();
    expect(before.detectionIds.length + before.decisionIds.length).toBe(2_000);
    const writes = countWrites();
    for (let second = 0; second < 3; second++) await h.advance(1_000);
    expect(writes.inserts()).toEqual([]);
    expect(writes.updates()).toEqual([]);
    expect(await h.t.store.incidents.list()).toEqual([before]);
  });

  it('saves the incident whose figures moved, once, without writing a link', async () => {
    const writes = countWrites();
    await trafficSecond(T0 + 1_000, 5_000);
    writes.reset();
    await h.advance(1_000);
    expect(writes.inserts()).toEqual([]);
    expect(writes.updates()).toEqual(['incidents']);
    const [incident] = await h.t.store.incidents.list();
    expect(incident.figures.attackRequestsStopped).toBe(5_000);
    expect(incident.decisionIds).toHaveLength(1_999);

    writes.reset();
    await h.advance(1_000);
    expect(writes.updates()).toEqual([]);
  });

  it('keeps the links of a detection that joins and of a decision taken for it, and writes them once', async () => {
    const joining = detection({ kind: 'cache-bypass', path: '/search', startedAt: h.clock.now });
    await h.detect(joining);
    h.table.put(block('198.51.100.9', joining.id, h.clock.now));
    await h.desk.settled();
    const writes = countWrites();
    await h.advance(1_000);
    expect(writes.inserts()).toEqual([]);
    const [incident] = await h.t.store.incidents.list();
    expect(incident.detectionIds).toHaveLength(2);
    expect(incident.detectionIds[1]).toBe(joining.id);
    expect(incident.decisionIds).toHaveLength(2_000);
  });
});
