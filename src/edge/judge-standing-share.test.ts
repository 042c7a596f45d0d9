// Under origin distress, clients in good standing go first up to a budget that is the gateway's: with N
// workers each takes 1/N of it, so the workers together let through what one process would.

import { describe, expect, it } from 'vitest';
import { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { Admission } from './admission.js';
import { testChallenge } from './challenge/fixture.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const clock = { t: 1_000_000 };
const now = () => clock.t;
const challenge = testChallenge(now);
const standing = new GoodStanding({ now, earnAfterMs: 60_000 });
// The site's app on 80 addresses, polling since before the attack.
const addresses = Array.from({ length: 80 }, (_, i) => `198.51.100.${i + 1}`);
const app = (address: string): Client => ({
  address,
  prefix: '198.51.100.0/24',
  fingerprint: 'aaaa0001',
  userAgent: 'app/2.3',
  cookie: undefined,
  kind: 'api',
  route: '/api/feed',
  query: '',
});

/** A process's judge, taking `share` of the gateway's budgets; nobody else is admitted under distress. */
function processJudge(share: number) {
  const admission = new Admission({ now, share, unknownRate: 0, unknownBurst: 0 });
  const judge = new Judge(new DecisionTable(now), challenge, new TokenBuckets(now), {
    verified: { rate: 50, burst: 100 },
    apiInsteadOfChallenge: { rate: 1, burst: 3 },
    admission,
    standing,
  });
  return { judge, admission };
}

const warm = processJudge(1).judge;
for (let second = 0; second < 70; second += 5) {
  for (const address of addresses) warm.judge(app(address));
  clock.t += 5_000;
}

/** Requests admitted at one instant from the given addresses, one each, under distress. */
function admitted(share: number, from: string[]): number {
  const { judge, admission } = processJudge(share);
  admission.renew();
  return from.filter((address) => judge.judge(app(address)).verdict === 'allow').length;
}

describe('clients in good standing first, under distress, with workers', () => {
  it('holds them to their usual rate: one process does not admit them all at once', () => {
    expect(addresses.every((address) => standing.holds(address))).toBe(true);
    const alone = admitted(1, addresses);
    expect(alone).toBeGreaterThan(20);
    expect(alone).toBeLessThan(addresses.length);
  });

  it('lets two workers, each given every other connection, admit together what one process admits', () => {
    const alone = admitted(1, addresses);
    const first = admitted(
      1 / 2,
      addresses.filter((_, i) => i % 2 === 0),
    );
    const second = admitted(
      1 / 2,
      addresses.filter((_, i) => i % 2 === 1),
    );
    expect(first + second).toBeLessThanOrEqual(alone);
    expect(first + second).toBeGreaterThanOrEqual(alone - 2);
  });
});
