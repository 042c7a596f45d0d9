// Builds the window stream of a detector case from its scenario (scenario.json): populations of sources
// sending traffic, logins and slow connections, drawn with a seeded PRNG and tallied exactly like the edge.
// Pure: cases.test.ts reads the scenarios and writes or checks windows.jsonl beside them.

import { mulberry32 } from '../../seeded-random.js';
import type { Verdict } from '../verdict.js';
import type { KeyCount, PathWindow, WindowSnapshot } from '../window.js';

/** Ticks are 1-based and inclusive, like the lines of windows.jsonl. */
export interface Span {
  fromTick?: number;
  toTick?: number;
}

/** A pool of source addresses: in the given /24s (`203.0.113`), or in `spread` pseudo-random /24s. */
export interface Population {
  size: number;
  prefixes?: string[];
  spread?: number;
  /** Zipf exponent of how often each member is drawn (0: uniformly). */
  zipf?: number;
  /** Tells pools apart that would otherwise be the same. */
  salt?: number;
}

export interface PathSpec {
  path: string;
  kind: 'api' | 'browser';
  weight: number;
  /** `common`: queries from a small vocabulary; `unique`: every query new. */
  query?: 'none' | 'common' | 'unique';
  /** Share of requests with a query string when `query` is set (1 by default). */
  queryShare?: number;
}

export interface TrafficSpec extends Span {
  /** Requests per second. */
  rate: number;
  /** A day-like swell: rate × (1 + amplitude × sin(2π t / period + phase)). */
  wave?: { amplitude: number; periodMs: number; phase?: number };
  /** Requests per visit, sent within one window (a page and its assets). */
  burst?: number;
  sources: Population;
  /** Each source keeps one fingerprint, drawn by these weights. */
  fingerprints: Record<string, number>;
  paths: PathSpec[];
  /** Share of sources holding a challenge pass. */
  verifiedShare?: number;
}

export interface LoginSpec extends Span {
  /** Login attempts per second, each a request to `path`. */
  attempts: number;
  failureShare: number;
  sources: Population;
  fingerprint: string;
  path?: string;
}

export interface SlowSpec extends Span {
  sources: Population;
  /** Header-phase connections each source holds open (or, with `pendingTotal`, all of them spread at random). */
  pendingPerSource?: number;
  pendingTotal?: number;
  /** Connections closed for slowness per second, across the pool. */
  closesPerSecond: number;
}

export interface OriginSpec extends Span {
  errorShare: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

export interface ClockFault {
  atTick: number;
  /** Added to this and every later window's bounds (negative: the clock went back; large: a gap). */
  shiftMs?: number;
  /** This one window's length. */
  durationMs?: number;
}

export interface Scenario {
  description: string;
  seed: number;
  ticks: number;
  windowMs?: number;
  startMs?: number;
  /** The tally's top-k size. */
  topK?: number;
  clock?: ClockFault[];
  /** The origin's normal behaviour, then any spans that override it. */
  origin: OriginSpec;
  distress?: OriginSpec[];
  traffic: TrafficSpec[];
  logins?: LoginSpec[];
  slow?: SlowSpec[];
}

/** A window in which nothing happened: the base unit tests build their windows on. */
export function quietWindow(start: number, windowMs = 250): WindowSnapshot {
  return {
    start,
    end: start + windowMs,
    requests: 0,
    byVerdict: { allow: 0, throttle: 0, challenge: 0, block: 0, shed: 0 },
    distinctSources: 0,
    newSources: 0,
    newSourceRequests: 0,
    verifiedRequests: 0,
    topSources: [],
    topPrefixes: [],
    topFingerprints: [],
    paths: [],
    outcomes: {
      status2xx: 0,
      status3xx: 0,
      status4xx: 0,
      status5xx: 0,
      originErrors: 0,
      latencyP50Ms: 0,
      latencyP99Ms: 0,
      latencyCount: 0,
    },
    logins: { failures: 0, successes: 0, topSources: [], topPrefixes: [], distinctSources: 0 },
    slow: {
      closed: 0,
      topSources: [],
      topPrefixes: [],
      pendingTopSources: [],
      pendingTopPrefixes: [],
      pending: 0,
    },
  };
}

/** A number in [0, 1) from integers, well mixed (murmur3's finaliser after each part). */
function hash(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return (h >>> 0) / 4294967296;
}

function poisson(lambda: number, random: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gauss));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random();
  while (p > limit) {
    k++;
    p *= random();
  }
  return k;
}

