// What the primary adds up from its workers: the edge's counters (kept when a worker is restarted) and
// what reached the origin (the closed loop's measure).

import { describe, expect, it } from 'vitest';
import { EdgeStats } from '../edge/stats.js';
import { Reach } from '../responder/reach.js';
import { EdgeTotals, figuresOf } from './edge-figures.js';

describe('EdgeTotals', () => {
  it('sums the workers, and keeps a dead worker counters but not its open connections', () => {
    const a = new EdgeStats();
    const b = new EdgeStats();
    a.countVerdict('allow');
    a.countVerdict('block');
    b.countVerdict('allow');
    a.openConnections = 3;
    b.refusedAtAccept = 7;
    const total = new EdgeStats();
    const totals = new EdgeTotals(total);
    totals.report(1, figuresOf(a));
    totals.report(2, figuresOf(b));
    expect(total.requestsFor('allow')).toBe(2);
    expect(total.openConnections).toBe(3);
    totals.retire(1);
    expect(total.requestsFor('allow')).toBe(2);
    expect(total.requestsFor('block')).toBe(1);
    expect(total.refusedAtAccept).toBe(7);
    expect(total.openConnections).toBe(0);
  });

  it("keeps what the primary counts itself (the data plane's requests) beside the workers' sums", () => {
    const worker = new EdgeStats();
    const total = new EdgeStats();
    const totals = new EdgeTotals(total);
    total.countVerdict('allow'); // before any worker reported
    worker.countVerdict('allow');
    totals.report(1, figuresOf(worker));
    expect(total.requestsFor('allow')).toBe(2);
    total.countVerdict('allow');
    total.countVerdict('block');
    worker.countVerdict('allow');
    totals.report(1, figuresOf(worker));
    expect(total.requestsFor('allow')).toBe(4);
    expect(total.requestsFor('block')).toBe(1);
    totals.report(1, figuresOf(worker));
    expect(total.requestsFor('allow')).toBe(4);
  });
});

describe('Reach.absorb', () => {
  it('adds a worker window to the primary one, by route and by source', () => {
    const now = () => 1_000;
    const worker = new Reach(now);
    const primary = new Reach(now);
    const who = { address: '192.0.2.1', prefix: '192.0.2.0/24', fingerprint: 'f', route: '/a' };
    worker.passed(who);
    worker.passed(who);
    primary.passed(who);
    primary.absorb(worker.rotate());
    const window = primary.rotate();
    expect(window.total).toBe(3);
    expect(window.routes.get('/a')).toBe(3);
    expect(window.sources).toEqual([{ ...who, count: 3 }]);
  });
});
