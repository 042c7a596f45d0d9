// Tests for the tally phase: streams of requests and outcomes in, window snapshots out.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { adoptSketchSeeds } from './sketch/hash.js';
import { type TalliedRequest, Tally } from './tally.js';
import type { Verdict } from './verdict.js';

// The sketches' hash seeds are drawn at random per process; fixed here, so the exact small counts below
// (three distinct sources: two of them may share a register under some seeds) come out the same on every run.
beforeAll(() => adoptSketchSeeds([0x2f6b_1c3d, 0x51a0_9e77]));

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function ipv4(i: number): string {
  return `${(i >>> 24) & 255}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}`;
}

function prefixOf(address: string): string {
  return `${address.slice(0, address.lastIndexOf('.'))}.0/24`;
}

function request(address: string, over: Partial<TalliedRequest> = {}): TalliedRequest {
  return {
    address,
    prefix: prefixOf(address),
    fingerprint: 'h1:chrome:abc',
    path: '/',
    query: '',
    kind: 'browser',
    verdict: 'allow',
    verified: false,
    ...over,
  };
}

function within(actual: number, expected: number, fraction: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(expected * fraction);
}

describe('Tally', () => {
  it('names one heavy source first, with a count near the truth, among many light ones', () => {
    const time = clock();
    const tally = new Tally({ now: time.now });
    const heavy = '203.0.113.66';
    let heavyCount = 0;
    for (let i = 0; i < 60_000; i++) {
      if (i % 3 === 0) {
        tally.request(request(heavy, { fingerprint: 'h1:curl' }));
        heavyCount++;
      } else tally.request(request(ipv4(0x0a000000 + (i % 20_000))));
    }
    time.advance(250);
    const w = tally.rotate();
    expect(w.requests).toBe(60_000);
    expect(w.end - w.start).toBe(250);
    expect(w.topSources[0].key).toBe(heavy);
    expect(w.topSources[0].count).toBeGreaterThanOrEqual(heavyCount);
    within(w.topSources[0].count, heavyCount, 0.01);
    expect(w.topSources).toHaveLength(32);
    expect(w.topPrefixes[0].key).toBe('203.0.113.0/24');
    expect(w.topFingerprints.map((f) => f.key)).toEqual(['h1:chrome:abc', 'h1:curl']);
    within(w.distinctSources, 20_001, 0.03);
  });

  it('counts verdicts and verified requests', () => {
    const tally = new Tally({ now: clock().now });
    const verdicts: Verdict[] = ['allow', 'allow', 'throttle', 'challenge', 'block', 'shed'];
    for (const verdict of verdicts)
      tally.request(request('192.0.2.1', { verdict, verified: verdict === 'allow' }));
    const w = tally.rotate();
    expect(w.byVerdict).toEqual({ allow: 2, throttle: 1, challenge: 1, block: 1, shed: 1 });
    expect(w.verifiedRequests).toBe(2);
  });

  it('names prefixes and fingerprints by the requests without a pass: a pass holder is never a target', () => {
    const tally = new Tally({ now: clock().now });
    for (let i = 0; i < 40; i++)
      tally.request(
        request('192.0.2.7', { verified: true, prefix: '192.0.2.0/24', fingerprint: 'h1:passed' }),
      );
    for (let i = 0; i < 3; i++)
      tally.request(request('198.51.100.9', { prefix: '198.51.100.0/24', fingerprint: 'h1:stranger' }));
    const w = tally.rotate();
    expect(w.requests).toBe(43);
    expect(w.verifiedRequests).toBe(40);
    expect(w.topSources.map((s) => s.key)).toEqual(['192.0.2.7', '198.51.100.9']);
    expect(w.topPrefixes).toEqual([{ key: '198.51.100.0/24', count: 3 }]);
    expect(w.topFingerprints).toEqual([{ key: 'h1:stranger', count: 3 }]);
  });

  it('tells sources never seen before from returning ones, with their requests', () => {
    const time = clock();
    const tally = new Tally({ now: time.now });
    for (let i = 0; i < 5_000; i++) tally.request(request(ipv4(0xc6120000 + i)));
    const first = tally.rotate();
    expect(first.newSources).toBe(5_000);
    expect(first.newSourceRequests).toBe(5_000);

    time.advance(250);
    for (let i = 0; i < 5_000; i++) tally.request(request(ipv4(0xc6120000 + i)));
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 200; i++) tally.request(request(ipv4(0x64400000 + i)));
    }
    const second = tally.rotate();
    expect(second.requests).toBe(5_600);
    within(second.distinctSources, 5_200, 0.03);
    expect(second.newSources).toBeLessThanOrEqual(200);
    expect(second.newSources).toBeGreaterThanOrEqual(196); // a false positive only makes one look known
    expect(second.newSourceRequests).toBeGreaterThanOrEqual(second.newSources * 3);
    expect(second.newSourceRequests).toBeLessThanOrEqual(600 + 50);

    time.advance(250);
    for (let i = 0; i < 200; i++) tally.request(request(ipv4(0x64400000 + i)));
    const third = tally.rotate();
    expect(third.newSources).toBe(0);
    expect(third.newSourceRequests).toBe(0);
  });

  it('shows a cache-bypass stream as one path with a distinct query on almost every request', () => {
    const tally = new Tally({ now: clock().now });
    for (let i = 0; i < 12_000; i++) {
      const address = ipv4(0x0b000000 + (i % 400));
      tally.request(request(address, { path: '/search', query: `q=${i}&r=${(i * 7919) % 100_003}` }));
      if (i % 4 === 0) tally.request(request(address, { path: `/static/${i % 30}.css`, kind: 'browser' }));
      if (i % 6 === 0) tally.request(request(address, { path: '/api/inbox', kind: 'api', query: 'page=1' }));
    }
    const w = tally.rotate();
    const search = w.paths[0];
    expect(search.path).toBe('/search');
    expect(search.requests).toBe(12_000);
    expect(search.withQuery).toBe(12_000);
    within(search.distinctQueries, 12_000, 0.1);
    within(search.distinctSources, 400, 0.1);
    const inbox = w.paths.find((p) => p.path === '/api/inbox')!;
    expect(inbox).toMatchObject({ kind: 'api', requests: 2_000, withQuery: 2_000, distinctQueries: 1 });
    expect(w.paths.find((p) => p.path === '/static/0.css')).toMatchObject({ kind: 'browser', withQuery: 0 });
    for (let i = 1; i < w.paths.length; i++)
      expect(w.paths[i - 1].requests).toBeGreaterThanOrEqual(w.paths[i].requests);
  });

  it('keeps detail for at most maxPaths paths and still finds the busy one among random paths', () => {
    const tally = new Tally({ now: clock().now, maxPaths: 16 });
    for (let i = 0; i < 50_000; i++) {
      tally.request(request('198.51.100.7', { path: `/random/${i}` }));
      if (i % 5 === 0) tally.request(request('198.51.100.8', { path: '/login' }));
    }
    const w = tally.rotate();
    expect(w.paths.length).toBeLessThanOrEqual(16);
    expect(w.paths[0].path).toBe('/login');
    within(w.paths[0].requests, 10_000, 0.01);
  });

  it('counts failed and successful logins on login routes only, by source and prefix', () => {
    const tally = new Tally({ now: clock().now, loginRoutes: ['/login'] });
    const outcome = { path: '/login', latencyMs: 30, originError: false };
    for (let i = 0; i < 300; i++) {
      const address = `203.0.113.${10 + (i % 3)}`;
      tally.outcome({ ...outcome, address, prefix: '203.0.113.0/24', status: i % 10 === 0 ? 403 : 401 });
    }
    for (let i = 0; i < 20; i++) {
      tally.outcome({ ...outcome, address: `192.0.2.${i}`, prefix: '192.0.2.0/24', status: 303 });
    }
    tally.outcome({ ...outcome, address: '192.0.2.1', prefix: '192.0.2.0/24', status: 200 });
    tally.outcome({
      ...outcome,
      path: '/api/mail',
      address: '192.0.2.1',
      prefix: '192.0.2.0/24',
      status: 401,
    });
    tally.outcome({ ...outcome, path: '/login/', address: '192.0.2.1', prefix: '192.0.2.0/24', status: 401 });
    tally.outcome({ ...outcome, address: '192.0.2.1', prefix: '192.0.2.0/24', status: 429 });
    const { logins } = tally.rotate();
    expect(logins.failures).toBe(300);
    expect(logins.successes).toBe(21);
    expect(logins.distinctSources).toBe(3);
    expect(logins.topSources.map((s) => s.count)).toEqual([100, 100, 100]);
    expect(logins.topPrefixes).toEqual([{ key: '203.0.113.0/24', count: 300 }]);
  });

  it('sums outcomes by status class with origin latency quantiles', () => {
    const tally = new Tally({ now: clock().now });
    const base = { path: '/', address: '192.0.2.1', prefix: '192.0.2.0/24', originError: false };
    for (let i = 0; i < 980; i++) tally.outcome({ ...base, status: i % 2 ? 200 : 304, latencyMs: 20 });
    for (let i = 0; i < 20; i++) tally.outcome({ ...base, status: i % 2 ? 404 : 503, latencyMs: 2_000 });
    for (let i = 0; i < 7; i++) tally.outcome({ ...base, status: 502, latencyMs: 10_000, originError: true });
    const { outcomes } = tally.rotate();
    expect(outcomes).toMatchObject({ status2xx: 490, status3xx: 490, status4xx: 10, status5xx: 10 });
    expect(outcomes.originErrors).toBe(7);
    expect(outcomes.latencyCount).toBe(1_000);
    within(outcomes.latencyP50Ms, 20, 0.03);
    within(outcomes.latencyP99Ms, 2_000, 0.03);
    const empty = tally.rotate().outcomes;
    expect(empty.latencyP50Ms).toBe(0);
    expect(empty.latencyCount).toBe(0);
  });

  it('reports slow closes and reads pending connections once per window', () => {
    const tally = new Tally({ now: clock().now, topK: 2 });
    for (let i = 0; i < 9; i++) tally.slowClosed('198.51.100.9', '198.51.100.0/24');
    tally.slowClosed('198.51.100.10', '198.51.100.0/24');
    let reads = 0;
    tally.setPendingSource(function* () {
      reads++;
      yield ['203.0.113.1', '203.0.113.0/24', 40];
      yield ['203.0.113.2', '203.0.113.0/24', 30];
      yield ['192.0.2.5', '192.0.2.0/24', 50];
      yield ['192.0.2.6', '192.0.2.0/24', 1];
    });
    const { slow } = tally.rotate();
    expect(reads).toBe(1);
    expect(slow.closed).toBe(10);
    expect(slow.topSources).toEqual([
      { key: '198.51.100.9', count: 9 },
      { key: '198.51.100.10', count: 1 },
    ]);
    expect(slow.topPrefixes).toEqual([{ key: '198.51.100.0/24', count: 10 }]);
    expect(slow.pending).toBe(121);
    expect(slow.pendingTopSources).toEqual([
      { key: '192.0.2.5', count: 50 },
      { key: '203.0.113.1', count: 40 },
    ]);
    expect(slow.pendingTopPrefixes).toEqual([
      { key: '203.0.113.0/24', count: 70 },
      { key: '192.0.2.0/24', count: 51 },
    ]);
  });

  it('starts each window empty where the last one ended', () => {
    const time = clock();
    const tally = new Tally({ now: time.now, loginRoutes: ['/login'] });
    tally.request(request('192.0.2.1', { path: '/login', query: 'x=1' }));
    tally.outcome({
      path: '/login',
      address: '192.0.2.1',
      prefix: '192.0.2.0/24',
      status: 401,
      latencyMs: 5,
      originError: false,
    });
    tally.slowClosed('192.0.2.1', '192.0.2.0/24');
    time.advance(250);
    const first = tally.rotate();
    time.advance(250);
    const second = tally.rotate();
    expect(second.start).toBe(first.end);
    expect(second).toMatchObject({
      requests: 0,
      distinctSources: 0,
      newSources: 0,
      topSources: [],
      paths: [],
      logins: { failures: 0, topSources: [], distinctSources: 0 },
      slow: { closed: 0, topSources: [], pending: 0 },
      outcomes: { status4xx: 0, latencyCount: 0 },
    });
  });

  it('holds fixed memory whatever the number of distinct sources', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const time = clock();
    const tally = new Tally({ now: time.now });
    const before = tally.footprint();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000_000; i++) {
      const address = ipv4(0x20000000 + i * 7);
      tally.request(
        request(address, { path: `/p/${i % 5_000}`, query: `v=${i}`, fingerprint: `fp-${i % 997}` }),
      );
      tally.outcome({
        path: '/',
        address,
        prefix: prefixOf(address),
        status: 200,
        latencyMs: 3,
        originError: false,
      });
      if (i % 250_000 === 249_999) {
        time.advance(15_000);
        tally.rotate();
      }
    }
    const after = tally.footprint();
    gc();
    const heapDelta = process.memoryUsage().heapUsed - heapBefore;
    expect(after.sketchBytes).toBe(before.sketchBytes);
    expect(after.sketchBytes).toBeLessThan(8 * 2 ** 20);
    expect(after.keysHeld).toBeLessThanOrEqual(7 * 32 + 64);
    expect(heapDelta).toBeLessThan(50 * 2 ** 20);
  });
});
