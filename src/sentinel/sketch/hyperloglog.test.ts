// Tests for HyperLogLog: distinct counts within a few percent from ten to a million keys.

import { beforeAll, describe, expect, it } from 'vitest';
import { adoptSketchSeeds, KeyHash } from './hash.js';
import { HyperLogLog } from './hyperloglog.js';

function addresses(hll: HyperLogLog, from: number, to: number): void {
  for (let i = from; i < to; i++)
    hll.add(`${(i >>> 24) & 255}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`);
}

// The hash seeds are drawn at random per process; fixed here, so the error bounds below are met or missed
// the same way on every run (at p = 10 a 10% bound is about three standard errors).
beforeAll(() => adoptSketchSeeds([0x2f6b_1c3d, 0x51a0_9e77]));

describe('HyperLogLog', () => {
  it.each([10_000, 40_000, 100_000, 1_000_000])(
    'estimates %i distinct addresses within 3%% at p = 14',
    (n) => {
      const hll = new HyperLogLog(14);
      addresses(hll, 0x0a000000, 0x0a000000 + n);
      expect(Math.abs(hll.estimate() - n) / n).toBeLessThan(0.03);
    },
  );

  it('is near exact for small counts and zero when empty', () => {
    const hll = new HyperLogLog(14);
    expect(hll.estimate()).toBe(0);
    hll.add('one');
    hll.add('one');
    expect(hll.estimate()).toBe(1);
    addresses(hll, 0, 500);
    expect(Math.abs(hll.estimate() - 501)).toBeLessThan(10);
  });

  it('ignores repeats', () => {
    const hll = new HyperLogLog(12);
    for (let round = 0; round < 20; round++) addresses(hll, 0, 5_000);
    expect(Math.abs(hll.estimate() - 5_000) / 5_000).toBeLessThan(0.05);
  });

  it('works on pooled registers at p = 10 and starts over after clear', () => {
    const pool = new Uint8Array(2048);
    const a = new HyperLogLog(10, pool.subarray(0, 1024));
    const b = new HyperLogLog(10, pool.subarray(1024));
    const hash = new KeyHash();
    for (let i = 0; i < 20_000; i++) a.addHash(hash.of(`q=${i}`).h1);
    for (let i = 0; i < 300; i++) b.addHash(hash.of(`q=${i}`).h1);
    expect(Math.abs(a.estimate() - 20_000) / 20_000).toBeLessThan(0.1);
    expect(Math.abs(b.estimate() - 300) / 300).toBeLessThan(0.1);
    a.clear();
    expect(a.estimate()).toBe(0);
    expect(Math.abs(b.estimate() - 300) / 300).toBeLessThan(0.1);
  });

  it('refuses registers of the wrong size', () => {
    expect(() => new HyperLogLog(10, new Uint8Array(100))).toThrow(/1024 bytes/);
    expect(() => new HyperLogLog(30)).toThrow(RangeError);
  });
});
