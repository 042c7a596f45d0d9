// The judge's answer under a challenge decision: for API requests a rate budget per address under an
// address or prefix decision (whatever headers the client shows), one shared budget under a fingerprint
// decision; and a pass opens the decision only if earned on a puzzle as hard as it asks.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { testChallenge } from './challenge/fixture.js';
import { puzzleFromPage, solvePuzzle } from './challenge/index.js';
import { type Client, Judge } from './judge.js';
import { QueryBudget } from './query-budget.js';
import { TokenBuckets } from './token-buckets.js';

const BUDGET = { rate: 1, burst: 3 };

const now = () => 1_000_000;
const challenge = testChallenge(now);

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
  route: '/api/messages',
  query: '',
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

  it('under a prefix decision with a rate of its own, the whole range shares that rate too', () => {
    const judge = judgeWith({
      scope: 'cidr',
      value: '203.0.113.0/24',
      action: 'challenge',
      throttle: { rate: 1, burst: 5 },
    });
    const spread = Array.from({ length: 50 }, (_, i) => api(`203.0.113.${i + 1}`, 'aaaa0001'));
    expect(allowed(judge, spread)).toBe(5);
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

describe('the carve-out for clients in good standing', () => {
  const clock = { t: 1_000_000 };
  const standing = new GoodStanding({ now: () => clock.t, earnAfterMs: 60_000 });
  const table = new DecisionTable(() => clock.t);
  const judge = new Judge(table, challenge, new TokenBuckets(() => clock.t), {
    verified: { rate: 50, burst: 100 },
    apiInsteadOfChallenge: BUDGET,
    standing,
  });
  const automatic = (id: string, scope: Decision['scope'], value: string, action: Decision['action']) =>
    table.put({
      id,
      scope,
      value,
      action,
      reason: 'flood',
      source: 'detector',
      createdAt: 0,
      expiresAt: null,
    });
  // the site's app, polling from two addresses since before the attack
  for (let second = 0; second < 70; second += 5) {
    for (const address of ['203.0.113.7', '198.51.100.20']) judge.judge(api(address, 'aaaa0001'));
    clock.t += 5_000;
  }
  standing.underAttack = true;
  automatic('dec_cidr', 'cidr', '203.0.113.0/24', 'block');
  automatic('dec_fp', 'fingerprint', 'aaaa0001', 'block');

  it('lets a client in good standing through a prefix decision that covers its range', () => {
    expect(judge.judge(api('203.0.113.7', 'bbbb0002')).verdict).toBe('allow');
    expect(judge.judge(api('203.0.113.8', 'bbbb0002')).verdict).toBe('block'); // a newcomer of the range
  });

  it('lets a client in good standing through a fingerprint decision on the fingerprint it shows', () => {
    expect(judge.judge(api('198.51.100.20', 'aaaa0001')).verdict).toBe('allow');
    expect(judge.judge(api('198.51.100.21', 'aaaa0001')).verdict).toBe('block');
  });

  it('challenges a browser past an automatic throttle, where an API client is throttled', () => {
    automatic('dec_thr', 'fingerprint', 'eeee0005', 'throttle');
    const verdicts = (kind: Client['kind']) =>
      Array.from({ length: 20 }, () => judge.judge({ ...api('192.0.2.50', 'eeee0005'), kind }).verdict);
    expect(verdicts('api')).toContain('throttle');
    const browser = verdicts('browser');
    expect(browser).toContain('challenge');
    expect(browser).not.toContain('throttle');
    table.remove('dec_thr');
  });

  it('does not carve anyone out of a manual decision', () => {
    table.put({
      id: 'dec_manual',
      scope: 'ip',
      value: '198.51.100.20',
      action: 'block',
      reason: 'by hand',
      source: 'manual',
      createdAt: 0,
      expiresAt: null,
    });
    expect(judge.judge(api('198.51.100.20', 'cccc0003')).verdict).toBe('block');
    table.remove('dec_manual');
  });

  it('holds the carved-out client to its own pace: flooding, it falls under the decision', () => {
    clock.t += 5_000;
    const verdicts = Array.from({ length: 100 }, () => judge.judge(api('203.0.113.7', 'bbbb0002')).verdict);
    expect(verdicts[0]).toBe('allow');
    expect(verdicts.filter((v) => v === 'block').length).toBeGreaterThan(60);
  });
});

describe('a route whose cache bypass is answered', () => {
  const clock = { t: 1_000_000 };
  const now = () => clock.t;
  const queries = new QueryBudget({ now });
  const judge = new Judge(new DecisionTable(now), challenge, new TokenBuckets(now), {
    verified: { rate: 50, burst: 100 },
    apiInsteadOfChallenge: BUDGET,
    queries,
  });
  const search = (address: string, query: string, kind: Client['kind']): Client => ({
    ...api(address, 'dddd0004'),
    kind,
    route: '/search',
    query,
  });
  // before the attack, people searched for these
  for (const word of ['invoice', 'meeting']) judge.judge(search('192.0.2.1', `q=${word}`, 'browser'));

  it('serves known queries to anyone, and never-seen ones within the budget only', () => {
    queries.guard('/search', 2);
    let served = 0;
    let challenged = 0;
    for (let i = 0; i < 200; i++) {
      const j = judge.judge(search(`203.0.113.${1 + (i % 200)}`, `q=${i.toString(36)}&_=${i}`, 'browser'));
      if (j.verdict === 'allow') served++;
      if (j.verdict === 'challenge') challenged++;
    }
    expect(served).toBeLessThanOrEqual(4); // the burst of twice the rate
    expect(challenged).toBe(200 - served);
    expect(judge.judge(search('198.51.100.9', 'q=invoice', 'browser')).verdict).toBe('allow');
    expect(judge.judge(search('198.51.100.9', 'q=meeting', 'api')).verdict).toBe('allow');
    expect(judge.judge(search('198.51.100.9', 'q=zzz1', 'api')).verdict).toBe('throttle');
    expect(judge.judge({ ...search('198.51.100.9', 'q=zzz2', 'api'), route: '/other' }).verdict).toBe(
      'allow',
    );
  });

  it('on a sign-in route guarded for every attempt, makes strangers pay whatever their query', () => {
    queries.guard('/login', 2, true);
    const attempt = (address: string, kind: Client['kind']) =>
      judge.judge({ ...search(address, '', kind), route: '/login' }).verdict;
    const tried = Array.from({ length: 50 }, (_, i) => attempt(`203.0.113.${i + 1}`, 'api'));
    expect(tried.filter((v) => v === 'allow').length).toBeLessThanOrEqual(4);
    expect(tried.filter((v) => v === 'throttle').length).toBeGreaterThanOrEqual(46);
    expect(attempt('198.51.100.77', 'browser')).toBe('challenge');
  });

  it('lapses when no longer renewed', () => {
    clock.t += 60_000;
    expect(judge.judge(search('203.0.113.1', 'q=fresh&_=1', 'api')).verdict).toBe('allow');
  });
});
