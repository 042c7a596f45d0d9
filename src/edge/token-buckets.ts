// Token buckets keyed by a string (a decision id, a verified-client id): the throttle action and
// the verified clients' own rate budget. Bounded: idle buckets are swept, the table never grows past a cap.
//
// Shared budgets (../cluster/shared-budget.ts): when `share` is set, the buckets whose keys it covers are
// one budget over every worker and gateway. Each process spends from its own bucket at once (no wait, no
// promise, nothing allocated per request: a counter on the bucket), and every flush (~100 ms) it sends
// what it spent and learns the budget's total spend everywhere; what the others spent since the last
// flush is taken from its bucket too, which may go into debt (down to minus one burst) and so pays back
// what was over-spent meanwhile.

interface Bucket {
  key: string;
  tokens: number;
  /** Its capacity, as last asked for: its debt goes no lower than minus this. */
  burst: number;
  updatedAt: number;
  /** A shared budget's bucket (`share` covers its key). */
  shared: boolean;
  /** Spent here since the last flush. */
  spent: number;
  /** The budget's total spend everywhere at the last flush (NaN before the first). */
  known: number;
  /** Waiting in `dirty` for the next flush. */
  queued: boolean;
}

/** What one flush sends: each shared budget spent from since the last one, and how much. */
export interface Spend {
  keys: string[];
  counts: number[];
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private dirty: Bucket[] = [];
  /** Which keys are shared budgets; none without it. */
  share: ((key: string) => boolean) | undefined;
  /**
   * The part of a shared budget's rate and burst this process spends on its own while the shared count
   * is away (1: the whole budget); see ../cluster/shared-budget.ts for why 1/N.
   */
  scale = 1;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /**
   * Takes one token from the bucket for `key` (rate per second, burst capacity). Returns 0 when the
   * request may pass, else the seconds until a token is due (for Retry-After).
   */
  take(key: string, rate: number, burst: number): number {
    const now = this.now();
    let bucket = this.buckets.get(key);
    const fresh = bucket === undefined;
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now, rate, burst);
      const shared = this.share?.(key) ?? false;
      bucket = { key, tokens: 0, burst, updatedAt: now, shared, spent: 0, known: Number.NaN, queued: false };
      this.buckets.set(key, bucket);
    }
    if (bucket.shared) {
      rate *= this.scale;
      burst = Math.max(1, burst * this.scale);
      if (!bucket.queued) {
        bucket.queued = true;
        this.dirty.push(bucket);
      }
    }
    bucket.burst = burst;
    if (fresh) bucket.tokens = burst;
    else {
      const refill = ((now - bucket.updatedAt) / 1000) * rate;
      bucket.tokens = Math.min(burst, bucket.tokens + refill);
      bucket.updatedAt = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (bucket.shared) bucket.spent++;
      return 0;
    }
    return rate > 0 ? (1 - bucket.tokens) / rate : 60;
  }

  get size(): number {
    return this.buckets.size;
  }

  /**
   * The shared budgets used since the last flush and what was spent from each here (0 for one only
   * asked for: its total still comes back); their counts start again from 0.
   */
  spend(): Spend {
    const keys: string[] = [];
    const counts: number[] = [];
    for (const bucket of this.dirty) {
      bucket.queued = false;
      keys.push(bucket.key);
      counts.push(bucket.spent);
      bucket.spent = 0;
    }
    this.dirty = [];
    return { keys, counts };
  }

  /**
   * The totals spent everywhere, as of the flush that sent `spend` (totals[i] for spend.keys[i]): what
   * the others spent since the one before comes off each bucket, down to minus one burst.
   */
  settle(spend: Spend, totals: readonly number[]): void {
    for (let i = 0; i < spend.keys.length; i++) {
      const bucket = this.buckets.get(spend.keys[i]);
      const total = totals[i];
      if (bucket === undefined || !Number.isFinite(total)) continue;
      const others = total - bucket.known - spend.counts[i];
      // the first total, or a count that started again (forgotten meanwhile): a new baseline
      if (others > 0) bucket.tokens = Math.max(-bucket.burst, bucket.tokens - others);
      bucket.known = total;
    }
  }

  /** Drops buckets that have refilled (they hold no state worth keeping); if none has, the oldest half. */
  private sweep(now: number, rate: number, burst: number): void {
    const full = rate > 0 ? (burst / rate) * 1000 : Number.POSITIVE_INFINITY;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt >= full) this.buckets.delete(key);
    if (this.buckets.size < this.maxKeys) return;
    let drop = this.buckets.size >> 1;
    for (const key of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(key);
    }
  }
}
