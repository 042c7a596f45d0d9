// Merging the tally windows of several workers (or gateways) into one window for one sentinel.
//
// Exact merges: count-min sketches add cell by cell, HyperLogLogs take the register-wise maximum, the
// latency histograms and every counter add. The merged sketch is the one a single tally would have built
// from all the traffic, so distinct counts and latency quantiles keep a single tally's error.
//
// Top-k lists (space-saving) do not merge exactly; they are merged as candidates: the union of every
// window's top keys, each re-estimated from the merged count-min, and the k highest kept. Bound: with N
// requests in all and εN the count-min's excess (ε = e/width, with probability 1 - e^-depth), a key whose
// merged true count exceeds N/k + εN exceeded Nᵢ/k + εNᵢ on at least one window i (pigeonhole), where
// space-saving holds it; so it is a candidate, and its merged estimate lies in [true, true + εN]. Keys
// below that line may be missing from the list, as they may from a single tally's.
//
// Approximations, stated: a source first seen by two workers counts as new on both (newSources is at
// most the sum of the workers'); a path's detail counts from when each window's slot took it.

import { CountMin } from '../sentinel/sketch/count-min.js';
import { KeyHash } from '../sentinel/sketch/hash.js';
import { HyperLogLog } from '../sentinel/sketch/hyperloglog.js';
import { LatencyHistogram } from '../sentinel/sketch/latency-histogram.js';
import {
  COUNT_MINS,
  type CountMinName,
  DISTINCT_PRECISION,
  LOGIN_DISTINCT_PRECISION,
  type TallyWindow,
  topOf,
  type WindowSketches,
} from '../sentinel/tally.js';
import { PATH_PRECISION, type PathSketch } from '../sentinel/tally-paths.js';
import type { KeyCount, PathWindow, WindowSnapshot } from '../sentinel/window.js';

export interface MergeLimits {
  /** Keys kept in each merged top list; default 32 (the tally's default). */
  topK?: number;
  /** Paths kept with detail; default 64. */
  maxPaths?: number;
}

/** Where each count-min's top list sits in a snapshot. */
const TOP_LISTS: Record<CountMinName, (s: WindowSnapshot) => KeyCount[]> = {
  sources: (s) => s.topSources,
  prefixes: (s) => s.topPrefixes,
  fingerprints: (s) => s.topFingerprints,
  loginSources: (s) => s.logins.topSources,
  loginPrefixes: (s) => s.logins.topPrefixes,
  slowSources: (s) => s.slow.topSources,
  slowPrefixes: (s) => s.slow.topPrefixes,
};

const sum = (windows: readonly TallyWindow[], of: (s: WindowSnapshot) => number): number =>
  windows.reduce((total, w) => total + of(w.snapshot), 0);

