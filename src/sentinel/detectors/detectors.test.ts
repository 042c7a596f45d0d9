// Tests for each detector on hand-built windows over warmed baselines: what fires, what it targets,
// the ceiling it allows, and the near misses that must stay quiet.
import { describe, expect, it } from 'vitest';
import { Baselines } from '../baselines.js';
import { quietWindow } from '../cases/generate.js';
import type { WindowSnapshot } from '../window.js';
import { detectCacheBypass } from './cache-bypass.js';
import { defaultSentinelConfig as config } from './config.js';
import { detectCredentialStuffing } from './credential-stuffing.js';
import { detectDistributedFlood } from './distributed-flood.js';
import { add, CHROME } from './fixture.js';
import { detectHttpFlood } from './http-flood.js';
import { detectOriginDistress } from './origin-distress.js';
import { detectSlowClients } from './slow-clients.js';

const FIREFOX = 'f1ref0x0';

/** The site's normal 250 ms: 10 requests from 10 regulars, 6 of them verified. */
function normal(start: number): WindowSnapshot {
  const w = quietWindow(start);
  for (let i = 0; i < 10; i++) add(w, `10.0.${i}.1`, 1, i < 6 ? CHROME : FIREFOX);
  w.verifiedRequests = 6;
  return w;
}

/** Baselines that have learned `seconds` of normal traffic. */
function warmed(seconds = 60): Baselines {
  const b = new Baselines(config);
  for (let i = 0; i < seconds * 4; i++) b.update(normal(i * 250), 250);
  return b;
}

const T = 1_000_000;

describe('http-flood', () => {
  it('blames one address far above normal, not its prefix too', () => {
    const w = normal(T);
    add(w, '198.51.100.7', 100, 'b0t00000');
    const [f] = detectHttpFlood(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['ip:198.51.100.7']);
    expect(f.targets[0].rate).toBe(400);
    expect(f.maxAction).toBe('block');
    expect(f.evidence.summary).toContain('198.51.100.7');
  });

  it('blames a prefix whose many addresses are each below the floor', () => {
    const w = normal(T);
    for (let i = 1; i <= 50; i++) add(w, `203.0.113.${i}`, 2, 'b0t00000');
    const [f] = detectHttpFlood(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['cidr:203.0.113.0/24']);
  });

  it('leaves a busy user under the floor alone', () => {
    const w = normal(T);
    add(w, '198.51.100.7', 5);
    expect(detectHttpFlood(w, warmed(), config)).toEqual([]);
  });
});

