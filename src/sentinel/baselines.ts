// What normal looks like: EWMA baselines of rates, shares and latency, globally and per path, per
// fingerprint and per prefix. Floors stand in while they are cold; attacks freeze them, steps are clamped.

import { prefixContains } from './detectors/address.js';
import type { SentinelConfig } from './detectors/config.js';
import { count, keys, share, windowLength } from './detectors/measure.js';
import { NO_SUSTAINED, type SustainedSources } from './detectors/sustained.js';
import type { KeyCount, WindowSnapshot } from './window.js';

/** How a group of baselines takes in a window: normally, slowly (a crowd-like surge), or not at all. */
export type LearnMode = 'learn' | 'slow' | 'freeze';

/** What the sentinel tells the baselines about the window they are about to learn from. */
export interface Learning {
  /** Request rates, new-source and verified shares, and the per-key baselines. */
  traffic: LearnMode;
  /** Error share and latency. */
  outcomes: LearnMode;
  logins: LearnMode;
  slow: LearnMode;
  /** Sources and prefixes already blamed for a flood: their requests are not part of normal. */
  excludedSources: ReadonlySet<string>;
  excludedPrefixes: ReadonlySet<string>;
}

export const LEARN_ALL: Learning = {
  traffic: 'learn',
  outcomes: 'learn',
  logins: 'learn',
  slow: 'learn',
  excludedSources: new Set(),
  excludedPrefixes: new Set(),
};

/** The baselines as detectors read them. Global values are never below their floors. */
export interface BaselineView {
  /** True once `warmupMs` of traffic has been learned. */
  readonly warm: boolean;
  /** Requests per second. */
  readonly requestRate: number;
  /** Requests per second of the heaviest source / prefix that was not flooding. */
  readonly topSourceRate: number;
  readonly topPrefixRate: number;
  /** Sustained rate (detectors/sustained.ts) of the steadiest source that was not flooding: how much the
   * site's own heaviest client keeps sending, second after second. */
  readonly sustainedSourceRate: number;
  /** Share of requests from sources first seen in their window. */
  readonly newSourceShare: number;
  /** Share of requests carrying a challenge pass. */
  readonly verifiedShare: number;
  /** Share of answers that were 5xx or origin errors. */
  readonly errorShare: number;
  readonly latencyP99Ms: number;
  readonly loginFailureRate: number;
  /** Failed and successful logins per second. */
  readonly loginAttemptRate: number;
  readonly slowCloseRate: number;
  /** Header-phase connections open at a window's end. */
  readonly pending: number;
  /** Requests per source per window: how bursty normal clients are. */
  readonly requestsPerSource: number;
  /** Requests per second on a path (floored). */
  pathRate(path: string): number;
  /** Requests per second from a fingerprint / a prefix; 0 when never seen. */
  fingerprintRate(fingerprint: string): number;
  prefixRate(prefix: string): number;
}

/** How much a window moves a baseline: a running mean at first, then an EWMA with the half-life. */
function learningRate(dtMs: number, seenMs: number, halfLifeMs: number): number {
  const ewma = 1 - 2 ** (-dtMs / halfLifeMs);
  const runningMean = dtMs / (seenMs + dtMs);
  return Math.max(ewma, runningMean);
}

/** One exponentially weighted moving average with a clamped step. */
export class Ewma {
  value = 0;
  seenMs = 0;
  private started = false;

  /** `scale` is the least value the step clamp is taken relative to (the floor, for a rate). */
  constructor(private readonly scale: number) {}

  observe(sample: number, dtMs: number, mode: LearnMode, config: SentinelConfig['baselines']): void {
    if (mode === 'freeze' || !Number.isFinite(sample)) return;
    if (!this.started) {
      this.value = sample;
      this.started = true;
      this.seenMs = dtMs;
      return;
    }
    const reference = Math.max(this.value, this.scale);
    const clamped = Math.min(reference * config.maxStep, Math.max(this.value / config.maxStep, sample));
    let alpha = learningRate(dtMs, this.seenMs, config.halfLifeMs);
    if (mode === 'slow') alpha *= config.slowFactor;
    this.value += alpha * (clamped - this.value);
    this.seenMs += dtMs;
  }
}

/** Per-key rate baselines for the keys the tally's top lists show; at most 2 × maxKeys, pruned to the
 * largest maxKeys when full. */
export class KeyedRates {
  private readonly values = new Map<string, number>();
  private seenMs = 0;

  constructor(private readonly maxKeys: number) {}

  get(key: string): number {
    return this.values.get(key) ?? 0;
  }

  get size(): number {
    return this.values.size;
  }

