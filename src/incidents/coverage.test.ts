// When an attack counts as mitigated: a request flood by its residual (what of it still reaches the
// origin, against its ceiling), whatever decisions exist; other detections by the decisions covering
// their targets.

import { describe, expect, it } from 'vitest';
import { DecisionTable } from '../responder/decision-table.js';
import type { Detection } from '../sentinel/detection.js';
import { attackMitigated, DecisionCover } from './coverage.js';

const now = () => 1_000;

function flood(residual?: { rate: number; ceiling: number }): Detection {
  return {
    id: 'distributed-flood:*:0',
    kind: 'distributed-flood',
    startedAt: 0,
    lastSeenAt: 0,
    state: 'active',
    targets: [{ scope: 'fingerprint', value: 'aaaa0001', share: 0.9, rate: 900 }],
    maxAction: 'block',
    evidence: {
      windowMs: 250,
      observedRate: 1_000,
      baselineRate: 20,
      topKeys: [],
      summary: 'test',
      residual,
    },
  };
}

describe('attackMitigated', () => {
  const table = new DecisionTable(now);
  table.put({
    id: 'dec_1',
    scope: 'fingerprint',
    value: 'aaaa0001',
    action: 'throttle',
    throttle: { rate: 5, burst: 10 },
    reason: 'flood',
    source: 'detector',
    createdAt: 0,
    expiresAt: null,
  });
  const cover = new DecisionCover(table, now);

  it('is not reached by a decision that leaves ten times the normal load reaching the origin', () => {
    expect(attackMitigated([flood({ rate: 200, ceiling: 45 })], cover)).toBe(false);
  });

  it('is reached once the residual is back under its ceiling', () => {
    expect(attackMitigated([flood({ rate: 30, ceiling: 45 })], cover)).toBe(true);
  });

  it('without a residual, still counts the decisions covering the targets', () => {
    expect(attackMitigated([flood()], cover)).toBe(true);
    expect(attackMitigated([flood()], new DecisionCover(new DecisionTable(now), now))).toBe(false);
  });
});
