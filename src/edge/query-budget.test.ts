// The budget of new queries on guarded routes: a known query is free, a new one draws on the budget, and
// workers following the primary's guards each take their share and end a guard when the primary's ends.
import { describe, expect, it } from 'vitest';
import { QueryBudget } from './query-budget.js';

/** The test's time, moved by hand. */
const time = { at: 1_000_000 };
const now = () => time.at;

/** How many of `n` new queries on `route`, from distinct addresses, are within the budget. */
function within(budget: QueryBudget, route: string, n: number, from = 0): number {
  let count = 0;
  for (let i = from; i < from + n; i++)
    if (budget.cost(route, `q=${i}`, `192.0.2.${i % 250}`, false) === 'within') count++;
  return count;
}

describe('QueryBudget', () => {
  it('charges new queries on a guarded route, and not known ones', () => {
    const budget = new QueryBudget({ now });
    expect(budget.cost('/search', 'q=known', '192.0.2.1', false)).toBe('free');
    budget.guard('/search', 5);
    expect(budget.cost('/search', 'q=known', '192.0.2.9', false)).toBe('free');
    expect(within(budget, '/search', 100)).toBe(10); // a burst of twice the rate
  });

  it('in each of two workers following the primary, lets half the budget through, until the guard ends', () => {
    const primary = new QueryBudget({ now, ttlMs: 10_000 });
    primary.guard('/search', 10);
    time.at += 4_000;
    const guards = primary.inForce();
    expect(guards).toEqual([{ route: '/search', rate: 10, every: false, forMs: 6_000 }]);
    const workers = [0, 1].map(() => new QueryBudget({ now }));
    for (const w of workers) w.follow(guards, 0.5);
    expect(workers.map((w) => within(w, '/search', 100))).toEqual([10, 10]);
    time.at += 1_000;
    expect(workers.map((w) => within(w, '/search', 100, 100))).toEqual([5, 5]);
    // renewed with the same terms, the budget goes on where it was; a guard the primary ends, ends
    for (const w of workers) w.follow(primary.inForce(), 0.5);
    expect(workers.map((w) => within(w, '/search', 100, 200))).toEqual([0, 0]);
    for (const w of workers) w.follow([], 0.5);
    expect(workers.map((w) => w.isGuarded('/search'))).toEqual([false, false]);
  });

  it('ends a followed guard when its time there is up, though not told', () => {
    const worker = new QueryBudget({ now });
    worker.follow([{ route: '/search', rate: 4, every: true, forMs: 500 }], 0.5);
    expect(worker.isGuarded('/search')).toBe(true);
    expect(worker.cost('/search', '', '192.0.2.1', false)).toBe('within');
    time.at += 501;
    expect(worker.isGuarded('/search')).toBe(false);
  });
});
