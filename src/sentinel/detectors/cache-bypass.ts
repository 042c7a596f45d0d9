// Cache bypass: a path far above its normal rate where almost every request carries a query string of
// its own, so every one misses the cache. A few sources holding the excess are named (and may be
// blocked). Otherwise nobody is: real users of the path search with queries of their own too, and the
// prefixes or fingerprints busiest in the window need not be the ones on this path (a /24 of real
// browsers was once named for a flood from the next one). The answer is then the route's: the defence
// loop puts the path on a budget of never-seen queries for clients not in good standing, and the
// responder's closed loop blocks, address by address, whoever still gets too much through.

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding, ResponseCeiling } from '../detection.js';
import type { PathWindow, WindowSnapshot } from '../window.js';
import { CAPEC } from './capec.js';
import type { SentinelConfig } from './config.js';
import { count, fixed, keys, percent, round, share, target, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';
import { originHealth } from './origin-distress.js';

/** The share of the path rate floor that suffices while the origin strains (errors or latency). */
const STRAINED_FLOOR_SHARE = 0.25;

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
  // A bypass is what strains an origin that searches for every query: once it strains, the flood may
  // look small at the edge (its requests wait at the origin), and a fraction of the floor is enough.
  const health = originHealth(snapshot, baselines, config);
  const floor = health.failing || health.slow ? STRAINED_FLOOR_SHARE * c.pathRateFloor : c.pathRateFloor;
  const out: BypassedPath[] = [];
  for (const path of Array.isArray(snapshot.paths) ? snapshot.paths : []) {
    const requests = count(path.requests);
    const withQuery = Math.min(requests, count(path.withQuery));
    const rate = requests / seconds;
    const baseline = baselines.pathRate(path.path);
    if (rate <= Math.max(floor, c.baselineMultiple * baseline)) continue;
    const uniqueShare = Math.min(1, share(count(path.distinctQueries), withQuery));
    if (share(withQuery, requests) < c.queryShare || uniqueShare < c.uniqueQueryShare) continue;
    if (withQuery / seconds < floor) continue;
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

/** Who in the window could hold a path's excess: the busiest sources; read once for all bypassed paths. */
interface Suspects {
  windowRate: number;
  /** Sources above the floor and the heaviest normal source, busiest first, per second. */
  sources: { key: string; rate: number }[];
}

function suspectsOf(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  seconds: number,
): Suspects {
  const c = config.cacheBypass;
  const least = Math.max(c.sourceRateFloor, baselines.topSourceRate);
  return {
    windowRate: count(snapshot.requests) / seconds,
    sources: keys(snapshot.topSources)
      .map((k) => ({ key: k.key, rate: count(k.count) / seconds }))
      .filter((k) => k.rate > least)
      .slice(0, c.maxSourceTargets),
  };
}

/**
 * The sources, if the path has few and they hold most of its excess; else nobody, and the path's own
 * budget of new queries answers (the ceiling lets the closed loop block the addresses that keep sending).
 */
function whoBypasses(
  suspects: Suspects,
  config: SentinelConfig,
  bypass: BypassedPath,
): { targets: DetectionTarget[]; maxAction: ResponseCeiling } {
  const c = config.cacheBypass;
  const excess = Math.max(bypass.rate - bypass.baseline, 1e-9);
  if (count(bypass.path.distinctSources) <= c.maxSourceTargets && suspects.sources.length > 0) {
    const held = suspects.sources.reduce((sum, k) => sum + k.rate, 0);
    if (held >= 0.5 * excess) {
      return {
        targets: suspects.sources.map((k) => target('ip', k.key, k.rate, suspects.windowRate)),
        maxAction: 'block',
      };
    }
  }
  return { targets: [], maxAction: 'block' };
}

export const cacheBypass: DetectorModule<'cache-bypass'> = {
  kind: 'cache-bypass',
  detect: detectCacheBypass,
  confirmWindows: 2,
  label: 'Cache-bypass flood',
  attackPattern: {
    name: 'Cache-bypass flood',
    description: 'Requests with ever-new query strings defeat caches so that every one reaches the origin.',
    capec: [CAPEC.httpFlood],
  },
  unlearning: () => ({ traffic: 'freeze', outcomes: 'slow' }),
  excludesTargets: false,
  startingRung: 'challenge',
};
