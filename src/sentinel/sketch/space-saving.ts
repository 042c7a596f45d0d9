// Space-saving top-k: the k keys with the highest counts, in a fixed number of slots.

import type { KeyCount } from '../window.js';
import { hash32 } from './hash.js';

/**
 * Keeps at most k keys, each with the latest count offered for it. The caller owns the counting (a
 * count-min sketch): `offer(key, count)` is called after each increment with the key's new estimate, so
 * a key's offered count grows with every offer. A key not held enters when its count beats the smallest
 * held count, evicting that key. Because a held key's next count is always above the smallest held count,
 * a count at or below it proves the key is not held and no lookup is needed (the common case for a flood
 * of distinct keys). Held keys are found through a small open-addressing index on the caller's hash of the
 * key, so a lookup costs one string comparison and never rehashes the key.
 * Memory: k slots and an index of 4k entries; at most k key strings are held.
 */
export class SpaceSaving {
  readonly k: number;
  private readonly keys: (string | undefined)[];
  private readonly counts: Float64Array;
  private readonly hashes: Int32Array;
  /** Slot + 1 by hash position, 0 when empty (linear probing, backward-shift deletion). */
  private readonly index: Int32Array;
  private readonly mask: number;
  private used = 0;
  private minSlot = 0;
  private minCount = 0;
  /** True when the last offer() gave the key a slot it did not hold before (new or evicted). */
  admitted = false;

  constructor(k: number) {
    if (!(k >= 1)) throw new RangeError('space-saving needs k ≥ 1');
    this.k = k;
    this.keys = new Array<string | undefined>(k).fill(undefined);
    this.counts = new Float64Array(k);
    this.hashes = new Int32Array(k);
    this.index = new Int32Array(Math.max(8, 2 ** Math.ceil(Math.log2(k * 4))));
    this.mask = this.index.length - 1;
  }

  /** Number of keys held. */
  get size(): number {
    return this.used;
  }

  get bytes(): number {
    return this.counts.byteLength + this.hashes.byteLength + this.index.byteLength;
  }

  /**
   * Offers a key with its current count; returns its slot (0 ≤ slot < k), or -1 when it is not kept.
   * `hash` is any well-mixed 32-bit hash of the key, the same for every offer of it.
   */
  offer(key: string, count: number, hash = hash32(key)): number {
    this.admitted = false;
    if (this.used === this.k && count <= this.minCount) return -1;
    hash |= 0;
    const held = this.find(key, hash);
    if (held >= 0) {
      this.counts[held] = count;
      if (held === this.minSlot) this.findMin();
      return held;
    }
    let slot: number;
    if (this.used < this.k) {
      slot = this.used++;
    } else {
      slot = this.minSlot;
      this.unindex(slot);
    }
    this.keys[slot] = key;
    this.counts[slot] = count;
    this.hashes[slot] = hash;
    let i = hash & this.mask;
    while (this.index[i] !== 0) i = (i + 1) & this.mask;
    this.index[i] = slot + 1;
    this.admitted = true;
    if (this.used === this.k) this.findMin();
    return slot;
  }

  keyAt(slot: number): string | undefined {
    return this.keys[slot];
  }

  countAt(slot: number): number {
    return this.counts[slot];
  }

  /** The held keys with their counts, highest first. */
  top(): KeyCount[] {
    const out: KeyCount[] = [];
    for (let slot = 0; slot < this.used; slot++)
      out.push({ key: this.keys[slot]!, count: this.counts[slot] });
    return out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }

  clear(): void {
    this.keys.fill(undefined);
    this.counts.fill(0);
    this.index.fill(0);
    this.used = 0;
    this.minSlot = 0;
    this.minCount = 0;
  }

  private find(key: string, hash: number): number {
    const { index, hashes, keys, mask } = this;
    let i = hash & mask;
    for (;;) {
      const entry = index[i];
      if (entry === 0) return -1;
      const slot = entry - 1;
      if (hashes[slot] === hash && keys[slot] === key) return slot;
      i = (i + 1) & mask;
    }
  }

  /** Removes a slot from the index, shifting back the entries probed past it. */
  private unindex(slot: number): void {
    const { index, hashes, mask } = this;
    let hole = hashes[slot] & mask;
    while (index[hole] !== slot + 1) hole = (hole + 1) & mask;
    let j = hole;
    for (;;) {
      j = (j + 1) & mask;
      const entry = index[j];
      if (entry === 0) break;
      const home = hashes[entry - 1] & mask;
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        index[hole] = entry;
        hole = j;
      }
    }
    index[hole] = 0;
  }

  private findMin(): void {
    const { counts } = this;
    let slot = 0;
    let min = counts[0];
    for (let i = 1; i < this.used; i++) {
      if (counts[i] < min) {
        min = counts[i];
        slot = i;
      }
    }
    this.minSlot = slot;
    this.minCount = min;
  }
}
