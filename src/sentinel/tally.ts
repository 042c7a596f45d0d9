// The edge's tally phase: O(1), allocation-free counting of each request into fixed-size sketches, cut
// into windows. rotate() ends a window and hands its WindowSnapshot to the detectors.

import { BlockedBloom } from './sketch/bloom.js';
import { FirstSeen, type FirstSeenOptions } from './sketch/first-seen.js';
import { KeyHash } from './sketch/hash.js';
import { HeavyHitters } from './sketch/heavy-hitters.js';
import { HyperLogLog } from './sketch/hyperloglog.js';
import { LatencyHistogram } from './sketch/latency-histogram.js';
import { type PathSketch, PathTally } from './tally-paths.js';
import type { Verdict } from './verdict.js';
import type { KeyCount, WindowSnapshot } from './window.js';

export interface TallyOptions {
  now: () => number;
  /** Keys kept in each top list; default 32. */
  topK?: number;
  /** Paths whose 401/403 answers count as failed logins and 2xx/3xx as successful ones (exact match). */
  loginRoutes?: string[];
  /** Paths given detail per window; default 64. */
  maxPaths?: number;
  firstSeen?: FirstSeenOptions;
}

export interface TalliedRequest {
  address: string;
  prefix: string;
  fingerprint: string;
  /** The request path without its query string. */
  path: string;
  /** The query string, '' when absent. */
  query: string;
  kind: 'api' | 'browser';
  verdict: Verdict;
  verified: boolean;
}

export interface TalliedOutcome {
  path: string;
  address: string;
  prefix: string;
  status: number;
  latencyMs: number;
  /** The origin could not be reached or did not answer in time. */
  originError: boolean;
}

export type PendingSource = () => Iterable<[address: string, prefix: string, count: number]>;

/** What a Tally holds: fixed bytes of typed arrays, and key strings (bounded by the top-k sizes). */
export interface TallyFootprint {
  sketchBytes: number;
  keysHeld: number;
}

/**
 * Sketch sizes, kept small enough that the hot ones stay in a core's cache. Count-min widths are set for
 * windows of up to a few hundred thousand requests: with probability 1 - e^-4 a key's overestimate is
 * within e/width of the window's total (0.017% of it for sources), and conservative update keeps it far
 * lower in practice; the heavy keys that matter count in the hundreds or more.
 */
const SOURCES = { width: 2 ** 14, depth: 4 };
const PREFIXES = { width: 2 ** 13, depth: 4 };
const FINGERPRINTS = { width: 2 ** 12, depth: 4 };
const SMALL = { width: 2 ** 11, depth: 4 };

/** The count-min sketches a window carries for merging, and their sizes. */
export const COUNT_MINS = {
  sources: SOURCES,
  prefixes: PREFIXES,
  fingerprints: FINGERPRINTS,
  loginSources: SMALL,
  loginPrefixes: SMALL,
  slowSources: SMALL,
  slowPrefixes: SMALL,
} as const;
export type CountMinName = keyof typeof COUNT_MINS;
/** Precision of the window's HyperLogLogs of distinct sources and of distinct failed-login sources. */
export const DISTINCT_PRECISION = 14;
export const LOGIN_DISTINCT_PRECISION = 12;

/** Copies of a window's sketches: with them, windows of several tallies merge into one (see cluster/). */
export interface WindowSketches {
  counts: Record<CountMinName, Uint32Array>;
  distinct: Uint8Array;
  loginDistinct: Uint8Array;
  latency: Uint32Array;
  paths: PathSketch[];
}

/** A window and the sketches it was read from. */
export interface TallyWindow {
  snapshot: WindowSnapshot;
  sketches: WindowSketches;
}
/** Newcomer filter of a window (sources first seen in it): 2^20 bits, 128 KiB. */
const NEWCOMER_BITS = 2 ** 20;

/**
 * One Tally per edge. Memory is fixed at construction whatever the number of distinct sources: about
 * 3 MiB of typed arrays with the defaults (first-seen filter 2 MiB, newcomer filter 128 KiB, count-mins
 * 704 KiB, HyperLogLogs 20 KiB plus 128 KiB pooled for paths; see footprint()), and key strings only for
 * the top-k lists (at most 7 × topK + maxPaths of them).
 */
export class Tally {
  private readonly now: () => number;
  private readonly loginRoutes: readonly string[];
  private readonly topK: number;
  private start: number;

  private requests = 0;
  private readonly verdicts = new Float64Array(5);
  private verified = 0;
  private newSources = 0;
  private newSourceRequests = 0;
  private readonly distinct = new HyperLogLog(DISTINCT_PRECISION);
  private readonly firstSeen: FirstSeen;
  private readonly newcomers = new BlockedBloom(NEWCOMER_BITS, 3);
  private readonly sources: HeavyHitters;
  private readonly prefixes: HeavyHitters;
  private readonly fingerprints: HeavyHitters;
  private readonly paths: PathTally;

