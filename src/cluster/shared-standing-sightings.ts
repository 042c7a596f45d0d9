// What a gateway worker saw of its clients in one tick, for its primary, which alone decides good
// standing for the gateway (shared-standing.ts): each address it let through, how many times, and the
// fingerprint it last showed. Bounded: at most MAX_SIGHTINGS addresses a tick; past it, new addresses
// are left out and counted (during a flood of new addresses nobody earns standing anyway).

/** Addresses reported per tick at most. */
export const MAX_SIGHTINGS = 20_000;

/** One tick's sightings, as they travel to the primary (arrays of the same length). */
export interface SightingsBatch {
  addresses: string[];
  fingerprints: string[];
  counts: number[];
}

export class Sightings {
  private counts = new Map<string, number>();
  private prints = new Map<string, string>();
  /** Sightings left out because the tick's table was full. */
  left = 0;

  seen(address: string, fingerprint: string): void {
    const count = this.counts.get(address);
    if (count === undefined) {
      if (this.counts.size >= MAX_SIGHTINGS) {
        this.left++;
        return;
      }
      this.counts.set(address, 1);
    } else this.counts.set(address, count + 1);
    this.prints.set(address, fingerprint);
  }

  /** The tick's sightings; the next tick starts empty. */
  drain(): SightingsBatch {
    const batch: SightingsBatch = { addresses: [], fingerprints: [], counts: [] };
    for (const [address, count] of this.counts) {
      batch.addresses.push(address);
      batch.fingerprints.push(this.prints.get(address) ?? '');
      batch.counts.push(count);
    }
    this.counts = new Map();
    this.prints = new Map();
    return batch;
  }
}
