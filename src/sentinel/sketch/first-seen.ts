// First-seen filter: tells whether a source address was seen before, in fixed memory, forgetting old ones.

import { BlockedBloom } from './bloom.js';
import { KeyHash } from './hash.js';

export interface FirstSeenOptions {
  /** Bits per generation (a power of two); default 2^23 (1 MiB). */
  bits?: number;
  /** Bits set per key; default 5. */
  hashes?: number;
  /** Keys written into one generation before it turns over; default 2^20. */
  capacity?: number;
  /** Age of a generation at which it turns over; default 30 minutes. */
  generationMs?: number;
}

/**
 * Two Bloom filter generations, current and previous, as two lanes of one blocked Bloom filter (a key's
 * blocks in both generations are adjacent cache lines). A key is known when either holds it; a key found
 * only in the previous one is copied forward, so a client that keeps coming stays known. The current
 * generation turns over (previous dropped, a cleared one becomes current) when it is `generationMs` old
 * or has taken `capacity` keys: a client is remembered for one to two generations after its last visit,
 * less during a surge of new keys, and the false-positive rate stays near its design point
 * (about 2% at 8 bits per key and 5 hashes). A false positive only makes a new key look known; there
 * are no false negatives within the memory horizon. Memory: 2 × bits / 8 bytes (2 MiB by default).
 */
export class FirstSeen {
  readonly capacity: number;
  readonly generationMs: number;
  private readonly filter: BlockedBloom;
  /** Lane of the current generation; the other lane holds the previous one. */
  private current = 0;
  private written = 0;
  private since: number;
  private lastNow: number;
  private readonly scratch = new KeyHash();

  constructor(now: number, opts: FirstSeenOptions = {}) {
    const bits = opts.bits ?? 2 ** 23;
    const hashes = opts.hashes ?? 5;
    this.capacity = opts.capacity ?? 2 ** 20;
    this.generationMs = opts.generationMs ?? 30 * 60_000;
    this.filter = new BlockedBloom(bits, hashes, 2);
    this.since = now;
    this.lastNow = now;
  }

  get bytes(): number {
    return this.filter.bytes;
  }

  /** Remembers the key with hash pair (h1, h2) and tells whether it was unknown until now. */
  isNewHashed(h1: number, h2: number): boolean {
    const { filter, current } = this;
    if (filter.has(h1, h2, current)) return false;
    const known = filter.has(h1, h2, current ^ 1);
    filter.add(h1, h2, current);
    if (++this.written >= this.capacity) this.turn(this.lastNow);
    return !known;
  }

  isNew(key: string): boolean {
    const h = this.scratch.of(key);
    return this.isNewHashed(h.h1, h.h2);
  }

  /** Lets time pass: turns the generation over once it is old enough. */
  age(now: number): void {
    this.lastNow = now;
    if (now - this.since >= this.generationMs) this.turn(now);
  }

  private turn(now: number): void {
    this.current ^= 1;
    this.filter.clear(this.current);
    this.written = 0;
    this.since = now;
  }
}
