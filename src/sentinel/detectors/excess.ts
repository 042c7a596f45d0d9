// Who holds the excess: each listed key's rate above its own baseline, as a share of the traffic above
// normal. A flood's fingerprint or prefixes stand out here; a crowd spreads like normal traffic does.

import type { BaselineView } from '../baselines.js';
import type { KeyCount, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import { count, share } from './measure.js';

export interface KeyExcess {
  key: string;
  /** Per second, in this window. */
  rate: number;
  /** Per second, normally. */
  baseline: number;
  /** Share of the excess this key holds (its rate above its baseline over the total excess). */
  excessShare: number;
  /** Share of normal traffic this key usually has. */
  baselineShare: number;
  /** Share of this window's requests. */
  share: number;
}

/**
 * Keys of `list`, busiest excess first. `excess` is the window's rate above normal; `normalRate` the
 * baseline rate the key baselines are shares of; `windowRate` the window's rate.
 */
export function excessByKey(
  list: readonly KeyCount[],
  seconds: number,
  baselineOf: (key: string) => number,
  excess: number,
  normalRate: number,
  windowRate: number,
): KeyExcess[] {
  const out: KeyExcess[] = [];
  for (const k of list) {
    const rate = count(k.count) / seconds;
    const baseline = baselineOf(k.key);
    out.push({
      key: k.key,
      rate,
      baseline,
      excessShare: share(Math.max(0, rate - baseline), excess),
      baselineShare: share(baseline, normalRate),
      share: share(rate, windowRate),
    });
  }
  return out.sort((a, b) => b.excessShare - a.excessShare || b.rate - a.rate);
}

export interface ConcentrationRule {
  /** Each key holds at least this share of the excess… */
  minShare: number;
  /** …sends at least this much… */
  minRate: number;
  /** …and more than its own baseline could plausibly send: its count in the window exceeds the
   * expected count by `surprise` standard deviations, counting requests in bursts of `burst`, and its
   * rate is at least `multiple` times its baseline (none when absent); */
  surprise: number;
  burst: number;
  multiple?: number;
  seconds: number;
  /** together they hold this share of it; at most `maxKeys` of them. */
  needShare: number;
  maxKeys: number;
}

/** The keys (busiest excess first) that hold the excess by `rule`; undefined when they do not. */
export function concentration(
  ranked: readonly KeyExcess[],
  rule: ConcentrationRule,
): KeyExcess[] | undefined {
  const { minShare, minRate, needShare, maxKeys } = rule;
  const chosen = ranked
    .filter(
      (k) =>
        k.excessShare >= minShare &&
        k.rate >= minRate &&
        k.rate >= (rule.multiple ?? 0) * k.baseline &&
        surprising(k, rule),
    )
    .slice(0, maxKeys);
  const held = chosen.reduce((sum, k) => sum + k.excessShare, 0);
  return held >= needShare && chosen.length > 0 ? chosen : undefined;
}

/**
 * Whether a key's count is beyond what its baseline sends: counts arrive in bursts of `burst` requests,
 * bursts as a Poisson process, and the upper z-quantile of Poisson(λ) is about λ + z√λ + z²/3 (the z²/3
 * matters for the small λ of most keys, whose tails are heavier than the normal curve's).
 */
function surprising(k: KeyExcess, rule: ConcentrationRule): boolean {
  const z = rule.surprise;
  if (z <= 0) return true;
  const expected = k.baseline * rule.seconds;
  const limit = expected + z * Math.sqrt(Math.max(expected, 1) * rule.burst) + (rule.burst * z * z) / 3;
  return k.rate * rule.seconds >= limit;
}

/**
 * The traffic of `sources` average sources per second, an average source sending `burst` requests in a
 * window (at least the window's own average): what a prefix must send to count as many sources.
 */
export function sourcesWorth(
  sources: number,
  requests: number,
  distinctSources: number,
  seconds: number,
  burst = 1,
): number {
  return (sources * Math.max(burst, distinctSources > 0 ? requests / distinctSources : 1)) / seconds;
}

/** The rule prefixes must meet to hold a flood's excess (distributed floods and cache bypass). */
export function prefixRule(
  d: SentinelConfig['distributedFlood'],
  baselines: BaselineView,
  snapshot: WindowSnapshot,
  seconds: number,
): ConcentrationRule {
  const requests = count(snapshot.requests);
  const sources = count(snapshot.distinctSources);
  const burst = Math.max(baselines.requestsPerSource, share(requests, sources));
  return {
    minShare: d.prefixMinExcessShare,
    minRate: sourcesWorth(d.prefixMinSources, requests, sources, seconds, burst),
    surprise: d.prefixSurprise,
    burst,
    multiple: d.prefixMultiple,
    seconds,
    needShare: d.prefixExcessShare,
    maxKeys: d.maxPrefixTargets,
  };
}

/**
 * The share of normal traffic from which a prefix's baseline marks it as one the site's own users come
 * from (config `baselines.regularPrefixShare`). None is until the baselines are warm: a cold baseline may
 * have learned a flood's first second.
 */
export function regularPrefixShare(baselines: BaselineView, config: SentinelConfig): number {
  return baselines.warm ? config.baselines.regularPrefixShare : Number.POSITIVE_INFINITY;
}
