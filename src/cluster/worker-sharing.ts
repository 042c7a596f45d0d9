// A gateway worker's side of what the gateway shares (docs/scale-out.md): its token buckets, whose shared
// budgets it flushes to the primary every 100 ms and settles with the totals that come back
// (shared-budget-sync.ts), and its replica of the gateway's good standing, which earns nobody itself but
// holds whom the primary announces, while every request it lets through is reported with the tick's
// window (shared-standing-sightings.ts) for the primary to decide on.

import { TokenBuckets } from '../edge/token-buckets.js';
import { GoodStanding } from '../responder/good-standing.js';
import { BudgetSync } from './shared-budget-sync.js';
import { Sightings } from './shared-standing-sightings.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export class WorkerSharing {
  readonly buckets: TokenBuckets;
  readonly standing: GoodStanding;
  private readonly sightings = new Sightings();
  private readonly sync: BudgetSync;

  constructor(
    private readonly send: (message: FromWorker) => void,
    now: () => number = Date.now,
  ) {
    this.buckets = new TokenBuckets(now);
    this.sync = new BudgetSync(this.buckets, (seq, spend) =>
      send({ t: 'budget', seq, keys: spend.keys, counts: spend.counts }),
    );
    this.sync.start();
    this.standing = new GoodStanding({
      now,
      earns: false,
      onSeen: (address, fingerprint) => this.sightings.seen(address, fingerprint),
    });
  }

  /** The primary's answers: a flush's totals, and good standing announced. */
  heard(message: Extract<ToWorker, { t: 'budget' | 'standing' }>): void {
    if (message.t === 'budget') this.sync.settle(message.seq, message.totals, message.scale);
    else for (const entry of message.entries) this.standing.adopt(entry);
  }

  /** The tick's sightings, to the primary. */
  report(): void {
    const batch = this.sightings.drain();
    if (batch.addresses.length > 0) this.send({ t: 'seen', batch });
  }

  stop(): void {
    this.sync.stop();
  }
}