function inSpan(span: Span, tick: number): boolean {
  return tick >= (span.fromTick ?? 1) && tick <= (span.toTick ?? Number.POSITIVE_INFINITY);
}

interface Member {
  address: string;
  prefix: string;
  index: number;
}

class Pool {
  readonly members: Member[] = [];
  private readonly cdf: number[] = [];

  constructor(spec: Population) {
    const salt = spec.salt ?? 0;
    const bases = spec.prefixes ?? [];
    const spread = spec.spread ?? 0;
    const nets =
      bases.length > 0 ? bases : Array.from({ length: Math.max(1, spread) }, (_, j) => randomNet(salt, j));
    for (let i = 0; i < spec.size; i++) {
      const net = nets[i % nets.length];
      const host = 1 + (Math.floor(i / nets.length) % 254);
      this.members.push({ address: `${net}.${host}`, prefix: `${net}.0/24`, index: i + salt * 1_000_003 });
    }
    let total = 0;
    for (let i = 0; i < spec.size; i++) {
      total += 1 / (i + 1) ** (spec.zipf ?? 0);
      this.cdf.push(total);
    }
    for (let i = 0; i < this.cdf.length; i++) this.cdf[i] /= total;
  }

  draw(random: () => number): Member {
    const r = random();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return this.members[lo];
  }
}

/** First octets of public-looking /24s: 1-223 less 10 and 127. */
const FIRST_OCTETS = [...Array(223).keys()].map((i) => i + 1).filter((a) => a !== 10 && a !== 127);

/** A pseudo-random public-looking /24 (`a.b.c`). */
function randomNet(salt: number, j: number): string {
  const a = FIRST_OCTETS[Math.floor(hash(salt, j, 1) * FIRST_OCTETS.length)];
  const b = Math.floor(hash(salt, j, 2) * 256);
  const c = Math.floor(hash(salt, j, 3) * 256);
  return `${a}.${b}.${c}`;
}

function weighted<T>(entries: readonly [T, number][], r: number): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let acc = 0;
  for (const [value, w] of entries) {
    acc += w / total;
    if (r < acc) return value;
  }
  return entries[entries.length - 1][0];
}

/** One window's exact tally. */
class WindowTally {
  requests = 0;
  verified = 0;
  newSources = 0;
  newSourceRequests = 0;
  readonly sources = new Map<string, number>();
  readonly prefixes = new Map<string, number>();
  readonly fingerprints = new Map<string, number>();
  readonly paths = new Map<
    string,
    {
      kind: 'api' | 'browser';
      requests: number;
      withQuery: number;
      queries: Set<string>;
      sources: Set<string>;
    }
  >();
  readonly fresh = new Set<string>();
  readonly failures = new Map<string, number>();
  readonly failurePrefixes = new Map<string, number>();
  failureCount = 0;
  successes = 0;
  readonly closed = new Map<string, number>();
  readonly closedPrefixes = new Map<string, number>();
  closedCount = 0;
  readonly pending = new Map<string, number>();
  readonly pendingPrefixes = new Map<string, number>();
  pendingCount = 0;

  constructor(private readonly everSeen: Set<string>) {}

