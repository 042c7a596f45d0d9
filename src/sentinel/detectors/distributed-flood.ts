// Distributed flood: traffic well above normal that no flooding source and no bypassed path explains.
// Who holds the excess (a rare fingerprint, a few prefixes) decides the targets; a crowd is never blocked.
//
// The flash-crowd rule. A crowd of real users and a flood from many slow sources both raise the rate and
// bring new sources, and real visitors have no challenge pass yet; what tells them apart is how the
// excess is spread:
// - a flood tool concentrates: fingerprints that normal traffic rarely uses hold most of the excess (one,
//   or a few when the tool rotates its user agent), or a few prefixes do (rented servers, one provider's
//   proxies), each sending far more than its own baseline plausibly could and as much as several
//   average sources (one visitor's page load is not a prefix flood, nor is a busy regular's office
//   having a busy second);
// - a crowd spreads like normal traffic: the usual fingerprint mix, prefixes everywhere. A flood that
//   copies a browser's fingerprint from everywhere looks the same, and is treated the same;
// - excess that mostly comes from the prefixes normal traffic comes from is the site's own users getting
//   busier: not reported while the origin copes, read as a crowd once it strains.
// Ceilings follow. Concentrated excess may be blocked once the baselines are warm, unless most of the
// window carries challenge passes. Spread excess is `observe` while the origin is healthy and `challenge`
// once it strains (errors or latency past the origin-distress thresholds): a challenge costs a real
// browser a moment and stops a dumb flood; spread excess never justifies a block.

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding, ResponseCeiling } from '../detection.js';
import type { KeyCount, WindowSnapshot } from '../window.js';
import { bypassedPaths } from './cache-bypass.js';
import { CAPEC } from './capec.js';
import type { SentinelConfig } from './config.js';
import { concentration, excessByKey, type KeyExcess, prefixRule, regularPrefixShare } from './excess.js';
import { beyondSources, type Flooding, flooding } from './http-flood.js';
import { count, fixed, keys, percent, round, share, target, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';
import { originHealth } from './origin-distress.js';
import { NO_SUSTAINED, type SustainedSources } from './sustained.js';

export function detectDistributedFlood(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  sustained: SustainedSources = NO_SUSTAINED,
): Finding[] {
  const d = config.distributedFlood;
  const windowMs = windowLength(snapshot, config);
  const seconds = windowMs / 1000;
  const requests = count(snapshot.requests);
  const windowRate = requests / seconds;

  const flood = flooding(snapshot, baselines, config, sustained);
  const bypassed = bypassedPaths(snapshot, baselines, config).reduce(
    (sum, b) => sum + count(b.path.requests),
    0,
  );
  // What the flooding sources and the bypassed paths surely explain. The window does not say how much of
  // a bypassed path's traffic came from the flooding sources: often all of it (one range flooding a
  // search page is both), so the two are not added, or a flood beside them would be explained away twice.
  const explained = Math.max(flood.requests, bypassed);
  const rate = Math.max(0, requests - explained) / seconds;
  const normal = baselines.requestRate;
  const health = originHealth(snapshot, baselines, config);
  const strained = health.failing || health.slow;
  // The floor keeps a small site's busy minute from reading as a flood while the origin copes; it is
  // lower when the traffic comes from many more sources than normal (hundreds of addresses each sending
  // little are no busy minute of the site's own clients). Once the origin strains, the edge sees no more
  // than the origin lets its clients send (a tool waiting on its answers slows down with it), so the
  // floor would hide the very flood that strains it: the multiple alone holds.
  const floor = strained ? 0 : manySources(snapshot, baselines, config) ? d.spreadRateFloor : d.rateFloor;
  if (rate <= Math.max(floor, d.baselineMultiple * normal)) return [];
  const excess = rate - normal;

  const fingerprints = excessByKey(
    keys(snapshot.topFingerprints),
    seconds,
    (k) => baselines.fingerprintRate(k),
    excess,
    normal,
    windowRate,
  );
  const prefixRanking = excessByKey(
    beyondFlooding(keys(snapshot.topPrefixes), flood),
    seconds,
    (k) => baselines.prefixRate(k),
    excess,
    normal,
    windowRate,
  );
  // Excess mostly from the networks the site's normal traffic comes from is its own users getting busier
  // (an office arriving in the morning), whatever fingerprints their browsers show as they sign in.
  const regular = regularPrefixShare(baselines, config);
  const regulars = prefixRanking
    .filter((p) => p.baselineShare >= regular)
    .reduce((total, p) => total + p.excessShare, 0);
  const fromRegulars = regulars >= d.prefixExcessShare;
  const prefixes = fromRegulars
    ? undefined
    : concentration(
        prefixRanking.filter((p) => p.baselineShare < regular),
        prefixRule(d, baselines, snapshot, seconds),
      );
  // Rare fingerprints that each hold more of the excess than a rare one holds of normal traffic, and
  // together hold `fingerprintExcessShare` of it: one tool, or one tool rotating its user agents. None
  // while the baselines are cold: a young baseline has learnt the flood's first second (every normal
  // fingerprint then looks rare beside it) and not the fingerprints the site's own clients show later
  // in their sessions (signed in, from a page), so it would name the site's app and browsers.
  const rare =
    fromRegulars || !baselines.warm
      ? undefined
      : concentration(
          fingerprints.filter((f) => f.baselineShare < d.rareFingerprintShare),
          {
            minShare: d.rareFingerprintShare,
            minRate: 0,
            surprise: 0,
            burst: 1,
            seconds,
            needShare: d.fingerprintExcessShare,
            maxKeys: d.maxFingerprintTargets,
          },
        );
  const fpTargets = (rare ?? []).map((f) => target('fingerprint', f.key, f.rate, windowRate));
  const verified = share(count(snapshot.verifiedRequests), requests);
  const blockable = baselines.warm && verified < d.verifiedShareForCrowd;
  // The site's own users getting busier while the origin copes is no attack: nothing is reported, and
  // the baselines learn the new level at full speed (a reported crowd would slow them down, and the
  // next busy hour would then look like a flood against a stale normal).
  if (fromRegulars && !strained) return [];

  let targets: DetectionTarget[];
  let maxAction: ResponseCeiling;
  let reading: string;
  if (prefixes) {
    targets = prefixes.map((p) => target('cidr', p.key, p.rate, windowRate));
    targets.push(...fpTargets);
    maxAction = blockable ? 'block' : 'challenge';
    reading = `${prefixes.length} prefix(es) hold ${percent(sum(prefixes))} of the excess`;
  } else if (rare) {
    targets = fpTargets;
    maxAction = blockable ? 'block' : 'challenge';
    const normally = rare.reduce((total, f) => total + f.baselineShare, 0);
    reading =
      rare.length === 1
        ? `fingerprint ${rare[0].key} holds ${percent(rare[0].excessShare)} of the excess (normally ${percent(normally)} of traffic)`
        : `${rare.length} fingerprints, led by ${rare[0].key}, hold ${percent(sum(rare))} of the excess (normally ${percent(normally)} of traffic)`;
  } else {
    // A crowd is only observed, so nobody is named; if the origin strains, the fingerprints that hold
    // most of the excess are challenged (real browsers pass, a copied fingerprint's flood does not).
    maxAction = strained ? 'challenge' : 'observe';
    const spread = strained
      ? concentration(fingerprints, {
          minShare: 0,
          minRate: 0,
          surprise: 0,
          burst: 1,
          seconds,
          needShare: 0.5,
          maxKeys: 4,
        })
      : undefined;
    targets = (spread ?? []).map((f) => target('fingerprint', f.key, f.rate, windowRate));
    reading = `the excess ${fromRegulars ? `comes from the networks normal traffic comes from (${percent(regulars)})` : 'is spread like normal traffic'} and the origin is ${strained ? 'straining' : 'healthy'}`;
  }

  const newRate = count(snapshot.newSourceRequests) / seconds;
  const newExcess = newRate - baselines.newSourceShare * normal;
  const surge = baselines.warm && newExcess >= d.newSourceExcessShare * excess;
  const { path, routeKind } = busiestExcessPath(snapshot, baselines, excess, seconds, d.pathExcessShare);
  const sources = count(snapshot.distinctSources);

  return [
    {
      kind: 'distributed-flood',
      key: 'distributed-flood',
      path,
      routeKind,
      targets,
      maxAction,
      evidence: {
        windowMs,
        observedRate: round(rate),
        baselineRate: round(normal),
        topKeys: [
          ...fingerprints.slice(0, 3).map((f) => keyOf('fingerprint', f, seconds)),
          ...prefixRanking.slice(0, 3).map((p) => keyOf('cidr', p, seconds)),
        ],
        summary: `${fixed(rate)} req/s against a normal ${fixed(normal)} from ${fixed(sources)} sources${surge ? `, ${percent(share(newRate, rate))} from new ones` : ''}${path ? `, mostly on ${path}` : ''}: ${reading}.`,
      },
    },
  ];
}

/**
 * Whether the view comes from many more sources than normal: at least `spreadMinSources`, and
 * `spreadSourceMultiple` times the count the baselines expect in a view (normal rate over requests per
 * source). Never while the baselines are cold: they do not know the normal count yet.
 */
function manySources(snapshot: WindowSnapshot, baselines: BaselineView, config: SentinelConfig): boolean {
  if (!baselines.warm) return false;
  const d = config.distributedFlood;
  const seconds = windowLength(snapshot, config) / 1000;
  const expected = (baselines.requestRate * seconds) / baselines.requestsPerSource;
  const sources = count(snapshot.distinctSources);
  return sources >= Math.max(d.spreadMinSources, d.spreadSourceMultiple * expected);
}

/**
 * The prefixes with what the flooding answers taken out: flooding prefixes left out, a flooding
 * address's requests taken from its prefix's (its neighbours are not named for what it sends).
 */
function beyondFlooding(prefixes: readonly KeyCount[], flood: Flooding): KeyCount[] {
  const flooded = new Set(flood.prefixes.map((p) => p.value));
  const out: KeyCount[] = [];
  for (const k of prefixes) {
    if (flooded.has(k.key)) continue;
    const rest = beyondSources(k, flood.sourceCounts);
    if (rest > 0) out.push(rest === k.count ? k : { key: k.key, count: rest });
  }
  return out;
}

function sum(keys: readonly KeyExcess[]): number {
  return keys.reduce((total, k) => total + k.excessShare, 0);
}

function keyOf(scope: string, k: KeyExcess, seconds: number) {
  return { key: `${scope}:${k.key}`, count: Math.round(k.rate * seconds), share: round(k.share) };
}

/** The path holding `needShare` of the excess, if one does, and the route kind most of the excess hit. */
function busiestExcessPath(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  excess: number,
  seconds: number,
  needShare: number,
): { path?: string; routeKind?: 'api' | 'browser' } {
  let best: { path: string; held: number; kind: 'api' | 'browser' } | undefined;
  const byKind = { api: 0, browser: 0 };
  for (const p of Array.isArray(snapshot.paths) ? snapshot.paths : []) {
    const held = Math.max(0, count(p.requests) / seconds - baselines.pathRate(p.path));
    byKind[p.kind === 'api' ? 'api' : 'browser'] += held;
    if (!best || held > best.held) best = { path: p.path, held, kind: p.kind };
  }
  if (best && share(best.held, excess) >= needShare) return { path: best.path, routeKind: best.kind };
  if (byKind.api === 0 && byKind.browser === 0) return {};
  return { routeKind: byKind.api > byKind.browser ? 'api' : 'browser' };
}

export const distributedFlood: DetectorModule<'distributed-flood'> = {
  kind: 'distributed-flood',
  detect: detectDistributedFlood,
  confirmWindows: 2,
  label: 'Distributed flood',
  attackPattern: {
    name: 'Distributed HTTP flood',
    description:
      'Many sources, each sending few requests, together flood the service; they share a client fingerprint or are new.',
    capec: [CAPEC.httpFlood, CAPEC.flooding],
  },
  // A surge that may be a crowd is learnt slowly; one the detector would act on is an attack.
  unlearning: (maxAction) => ({ traffic: maxAction === 'observe' ? 'slow' : 'freeze', outcomes: 'slow' }),
  excludesTargets: false,
  startingRung: 'challenge',
};
