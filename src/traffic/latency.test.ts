// Tests for latency percentiles read from histogram buckets.
import { describe, expect, it } from 'vitest';
import { percentileMs } from './latency.js';

const BOUNDS = [0.01, 0.1, 1];

describe('percentileMs', () => {
  it('places the rank linearly within its bucket', () => {
    // 10 observations up to 10 ms, 10 between 10 and 100 ms.
    expect(percentileMs([10, 10, 0, 0], BOUNDS, 0.5)).toBe(10);
    expect(percentileMs([10, 10, 0, 0], BOUNDS, 0.25)).toBe(5);
    expect(percentileMs([10, 10, 0, 0], BOUNDS, 0.75)).toBe(55);
    expect(percentileMs([0, 0, 4, 0], BOUNDS, 0.99)).toBeCloseTo(991, 6);
  });

  it('reports a rank above every bound as the highest bound', () => {
    expect(percentileMs([1, 0, 0, 99], BOUNDS, 0.95)).toBe(1000);
  });

  it('is null when nothing was observed', () => {
    expect(percentileMs([0, 0, 0, 0], BOUNDS, 0.5)).toBeNull();
  });
});