describe('distributed-flood', () => {
  /** Normal traffic plus `n` new sources in `n` prefixes, one request each, with `fingerprints` in turn. */
  function surge(n: number, fingerprints: string[]): WindowSnapshot {
    const w = normal(T);
    for (let i = 0; i < n; i++)
      add(w, `100.${i % 200}.${Math.floor(i / 200)}.9`, 1, fingerprints[i % fingerprints.length], '/', true);
    return w;
  }

  it('only observes a crowd spread like normal traffic while the origin is healthy', () => {
    const [f] = detectDistributedFlood(surge(150, [CHROME, CHROME, FIREFOX]), warmed(), config);
    expect(f.kind).toBe('distributed-flood');
    expect(f.maxAction).toBe('observe');
    expect(f.targets.every((t) => t.scope === 'fingerprint')).toBe(true);
  });

  it('challenges, never blocks, the same crowd once the origin strains', () => {
    const w = surge(150, [CHROME, CHROME, FIREFOX]);
    w.outcomes.status5xx = 60;
    w.outcomes.status2xx -= 60;
    const [f] = detectDistributedFlood(w, warmed(), config);
    expect(f.maxAction).toBe('challenge');
  });

  it('may block a fingerprint normal traffic never uses, once warm', () => {
    const [f] = detectDistributedFlood(surge(150, ['deadbeef']), warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['fingerprint:deadbeef']);
    expect(f.maxAction).toBe('block');
  });

  it('names no fingerprint while the baselines are cold, and caps at challenge when most requests are verified', () => {
    // a young baseline cannot tell a tool's fingerprint from the site's own clients' later ones: the
    // flood is only observed here, and the closed loop answers what of it reaches the origin
    const cold = detectDistributedFlood(surge(150, ['deadbeef']), warmed(5), config);
    expect(cold[0].targets).toEqual([]);
    expect(cold[0].maxAction).toBe('observe');
    const w = surge(150, ['deadbeef']);
    w.verifiedRequests = 120;
    expect(detectDistributedFlood(w, warmed(), config)[0].maxAction).toBe('challenge');
  });

  it('looks past the rate floor once the origin strains: the edge sees only what the origin lets through', () => {
    const floor = {
      ...config,
      distributedFlood: { ...config.distributedFlood, rateFloor: 400, spreadRateFloor: 400 },
    };
    const w = surge(60, ['deadbeef']); // 280 req/s: seven times normal, under these floors
    expect(detectDistributedFlood(w, warmed(), floor)).toEqual([]);
    w.outcomes.latencyP99Ms = 4_000;
    const [f] = detectDistributedFlood(w, warmed(), floor);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['fingerprint:deadbeef']);
    expect(f.maxAction).not.toBe('observe');
  });

  it('still sees a flood beside a range that both floods and bypasses a search page', () => {
    const w = surge(150, ['deadbeef']);
    for (let i = 1; i <= 50; i++) add(w, `203.0.113.${i}`, 4, 'b0t00000', '/search');
    const search = w.paths.find((p) => p.path === '/search')!;
    search.withQuery = 200;
    search.distinctQueries = 200;
    const [f] = detectDistributedFlood(w, warmed(), config);
    expect(f?.targets.map((t) => `${t.scope}:${t.value}`)).toContain('fingerprint:deadbeef');
  });

  it('names no prefix for what one flooding address in it sends', () => {
    const w = surge(150, ['deadbeef']);
    add(w, '198.51.100.7', 200, 'b0t00000');
    const [f] = detectDistributedFlood(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).not.toContain('cidr:198.51.100.0/24');
  });

  it('names the rented ranges, not the site’s own browsers bunched by a stalled second, while cold', () => {
    // five seconds of a young gateway: 32 browsers in one /24, 16 requests a second between them
    const office = (start: number) => {
      const w = quietWindow(start);
      for (let i = 0; i < 4; i++) add(w, `10.0.0.${i + 1}`, 1);
      return w;
    };
    const young = new Baselines(config);
    for (let i = 0; i < 20; i++) young.update(office(i * 250), 250);
    // a one-second view: the browsers bunched to two and a half times their usual, six rented /24s
    const w = quietWindow(T);
    w.end = T + 1_000;
    for (let i = 0; i < 20; i++) add(w, `10.0.0.${i + 1}`, 2);
    const rented = ['198.51.100', '198.51.101', '203.0.113', '203.0.114', '192.0.2', '192.0.3'];
    for (const range of rented)
      for (let i = 1; i <= 70; i++) add(w, `${range}.${i}`, 1, CHROME, '/login', true);
    const named = (c: typeof config) =>
      (detectDistributedFlood(w, young, c)[0]?.targets ?? []).map((t) => `${t.scope}:${t.value}`);
    expect(named(config).sort()).toEqual(rented.map((r) => `cidr:${r}.0/24`).sort());
    // without the multiple the young baseline's Poisson bound alone lets the browsers' network through
    const noMultiple = { ...config, distributedFlood: { ...config.distributedFlood, prefixMultiple: 0 } };
    expect(named(noMultiple)).toContain('cidr:10.0.0.0/24');
  });

  it('stays quiet below the floor, and leaves what a single source explains to http-flood', () => {
    expect(detectDistributedFlood(surge(10, ['deadbeef']), warmed(), config)).toEqual([]);
    const w = normal(T);
    add(w, '198.51.100.7', 200, 'b0t00000');
    expect(detectDistributedFlood(w, warmed(), config)).toEqual([]);
  });
});

