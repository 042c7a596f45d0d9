// Tests for space-saving top-k over count-min estimates: the true heavy hitters of a stream are found.

import { describe, expect, it } from 'vitest';
import { KeyHash } from './hash.js';
import { HeavyHitters } from './heavy-hitters.js';
import { SpaceSaving } from './space-saving.js';

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const u = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

describe('SpaceSaving with count-min estimates', () => {
  it('finds the true top keys of a Zipf stream with counts near the truth', () => {
    const hitters = new HeavyHitters({ width: 2 ** 14, depth: 4, k: 32 });
    const next = zipfSampler(200_000, 1.05, mulberry32(11));
    const truth = new Map<string, number>();
    const hash = new KeyHash();
    for (let i = 0; i < 500_000; i++) {
      const key = `10.0.${next()}`;
      truth.set(key, (truth.get(key) ?? 0) + 1);
      const h = hash.of(key);
      hitters.add(key, h.h1, h.h2);
    }
    const trueTop = [...truth.entries()].sort((a, b) => b[1] - a[1]);
    const found = hitters.list();
    expect(found).toHaveLength(32);
    const foundKeys = new Set(found.map((e) => e.key));
    for (const [key] of trueTop.slice(0, 20)) expect(foundKeys.has(key), key).toBe(true);
    expect(found[0].key).toBe(trueTop[0][0]);
    for (const { key, count } of found.slice(0, 10)) {
      expect(count).toBeGreaterThanOrEqual(truth.get(key)!);
      expect(count).toBeLessThan(truth.get(key)! * 1.05);
    }
    for (let i = 1; i < found.length; i++) expect(found[i - 1].count).toBeGreaterThanOrEqual(found[i].count);
  });

  it('lets a key in only when its count beats the smallest held count', () => {
    const top = new SpaceSaving(2);
    expect(top.offer('a', 1)).toBe(0);
    expect(top.admitted).toBe(true);
    expect(top.offer('b', 1)).toBe(1);
    expect(top.offer('a', 2)).toBe(0);
    expect(top.admitted).toBe(false);
    expect(top.offer('c', 1)).toBe(-1);
    expect(top.offer('c', 2)).toBe(1); // evicts b (1)
    expect(top.admitted).toBe(true);
    expect(top.top()).toEqual([
      { key: 'a', count: 2 },
      { key: 'c', count: 2 },
    ]);
    expect(top.keyAt(1)).toBe('c');
    expect(top.size).toBe(2);
  });

  it('keeps its index right through evictions, even when every hash collides', () => {
    for (const hashOf of [(key: string) => key.length * 7919, () => 7]) {
      const top = new SpaceSaving(5);
      const reference = new Map<string, number>();
      const counts = new Map<string, number>();
      const random = mulberry32(5);
      for (let step = 0; step < 20_000; step++) {
        const key = `k${Math.floor(random() ** 2 * 40)}`;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        top.offer(key, count, hashOf(key));
        // the same rules, written plainly
        if (reference.has(key) || reference.size < 5) reference.set(key, count);
        else {
          const [minKey, minCount] = [...reference].reduce((a, b) => (b[1] < a[1] ? b : a));
          if (count > minCount) {
            reference.delete(minKey);
            reference.set(key, count);
          }
        }
      }
      const expected = [...reference].map(([key, count]) => ({ key, count }));
      expect(top.top()).toEqual(expected.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)));
    }
  });

  it('holds no more than k keys however many distinct keys pass', () => {
    const hitters = new HeavyHitters({ width: 2 ** 12, depth: 4, k: 8 });
    const hash = new KeyHash();
    for (let i = 0; i < 100_000; i++) {
      const key = `k${i}`;
      const h = hash.of(key);
      hitters.add(key, h.h1, h.h2);
    }
    expect(hitters.top.size).toBe(8);
    hitters.clear();
    expect(hitters.list()).toEqual([]);
  });
});
