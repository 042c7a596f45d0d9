// A distributed flood spread like normal traffic names no prefix and no fingerprint, and only observes;
// when what reaches the origin from clients not in good standing is above its ceiling, the responder
// challenges the ranges the route's strangers come from: a client in good standing inside them goes on
// through, a new browser there meets the challenge from its first request, a new API client a tight
// allowance, and a range whose only sender was seen behaving before the flood is left alone; once
// answered, its last ranges are followed even under the ceiling, and the decisions end with the
// detection. A spread flood on one route (other than `/`) is answered on that route only: the
// same clients' other pages and API calls go on untouched.

import { describe, expect, it } from 'vitest';
import { testChallenge } from '../edge/challenge/fixture.js';
import { type Client, Judge } from '../edge/judge.js';
import { TokenBuckets } from '../edge/token-buckets.js';
import type { Detection } from '../sentinel/detection.js';
import { DecisionTable } from './decision-table.js';
import { GoodStanding } from './good-standing.js';
import { Reach, residualOf } from './reach.js';
import { Responder } from './responder.js';

const clock = { t: 1_000_000 };
const now = () => clock.t;
const challenge = testChallenge(now);
const standing = new GoodStanding({ now, earnAfterMs: 60_000 });
const table = new DecisionTable(now);
const reach = new Reach(now);
const judge = new Judge(table, challenge, new TokenBuckets(now), {
  verified: { rate: 50, burst: 100 },
  apiInsteadOfChallenge: { rate: 1, burst: 2 },
  standing,
  reach,
});
const responder = new Responder({
  inGoodStanding: (a) => standing.holds(a),
  seenBefore: (a, at) => standing.seenBefore(a, at),
  cooldownMs: 60_000,
});

const BASELINE = 10;
/** The flood starts after 70 s of quiet reading. */
const ATTACK_AT = clock.t + 70_000;
const spread: Detection = {
  id: `distributed-flood:/:${ATTACK_AT}`,
  kind: 'distributed-flood',
  path: '/',
  routeKind: 'browser',
  startedAt: ATTACK_AT,
  lastSeenAt: ATTACK_AT,
  state: 'active',
  targets: [],
  maxAction: 'observe',
  evidence: {
    windowMs: 1_000,
    observedRate: 93,
    baselineRate: BASELINE,
    topKeys: [],
    summary:
      '93 req/s against a normal 10 from 220 sources, mostly on /: the excess is spread like normal traffic and the origin is healthy.',
  },
};

const client = (address: string, kind: Client['kind'] = 'browser'): Client => ({
  address,
  prefix: `${address.split('.').slice(0, 3).join('.')}.0/24`,
  fingerprint: `fp-${address}`,
  userAgent: `agent ${address}`,
  cookie: undefined,
  kind,
  route: kind === 'api' ? '/api/feed' : '/',
  query: '',
});

const REGULAR = client('10.1.250.7');
/** A reader who came by twice in the last ten seconds before the flood: on probation, no standing yet. */
const EARLIER = client('192.0.2.44');
const bots = Array.from({ length: 200 }, (_, i) => client(`10.${1 + (i >> 8)}.${i & 255}.9`));

/** One second of the flood through the judge, then one turn of the responder on what reached. */
function second(detection: Detection) {
  clock.t += 1_000;
  const verdicts = bots.map((bot) => judge.judge(bot).verdict);
  judge.judge(REGULAR);
  const residual = residualOf(detection, reach.rotate())!;
  const decisions = responder.respond([detection], clock.t, new Map([[detection.id, residual]]));
  for (const d of decisions) table.put(d);
  return { verdicts, residual, decisions };
}

