// The judge's answer under a challenge decision: for API requests a rate budget per address under an
// address or prefix decision (whatever headers the client shows), one shared budget under a fingerprint
// decision; and a pass opens the decision only if earned on a puzzle as hard as it asks.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { Challenge, puzzleFromPage, solvePuzzle } from './challenge/index.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const BUDGET = { rate: 1, burst: 3 };

const now = () => 1_000_000;
const challenge = new Challenge({
  secret: Buffer.alloc(32, 7),
  now,
  defaultDifficulty: 8,
  passTtlMs: 3_600_000,
  secureCookie: false,
});

function judgeWith(decision: Omit<Decision, 'id' | 'reason' | 'source' | 'createdAt' | 'expiresAt'>) {
  const table = new DecisionTable(now);
  table.put({ id: 'dec_1', reason: 'test', source: 'manual', createdAt: 0, expiresAt: null, ...decision });
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
  it('under a prefix decision, a new fingerprint on every request earns no fresh budget', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge' });
    const minted = Array.from({ length: 30 }, (_, i) => api('203.0.113.7', `f${String(i).padStart(7, '0')}`));
    expect(allowed(judge, minted)).toBe(BUDGET.burst);
  });

  it('under a prefix decision, another address in the range keeps its own budget', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge' });
    allowed(
      judge,
      Array.from({ length: 50 }, () => api('203.0.113.7', 'aaaa0001')),
    );
    expect(allowed(judge, [api('203.0.113.200', 'aaaa0001')])).toBe(1);
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

describe('a pass under a challenge decision', () => {
  const browser: Client = { ...api('203.0.113.7', 'cccc0003'), userAgent: 'Firefox/128.0', kind: 'browser' };

  /** The pass cookie a browser earns by solving the page asked at `difficulty`. */
  function passAt(difficulty: number): string {
    const page = challenge.page({
      prefix: browser.prefix,
      userAgent: browser.userAgent,
      returnTo: '/',
      difficulty,
    });
    const puzzle = puzzleFromPage(page.body)!;
    const body = Buffer.from(
      new URLSearchParams({
        token: puzzle.token,
        counter: String(solvePuzzle(puzzle)),
        returnTo: '/',
      }).toString(),
    );
    const answer = challenge.verify({ ...browser, body, contentType: 'application/x-www-form-urlencoded' });
    return String(answer.headers['set-cookie']).split(';', 1)[0];
  }

  it('opens a decision asking for the puzzle it was earned on', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge', difficulty: 8 });
    expect(judge.judge({ ...browser, cookie: passAt(8) }).verdict).toBe('allow');
  });

  it('earned at a lower difficulty, does not open a decision asking for a harder puzzle', () => {
    const judge = judgeWith({ scope: 'cidr', value: '203.0.113.0/24', action: 'challenge', difficulty: 12 });
    const j = judge.judge({ ...browser, cookie: passAt(4) });
    expect(j.verdict).toBe('challenge');
    expect(j.difficulty).toBe(12);
  });
});
