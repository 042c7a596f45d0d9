// The carve-out leaves an operator's decision in force: a client in good standing (or holding a pass) is
// carved out of every automatic decision, and when an automatic decision outranks an operator's on the
// same client, the operator's one still applies to it.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { testChallenge } from './challenge/fixture.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const clock = { t: 1_000_000 };
const now = () => clock.t;
const challenge = testChallenge(now, 9);
const standing = new GoodStanding({ now, earnAfterMs: 60_000 });
const table = new DecisionTable(now);
const judge = new Judge(table, challenge, new TokenBuckets(now), {
  verified: { rate: 50, burst: 100 },
  apiInsteadOfChallenge: { rate: 1, burst: 3 },
  standing,
});

const APP = '203.0.113.7';
const app: Client = {
  address: APP,
  prefix: '203.0.113.0/24',
  fingerprint: 'aaaa0001',
  userAgent: 'site-app/2.1',
  cookie: undefined,
  kind: 'api',
  route: '/api/messages',
  query: '',
};

function put(
  id: string,
  source: Decision['source'],
  fields: Pick<Decision, 'scope' | 'value' | 'action'> & Partial<Decision>,
) {
  table.put({ id, reason: id, source, createdAt: 0, expiresAt: null, ...fields });
}

/** Verdicts of `count` requests from the app's address, one after another. */
const verdicts = (count: number) => Array.from({ length: count }, () => judge.judge(app).verdict);

describe('an operator’s decision beneath an automatic one', () => {
  // the app polls from its address since before the attack, and earns good standing
  for (let second = 0; second < 70; second += 5) {
    judge.judge(app);
    clock.t += 5_000;
  }
  standing.underAttack = true;

  it('the client is in good standing, and an automatic block alone does not touch it', () => {
    expect(standing.holds(APP)).toBe(true);
    put('auto_block', 'detector', { scope: 'cidr', value: '203.0.113.0/24', action: 'block' });
    expect(verdicts(3)).toEqual(['allow', 'allow', 'allow']);
  });

  it('an operator’s throttle on the address still holds it to its rate under the automatic block', () => {
    put('manual_throttle', 'manual', {
      scope: 'ip',
      value: APP,
      action: 'throttle',
      throttle: { rate: 1, burst: 2 },
    });
    // the automatic block outranks the throttle in the table: the lookup without it finds the throttle
    expect(table.forRequest(APP, app.fingerprint)?.id).toBe('auto_block');
    expect(table.forRequestBeyondAutomatic(APP, app.fingerprint)?.id).toBe('manual_throttle');
    const seen = verdicts(10);
    expect(seen.filter((v) => v === 'allow')).toHaveLength(2);
    expect(seen.filter((v) => v === 'throttle')).toHaveLength(8);
    expect(seen).not.toContain('block');
  });

  it('an operator’s block that a newer automatic block outranks blocks the challenge answer too', () => {
    table.remove('manual_throttle');
    put('auto_block_address', 'detector', { scope: 'ip', value: APP, action: 'block', createdAt: 10 });
    expect(judge.judgeAnswer(app).verdict).toBe('allow');
    put('manual_block', 'manual', { scope: 'ip', value: APP, action: 'block' });
    expect(table.forRequest(APP, app.fingerprint)?.id).toBe('auto_block_address');
    expect(judge.judgeAnswer(app).verdict).toBe('block');
    expect(verdicts(1)).toEqual(['block']);
  });
});
