// Fast non-cryptographic 32-bit string hashing for the sketches: two hashes of a key in one pass.
// Keys are hashed once per request and the pair is shared by every sketch that counts that key.

import { randomInt } from 'node:crypto';

/** The murmur3 finaliser: spreads every input bit over the whole 32-bit result. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Seeds drawn at random per process, so which keys collide differs from one gateway to the next. Processes
 * whose sketches are merged (a gateway's workers, the gateways of a cluster) share one pair, drawn once
 * for the cluster and set with adoptSketchSeeds() before any sketch counts a key.
 */
let SEED_1 = randomInt(2 ** 32 - 1) | 0;
let SEED_2 = randomInt(2 ** 32 - 1) | 0;

/** This process's hash seeds. */
export function sketchSeeds(): [number, number] {
  return [SEED_1, SEED_2];
}

/** Adopts the cluster's hash seeds: sketches are mergeable only between processes hashing alike. */
export function adoptSketchSeeds([seed1, seed2]: readonly [number, number]): void {
  SEED_1 = seed1 | 0;
  SEED_2 = seed2 | 0;
}

/**
 * A reusable pair of 32-bit hashes of a string: murmur3 (x86, 32-bit) over UTF-16 code units taken two at
 * a time, run with two seeds in one pass. `of()` overwrites the pair in place, so hashing allocates
 * nothing. `h2` is always odd, so `h1 + i * h2` walks distinct positions of any power-of-two table
 * (double hashing). The seeds are random, so collisions cannot be looked up in advance, but murmur3 is not
 * a keyed hash: do not rely on it against an attacker who can try many keys and watch the sketches.
 */
export class KeyHash {
  h1 = 0;
  h2 = 1;

  of(key: string): this {
    let a = SEED_1;
    let b = SEED_2;
    const n = key.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      let k = key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16);
      k = Math.imul(k, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      a ^= k;
      a = (a << 13) | (a >>> 19);
      a = (Math.imul(a, 5) + 0xe6546b64) | 0;
      b ^= k;
      b = (b << 13) | (b >>> 19);
      b = (Math.imul(b, 5) + 0xe6546b64) | 0;
    }
    if (i < n) {
      let k = key.charCodeAt(i);
      k = Math.imul(k, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      a ^= k;
      b ^= k;
    }
    this.h1 = mix32(a ^ n);
    this.h2 = (mix32(b ^ n) | 1) >>> 0;
    return this;
  }
}

const shared = new KeyHash();

/** One 32-bit hash of a string (the first of KeyHash's pair). */
export function hash32(key: string): number {
  return shared.of(key).h1;
}
