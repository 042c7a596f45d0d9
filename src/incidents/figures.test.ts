// Tests of the incident figures where the traffic history is thin: none at all, and no history from
// before the attack (a cold start).
import { describe, expect, it } from 'vitest';
import type { TrafficPoint } from '../store/traffic-repository.js';
import { measureIncident } from './figures.js';

const T = 1_800_000_000_000;
const facts = {
  attackStartedAt: T,
  detectedAt: T + 1_500,
  mitigatedAt: T + 2_000,
  endedAt: null,
  peakAttackRate: 900,
  until: T + 20_000,
};

function point(at: number, over: Partial<TrafficPoint> = {}): TrafficPoint {
  return {
    at,
    stepMs: 1_000,
    allowed: 50,
    challenged: 0,
    throttled: 0,
    blocked: 0,
    shed: 0,
    originErrors: 0,
    latencyP50Ms: 5,
    latencyP95Ms: 10,
    latencyP99Ms: 20,
    ...over,
  };
}

describe('measureIncident', () => {
  it('gives the timings from the facts alone when there is no traffic history', () => {
    const { figures, legitimateShare } = measureIncident(facts, []);
    expect(figures).toEqual({
      attackStartedAt: T,
      detectedAt: T + 1_500,
      mitigatedAt: T + 2_000,
      recoveredAt: null,
      timeToDetectMs: 1_500,
      timeToMitigateMs: 2_000,
      timeToRecoverMs: null,
      peakAttackRate: 900,
      attackRequestsStopped: 0,
      legitimateRequestsAffected: 0,
    });
    expect(legitimateShare).toBe(0);
  });

  it('takes the quietest moment of the incident as normal after a cold start', () => {
    const traffic = [
      point(T, { allowed: 950, originErrors: 95, latencyP99Ms: 700 }),
      point(T + 1_000, { allowed: 950, originErrors: 95, latencyP99Ms: 700 }),
      ...Array.from({ length: 10 }, (_, i) => point(T + 2_000 + i * 1_000, { blocked: 900 })),
    ];
    const { figures, legitimateShare } = measureIncident(facts, traffic);
    expect(figures.recoveredAt).toBe(T + 2_000);
    expect(figures.attackRequestsStopped).toBe(9_000);
    // Normal is 50 req/s (the quietest second); 95 errors a second, 50 of 950 requests legitimate.
    expect(figures.legitimateRequestsAffected).toBe(10);
    expect(legitimateShare).toBeCloseTo(10 / 600, 5);
  });
});