describe('a spread flood that names no one', () => {
  // the regular reader comes back every few seconds before the attack, and earns good standing
  for (let i = 0; i < 14; i++) {
    judge.judge(REGULAR);
    if (i >= 12) judge.judge(EARLIER);
    clock.t += 5_000;
  }
  reach.rotate();
  standing.underAttack = true;

  it('challenges the ranges the strangers who reached the origin came from, and says why', () => {
    expect(standing.holds(REGULAR.address)).toBe(true);
    const first = second(spread);
    expect(first.verdicts.every((v) => v === 'allow')).toBe(true);
    expect(first.residual.rate).toBeGreaterThan(first.residual.ceiling);
    expect(first.decisions.map((d) => d.value)).toEqual(['10.1.0.0/16']);
    expect(first.decisions[0]).toMatchObject({ scope: 'cidr', action: 'challenge', detectionId: spread.id });
    expect(first.decisions[0].reason).toContain('names no prefix or fingerprint');
    // the next second the flood meets the challenge and nothing of it reaches the origin
    const next = second(spread);
    expect(next.verdicts.every((v) => v === 'challenge')).toBe(true);
    expect(next.residual.rate).toBe(0);
    expect(next.decisions).toEqual([]);
  });

  it('lets the client in good standing through, and challenges a new client from its first request', () => {
    expect(judge.judge(REGULAR).verdict).toBe('allow');
    expect(judge.judge(client('10.1.251.5')).verdict).toBe('challenge');
  });

  it('challenges a stranger’s range once it reached the origin with the flood still on', () => {
    const newcomer = client('198.51.100.20');
    const passes = Array.from({ length: 3 }, () => judge.judge(newcomer).verdict);
    expect(passes).toEqual(['allow', 'allow', 'allow']);
    clock.t += 1_000;
    for (let i = 0; i < 30; i++) judge.judge(client(`10.9.0.${i + 1}`));
    const residual = residualOf(spread, reach.rotate())!;
    const decisions = responder.respond([spread], clock.t, new Map([[spread.id, residual]]));
    for (const d of decisions) table.put(d);
    expect(decisions.map((d) => d.value).sort()).toEqual(['10.9.0.0/16', '198.51.0.0/16']);
    expect(judge.judge(newcomer).verdict).toBe('challenge');
    expect(judge.judge(REGULAR).verdict).toBe('allow');
  });

  it('leaves alone the range of a reader seen before the flood, though not yet in good standing', () => {
    clock.t += 1_000;
    for (let i = 0; i < 30; i++) judge.judge(client(`10.10.0.${i + 1}`));
    expect(judge.judge(EARLIER).verdict).toBe('allow');
    const residual = residualOf(spread, reach.rotate())!;
    expect(residual.rate).toBeGreaterThan(residual.ceiling);
    const decisions = responder.respond([spread], clock.t, new Map([[spread.id, residual]]));
    for (const d of decisions) table.put(d);
    expect(standing.holds(EARLIER.address)).toBe(false);
    expect(decisions.map((d) => d.value)).toEqual(['10.10.0.0/16']);
    expect(judge.judge(EARLIER).verdict).toBe('allow');
  });

  it('holds a new API client in a challenged range to a tight allowance', () => {
    const poller = client('10.1.252.30', 'api');
    const verdicts = Array.from({ length: 10 }, () => judge.judge(poller).verdict);
    expect(verdicts.filter((v) => v === 'allow').length).toBeLessThanOrEqual(2);
    expect(verdicts).toContain('throttle');
    expect(table.forRequest(poller.address, poller.fingerprint)?.throttle?.rate).toBeLessThan(BASELINE);
  });

  it('once answered, challenges the range of strangers still reaching the origin under the ceiling', () => {
    clock.t += 1_000;
    for (let i = 0; i < 6; i++) judge.judge(client(`172.16.0.${i + 1}`));
    const residual = residualOf(spread, reach.rotate())!;
    expect(residual.rate).toBeLessThan(residual.ceiling);
    const decisions = responder.respond([spread], clock.t, new Map([[spread.id, residual]]));
    expect(decisions.map((d) => d.value)).toEqual(['172.16.0.0/16']);
    for (const d of decisions) table.put(d);
  });

  it('ends its decisions within the cooldown once the detection clears', () => {
    const cleared = responder.respond([{ ...spread, state: 'cleared' }], clock.t);
    expect(cleared).toHaveLength(5);
    for (const d of cleared) expect(d.expiresAt).toBe(clock.t + 60_000);
  });
});

describe('a spread flood on one route', () => {
  const search: Detection = {
    ...spread,
    id: 'distributed-flood:/search:0',
    path: '/search',
    evidence: { ...spread.evidence, summary: '93 req/s against a normal 10, mostly on /search' },
  };
  const searchers = Array.from({ length: 200 }, (_, i) => ({
    ...client(`10.${60 + (i >> 8)}.${i & 255}.9`),
    route: '/search',
    query: `q=${i}`,
  }));

  function searchSecond() {
    clock.t += 1_000;
    const verdicts = searchers.map((bot) => judge.judge(bot).verdict);
    const residual = residualOf(search, reach.rotate())!;
    const decisions = responder.respond([search], clock.t, new Map([[search.id, residual]]));
    for (const d of decisions) table.put(d);
    return { verdicts, residual, decisions };
  }

  it('challenges the strangers’ ranges on /search only, and says so', () => {
    reach.rotate();
    const first = searchSecond();
    expect(first.verdicts.every((v) => v === 'allow')).toBe(true);
    expect(first.decisions.map((d) => [d.scope, d.value, d.action, d.route])).toEqual([
      ['cidr', '10.60.0.0/16', 'challenge', '/search'],
    ]);
    expect(first.decisions[0].reason).toContain('challenged on /search');
    expect(searchSecond().verdicts.every((v) => v === 'challenge')).toBe(true);
  });

  it('leaves the same clients’ other pages and API calls untouched', () => {
    const bot = searchers[0];
    expect(judge.judge({ ...bot, route: '/', query: '' }).verdict).toBe('allow');
    expect(judge.judge({ ...bot, route: '/api/feed', kind: 'api', query: '' }).verdict).toBe('allow');
    expect(judge.judge({ ...bot, route: '/search/advanced' }).verdict).toBe('challenge');
  });

  it('widens a range it challenged on /search to every route when a spread flood on the site names it', () => {
    clock.t += 1_000;
    reach.rotate();
    for (let i = 0; i < 120; i++) judge.judge({ ...client(`10.60.${i}.77`), route: '/' });
    const residual = residualOf(spread, reach.rotate())!;
    const decisions = responder.respond([spread], clock.t, new Map([[spread.id, residual]]));
    for (const d of decisions) table.put(d);
    expect(decisions.map((d) => [d.value, d.route])).toContainEqual(['10.60.0.0/16', undefined]);
    expect(judge.judge({ ...searchers[1], route: '/', query: '' }).verdict).toBe('challenge');
  });
});