describe('cache-bypass', () => {
  function search(distinctQueries: number): WindowSnapshot {
    const w = normal(T);
    for (let i = 0; i < 40; i++) add(w, `198.18.${i % 4}.${i + 1}`, 1, CHROME, '/search');
    const p = w.paths.find((x) => x.path === '/search')!;
    p.withQuery = 40;
    p.distinctQueries = distinctQueries;
    return w;
  }

  it('fires on a path hit with unique query strings far above normal, naming no prefix of the crowd', () => {
    const [f] = detectCacheBypass(search(40), warmed(), config);
    expect(f.path).toBe('/search');
    expect(f.key).toBe('cache-bypass:/search');
    // real users search with queries of their own too: the route's budget answers, not a prefix block
    expect(f.targets).toEqual([]);
    expect(f.maxAction).toBe('block');
  });

  it('names the sources when a few of them hold the excess', () => {
    const w = search(40);
    add(w, '203.0.113.66', 400, CHROME, '/search');
    const p = w.paths.find((x) => x.path === '/search')!;
    p.withQuery = p.requests;
    p.distinctQueries = p.requests;
    p.distinctSources = 5;
    const [f] = detectCacheBypass(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['ip:203.0.113.66']);
  });

  it('stays quiet when the queries repeat (the cache answers them)', () => {
    expect(detectCacheBypass(search(5), warmed(), config)).toEqual([]);
  });
});

describe('slow-clients', () => {
  it('targets an address holding many header-phase connections', () => {
    const w = normal(T);
    w.slow.pending = 300;
    w.slow.pendingTopSources = [{ key: '192.0.2.66', count: 300 }];
    w.slow.pendingTopPrefixes = [{ key: '192.0.2.0/24', count: 300 }];
    const [f] = detectSlowClients(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['ip:192.0.2.66']);
    expect(f.maxAction).toBe('block');
  });

  it('does not read one slow close in a short window as a rate', () => {
    const w = normal(T);
    w.slow.closed = 1;
    w.slow.topSources = [{ key: '10.0.1.1', count: 1 }];
    w.slow.topPrefixes = [{ key: '10.0.1.0/24', count: 1 }];
    expect(detectSlowClients(w, warmed(), config)).toEqual([]);
  });
});

describe('credential-stuffing', () => {
  it('targets one address failing many logins, not a user with a typo', () => {
    const w = normal(T);
    w.logins = {
      failures: 6,
      successes: 0,
      topSources: [
        { key: '198.51.100.77', count: 5 },
        { key: '10.0.3.1', count: 1 },
      ],
      topPrefixes: [
        { key: '198.51.100.0/24', count: 5 },
        { key: '10.0.3.0/24', count: 1 },
      ],
      distinctSources: 2,
    };
    const [f] = detectCredentialStuffing(w, warmed(), config);
    expect(f.targets.map((t) => `${t.scope}:${t.value}`)).toEqual(['ip:198.51.100.77']);
  });

  it('fires without targets on failures spread over many sources, and challenges', () => {
    const w = normal(T);
    const sources = Array.from({ length: 12 }, (_, i) => ({ key: `100.64.${i}.1`, count: 1 }));
    w.logins = {
      failures: 12,
      successes: 0,
      topSources: sources,
      topPrefixes: sources.map((s) => ({ key: s.key.replace(/1$/, '0/24'), count: 1 })),
      distinctSources: 12,
    };
    const [f] = detectCredentialStuffing(w, warmed(), config);
    expect(f.targets).toEqual([]);
    expect(f.maxAction).toBe('challenge');
  });
});

describe('origin-distress', () => {
  /** The normal window with `answers` answers, `errors` of them 5xx, and the given p99. */
  function answered(answers: number, errors: number, p99 = 150): WindowSnapshot {
    const w = normal(T);
    w.outcomes = { ...w.outcomes, status2xx: answers - errors, status5xx: errors, latencyCount: answers };
    w.outcomes.latencyP99Ms = p99;
    return w;
  }

  it('fires on a high error share, with no targets', () => {
    const [f] = detectOriginDistress(answered(20, 10), warmed(), config);
    expect(f.targets).toEqual([]);
    expect(f.maxAction).toBe('throttle');
    expect(f.evidence.summary).toContain('50%');
  });

  it('fires on latency far above normal', () => {
    expect(detectOriginDistress(answered(20, 0, 4000), warmed(), config)).toHaveLength(1);
  });

  it('says nothing from too few answers or too few errors', () => {
    expect(detectOriginDistress(answered(3, 2, 4000), warmed(), config)).toEqual([]);
    expect(detectOriginDistress(answered(20, 2), warmed(), config)).toEqual([]);
  });
});