  private readonly status = new Float64Array(6);
  private originErrors = 0;
  private readonly latency = new LatencyHistogram();

  private loginFailures = 0;
  private loginSuccesses = 0;
  private readonly loginSources: HeavyHitters;
  private readonly loginPrefixes: HeavyHitters;
  private readonly loginDistinct = new HyperLogLog(LOGIN_DISTINCT_PRECISION);

  private slowClosedCount = 0;
  private readonly slowSources: HeavyHitters;
  private readonly slowPrefixes: HeavyHitters;
  private pending: PendingSource = () => [];

  private readonly addressHash = new KeyHash();
  private readonly keyHash = new KeyHash();

  constructor(opts: TallyOptions) {
    this.now = opts.now;
    this.topK = opts.topK ?? 32;
    this.loginRoutes = [...new Set(opts.loginRoutes ?? [])];
    this.start = opts.now();
    this.firstSeen = new FirstSeen(this.start, opts.firstSeen);
    const k = this.topK;
    this.sources = new HeavyHitters({ ...SOURCES, k });
    this.prefixes = new HeavyHitters({ ...PREFIXES, k });
    this.fingerprints = new HeavyHitters({ ...FINGERPRINTS, k });
    this.paths = new PathTally(opts.maxPaths ?? 64);
    this.loginSources = new HeavyHitters({ ...SMALL, k });
    this.loginPrefixes = new HeavyHitters({ ...SMALL, k });
    this.slowSources = new HeavyHitters({ ...SMALL, k });
    this.slowPrefixes = new HeavyHitters({ ...SMALL, k });
  }

  /** A judged request. path excludes the query; query is '' when absent. */
  request(r: TalliedRequest): void {
    this.requests++;
    this.verdicts[verdictIndex(r.verdict)]++;
    if (r.verified) this.verified++;

    const a = this.addressHash.of(r.address);
    this.distinct.addHash(a.h1);
    if (this.firstSeen.isNewHashed(a.h1, a.h2)) {
      this.newSources++;
      this.newSourceRequests++;
      this.newcomers.add(a.h2, a.h1);
    } else if (this.newSources > 0 && this.newcomers.has(a.h2, a.h1)) {
      this.newSourceRequests++;
    }
    this.sources.add(r.address, a.h1, a.h2);

    // A pass holder is carved out of every prefix and fingerprint decision (edge/judge.ts), so its
    // requests never count towards naming one: a challenged browser's retries would otherwise read as
    // its own network's surge.
    if (!r.verified) {
      const p = this.keyHash.of(r.prefix);
      this.prefixes.add(r.prefix, p.h1, p.h2);
      const f = this.keyHash.of(r.fingerprint);
      this.fingerprints.add(r.fingerprint, f.h1, f.h2);
    }

    this.paths.add(r.path, r.query, r.kind === 'api', a.h1);
  }

  /** The origin's answer (or failure) for a forwarded request. */
  outcome(o: TalliedOutcome): void {
    if (o.originError) {
      this.originErrors++;
    } else {
      const statusClass = (o.status / 100) | 0;
      if (statusClass >= 2 && statusClass <= 5) this.status[statusClass]++;
      this.latency.observe(o.latencyMs);
    }
    if (!this.isLoginRoute(o.path)) return;
    if (o.status === 401 || o.status === 403) {
      this.loginFailures++;
      const a = this.addressHash.of(o.address);
      this.loginDistinct.addHash(a.h1);
      this.loginSources.add(o.address, a.h1, a.h2);
      const p = this.keyHash.of(o.prefix);
      this.loginPrefixes.add(o.prefix, p.h1, p.h2);
    } else if (!o.originError && o.status >= 200 && o.status < 400) {
      this.loginSuccesses++;
    }
  }

  /** A connection closed as slow (header deadline or body rate). */
  slowClosed(address: string, prefix: string): void {
    this.slowClosedCount++;
    const a = this.addressHash.of(address);
    this.slowSources.add(address, a.h1, a.h2);
    const p = this.keyHash.of(prefix);
    this.slowPrefixes.add(prefix, p.h1, p.h2);
  }

  /** Provider of pending (header-phase) connections by address, read once per rotate. */
  setPendingSource(fn: PendingSource): void {
    this.pending = fn;
  }