  request(
    m: Member,
    fingerprint: string,
    path: PathSpec,
    query: string | undefined,
    verified: boolean,
  ): void {
    this.requests++;
    if (verified) this.verified++;
    if (!this.everSeen.has(m.address)) {
      this.everSeen.add(m.address);
      this.fresh.add(m.address);
      this.newSources++;
    }
    if (this.fresh.has(m.address)) this.newSourceRequests++;
    bump(this.sources, m.address);
    bump(this.prefixes, m.prefix);
    bump(this.fingerprints, fingerprint);
    let p = this.paths.get(path.path);
    if (!p) {
      p = { kind: path.kind, requests: 0, withQuery: 0, queries: new Set(), sources: new Set() };
      this.paths.set(path.path, p);
    }
    p.requests++;
    p.sources.add(m.address);
    if (query !== undefined) {
      p.withQuery++;
      p.queries.add(query);
    }
  }
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function top(map: Map<string, number>, k: number): KeyCount[] {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key, count]) => ({ key, count }));
}

/** The scenario's windows, one per tick. */
export function generateWindows(scenario: Scenario): WindowSnapshot[] {
  const random = mulberry32(scenario.seed);
  const windowMs = scenario.windowMs ?? 250;
  const seconds = windowMs / 1000;
  const k = scenario.topK ?? 16;
  const everSeen = new Set<string>();
  const pools = new Map<Population, Pool>();
  const poolOf = (p: Population) => {
    let pool = pools.get(p);
    if (!pool) {
      pool = new Pool(p);
      pools.set(p, pool);
    }
    return pool;
  };
  let queryCounter = 0;
  let shift = 0;
  const windows: WindowSnapshot[] = [];

  for (let tick = 1; tick <= scenario.ticks; tick++) {
    let duration = windowMs;
    for (const fault of scenario.clock ?? []) {
      if (fault.atTick !== tick) continue;
      shift += fault.shiftMs ?? 0;
      if (fault.durationMs !== undefined) duration = fault.durationMs;
    }
    const start = (scenario.startMs ?? 1_700_000_000_000) + (tick - 1) * windowMs + shift;
    const w = new WindowTally(everSeen);
    const elapsedMs = (tick - 1) * windowMs;

    scenario.traffic.forEach((t, ti) => {
      if (!inSpan(t, tick)) return;
      const swell = t.wave
        ? 1 + t.wave.amplitude * Math.sin((2 * Math.PI * elapsedMs) / t.wave.periodMs + (t.wave.phase ?? 0))
        : 1;
      const burst = t.burst ?? 1;
      const visits = poisson((t.rate * swell * seconds) / burst, random);
      const pool = poolOf(t.sources);
      const fps = Object.entries(t.fingerprints);
      const paths = t.paths.map((p) => [p, p.weight] as [PathSpec, number]);
      for (let v = 0; v < visits; v++) {
        const m = pool.draw(random);
        const fingerprint = weighted(fps, hash(m.index, ti, 7));
        const verified = hash(m.index, 11) < (t.verifiedShare ?? 0);
        for (let r = 0; r < burst; r++) {
          const path = weighted(paths, random());
          let query: string | undefined;
          if (path.query === 'unique' && random() < (path.queryShare ?? 1)) query = `u${++queryCounter}`;
          else if (path.query === 'common' && random() < (path.queryShare ?? 1))
            query = `c${Math.floor(random() * 12)}`;
          w.request(m, fingerprint, path, query, verified);
        }
      }
    });

    for (const l of scenario.logins ?? []) {
      if (!inSpan(l, tick)) continue;
      const pool = poolOf(l.sources);
      const path: PathSpec = { path: l.path ?? '/auth/login', kind: 'api', weight: 1 };
      const failures = poisson(l.attempts * l.failureShare * seconds, random);
      const successes = poisson(l.attempts * (1 - l.failureShare) * seconds, random);
      for (let i = 0; i < failures + successes; i++) {
        const m = pool.draw(random);
        w.request(m, l.fingerprint, path, undefined, false);
        if (i < failures) {
          w.failureCount++;
          bump(w.failures, m.address);
          bump(w.failurePrefixes, m.prefix);
        } else w.successes++;
      }
    }

    for (const s of scenario.slow ?? []) {
      if (!inSpan(s, tick)) continue;
      const pool = poolOf(s.sources);
      if (s.pendingPerSource) {
        for (const m of pool.members) {
          bump(w.pending, m.address, s.pendingPerSource);
          bump(w.pendingPrefixes, m.prefix, s.pendingPerSource);
          w.pendingCount += s.pendingPerSource;
        }
      }
      const scattered = poisson(s.pendingTotal ?? 0, random);
      for (let i = 0; i < scattered; i++) {
        const m = pool.draw(random);
        bump(w.pending, m.address);
        bump(w.pendingPrefixes, m.prefix);
        w.pendingCount++;
      }
      const closes = poisson(s.closesPerSecond * seconds, random);
      for (let i = 0; i < closes; i++) {
        const m = pool.draw(random);
        bump(w.closed, m.address);
        bump(w.closedPrefixes, m.prefix);
        w.closedCount++;
      }
    }

    const origin = (scenario.distress ?? []).find((d) => inSpan(d, tick)) ?? scenario.origin;
    windows.push(snapshotOf(w, start, start + duration, k, origin, random));
  }
  return windows;
}

