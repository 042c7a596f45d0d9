// Tests for the first-seen filter and its Bloom generations: no false negatives, bounded false positives.

import { describe, expect, it } from 'vitest';
import { BlockedBloom } from './bloom.js';
import { FirstSeen } from './first-seen.js';
import { KeyHash } from './hash.js';

const MINUTE = 60_000;

describe('BlockedBloom', () => {
  it('has no false negatives and a false-positive rate near design at 8 bits per key', () => {
    const bloom = new BlockedBloom(2 ** 20, 5);
    const hash = new KeyHash();
    const n = 2 ** 17;
    for (let i = 0; i < n; i++) {
      const h = hash.of(`in-${i}`);
      bloom.add(h.h1, h.h2);
    }
    let missing = 0;
    for (let i = 0; i < n; i++) {
      const h = hash.of(`in-${i}`);
      if (!bloom.has(h.h1, h.h2)) missing++;
    }
    expect(missing).toBe(0);
    let falsePositives = 0;
    for (let i = 0; i < 100_000; i++) {
      const h = hash.of(`out-${i}`);
      if (bloom.has(h.h1, h.h2)) falsePositives++;
    }
    expect(falsePositives / 100_000).toBeLessThan(0.05);
    expect(bloom.bytes).toBe(2 ** 17);
  });
});

describe('BlockedBloom lanes', () => {
  it('keeps lanes apart and clears one without the other', () => {
    const bloom = new BlockedBloom(2 ** 14, 4, 2);
    const hash = new KeyHash();
    const keys = Array.from({ length: 500 }, (_, i) => `lane-${i}`);
    for (const key of keys.slice(0, 250)) bloom.add(hash.of(key).h1, hash.h2, 0);
    for (const key of keys.slice(250)) bloom.add(hash.of(key).h1, hash.h2, 1);
    const inLane = (lane: number) => keys.filter((key) => bloom.has(hash.of(key).h1, hash.h2, lane)).length;
    expect(inLane(0)).toBeGreaterThanOrEqual(250);
    expect(inLane(0)).toBeLessThan(260);
    bloom.clear(0);
    expect(inLane(0)).toBe(0);
    expect(inLane(1)).toBeGreaterThanOrEqual(250);
    expect(bloom.bytes).toBe(2 * 2 ** 11);
  });
});

describe('FirstSeen', () => {
  it('reports each key new exactly once, with no false negatives', () => {
    const seen = new FirstSeen(0);
    let fresh = 0;
    for (let i = 0; i < 200_000; i++) if (seen.isNew(`198.51.${i >>> 8}.${i & 255}/${i}`)) fresh++;
    expect(fresh).toBeGreaterThan(200_000 * 0.99); // the rest are false positives: "not new"
    let newAgain = 0;
    for (let i = 0; i < 200_000; i++) if (seen.isNew(`198.51.${i >>> 8}.${i & 255}/${i}`)) newAgain++;
    expect(newAgain).toBe(0);
  });

  it('forgets a client two generations after its last visit, keeps one that comes back', () => {
    const seen = new FirstSeen(0, { generationMs: 30 * MINUTE });
    expect(seen.isNew('203.0.113.1')).toBe(true);
    expect(seen.isNew('203.0.113.2')).toBe(true);
    seen.age(31 * MINUTE);
    expect(seen.isNew('203.0.113.2')).toBe(false); // found in the previous generation, carried forward
    seen.age(62 * MINUTE);
    expect(seen.isNew('203.0.113.2')).toBe(false);
    expect(seen.isNew('203.0.113.1')).toBe(true);
  });

  it('turns over early when a generation reaches its capacity, so memory stays fixed', () => {
    const seen = new FirstSeen(0, { bits: 2 ** 16, capacity: 1_000 });
    const bytes = seen.bytes;
    expect(seen.isNew('first')).toBe(true);
    for (let i = 0; i < 3_000; i++) seen.isNew(`flood-${i}`);
    expect(seen.isNew('first')).toBe(true);
    expect(seen.bytes).toBe(bytes);
  });
});
