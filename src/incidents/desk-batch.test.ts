// Decisions that come together reach the incident desk as one batch: a step of the responder that makes
// hundreds of them is written down in one pass and announced once, without holding the event loop, and a
// detection that arrives between decisions still comes before the decisions taken after it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { block, type DeskHarness, detection, startDesk, T0 } from '../../test/support/incident-desk.js';

let h: DeskHarness;
beforeEach(async () => {
  h = await startDesk();
});
afterEach(async () => {
  await h.close();
});

/** The longest gap between ticks of a 1 ms timer while `work` runs, in ms. */
async function longestHold(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const at = performance.now();
    longest = Math.max(longest, at - last);
    last = at;
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

const address = (i: number) => `10.0.${i >> 8}.${i & 255}`;

describe('a batch of decisions', () => {
  it('stores and announces 500 decisions of one step at once, without stalling the event loop', async () => {
    const flood = detection({ kind: 'distributed-flood', path: '/', startedAt: T0 });
    await h.detect(flood);
    const [opened] = await h.t.store.incidents.list();
    h.clock.now += 1_000;
    h.incidentEvents.length = 0;
    const decisions = Array.from({ length: 500 }, (_, i) => block(address(i), flood.id, h.clock.now));

    const held = await longestHold(async () => {
      for (const decision of decisions) h.table.put(decision);
      await h.desk.settled();
    });

    const stored = await h.t.store.incidents.decisions(opened.id);
    expect(stored.map((d) => d.id)).toEqual(decisions.map((d) => d.id));
    const [incident] = await h.t.store.incidents.list();
    expect(incident.decisionIds).toEqual(decisions.map((d) => d.id));
    const lines = (await h.t.store.incidents.timeline(opened.id)).filter((e) => e.kind === 'decision');
    expect(lines.map((e) => e.data?.decisionId)).toEqual(decisions.map((d) => d.id));
    const seqs = lines.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(500);
    // one announcement for the step (and one for the status it brought), not one per decision
    const updates = h.incidentEvents.filter((e) => e.change === 'updated');
    expect(updates).toHaveLength(1);
    expect(updates[0].incident.decisionIds).toHaveLength(500);
    expect(updates[0].previous?.decisionIds).toEqual([]);
    expect(h.incidentEvents.length).toBeLessThanOrEqual(3);
    // one decision at a time this took seconds on a loaded machine; a batch takes well under one
    expect(held).toBeLessThan(1_000);
  });

  it('takes a renewal quietly and still tells of the decisions that are news in the same batch', async () => {
    const flood = detection({ path: '/', startedAt: T0 });
    await h.detect(flood);
    const first = block('203.0.113.7', flood.id, T0);
    await h.decide(first);
    h.incidentEvents.length = 0;
    h.table.put({ ...first, expiresAt: first.expiresAt! + 60_000 });
    h.table.put(block('203.0.113.8', flood.id, T0));
    await h.desk.settled();
    const [incident] = await h.t.store.incidents.list();
    expect(incident.decisionIds).toEqual([first.id, expect.any(String)]);
    const lines = (await h.t.store.incidents.timeline(incident.id)).filter((e) => e.kind === 'decision');
    expect(lines.map((e) => e.data?.value)).toEqual(['203.0.113.7', '203.0.113.8']);
    expect(h.incidentEvents.filter((e) => e.change === 'updated')).toHaveLength(1);
    const [kept] = await h.t.store.incidents.decisions(incident.id);
    expect(kept.expiresAt).toBe(first.expiresAt! + 60_000);
  });

  it('keeps a detection that arrives between decisions before the decisions taken after it', async () => {
    const first = detection({ path: '/search', startedAt: T0, sources: ['203.0.113.7'] });
    await h.detect(first);
    const second = detection({ path: '/api/messages', startedAt: T0 + 1, sources: ['198.51.100.9'] });
    // nobody waits between them: the decision for the second attack follows its detection's event
    h.table.put(block('203.0.113.7', first.id, T0));
    h.events.publish({ type: 'detection', at: h.clock.now, detection: second });
    h.table.put(block('198.51.100.9', second.id, T0));
    await h.desk.settled();
    const byService = new Map((await h.t.store.incidents.list()).map((i) => [i.services[0], i]));
    expect(byService.get('Webmail')?.decisionIds).toHaveLength(1);
    expect(byService.get('Mail API')?.decisionIds).toHaveLength(1);
  });
});
