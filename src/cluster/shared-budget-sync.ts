// One process's side of the shared budgets (shared-budget.ts): every FLUSH_MS its token buckets' spend
// goes to the gateway's count (in the same process, or the primary's over IPC) and the totals that come
// back are settled into the buckets, with the share of each budget this process may spend on its own.
// One flush in flight at a time. A flush whose totals do not come back in time is given up, but its spend
// reached the gateway's count: it is kept and settled with the next totals of the same budgets, so this
// process's own spend is never taken for the others'.

import type { Spend, TokenBuckets } from '../edge/token-buckets.js';
import { FLUSH_MS, sharedBudgetKey } from './shared-budget.js';

/** A flush whose totals have not come back within this long is given up (the primary was busy or gone). */
const GIVE_UP_MS = 1_000;
/** Budgets with given-up spend remembered at most. */
const MAX_UNSETTLED = 10_000;

export class BudgetSync {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: { spend: Spend; seq: number; at: number } | undefined;
  /** Spend of given-up flushes, by budget, not yet settled. */
  private unsettled = new Map<string, number>();
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
    const flight = this.inFlight;
    if (flight !== undefined) {
      if (this.now() - flight.at < GIVE_UP_MS) return;
      // bounded: past it, a process on a primary that keeps not answering counts some of its spend twice
      if (this.unsettled.size > MAX_UNSETTLED) this.unsettled.clear();
      flight.spend.keys.forEach((key, i) => {
        this.unsettled.set(key, (this.unsettled.get(key) ?? 0) + flight.spend.counts[i]);
      });
    }
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
    if (this.unsettled.size > 0) {
      const counts = flight.spend.keys.map(
        (key, i) => flight.spend.counts[i] + (this.unsettled.get(key) ?? 0),
      );
      for (const key of flight.spend.keys) this.unsettled.delete(key);
      this.buckets.settle({ keys: flight.spend.keys, counts }, totals);
    } else this.buckets.settle(flight.spend, totals);
  }
}
