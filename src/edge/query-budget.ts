// Cache bypass answered: while a route is guarded (a cache-bypass detection on it), query strings never
// seen on it before, from clients not in good standing, draw on a per-route budget shared fairly between
// addresses. Queries the route already knows (learnt before the guard from anyone, during it only from
// trusted clients) cost nothing, so people who search for what people search for are never counted; past
// the budget the judge challenges a browser and throttles an API client. A sign-in route under a spread
// credential-stuffing flood is guarded the same way for every request, query or not. A guard not renewed
// lapses. Gateway workers follow the primary's guards, each with its share of every budget.

import { FairShare } from './fair-share.js';

export interface QueryBudgetOptions {
  now: () => number;
  /** Route-and-query pairs remembered at most (oldest forgotten first); default 50 000, about 6 MB. */
  maxKnown?: number;
  /** A guard not renewed for this long ends by itself; default 10 s. */
  ttlMs?: number;
}

/** A guarded route's budget of new queries per second, at least this much. */
export const QUERY_BUDGET_FLOOR = 2;

interface Guard {
  until: number;
  budget: FairShare;
  rate: number;
  /** Every request on the route pays, not only those with a never-seen query (a sign-in flood). */
  every: boolean;
}

export type QueryCost = 'free' | 'within' | 'spent';

/** A guard in force, as the primary tells its workers each tick. */
export interface QueryGuard {
  route: string;
  /** New queries per second, for the whole gateway. */
  rate: number;
  every: boolean;
  /** How long it lasts yet unless renewed. */
  forMs: number;
}

export class QueryBudget {
  private readonly now: () => number;
  private readonly maxKnown: number;
  private readonly ttlMs: number;
  private readonly guards = new Map<string, Guard>();
  private readonly known = new Map<string, number>();
  /** Known pairs in the order learnt, a ring: a new one takes the oldest one's slot. */
  private readonly ring: (string | undefined)[] = [];
  private next = 0;

  constructor(opts: QueryBudgetOptions) {
    this.now = opts.now;
    this.maxKnown = opts.maxKnown ?? 50_000;
    this.ttlMs = opts.ttlMs ?? 10_000;
  }

  /**
   * Starts or renews the guard of `route` for one TTL, with a budget of `rate` new queries per second
   * (at least QUERY_BUDGET_FLOOR) and a burst of twice that; `every` puts every request on the budget.
   */
  guard(route: string, rate: number, every = false): void {
    this.set(route, Math.max(QUERY_BUDGET_FLOOR, rate), every, this.now() + this.ttlMs);
  }

  /** The guards in force now. */
  inForce(): QueryGuard[] {
    const now = this.now();
    const out: QueryGuard[] = [];
    for (const [route, g] of this.guards)
      if (g.until > now) out.push({ route, rate: g.rate, every: g.every, forMs: g.until - now });
    return out;
  }

  /**
   * Takes another process's guards as its own (a worker, the primary's): each with `share` of its rate
   * and until it lapses there; a guard not listed ends here too.
   */
  follow(guards: readonly QueryGuard[], share: number): void {
    const now = this.now();
    const listed = new Set<string>();
    for (const g of guards) {
      listed.add(g.route);
      this.set(g.route, g.rate * share, g.every, now + g.forMs);
    }
    for (const route of this.guards.keys()) if (!listed.has(route)) this.guards.delete(route);
  }

  private set(route: string, perSecond: number, every: boolean, until: number): void {
    const current = this.guards.get(route);
    if (current !== undefined && current.rate === perSecond && current.every === every) current.until = until;
    else
      this.guards.set(route, {
        until,
        rate: perSecond,
        every,
        budget: new FairShare(this.now, perSecond, 2 * perSecond),
      });
  }

  /** Whether `route`'s cache bypass is being answered now. */
  isGuarded(route: string): boolean {
    const guard = this.guards.get(route);
    if (guard === undefined) return false;
    if (guard.until > this.now()) return true;
    this.guards.delete(route);
    return false;
  }

  /**
   * What a request's query costs. Unguarded, or known: free (and, unguarded, learnt). Otherwise one unit
   * of the route's budget, taken from `address`'s share: within it or spent. `trusted` clients (good
   * standing, a pass) pay nothing and teach the route their query.
   */
  cost(route: string, query: string, address: string, trusted: boolean): QueryCost {
    const guard = this.isGuarded(route) ? this.guards.get(route) : undefined;
    if (guard?.every === true && !trusted) return guard.budget.take(address) ? 'within' : 'spent';
    if (query.length === 0) return 'free';
    const key = `${route}?${query}`;
    if (trusted || guard === undefined) {
      this.learn(key);
      return 'free';
    }
    if (this.known.has(key)) return 'free';
    return guard.budget.take(address) ? 'within' : 'spent';
  }

  private learn(key: string): void {
    if (this.known.has(key)) return;
    const slot = this.next;
    this.next = (slot + 1) % this.maxKnown;
    const oldest = this.ring[slot];
    if (oldest !== undefined && this.known.get(oldest) === slot) this.known.delete(oldest);
    this.ring[slot] = key;
    this.known.set(key, slot);
  }
}
