// Admission by priority under origin distress: who is admitted, the safety TTL, clients in good standing
// first, and the judge's shed verdict for an allowed request that admission turns away.

import { describe, expect, it } from 'vitest';
import { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { Admission } from './admission.js';
import { testChallenge } from './challenge/fixture.js';
import { puzzleFromPage, solvePuzzle } from './challenge/index.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const MINUTE = 60_000;

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** How many of `n` requests from distinct new addresses, all of one kind of client, are admitted. */
function admittedNewcomers(admission: Admission, n: number, from = 0, fingerprint = 'tool'): number {
  let admitted = 0;
  for (let i = from; i < from + n; i++) if (admission.admit(false, fingerprint)) admitted++;
  return admitted;
}

describe('Admission', () => {
  it('admits everyone while the origin is not in distress', () => {
    const admission = new Admission({ now: clock().now, unknownBurst: 2 });
    expect(admission.distressed).toBe(false);
    expect(admittedNewcomers(admission, 50)).toBe(50);
  });

  it('under distress, admits verified clients and a small share of the rest', () => {
    const c = clock();
    const admission = new Admission({ now: c.now, unknownRate: 1, unknownBurst: 3 });
    admission.renew();
    expect(admittedNewcomers(admission, 20)).toBe(3);
    for (let i = 0; i < 20; i++) expect(admission.admit(true, 'tool')).toBe(true);
    c.advance(2_000);
    expect(admittedNewcomers(admission, 20, 100)).toBe(2);
  });

  it('in each of two workers admits half the budget, so the gateway as a whole admits the budget', () => {
    const c = clock();
    const workers = [0, 1].map(
      () => new Admission({ now: c.now, unknownRate: 10, unknownBurst: 10, share: 0.5 }),
    );
    for (const w of workers) w.renew();
    expect(workers.map((w) => admittedNewcomers(w, 100))).toEqual([5, 5]);
    c.advance(1_000);
    expect(workers.map((w) => admittedNewcomers(w, 100))).toEqual([5, 5]);
  });

  it('under distress, splits the budget between kinds of client, so a flood tool cannot starve an app', () => {
    const c = clock();
    const admission = new Admission({ now: c.now, unknownRate: 10, unknownBurst: 10 });
    admission.renew();
    for (let second = 0; second < 5; second++) {
      const flood = admittedNewcomers(admission, 1_000, 0, 'tool');
      expect(flood).toBeLessThanOrEqual(second === 0 ? 10 : 5); // its half of 10 a second, once both asked
      // in the first second the tool, alone so far, may take the whole budget; from then on the app has its half
      if (second > 0) expect(admittedNewcomers(admission, 4, 0, 'app')).toBe(4);
      else admittedNewcomers(admission, 4, 0, 'app');
      c.advance(1_000);
    }
  });

  it('under distress, caps the total, so a tool showing a new kind on every request gets no more', () => {
    const c = clock();
    const admission = new Admission({ now: c.now, unknownRate: 10, unknownBurst: 10 });
    admission.renew();
    let admitted = 0;
    for (let second = 0; second < 3; second++) {
      for (let i = 0; i < 1_000; i++) {
        if (admission.admit(false, `kind-${second}-${i}`)) admitted++;
      }
      c.advance(1_000);
    }
    expect(admitted).toBeLessThanOrEqual(10 + 2 * 10); // the burst, then the rate for two more seconds
  });

  it('ends distress after the TTL without renewal, and at once when cleared', () => {
    const c = clock();
    const admission = new Admission({ now: c.now, ttlMs: 60_000 });
    admission.renew();
    c.advance(59_000);
    expect(admission.distressed).toBe(true);
    admission.renew();
    c.advance(59_000);
    expect(admission.distressed).toBe(true);
    c.advance(1_000);
    expect(admission.distressed).toBe(false);
    admission.renew();
    admission.clear();
    expect(admission.distressed).toBe(false);
  });
});

describe('the judge under origin distress', () => {
  const c = clock();
  const challenge = testChallenge(c.now);
  const table = new DecisionTable(c.now);
  const admission = new Admission({ now: c.now, unknownRate: 0, unknownBurst: 0 });
  const standing = new GoodStanding({ now: c.now, earnAfterMs: 10 * MINUTE });
  const judge = new Judge(table, challenge, new TokenBuckets(c.now), {
    verified: { rate: 50, burst: 100 },
    apiInsteadOfChallenge: { rate: 1, burst: 3 },
    admission,
    standing,
  });
  /** Solves a challenge page as a browser would and returns the pass cookie it earns. */
  const solvedPass = (prefix: string, userAgent: string): string => {
    const puzzle = puzzleFromPage(challenge.page({ prefix, userAgent, returnTo: '/' }).body)!;
    const body = new URLSearchParams({
      token: puzzle.token,
      counter: String(solvePuzzle(puzzle)),
      returnTo: puzzle.returnTo,
    });
    const answer = challenge.verify({
      prefix,
      userAgent,
      body: Buffer.from(body.toString()),
      contentType: 'application/x-www-form-urlencoded',
    });
    return String(answer.headers['set-cookie']).split(';', 1)[0];
  };
  const browser = (address: string, cookie?: string): Client => ({
    address,
    prefix: '203.0.113.0/24',
    fingerprint: 'ffff0001',
    userAgent: 'Mozilla/5.0 Firefox/128.0',
    cookie,
    kind: 'browser',
    route: '/inbox',
    query: '',
  });

  it('challenges an unknown browser, sheds an unknown API client, and admits a valid pass on its budget', () => {
    admission.renew();
    expect(judge.judge(browser('203.0.113.9')).verdict).toBe('challenge');
    const shed = judge.judge({ ...browser('203.0.113.9'), kind: 'api' });
    expect(shed.verdict).toBe('shed');
    expect(shed.retryAfter).toBeGreaterThan(0);

    const pass = solvedPass('203.0.113.0/24', 'Mozilla/5.0 Firefox/128.0');
    const verdicts = Array.from({ length: 101 }, () => judge.judge(browser('203.0.113.9', pass)));
    expect(verdicts[0]).toMatchObject({ verdict: 'allow', verified: true });
    // the pass's own budget (burst 100) is spent: one pass cannot carry a flood past admission
    expect(verdicts[100]).toMatchObject({ verdict: 'throttle', verified: true });
    admission.clear();
    expect(judge.judge(browser('203.0.113.9')).verdict).toBe('allow');
  });

  it('admits the site’s own app from addresses in good standing, at their own pace', () => {
    const app = (address: string): Client => ({ ...browser(address), kind: 'api', route: '/api/messages' });
    for (let minute = 0; minute < 11; minute++) {
      for (let i = 0; i < 10; i++) judge.judge(app('192.0.2.1'));
      if (minute === 6) judge.judge(app('192.0.2.2'));
      c.advance(MINUTE);
    }
    admission.renew();
    // polling every few seconds, as it always has
    for (let i = 0; i < 10; i++) {
      expect(judge.judge(app('192.0.2.1')).verdict).toBe('allow');
      c.advance(5_000);
    }
    expect(judge.judge(app('192.0.2.2')).verdict).toBe('shed'); // seen for 5 minutes only
    expect(judge.judge(app('192.0.2.3')).verdict).toBe('shed');
    // an address of the app that starts to flood loses its place by its own behaviour
    const flood = Array.from({ length: 200 }, () => judge.judge(app('192.0.2.1')).verdict);
    expect(flood.filter((v) => v === 'shed').length).toBeGreaterThan(150);
    admission.clear();
  });

  it('caps what addresses warmed up before an attack take together, each one within its own history', () => {
    const t = clock();
    const standing = new GoodStanding({ now: t.now, earnAfterMs: 10 * MINUTE });
    const distress = new Admission({ now: t.now, unknownRate: 0, unknownBurst: 0 });
    const warm = new Judge(new DecisionTable(t.now), challenge, new TokenBuckets(t.now), {
      verified: { rate: 50, burst: 100 },
      apiInsteadOfChallenge: { rate: 1, burst: 3 },
      admission: distress,
      standing,
    });
    const bot = (i: number): Client => ({
      ...browser(`198.51.100.${i}`),
      kind: 'api',
      route: '/api/messages',
    });
    // twenty addresses polling every five seconds for eleven minutes: about 4 requests a second in all
    for (let second = 0; second < 660; second += 5) {
      for (let i = 1; i <= 20; i++) warm.judge(bot(i));
      t.advance(5_000);
    }
    distress.renew();
    // then each sends three a second, the floor of its own allowance: 60 a second together
    let admitted = 0;
    for (let tick = 0; tick < 3; tick++) {
      for (let i = 1; i <= 20; i++) if (warm.judge(bot(i)).verdict === 'allow') admitted++;
      t.advance(333);
    }
    expect(admitted).toBeLessThanOrEqual(27); // a burst of 20, then 10 a second for two thirds of one
    expect(admitted).toBeGreaterThanOrEqual(15);
  });

  it('never sheds an allowlisted client', () => {
    table.put({
      id: 'dec_allow',
      scope: 'ip',
      value: '203.0.113.50',
      action: 'allow',
      reason: 'partner',
      source: 'manual',
      createdAt: 0,
      expiresAt: null,
    });
    admission.renew();
    expect(judge.judge(browser('203.0.113.50')).verdict).toBe('allow');
    admission.clear();
  });
});
