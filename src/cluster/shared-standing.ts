// Good standing, one per gateway and shared by the cluster. The primary's GoodStanding is the gateway's
// one owner: each tick its workers report whom they let through (shared-standing-sightings.ts), the
// primary counts those requests as one gateway would, so a client whose requests are spread round-robin
// over the workers earns standing as fast as on one process; and each tick it announces who earned it or
// lost it to its workers (whose replicas keep the judge's carve-out at judge time) and, through Redis,
// to the other gateways (shared-standing-channel.ts), whose primaries adopt them and announce them to
// their own workers. Adopted clients are not announced again, so nothing echoes.

import type { GoodStanding, StandingEntry } from '../responder/good-standing.js';
import type { SightingsBatch } from './shared-standing-sightings.js';

/** One address's requests in one report replayed at most (a flooder's pace is past any allowance by then). */
const MAX_REPLAY = 1_000;

export interface StandingHubOptions {
  /** The gateway's one good standing (the primary's). */
  standing: GoodStanding;
  tickMs: number;
}

export class StandingHub {
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** Told of the tick's changes, and of those adopted from other gateways: for the workers. */
  toWorkers: ((entries: StandingEntry[]) => void) | undefined;
  /** Told of this gateway's own changes each tick: for the other gateways. */
  toCluster: ((entries: StandingEntry[]) => void) | undefined;
  /** Sightings replayed, and changes announced, so far. */
  replayed = 0;
  announced = 0;

  constructor(private readonly opts: StandingHubOptions) {
    opts.standing.watch((address) => this.changed.add(address));
  }

  start(): void {
    this.timer = setInterval(() => this.announce(), this.opts.tickMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Where a worker that starts begins: everyone in the standing table now. */
  image(): StandingEntry[] {
    return this.opts.standing.entries();
  }

  /** A worker's tick of sightings: its requests counted into the gateway's standing. */
  absorb(batch: SightingsBatch): void {
    const { standing } = this.opts;
    const n = Math.min(batch.addresses.length, batch.fingerprints.length, batch.counts.length);
    for (let i = 0; i < n; i++) {
      const address = batch.addresses[i];
      const fingerprint = batch.fingerprints[i];
      if (typeof address !== 'string' || typeof fingerprint !== 'string') continue;
      const times = Math.min(MAX_REPLAY, Math.max(0, Math.floor(batch.counts[i]) || 0));
      for (let k = 0; k < times; k++) standing.seen(address, fingerprint);
      this.replayed += times;
    }
  }

  /** Clients another gateway announced: held here, and passed on to this gateway's workers. */
  adopt(entries: StandingEntry[]): void {
    for (const entry of entries) this.opts.standing.adopt(entry);
    if (entries.length > 0) this.toWorkers?.(entries);
  }

  /** The tick's changes of this gateway's own, to its workers and to the other gateways. */
  announce(): void {
    if (this.changed.size === 0) return;
    const entries: StandingEntry[] = [];
    for (const address of this.changed) {
      const entry = this.opts.standing.entry(address);
      if (entry !== undefined) entries.push(entry);
    }
    this.changed.clear();
    if (entries.length === 0) return;
    this.announced += entries.length;
    this.toWorkers?.(entries);
    this.toCluster?.(entries);
  }
}
