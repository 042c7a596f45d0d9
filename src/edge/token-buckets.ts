// Token buckets keyed by a string (a decision id, a verified-client id): the throttle action and
// the verified clients' own rate budget. Bounded: idle buckets are swept, the table never grows past a cap.

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

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
    if (bucket === undefined) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now, rate, burst);
      bucket = { tokens: burst, updatedAt: now };
      this.buckets.set(key, bucket);
    } else {
      const refill = ((now - bucket.updatedAt) / 1000) * rate;
      bucket.tokens = Math.min(burst, bucket.tokens + refill);
      bucket.updatedAt = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return rate > 0 ? (1 - bucket.tokens) / rate : 60;
  }

  get size(): number {
    return this.buckets.size;
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