  /** Ends the current window, returns its snapshot and starts a new one. */
  rotate(): WindowSnapshot {
    const end = this.now();
    const pending = this.readPending();
    const snapshot: WindowSnapshot = {
      start: this.start,
      end,
      requests: this.requests,
      byVerdict: {
        allow: this.verdicts[0],
        throttle: this.verdicts[1],
        challenge: this.verdicts[2],
        block: this.verdicts[3],
        shed: this.verdicts[4],
      },
      distinctSources: Math.min(this.requests, this.distinct.estimate()),
      newSources: this.newSources,
      newSourceRequests: this.newSourceRequests,
      verifiedRequests: this.verified,
      topSources: this.sources.list(),
      topPrefixes: this.prefixes.list(),
      topFingerprints: this.fingerprints.list(),
      paths: this.paths.windows(),
      outcomes: {
        status2xx: this.status[2],
        status3xx: this.status[3],
        status4xx: this.status[4],
        status5xx: this.status[5],
        originErrors: this.originErrors,
        latencyP50Ms: this.latency.quantile(0.5),
        latencyP99Ms: this.latency.quantile(0.99),
        latencyCount: this.latency.count,
      },
      logins: {
        failures: this.loginFailures,
        successes: this.loginSuccesses,
        topSources: this.loginSources.list(),
        topPrefixes: this.loginPrefixes.list(),
        distinctSources: Math.min(this.loginFailures, this.loginDistinct.estimate()),
      },
      slow: {
        closed: this.slowClosedCount,
        topSources: this.slowSources.list(),
        topPrefixes: this.slowPrefixes.list(),
        pendingTopSources: pending.sources,
        pendingTopPrefixes: pending.prefixes,
        pending: pending.total,
      },
    };
    this.reset(end);
    return snapshot;
  }

  /** Ends the current window like rotate(), with copies of its sketches for merging it with others. */
  cut(): TallyWindow {
    const counts = {} as Record<CountMinName, Uint32Array>;
    for (const name of Object.keys(COUNT_MINS) as CountMinName[]) {
      counts[name] = this[name].counts.copyCounters();
    }
    const sketches: WindowSketches = {
      counts,
      distinct: this.distinct.copyRegisters(),
      loginDistinct: this.loginDistinct.copyRegisters(),
      latency: this.latency.copyBuckets(),
      paths: this.paths.sketches(),
    };
    return { snapshot: this.rotate(), sketches };
  }

  /** Memory held: typed arrays (fixed at construction) and key strings (at most the top-k sizes). */
  footprint(): TallyFootprint {
    const hitters = [
      this.sources,
      this.prefixes,
      this.fingerprints,
      this.loginSources,
      this.loginPrefixes,
      this.slowSources,
      this.slowPrefixes,
    ];
    return {
      sketchBytes:
        hitters.reduce((sum, h) => sum + h.bytes, 0) +
        this.paths.bytes +
        this.distinct.bytes +
        this.loginDistinct.bytes +
        this.firstSeen.bytes +
        this.newcomers.bytes +
        this.latency.bytes,
      keysHeld: hitters.reduce((sum, h) => sum + h.top.size, 0) + this.paths.keysHeld,
    };
  }

  /** Exact match against the few login routes: a length check rejects most paths without reading them. */
  private isLoginRoute(path: string): boolean {
    for (const route of this.loginRoutes) if (route === path) return true;
    return false;
  }

  private readPending(): { sources: KeyCount[]; prefixes: KeyCount[]; total: number } {
    const sources: KeyCount[] = [];
    const byPrefix = new Map<string, number>();
    let total = 0;
    for (const [address, prefix, count] of this.pending()) {
      if (count <= 0) continue;
      total += count;
      sources.push({ key: address, count });
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + count);
    }
    const prefixes: KeyCount[] = [];
    for (const [key, count] of byPrefix) prefixes.push({ key, count });
    return { sources: topOf(sources, this.topK), prefixes: topOf(prefixes, this.topK), total };
  }

  private reset(now: number): void {
    this.start = now;
    this.requests = 0;
    this.verdicts.fill(0);
    this.verified = 0;
    this.newSources = 0;
    this.newSourceRequests = 0;
    this.distinct.clear();
    this.firstSeen.age(now);
    this.newcomers.clear();
    this.sources.clear();
    this.prefixes.clear();
    this.fingerprints.clear();
    this.paths.clear();
    this.status.fill(0);
    this.originErrors = 0;
    this.latency.clear();
    this.loginFailures = 0;
    this.loginSuccesses = 0;
    this.loginSources.clear();
    this.loginPrefixes.clear();
    this.loginDistinct.clear();
    this.slowClosedCount = 0;
    this.slowSources.clear();
    this.slowPrefixes.clear();
  }
}

function verdictIndex(verdict: Verdict): number {
  switch (verdict) {
    case 'allow':
      return 0;
    case 'throttle':
      return 1;
    case 'challenge':
      return 2;
    case 'block':
      return 3;
    default:
      return 4;
  }
}

/** Sorts by count, highest first (ties by key), and keeps the first k. */
export function topOf(list: KeyCount[], k: number): KeyCount[] {
  list.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  if (list.length > k) list.length = k;
  return list;
}
