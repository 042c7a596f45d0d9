// The judge's answer to API requests under a challenge decision: a rate budget per address for an
// address decision, per fingerprint for a prefix decision, one shared budget for a fingerprint decision.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { Challenge } from './challenge/index.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const BUDGET = { rate: 1, burst: 3 };

function judgeWith(decision: Omit<Decision, 'id' | 'reason' | 'source' | 'createdAt' | 'expiresAt'>) {
  const now = () => 1_000_000;
  const table = new DecisionTable(now);
  table.put({ id: 'dec_1', reason: 'test', source: 'manual', createdAt: 0, expiresAt: null, ...decision });
  const challenge = new Challenge({
    secret: Buffer.alloc(32, 7),
    now,
    defaultDifficulty: 8,
    passTtlMs: 3_600_000,
    secureCookie: false,
  });
  return new Judge(table, challenge, new TokenBuckets(now), {
    verified: { rate: 50, burst: 100 },
    apiInsteadOfChallenge: BUDGET,
  });
}

const api = (address: string, fingerprint: string): Client => ({
  address,
  prefix: '203.0.113.0/24',
  fingerprint,
  userAgent: 'tool/1.0',
  cookie: undefined,
  kind: 'api',
});

/** How many of these requests, in order, are allowed. */
function allowed(judge: Judge, clients: Client[]): number {
  return clients.filter((c) => judge.judge(c).verdict === 'allow').length;
}

describe('API requests under a challenge', () => {
  it('under a prefix decision, one tool spread over many addresses shares one budget', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge' });
    const flood = Array.from({ length: 50 }, (_, i) => api(`203.0.113.${i + 1}`, 'aaaa0001'));
    expect(allowed(judge, flood)).toBe(BUDGET.burst);
  });

  it('under a prefix decision, another client in the range keeps its own budget', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge' });
    allowed(
      judge,
      Array.from({ length: 50 }, (_, i) => api(`203.0.113.${i + 1}`, 'aaaa0001')),
    );
    expect(allowed(judge, [api('203.0.113.200', 'bbbb0002')])).toBe(1);
  });

  it('under an address decision, the address has its own budget', () => {
    const judge = judgeWith({ scope: 'ip', value: '203.0.113.9', action: 'challenge' });
    const same = Array.from({ length: 10 }, () => api('203.0.113.9', 'aaaa0001'));
    expect(allowed(judge, same)).toBe(BUDGET.burst);
    expect(allowed(judge, [api('203.0.113.10', 'aaaa0001')])).toBe(1); // not covered
  });

  it('under a fingerprint decision, all its holders share one budget', () => {
    const judge = judgeWith({ scope: 'fingerprint', value: 'aaaa0001', action: 'challenge' });
    const holders = Array.from({ length: 10 }, (_, i) => api(`198.51.100.${i + 1}`, 'aaaa0001'));
    expect(allowed(judge, holders)).toBe(BUDGET.burst);
  });
});
