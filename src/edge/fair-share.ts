// A rate budget split evenly between the kinds of client asking for it: each kind seen in the last second
// gets an equal share, so one flood tool, however fast it sends, cannot take the share of the others. The
// whole budget also caps the total, so a tool that shows a new kind on every request gets no more than it.

import { TokenBuckets } from './token-buckets.js';

/** Kinds counted per second at most; beyond it the share stops shrinking (and the set stops growing). */
const MAX_KINDS = 10_000;

export class FairShare {
  private readonly buckets: TokenBuckets;
  private readonly total: TokenBuckets;
  private readonly seen = new Set<string>();
  private windowStart = 0;
  /** Kinds that asked during the last full second. */
  private kindsBefore = 1;

  constructor(
    private readonly now: () => number,
    /** Requests per second shared by every kind, and their burst. */
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.buckets = new TokenBuckets(now, MAX_KINDS);
    this.total = new TokenBuckets(now, 1);
  }

  /** Takes one request from the share of `kind` and from the total; false when either is spent. */
  take(kind: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      this.kindsBefore = Math.max(1, this.seen.size);
      this.seen.clear();
      this.windowStart = now;
    }
    if (this.seen.size < MAX_KINDS) this.seen.add(kind);
    const kinds = Math.max(this.kindsBefore, this.seen.size);
    // a share's burst is at least one request, so a share is never too small ever to be used
    const burst = Math.min(this.burst, Math.max(1, this.burst / kinds));
    return (
      this.buckets.take(kind, this.rate / kinds, burst) === 0 &&
      this.total.take('total', this.rate, this.burst) === 0
    );
  }
}