  /** Learns one view (`seconds` long) `dtMs` after the last: listed keys at their rate, others at 0. */
  observe(
    list: readonly KeyCount[],
    seconds: number,
    dtMs: number,
    mode: LearnMode,
    config: SentinelConfig['baselines'],
    skip?: ReadonlySet<string>,
  ): void {
    if (mode === 'freeze') return;
    const first = this.seenMs === 0;
    let alpha = learningRate(dtMs, this.seenMs, config.halfLifeMs);
    if (mode === 'slow') alpha *= config.slowFactor;
    this.seenMs += dtMs;
    const rates = new Map<string, number>();
    for (const k of list) {
      if (skip?.has(k.key)) continue;
      rates.set(k.key, (rates.get(k.key) ?? 0) + count(k.count) / seconds);
    }
    for (const [key, value] of this.values) {
      const next = value + alpha * ((rates.get(key) ?? 0) - value);
      if (next < 1e-3 && !rates.has(key)) this.values.delete(key);
      else this.values.set(key, next);
      rates.delete(key);
    }
    for (const [key, rate] of rates) this.values.set(key, first ? rate : alpha * rate);
    if (this.values.size > 2 * this.maxKeys) this.prune();
  }

  /** Keeps the largest `maxKeys` values. */
  private prune(): void {
    const kept = [...this.values].sort((a, b) => b[1] - a[1]).slice(0, this.maxKeys);
    this.values.clear();
    for (const [key, value] of kept) this.values.set(key, value);
  }
}

export class Baselines implements BaselineView {
  private readonly floors: SentinelConfig['baselines']['floors'];
  private readonly request: Ewma;
  private readonly topSource: Ewma;
  private readonly topPrefix: Ewma;
  private readonly sustainedSource: Ewma;
  private readonly newShare = new Ewma(0.01);
  private readonly verified = new Ewma(0.01);
  private readonly perSource = new Ewma(1);
  private readonly errors: Ewma;
  private readonly p99: Ewma;
  private readonly loginFailures: Ewma;
  private readonly loginAttempts: Ewma;
  private readonly slowCloses: Ewma;
  private readonly pendingHeads: Ewma;
  private readonly paths: KeyedRates;
  private readonly fingerprints: KeyedRates;
  private readonly prefixes: KeyedRates;

  constructor(private readonly config: SentinelConfig) {
    const f = config.baselines.floors;
    this.floors = f;
    this.request = new Ewma(f.requestRate);
    this.topSource = new Ewma(f.topSourceRate);
    this.topPrefix = new Ewma(f.topPrefixRate);
    this.sustainedSource = new Ewma(f.sustainedSourceRate);
    this.errors = new Ewma(f.errorShare);
    this.p99 = new Ewma(f.latencyP99Ms);
    this.loginFailures = new Ewma(f.loginFailureRate);
    this.loginAttempts = new Ewma(f.loginAttemptRate);
    this.slowCloses = new Ewma(f.slowCloseRate);
    this.pendingHeads = new Ewma(f.pending);
    const max = config.baselines.maxKeys;
    this.paths = new KeyedRates(max);
    this.fingerprints = new KeyedRates(max);
    this.prefixes = new KeyedRates(max);
  }

  get warm(): boolean {
    return this.request.seenMs >= this.config.baselines.warmupMs;
  }
  get requestRate(): number {
    return Math.max(this.floors.requestRate, this.request.value);
  }
  get topSourceRate(): number {
    return Math.max(this.floors.topSourceRate, this.topSource.value);
  }
  get topPrefixRate(): number {
    return Math.max(this.floors.topPrefixRate, this.topPrefix.value);
  }
  get sustainedSourceRate(): number {
    return Math.max(this.floors.sustainedSourceRate, this.sustainedSource.value);
  }
  get newSourceShare(): number {
    return this.newShare.value;
  }
  get verifiedShare(): number {
    return this.verified.value;
  }
  get errorShare(): number {
    return Math.max(this.floors.errorShare, this.errors.value);
  }
  get latencyP99Ms(): number {
    return Math.max(this.floors.latencyP99Ms, this.p99.value);
  }
  get loginFailureRate(): number {
    return Math.max(this.floors.loginFailureRate, this.loginFailures.value);
  }
  get loginAttemptRate(): number {
    return Math.max(this.floors.loginAttemptRate, this.loginAttempts.value);
  }
  get slowCloseRate(): number {
    return Math.max(this.floors.slowCloseRate, this.slowCloses.value);
  }
  get pending(): number {
    return Math.max(this.floors.pending, this.pendingHeads.value);
  }
  get requestsPerSource(): number {
    return Math.max(1, this.perSource.value);
  }
  pathRate(path: string): number {
    return Math.max(this.floors.pathRate, this.paths.get(path));
  }
  fingerprintRate(fingerprint: string): number {
    return this.fingerprints.get(fingerprint);
  }
  prefixRate(prefix: string): number {
    return this.prefixes.get(prefix);
  }

