// Cache bypass: a path far above its normal rate where almost every request carries a query string of
// its own, so every one misses the cache. Targets whoever holds the path's excess, if anyone does; if
// nobody does (real searches are unique too) it is a crowd on that path: observed until the origin strains.

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding, ResponseCeiling } from '../detection.js';
import type { KeyCount, PathWindow, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import { type ConcentrationRule, concentration, excessByKey, type KeyExcess, prefixRule } from './excess.js';
import { count, fixed, keys, percent, round, share, target, windowLength } from './measure.js';
import { originHealth } from './origin-distress.js';

export interface BypassedPath {
  path: PathWindow;
  rate: number;
  baseline: number;
  uniqueShare: number;
}

/** Paths being hit with unique query strings at a flood's rate in this window. */
export function bypassedPaths(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): BypassedPath[] {
  const c = config.cacheBypass;
  const seconds = windowLength(snapshot, config) / 1000;
  const out: BypassedPath[] = [];
  for (const path of Array.isArray(snapshot.paths) ? snapshot.paths : []) {
    const requests = count(path.requests);
    const withQuery = Math.min(requests, count(path.withQuery));
    const rate = requests / seconds;
    const baseline = baselines.pathRate(path.path);
    if (rate <= Math.max(c.pathRateFloor, c.baselineMultiple * baseline)) continue;
    const uniqueShare = Math.min(1, share(count(path.distinctQueries), withQuery));
    if (share(withQuery, requests) < c.queryShare || uniqueShare < c.uniqueQueryShare) continue;
    if (withQuery / seconds < c.pathRateFloor) continue;
    out.push({ path, rate, baseline, uniqueShare });
  }
  return out;
}

export function detectCacheBypass(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): Finding[] {
  const bypassed = bypassedPaths(snapshot, baselines, config);
  if (bypassed.length === 0) return [];
  const windowMs = windowLength(snapshot, config);
  const seconds = windowMs / 1000;
  const requests = count(snapshot.requests);
  const suspects = suspectsOf(snapshot, baselines, config, seconds);
  return bypassed.map((b) => {
    const { targets, maxAction } = whoBypasses(suspects, config, b);
    return {
      kind: 'cache-bypass',
      key: `cache-bypass:${b.path.path}`,
      path: b.path.path,
      routeKind: b.path.kind,
      targets,
      maxAction,
      evidence: {
        windowMs,
        observedRate: round(b.rate),
        baselineRate: round(b.baseline),
        topKeys: [
          {
            key: `path:${b.path.path}`,
            count: count(b.path.requests),
            share: round(share(b.path.requests, requests)),
          },
          ...targets.slice(0, 4).map((t) => ({
            key: `${t.scope}:${t.value}`,
            count: Math.round(t.rate * seconds),
            share: t.share,
          })),
        ],
        summary: `${b.path.path} took ${fixed(b.rate)} req/s (normally ${fixed(b.baseline)}) from ${fixed(count(b.path.distinctSources))} sources, ${percent(b.uniqueShare)} of them with a query string of their own.`,
      },
    };
  });
}

/** Who in the window could hold a path's excess; read once for all bypassed paths. */
interface Suspects {
  windowRate: number;
  /** Sources above the floor and the heaviest normal source, busiest first, per second. */
  sources: { key: string; rate: number }[];
  /** Prefixes and fingerprints by excess, with `excessShare` holding their excess rate (per second). */
  prefixes: KeyExcess[];
  fingerprint?: KeyExcess;
  prefixRule: ConcentrationRule;
  strained: boolean;
}

function suspectsOf(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  seconds: number,
): Suspects {
  const c = config.cacheBypass;
  const windowRate = count(snapshot.requests) / seconds;
  const least = Math.max(c.sourceRateFloor, baselines.topSourceRate);
  const normal = baselines.requestRate;
  const health = originHealth(snapshot, baselines, config);
  const byExcess = (list: readonly KeyCount[], baselineOf: (key: string) => number) =>
    excessByKey(list, seconds, baselineOf, 1, normal, windowRate);
  return {
    windowRate,
    sources: keys(snapshot.topSources)
      .map((k) => ({ key: k.key, rate: count(k.count) / seconds }))
      .filter((k) => k.rate > least)
      .slice(0, c.maxSourceTargets),
    prefixes: byExcess(keys(snapshot.topPrefixes), (k) => baselines.prefixRate(k)),
    fingerprint: byExcess(keys(snapshot.topFingerprints), (k) => baselines.fingerprintRate(k))[0],
    prefixRule: prefixRule(config.distributedFlood, baselines, snapshot, seconds),
    strained: health.failing || health.slow,
  };
}

/** Sources if the path has few, else prefixes holding its excess, else a rare fingerprint that does. */
function whoBypasses(
  suspects: Suspects,
  config: SentinelConfig,
  bypass: BypassedPath,
): { targets: DetectionTarget[]; maxAction: ResponseCeiling } {
  const c = config.cacheBypass;
  const d = config.distributedFlood;
  const { windowRate } = suspects;
  const excess = Math.max(bypass.rate - bypass.baseline, 1e-9);

  if (count(bypass.path.distinctSources) <= c.maxSourceTargets && suspects.sources.length > 0) {
    const held = suspects.sources.reduce((sum, k) => sum + k.rate, 0);
    if (held >= 0.5 * excess) {
      return {
        targets: suspects.sources.map((k) => target('ip', k.key, k.rate, windowRate)),
        maxAction: 'block',
      };
    }
  }
  const scaled = suspects.prefixes.map((k) => ({ ...k, excessShare: k.excessShare / excess }));
  const prefixes = concentration(scaled, suspects.prefixRule);
  if (prefixes) {
    return { targets: prefixes.map((p) => target('cidr', p.key, p.rate, windowRate)), maxAction: 'block' };
  }
  const fp = suspects.fingerprint;
  if (
    fp &&
    fp.excessShare / excess >= d.fingerprintExcessShare &&
    fp.baselineShare < d.rareFingerprintShare
  ) {
    return { targets: [target('fingerprint', fp.key, fp.rate, windowRate)], maxAction: 'block' };
  }
  return { targets: [], maxAction: suspects.strained ? 'challenge' : 'observe' };
}
