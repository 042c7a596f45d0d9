// Tests for the count-min sketch: never below the truth, close to it for the keys that matter.

import { describe, expect, it } from 'vitest';
import { CountMin } from './count-min.js';

/** Deterministic Zipf(s) stream over n keys, from a seeded PRNG (mulberry32). */
function zipfStream(n: number, s: number, length: number, seed: number): string[] {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** s;
  let state = seed >>> 0;
  const out: string[] = [];
  for (let j = 0; j < length; j++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    const u = (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    out.push(`key-${lo}`);
  }
  return out;
}

describe('CountMin', () => {
  it('never underestimates, and overestimates little, on a skewed stream', () => {
    const cm = new CountMin(2 ** 12, 4);
    const truth = new Map<string, number>();
    const stream = zipfStream(50_000, 1.1, 200_000, 7);
    for (const key of stream) {
      cm.add(key);
      truth.set(key, (truth.get(key) ?? 0) + 1);
    }
    let overSum = 0;
    for (const [key, count] of truth) {
      const estimate = cm.estimate(key);
      expect(estimate).toBeGreaterThanOrEqual(count);
      overSum += estimate - count;
    }
    // e/width × N is the classic bound for one key; the average error is far smaller
    expect(overSum / truth.size).toBeLessThan((Math.E / 4096) * stream.length);
    expect(cm.estimate('key-0')).toBeLessThan(truth.get('key-0')! * 1.01);
  });

  it('returns the new estimate from add and counts by more than one', () => {
    const cm = new CountMin(1024, 3);
    expect(cm.add('a')).toBe(1);
    expect(cm.add('a', 5)).toBe(6);
    expect(cm.estimate('a')).toBe(6);
    expect(cm.estimate('never added')).toBe(0);
  });

  it('starts from zero after clear and keeps its size', () => {
    const cm = new CountMin(1000, 4);
    expect(cm.width).toBe(1024);
    expect(cm.bytes).toBe(1024 * 4 * 4);
    for (let i = 0; i < 10_000; i++) cm.add(`k${i}`);
    cm.clear();
    expect(cm.estimate('k1')).toBe(0);
    expect(cm.bytes).toBe(1024 * 4 * 4);
  });
});