  /**
   * Learns from the view the detectors just read (rates over its whole length), `dtMs` after the last
   * update (the newest window's length), with the sources sustained up to it. Cost depends on list sizes
   * only.
   */
  update(
    snapshot: WindowSnapshot,
    dtMs: number,
    learning: Learning = LEARN_ALL,
    sustained: SustainedSources = NO_SUSTAINED,
  ): void {
    const b = this.config.baselines;
    const seconds = windowLength(snapshot, this.config) / 1000;
    const requests = count(snapshot.requests);

    const traffic = learning.traffic;
    const normal = Math.max(0, requests - excludedRequests(snapshot, learning));
    this.request.observe(normal / seconds, dtMs, traffic, b);
    this.topSource.observe(
      heaviest(snapshot.topSources, learning.excludedSources) / seconds,
      dtMs,
      traffic,
      b,
    );
    this.topPrefix.observe(
      heaviest(snapshot.topPrefixes, learning.excludedPrefixes) / seconds,
      dtMs,
      traffic,
      b,
    );
    if (sustained.seconds > 0) {
      const steadiest = sustained.sources.find((s) => !learning.excludedSources.has(s.key));
      this.sustainedSource.observe(steadiest?.rate ?? 0, dtMs, traffic, b);
    }
    if (requests > 0) {
      this.newShare.observe(share(count(snapshot.newSourceRequests), requests), dtMs, traffic, b);
      this.verified.observe(share(count(snapshot.verifiedRequests), requests), dtMs, traffic, b);
      const sources = count(snapshot.distinctSources);
      if (sources > 0) this.perSource.observe(requests / sources, dtMs, traffic, b);
    }
    const paths = (Array.isArray(snapshot.paths) ? snapshot.paths : []).map((p) => ({
      key: p.path,
      count: p.requests,
    }));
    this.paths.observe(paths, seconds, dtMs, traffic, b);
    this.fingerprints.observe(keys(snapshot.topFingerprints), seconds, dtMs, traffic, b);
    // Until warm, a window without requests is no time seen by the per-prefix baselines (a gateway
    // started before its traffic, a lone probe and then silence), or the networks of the site's first
    // clients would look new, and far above their own normal, until warm. The others count it: a route's
    // budget under a cache bypass is sized from its baseline, and must not learn a flood that starts on a
    // young gateway as the route's normal.
    if (requests > 0 || this.warm)
      this.prefixes.observe(keys(snapshot.topPrefixes), seconds, dtMs, traffic, b, learning.excludedPrefixes);

    const o = snapshot.outcomes;
    if (o) {
      const errors = count(o.status5xx) + count(o.originErrors);
      const answers = count(o.status2xx) + count(o.status3xx) + count(o.status4xx) + errors;
      if (answers > 0) this.errors.observe(errors / answers, dtMs, learning.outcomes, b);
      if (count(o.latencyCount) > 0) this.p99.observe(count(o.latencyP99Ms), dtMs, learning.outcomes, b);
    }
    const l = snapshot.logins;
    if (l) {
      const failures = count(l.failures);
      this.loginFailures.observe(failures / seconds, dtMs, learning.logins, b);
      this.loginAttempts.observe((failures + count(l.successes)) / seconds, dtMs, learning.logins, b);
    }
    const s = snapshot.slow;
    if (s) {
      this.slowCloses.observe(count(s.closed) / seconds, dtMs, learning.slow, b);
      this.pendingHeads.observe(count(s.pending), dtMs, learning.slow, b);
    }
  }
}

/** Requests of the excluded sources and prefixes (a prefix less its excluded sources). */
function excludedRequests(snapshot: WindowSnapshot, learning: Learning): number {
  if (learning.excludedSources.size === 0 && learning.excludedPrefixes.size === 0) return 0;
  const sources = keys(snapshot.topSources).filter((k) => learning.excludedSources.has(k.key));
  let total = 0;
  for (const s of sources) total += count(s.count);
  for (const p of keys(snapshot.topPrefixes)) {
    if (!learning.excludedPrefixes.has(p.key)) continue;
    let rest = count(p.count);
    for (const s of sources) if (prefixContains(p.key, s.key)) rest -= count(s.count);
    total += Math.max(0, rest);
  }
  return total;
}

/** The largest count in a top list, leaving out excluded keys. */
function heaviest(list: readonly KeyCount[] | undefined, excluded: ReadonlySet<string>): number {
  let max = 0;
  for (const k of keys(list)) if (!excluded.has(k.key) && count(k.count) > max) max = count(k.count);
  return max;
}
