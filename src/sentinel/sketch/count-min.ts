// Count-min sketch with conservative update: per-key counts in fixed memory, never below the truth.

import { KeyHash } from './hash.js';

/**
 * `depth` rows of `width` counters (width rounded up to a power of two). Row i of a key is
 * `(h1 + i * h2) mod width` (double hashing). With conservative update, an estimate exceeds the truth
 * by at most e/width of the total count with probability 1 - e^-depth, and usually by far less.
 * Memory: width × depth × 4 bytes.
 */
export class CountMin {
  readonly width: number;
  readonly depth: number;
  private readonly mask: number;
  private readonly counters: Uint32Array;
  private readonly at: Int32Array;
  private readonly scratch = new KeyHash();

  constructor(width: number, depth: number) {
    if (!(width >= 2 && depth >= 1)) throw new RangeError('count-min needs width ≥ 2 and depth ≥ 1');
    this.width = 2 ** Math.ceil(Math.log2(width));
    this.depth = depth;
    this.mask = this.width - 1;
    this.counters = new Uint32Array(this.width * depth);
    this.at = new Int32Array(depth);
  }

  get bytes(): number {
    return this.counters.byteLength;
  }

  /** Adds `count` to the key whose hash pair is (h1, h2) and returns its new estimate. */
  addHashed(h1: number, h2: number, count = 1): number {
    const { counters, at, mask, width, depth } = this;
    let min = 0xffffffff;
    for (let i = 0; i < depth; i++) {
      const index = i * width + ((h1 + Math.imul(i, h2)) & mask);
      at[i] = index;
      const value = counters[index];
      if (value < min) min = value;
    }
    const next = min + count;
    for (let i = 0; i < depth; i++) {
      if (counters[at[i]] < next) counters[at[i]] = next;
    }
    return next;
  }

  estimateHashed(h1: number, h2: number): number {
    const { counters, mask, width, depth } = this;
    let min = 0xffffffff;
    for (let i = 0; i < depth; i++) {
      const value = counters[i * width + ((h1 + Math.imul(i, h2)) & mask)];
      if (value < min) min = value;
    }
    return min;
  }

  add(key: string, count = 1): number {
    const h = this.scratch.of(key);
    return this.addHashed(h.h1, h.h2, count);
  }

  estimate(key: string): number {
    const h = this.scratch.of(key);
    return this.estimateHashed(h.h1, h.h2);
  }

  /** A copy of the counters, row after row (for merging with another tally's window). */
  copyCounters(): Uint32Array {
    return this.counters.slice();
  }

  /**
   * Adds another sketch's counters of the same width, depth and hash seeds, cell by cell (saturating at
   * 2^32 - 1). The sum is exactly the sketch of both streams' counts: each estimate stays at or above the
   * key's summed true count, and its excess is at most the sum of the two excesses.
   */
  absorb(counters: Uint32Array): void {
    if (counters.length !== this.counters.length) {
      throw new RangeError(`count-min holds ${this.counters.length} counters, got ${counters.length}`);
    }
    const own = this.counters;
    for (let i = 0; i < own.length; i++) own[i] = Math.min(0xffffffff, own[i] + counters[i]);
  }

  clear(): void {
    this.counters.fill(0);
  }
}