/** One window holding the traffic of all `windows` (at least one). Throws on sketches of other sizes. */
export function mergeWindows(windows: readonly TallyWindow[], limits: MergeLimits = {}): TallyWindow {
  if (windows.length === 0) throw new RangeError('nothing to merge');
  if (windows.length === 1) return windows[0];
  const topK = limits.topK ?? 32;
  const hash = new KeyHash();

  const counts = {} as Record<CountMinName, Uint32Array>;
  const tops = {} as Record<CountMinName, KeyCount[]>;
  for (const name of Object.keys(COUNT_MINS) as CountMinName[]) {
    const sketch = new CountMin(COUNT_MINS[name].width, COUNT_MINS[name].depth);
    for (const w of windows) sketch.absorb(w.sketches.counts[name]);
    const candidates = new Set<string>();
    for (const w of windows) for (const { key } of TOP_LISTS[name](w.snapshot)) candidates.add(key);
    tops[name] = topOf(
      [...candidates].map((key) => {
        const h = hash.of(key);
        return { key, count: sketch.estimateHashed(h.h1, h.h2) };
      }),
      topK,
    );
    counts[name] = sketch.copyCounters();
  }
  const distinct = unionOf(
    DISTINCT_PRECISION,
    windows.map((w) => w.sketches.distinct),
  );
  const loginDistinct = unionOf(
    LOGIN_DISTINCT_PRECISION,
    windows.map((w) => w.sketches.loginDistinct),
  );
  const latency = new LatencyHistogram();
  for (const w of windows) latency.absorb(w.sketches.latency);
  const paths = mergePaths(windows, limits.maxPaths ?? 64);

  const requests = sum(windows, (s) => s.requests);
  const loginFailures = sum(windows, (s) => s.logins.failures);
  const snapshot: WindowSnapshot = {
    start: Math.min(...windows.map((w) => w.snapshot.start)),
    end: Math.max(...windows.map((w) => w.snapshot.end)),
    requests,
    byVerdict: {
      allow: sum(windows, (s) => s.byVerdict.allow),
      throttle: sum(windows, (s) => s.byVerdict.throttle),
      challenge: sum(windows, (s) => s.byVerdict.challenge),
      block: sum(windows, (s) => s.byVerdict.block),
      shed: sum(windows, (s) => s.byVerdict.shed),
    },
    distinctSources: Math.min(requests, distinct.estimate()),
    newSources: sum(windows, (s) => s.newSources),
    newSourceRequests: sum(windows, (s) => s.newSourceRequests),
    verifiedRequests: sum(windows, (s) => s.verifiedRequests),
    topSources: tops.sources,
    topPrefixes: tops.prefixes,
    topFingerprints: tops.fingerprints,
    paths: paths.windows,
    outcomes: {
      status2xx: sum(windows, (s) => s.outcomes.status2xx),
      status3xx: sum(windows, (s) => s.outcomes.status3xx),
      status4xx: sum(windows, (s) => s.outcomes.status4xx),
      status5xx: sum(windows, (s) => s.outcomes.status5xx),
      originErrors: sum(windows, (s) => s.outcomes.originErrors),
      latencyP50Ms: latency.quantile(0.5),
      latencyP99Ms: latency.quantile(0.99),
      latencyCount: latency.count,
    },
    logins: {
      failures: loginFailures,
      successes: sum(windows, (s) => s.logins.successes),
      topSources: tops.loginSources,
      topPrefixes: tops.loginPrefixes,
      distinctSources: Math.min(loginFailures, loginDistinct.estimate()),
    },
    slow: {
      closed: sum(windows, (s) => s.slow.closed),
      topSources: tops.slowSources,
      topPrefixes: tops.slowPrefixes,
      pendingTopSources: summed(
        windows.map((w) => w.snapshot.slow.pendingTopSources),
        topK,
      ),
      pendingTopPrefixes: summed(
        windows.map((w) => w.snapshot.slow.pendingTopPrefixes),
        topK,
      ),
      pending: sum(windows, (s) => s.slow.pending),
    },
  };
  const sketches: WindowSketches = {
    counts,
    distinct: distinct.copyRegisters(),
    loginDistinct: loginDistinct.copyRegisters(),
    latency: latency.copyBuckets(),
    paths: paths.sketches,
  };
  return { snapshot, sketches };
}

function unionOf(precision: number, registers: readonly Uint8Array[]): HyperLogLog {
  const union = new HyperLogLog(precision);
  for (const r of registers) union.absorb(r);
  return union;
}

/** Per path: counts add, HyperLogLogs unite; the busiest `maxPaths` are kept. */
function mergePaths(
  windows: readonly TallyWindow[],
  maxPaths: number,
): { windows: PathWindow[]; sketches: PathSketch[] } {
  const byPath = new Map<
    string,
    { requests: number; withQuery: number; api: number; queries: HyperLogLog; sources: HyperLogLog }
  >();
  for (const w of windows) {
    const sketchOf = new Map(w.sketches.paths.map((p) => [p.path, p]));
    for (const p of w.snapshot.paths) {
      const sketch = sketchOf.get(p.path);
      let into = byPath.get(p.path);
      if (into === undefined) {
        into = {
          requests: 0,
          withQuery: 0,
          api: 0,
          queries: new HyperLogLog(PATH_PRECISION),
          sources: new HyperLogLog(PATH_PRECISION),
        };
        byPath.set(p.path, into);
      }
      into.requests += p.requests;
      into.withQuery += p.withQuery;
      into.api += sketch?.api ?? (p.kind === 'api' ? p.requests : 0);
      if (sketch !== undefined) {
        into.queries.absorb(sketch.queries);
        into.sources.absorb(sketch.sources);
      }
    }
  }
  const kept = [...byPath]
    .sort(([a, x], [b, y]) => y.requests - x.requests || (a < b ? -1 : 1))
    .slice(0, maxPaths);
  return {
    windows: kept.map(([path, p]) => ({
      path,
      kind: p.api * 2 > p.requests ? 'api' : 'browser',
      requests: p.requests,
      withQuery: p.withQuery,
      distinctQueries: Math.min(p.withQuery, p.queries.estimate()),
      distinctSources: Math.min(p.requests, p.sources.estimate()),
    })),
    sketches: kept.map(([path, p]) => ({
      path,
      api: p.api,
      queries: p.queries.copyRegisters(),
      sources: p.sources.copyRegisters(),
    })),
  };
}

/** Per-key sums of top lists (pending connections; a key counts where it was listed), highest first. */
function summed(lists: readonly KeyCount[][], k: number): KeyCount[] {
  const by = new Map<string, number>();
  for (const list of lists) for (const { key, count } of list) by.set(key, (by.get(key) ?? 0) + count);
  return topOf(
    [...by].map(([key, count]) => ({ key, count })),
    k,
  );
}
