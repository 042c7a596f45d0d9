// One process's side of the shared budgets (shared-budget.ts): every FLUSH_MS its token buckets' spend
// goes to the gateway's count (in the same process, or the primary's over IPC) and the totals that come
// back are settled into the buckets, with the share of each budget this process may spend on its own.
// One flush in flight at a time: a spend whose totals have not come back is never counted twice.

import type { Spend, TokenBuckets } from '../edge/token-buckets.js';
import { FLUSH_MS, sharedBudgetKey } from './shared-budget.js';

/** A flush whose totals have not come back within this long is given up (the primary was busy or gone). */
const GIVE_UP_MS = 1_000;

export class BudgetSync {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: { spend: Spend; seq: number; at: number } | undefined;
  private seq = 0;

  /**
   * `send` hands a spend to the gateway's count, numbered; its totals come back through `settle`
   * (at once, or when the primary answers).
   */
  constructor(
    private readonly buckets: TokenBuckets,
    private readonly send: (seq: number, spend: Spend) => void,
    private readonly now: () => number = Date.now,
  ) {
    buckets.share = sharedBudgetKey;
  }

  start(): void {
    this.timer = setInterval(() => this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  flush(): void {
    if (this.inFlight !== undefined && this.now() - this.inFlight.at < GIVE_UP_MS) return;
    const spend = this.buckets.spend();
    if (spend.keys.length === 0) {
      this.inFlight = undefined;
      return;
    }
    const seq = ++this.seq;
    this.inFlight = { spend, seq, at: this.now() };
    this.send(seq, spend);
  }

  /** The totals of flush `seq` (totals[i] for its keys[i]) and this process's share of each budget. */
  settle(seq: number, totals: readonly number[], scale: number): void {
    if (Number.isFinite(scale) && scale > 0 && scale <= 1) this.buckets.scale = scale;
    const flight = this.inFlight;
    if (flight === undefined || flight.seq !== seq || totals.length !== flight.spend.keys.length) return;
    this.inFlight = undefined;
    this.buckets.settle(flight.spend, totals);
  }
}
