import { describe, expect, it } from 'vitest';
import {
  brokenInvariants,
  type CaseFigures,
  medianTimeToMitigate,
  mitigationAtOrigin,
} from './matrix-figures.js';

describe('mitigation measured at the origin', () => {
  it('starts at the first second from which at most 10% arrive, held to the end', () => {
    const sent = [100, 100, 100, 100, 100, 100];
    const reached = [90, 5, 40, 8, 2, 0];
    expect(mitigationAtOrigin(sent, reached)).toEqual({
      timeToMitigateS: 3,
      sentAfter: 300,
      reachedAfter: 10,
      shareAfter: 0.0333,
    });
  });

  it('is never reached when the last second lets more than 10% through', () => {
    const m = mitigationAtOrigin([100, 100, 100], [1, 1, 20]);
    expect(m.timeToMitigateS).toBeNull();
    expect(m.shareAfter).toBeCloseTo(22 / 300, 4);
  });

  it('skips seconds with nothing sent', () => {
    expect(mitigationAtOrigin([0, 50, 0, 50], [0, 1, 0, 2]).timeToMitigateS).toBe(1);
  });

  it('counts a case never mitigated as slower than any in the median', () => {
    expect(medianTimeToMitigate([1, null, null])).toBeNull();
    expect(medianTimeToMitigate([1, 2, null])).toBe(2);
    expect(medianTimeToMitigate([0, 1, 3, null])).toBe(2);
  });
});

describe('the invariants of a case', () => {
  const held: CaseFigures = {
    legitSuccess: { all: 1, byKind: { app: { finished: 100, rate: 1 } } },
    mitigation: { timeToMitigateS: 1, sentAfter: 1000, reachedAfter: 3, shareAfter: 0.003 },
    decisionsOnGoodStanding: [],
    goodStandingTurnedAway: 0,
  };

  it('hold for a case that serves everyone and stops the attack', () => {
    expect(brokenInvariants(held, 1)).toEqual([]);
  });

  it('name each one broken', () => {
    const broken = brokenInvariants(
      {
        legitSuccess: { all: 0.995, byKind: { app: { finished: 100, rate: 0.9 } } },
        mitigation: { timeToMitigateS: 4, sentAfter: 1000, reachedAfter: 80, shareAfter: 0.08 },
        decisionsOnGoodStanding: ['block ip:127.3.1.1'],
        goodStandingTurnedAway: 3,
      },
      1,
    );
    expect(broken).toHaveLength(5);
    expect(broken[0]).toContain('app 90.0%');
    expect(broken[1]).toContain('unprotected');
    expect(broken[2]).toContain('127.3.1.1');
    expect(broken[3]).toContain('3 times');
    expect(broken[4]).toContain('8.0%');
  });

  it('judge a kind of client alone only once it has enough requests', () => {
    const few = { ...held, legitSuccess: { all: 0.995, byKind: { visitors: { finished: 5, rate: 0.8 } } } };
    expect(brokenInvariants(few)).toEqual([]);
  });
});
