// Shared throttle budgets: a throttle decision's per-address budget (and a pass's own budget) is one
// budget over every worker of a gateway and every gateway of a cluster, not one per process.
//
// Each process spends from its own token bucket at once and flushes what it spent every FLUSH_MS
// (../edge/token-buckets.ts); the gateway's primary keeps the count here. Workers flush to it over IPC
// and get back the gateway's total at once, so workers learn each other's spend within one flush plus a
// message's round trip. Every FLUSH_MS the primary adds its gateway's spend to the cluster's counters in
// Redis — one script call for all budgets used (INCRBY and PEXPIRE per budget) — and learns the other
// gateways' spend from the totals it returns.
//
// Why through the primary rather than each worker to Redis: the same path with Redis or without (a
// gateway alone still shares among its workers), one Redis connection and one script call per gateway
// per flush however many workers, and the workers' spend on the same budget added before it leaves.
//
// Bounded error: a budget of rate R and burst B spent from P processes lets through, over any T seconds,
// at most B + R·T plus what the others spent before each heard of it: a burst B for each process new to
// the budget, and what was spent in flight, at most R·(one flush + a round trip) per other process (the
// batch: 10 % of R per other worker with FLUSH_MS = 100; across gateways the spend travels two flushes,
// the worker's and the primary's, so 20 % of R per other gateway). In flight, not per window: a bucket
// that over-spent goes into debt (down to minus one burst) and pays it back, so the long-run rate is R.
//
// Redis away: the budgets cannot be shared between gateways. Failing open (each gateway its whole budget)
// gives a client spread over G gateways G budgets, the very thing shared budgets are for; failing closed
// (refusing everything a shared budget covers) turns a Redis outage into an outage of every throttled
// client, including real users behind a throttled range. The middle way is kept: each gateway spends
// 1/G of each budget (G: gateways seen when Redis was last up), so a client spread over all of them still
// gets about one budget, and one on a single gateway gets 1/G of it until Redis returns. What a gateway
// spends while Redis is away is not replayed when it returns (the 1/G share already paid for it).

import type { Spend } from '../edge/token-buckets.js';
import type { Log } from '../log.js';
import type { RedisLink } from './redis-link.js';

/** How often every process flushes its spend, and the primary its gateway's. */
export const FLUSH_MS = 100;
/** Budgets held at most; past it, the least recently used go. */
const MAX_BUDGETS = 100_000;
/** A budget nobody used for this long is forgotten (a process that uses it again starts a new baseline). */
const FORGET_MS = 60_000;
/** Redis forgets a budget's counter this long after its last flush. */
const COUNTER_TTL_MS = 600_000;
/** Budgets per script call. */
const CHUNK = 1_000;

const ADD_SPEND = `
local out = {}
for i, key in ipairs(KEYS) do
  out[i] = redis.call('INCRBY', key, ARGV[i + 1])
  redis.call('PEXPIRE', key, ARGV[1])
end
return out`;

interface Budget {
  /** Spent on this gateway since it was first used here. */
  local: number;
  /** Of which handed to Redis (or skipped while it was away). */
  flushed: number;
  /** Of which Redis counted. */
  sent: number;
  /** The other gateways' spend since it was first used here, as Redis last said. */
  remote: number;
  /** Their spend before that, left out. */
  base: number;
  usedAt: number;
}

export interface SharedBudgetsOptions {
  /** The cluster's Redis; a gateway alone shares among its workers only. */
  link?: RedisLink;
  /** The keys' prefix in Redis (`<cluster>:budget:`). */
  prefix?: string;
  /** Gateways in the cluster now (this one and the peers heard from), for the share while Redis is away. */
  gateways?: () => number;
  log: Log;
  now?: () => number;
}

export interface BudgetFigures {
  /** Flushes to Redis that answered, and that failed. */
  flushes: number;
  errors: number;
  /** Times this gateway fell back to its 1/G share because Redis was away, and whether it is now. */
  fallbacks: number;
  fallback: boolean;
  /** Budgets held. */
  budgets: number;
}

/** A key the shared budgets cover: decisions' and passes' budgets, not this process's own admission. */
export const sharedBudgetKey = (key: string): boolean => !key.startsWith('standing:');

export class SharedBudgets {
  private readonly budgets = new Map<string, Budget>();
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private flushing = false;
  private flushedAt = 0;
  private gatewaysSeen = 1;
  private readonly figures: Omit<BudgetFigures, 'budgets'> = {
    flushes: 0,
    errors: 0,
    fallbacks: 0,
    fallback: false,
  };

