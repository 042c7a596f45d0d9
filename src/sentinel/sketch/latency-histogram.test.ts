// Tests for the logarithmic latency histogram: quantiles within a few percent, fixed memory.

import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './latency-histogram.js';

describe('LatencyHistogram', () => {
  it('reports p50 and p99 within 3% of the true values', () => {
    const h = new LatencyHistogram();
    const values: number[] = [];
    for (let i = 1; i <= 10_000; i++) values.push(i * 0.5); // 0.5 ms … 5 s, uniform
    for (const v of values) h.observe(v);
    expect(h.count).toBe(10_000);
    expect(Math.abs(h.quantile(0.5) - 2_500) / 2_500).toBeLessThan(0.03);
    expect(Math.abs(h.quantile(0.99) - 4_950) / 4_950).toBeLessThan(0.03);
  });

  it('puts extremes in the end buckets and answers 0 when empty', () => {
    const h = new LatencyHistogram();
    expect(h.quantile(0.5)).toBe(0);
    h.observe(0);
    h.observe(-1);
    h.observe(Number.NaN);
    expect(h.quantile(0.5)).toBeLessThanOrEqual(0.0625);
    h.observe(10 * 60_000);
    expect(h.quantile(1)).toBeGreaterThan(60_000);
    h.clear();
    expect(h.count).toBe(0);
    expect(h.quantile(0.99)).toBe(0);
  });

  it('separates a slow tail from a fast body', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 980; i++) h.observe(12);
    for (let i = 0; i < 20; i++) h.observe(3_000);
    expect(h.quantile(0.5)).toBeCloseTo(12, -0.5);
    expect(Math.abs(h.quantile(0.99) - 3_000) / 3_000).toBeLessThan(0.03);
  });
});
