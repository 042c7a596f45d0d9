// A decision on one route is answered on that route only: a challenge on /search leaves the same
// client's other pages and API calls untouched, while a decision on every route still covers them all,
// and clients in good standing stay carved out of an automatic one on its route.

import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { testChallenge } from './challenge/fixture.js';
import { type Client, Judge } from './judge.js';
import { TokenBuckets } from './token-buckets.js';

const clock = { t: 1_000_000 };
const now = () => clock.t;
const standing = new GoodStanding({ now, earnAfterMs: 60_000 });
const table = new DecisionTable(now);
const judge = new Judge(table, testChallenge(now, 9), new TokenBuckets(now), {
  verified: { rate: 50, burst: 100 },
  apiInsteadOfChallenge: { rate: 1, burst: 1 },
  standing,
});

const browser = (address: string, route: string): Client => ({
  address,
  prefix: '127.3.0.0/24',
  fingerprint: 'browser01',
  userAgent: 'Mozilla/5.0',
  cookie: undefined,
  kind: route.startsWith('/api/') ? 'api' : 'browser',
  route,
  query: '',
});

function put(id: string, fields: Partial<Decision>): void {
  table.put({
    id,
    scope: 'cidr',
    value: '127.3.0.0/16',
    action: 'challenge',
    reason: id,
    source: 'detector',
    createdAt: 0,
    expiresAt: null,
    ...fields,
  });
}

const STRANGER = '127.3.0.40';
const verdictOn = (route: string, address = STRANGER) => judge.judge(browser(address, route)).verdict;

describe('a decision on one route', () => {
  it('challenges the range on /search and leaves its / and /api/... untouched', () => {
    put('search_only', { route: '/search' });
    expect(verdictOn('/search')).toBe('challenge');
    expect(verdictOn('/')).toBe('allow');
    expect(verdictOn('/api/items')).toBe('allow');
    expect(verdictOn('/api/items')).toBe('allow');
  });

  it('is not escaped by spelling the route another way', () => {
    expect(verdictOn('/%73earch')).toBe('challenge');
    expect(verdictOn('//search/')).toBe('challenge');
  });

  it('spares a client in good standing on its route too', () => {
    const regular = '127.3.0.7';
    table.remove('search_only');
    for (let second = 0; second < 70; second += 5) {
      judge.judge(browser(regular, '/'));
      clock.t += 5_000;
    }
    put('search_only', { route: '/search' });
    standing.underAttack = true;
    expect(standing.holds(regular)).toBe(true);
    expect(verdictOn('/search', regular)).toBe('allow');
    expect(verdictOn('/search')).toBe('challenge');
  });

  it('does not hold back a decision on every route, which still covers all routes', () => {
    put('everywhere', { action: 'block', source: 'manual' });
    for (const route of ['/search', '/', '/api/items']) expect(verdictOn(route)).toBe('block');
    table.remove('everywhere');
    expect(verdictOn('/')).toBe('allow');
  });
});