  constructor(private readonly opts: SharedBudgetsOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Flushes to Redis every FLUSH_MS (nothing to do for a gateway alone). */
  start(): void {
    if (this.opts.link === undefined) return;
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * A process's spend since its last flush: added in, and each budget's total spend everywhere as known
   * here returned (totals[i] for keys[i]).
   */
  settle(spend: Spend): number[] {
    const now = this.now();
    const totals = new Array<number>(spend.keys.length);
    for (let i = 0; i < spend.keys.length; i++) {
      const key = spend.keys[i];
      let budget = this.budgets.get(key);
      if (budget === undefined) {
        if (this.budgets.size >= MAX_BUDGETS) this.forget(now, true);
        budget = { local: 0, flushed: 0, sent: 0, remote: 0, base: Number.NaN, usedAt: now };
        this.budgets.set(key, budget);
      } else {
        // most recently used last, so the oldest go first when the table is full
        this.budgets.delete(key);
        this.budgets.set(key, budget);
      }
      const count = spend.counts[i];
      if (Number.isFinite(count) && count > 0) budget.local += count;
      budget.usedAt = now;
      totals[i] = budget.local + budget.remote;
    }
    return totals;
  }

  /** The part of each budget this gateway's processes spend on their own: 1, or 1/G while Redis is away. */
  get scale(): number {
    const { link } = this.opts;
    if (link === undefined || link.up) return 1;
    return 1 / this.gatewaysSeen;
  }

  get report(): BudgetFigures {
    return { ...this.figures, budgets: this.budgets.size };
  }

  /** Adds this gateway's spend to the cluster's counters and learns the others'. */
  async flush(): Promise<void> {
    const { link } = this.opts;
    if (link === undefined || this.flushing) return;
    const now = this.now();
    const since = this.flushedAt;
    this.flushedAt = now;
    if (now - since >= FORGET_MS / 6) this.forget(now, false);
    if (!link.up) {
      if (!this.figures.fallback) {
        this.figures.fallback = true;
        this.figures.fallbacks++;
        this.opts.log.warn('cluster: shared budgets away with Redis; each budget split over the gateways', {
          gateways: this.gatewaysSeen,
        });
      }
      // not replayed when Redis returns: the share already paid for it
      for (const budget of this.budgets.values()) budget.flushed = budget.local;
      return;
    }
    this.figures.fallback = false;
    this.gatewaysSeen = Math.max(1, this.opts.gateways?.() ?? 1);
    const keys: string[] = [];
    const added: number[] = [];
    const used: Budget[] = [];
    for (const [key, budget] of this.budgets) {
      if (budget.usedAt < since && budget.local === budget.flushed) continue;
      keys.push(key);
      added.push(budget.local - budget.flushed);
      used.push(budget);
      budget.flushed = budget.local;
    }
    if (keys.length === 0) return;
    this.flushing = true;
    try {
      for (let at = 0; at < keys.length; at += CHUNK) {
        const part = keys.slice(at, at + CHUNK);
        const counts = added.slice(at, at + CHUNK);
        const totals = (await link.redis.eval(
          ADD_SPEND,
          part.length,
          ...part.map((key) => `${this.opts.prefix ?? 'budget:'}${key}`),
          COUNTER_TTL_MS,
          ...counts,
        )) as number[];
        for (let i = 0; i < part.length; i++) this.learn(used[at + i], counts[i], Number(totals[i]));
      }
      this.figures.flushes++;
    } catch (error) {
      this.figures.errors++;
      this.opts.log.debug('cluster: shared budgets flush failed', { error: (error as Error).message });
    } finally {
      this.flushing = false;
    }
  }

  private learn(budget: Budget, added: number, total: number): void {
    if (!Number.isFinite(total)) return;
    budget.sent += added;
    const others = total - budget.sent;
    if (Number.isNaN(budget.base) || others < budget.base) budget.base = others - budget.remote;
    budget.remote = Math.max(budget.remote, others - budget.base);
  }

  /** Forgets budgets unused for FORGET_MS; with `full`, the least recently used tenth as well. */
  private forget(now: number, full: boolean): void {
    for (const [key, budget] of this.budgets) if (now - budget.usedAt >= FORGET_MS) this.budgets.delete(key);
    if (!full || this.budgets.size < MAX_BUDGETS) return;
    let drop = MAX_BUDGETS / 10;
    for (const key of this.budgets.keys()) {
      if (drop-- <= 0) break;
      this.budgets.delete(key);
    }
  }
}