function snapshotOf(
  w: WindowTally,
  start: number,
  end: number,
  k: number,
  origin: OriginSpec,
  random: () => number,
): WindowSnapshot {
  let errors = 0;
  let redirects = 0;
  let clientErrors = 0;
  for (let i = 0; i < w.requests; i++) {
    const r = random();
    if (r < origin.errorShare) errors++;
    else if (r < origin.errorShare + 0.02) clientErrors++;
    else if (r < origin.errorShare + 0.07) redirects++;
  }
  const jitter = () => 0.85 + 0.3 * random();
  const paths: PathWindow[] = [...w.paths]
    .sort((a, b) => b[1].requests - a[1].requests || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([path, p]) => ({
      path,
      kind: p.kind,
      requests: p.requests,
      withQuery: p.withQuery,
      distinctQueries: p.queries.size,
      distinctSources: p.sources.size,
    }));
  const byVerdict: Record<Verdict, number> = {
    allow: w.requests,
    throttle: 0,
    challenge: 0,
    block: 0,
    shed: 0,
  };
  return {
    start,
    end,
    requests: w.requests,
    byVerdict,
    distinctSources: w.sources.size,
    newSources: w.newSources,
    newSourceRequests: w.newSourceRequests,
    verifiedRequests: w.verified,
    topSources: top(w.sources, k),
    topPrefixes: top(w.prefixes, k),
    topFingerprints: top(w.fingerprints, k),
    paths,
    outcomes: {
      status2xx: w.requests - errors - redirects - clientErrors,
      status3xx: redirects,
      status4xx: clientErrors,
      status5xx: errors,
      originErrors: 0,
      latencyP50Ms: w.requests > 0 ? Math.round(origin.latencyP50Ms * jitter() * 10) / 10 : 0,
      latencyP99Ms: w.requests > 0 ? Math.round(origin.latencyP99Ms * jitter() * 10) / 10 : 0,
      latencyCount: w.requests,
    },
    logins: {
      failures: w.failureCount,
      successes: w.successes,
      topSources: top(w.failures, k),
      topPrefixes: top(w.failurePrefixes, k),
      distinctSources: w.failures.size,
    },
    slow: {
      closed: w.closedCount,
      topSources: top(w.closed, k),
      topPrefixes: top(w.closedPrefixes, k),
      pendingTopSources: top(w.pending, k),
      pendingTopPrefixes: top(w.pendingPrefixes, k),
      pending: w.pendingCount,
    },
  };
}
