// Single-source flood: one address, or one prefix of many addresses, far above the heaviest normal source
// and holding a large share of the window. A prefix is blamed only for what its flooding addresses do not
// explain, and never when it is one the site's own users normally come from. An address that keeps far
// above what the site's steadiest client sends, every second for a few seconds, floods too, at rates a
// page load's burst reaches for a second; and so does a prefix whose addresses together keep far above
// both that and what the prefix itself normally sends (a rented /24 of bots, each slow). Naming the
// prefix costs its regular clients nothing: the responder's decisions carve out clients in good
// standing, and its challenge lets the prefix's new visitors in.

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding } from '../detection.js';
import type { KeyCount, WindowSnapshot } from '../window.js';
import { prefixContains } from './address.js';
import { CAPEC } from './capec.js';
import type { SentinelConfig } from './config.js';
import { regularPrefixShare } from './excess.js';
import { count, fixed, keys, percent, round, share, topKeys, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';
import { NO_SUSTAINED, type SustainedSources } from './sustained.js';

export interface Flooding {
  sources: DetectionTarget[];
  prefixes: DetectionTarget[];
  /** Requests of the window the flooding sources and prefixes account for. */
  requests: number;
  /** Each flooding address's requests in the window. */
  sourceCounts: ReadonlyMap<string, number>;
  sourceThreshold: number;
  /** What a source must keep sending in every second of the sustained span. */
  sustainedThreshold: number;
  prefixThreshold: number;
}

/** The addresses and prefixes flooding this window (shared with the detectors that discount them). */
export function flooding(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  sustained: SustainedSources = NO_SUSTAINED,
): Flooding {
  const h = config.httpFlood;
  const seconds = windowLength(snapshot, config) / 1000;
  const requests = count(snapshot.requests);
  const sourceThreshold = Math.max(h.sourceRateFloor, h.normMultiple * baselines.topSourceRate);
  const sustainedThreshold = Math.max(
    h.sustainedSourceFloor,
    h.sustainedMultiple * baselines.sustainedSourceRate,
  );
  const prefixThreshold = Math.max(h.prefixRateFloor, h.normMultiple * baselines.topPrefixRate);

  const sources: DetectionTarget[] = [];
  const sourceCounts = new Map<string, number>();
  for (const k of keys(snapshot.topSources)) {
    const c = count(k.count);
    const rate = c / seconds;
    if (rate > sourceThreshold && share(c, requests) >= h.sourceMinShare) {
      sources.push({ scope: 'ip', value: k.key, share: round(share(c, requests)), rate: round(rate) });
      sourceCounts.set(k.key, c);
    }
  }
  const inView = new Map(keys(snapshot.topSources).map((k) => [k.key, count(k.count)]));
  for (const s of sustained.sources) {
    if (s.rate <= sustainedThreshold) break;
    const c = inView.get(s.key);
    if (c === undefined || sourceCounts.has(s.key) || share(c, requests) < h.sustainedMinShare) continue;
    sources.push({ scope: 'ip', value: s.key, share: round(share(c, requests)), rate: round(c / seconds) });
    sourceCounts.set(s.key, c);
  }
  const prefixes: DetectionTarget[] = [];
  let prefixRequests = 0;
  const regular = regularPrefixShare(baselines, config);
  const sustainedPrefix = new Map(sustained.prefixes.map((p) => [p.key, p.rate]));
  for (const k of keys(snapshot.topPrefixes)) {
    // The networks the site's own users come from are held to the per-address limits only: a busy hour
    // there is theirs (see baselines.regularPrefixShare).
    if (share(baselines.prefixRate(k.key), baselines.requestRate) >= regular) continue;
    const rest = beyondSources(k, sourceCounts);
    const rate = rest / seconds;
    const over =
      (rate > prefixThreshold && share(rest, requests) >= h.prefixMinShare) ||
      (Math.min(rate, sustainedPrefix.get(k.key) ?? 0) > sustainedPrefixThreshold(k.key, baselines, config) &&
        share(rest, requests) >= h.sustainedMinShare);
    if (over) {
      prefixes.push({ scope: 'cidr', value: k.key, share: round(share(rest, requests)), rate: round(rate) });
      prefixRequests += rest;
    }
  }
  let sourceRequests = 0;
  for (const c of sourceCounts.values()) sourceRequests += c;
  return {
    sources,
    prefixes,
    requests: Math.min(requests, sourceRequests + prefixRequests),
    sourceCounts,
    sourceThreshold,
    sustainedThreshold,
    prefixThreshold,
  };
}

/** A prefix's requests less those of the flooding addresses inside it: what they do not explain. */
export function beyondSources(prefix: KeyCount, sourceCounts: ReadonlyMap<string, number>): number {
  let rest = count(prefix.count);
  for (const [address, c] of sourceCounts) if (prefixContains(prefix.key, address)) rest -= c;
  return rest;
}

/**
 * What a prefix must keep sending, every second of the sustained span, to flood: far above what the
 * site's steadiest client keeps up and what the prefix itself normally sends, and above the floor.
 */
function sustainedPrefixThreshold(prefix: string, baselines: BaselineView, config: SentinelConfig): number {
  const h = config.httpFlood;
  return Math.max(
    h.sustainedPrefixFloor,
    h.sustainedMultiple * baselines.sustainedSourceRate,
    h.sustainedPrefixMultiple * baselines.prefixRate(prefix),
  );
}

export function detectHttpFlood(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
  sustained: SustainedSources = NO_SUSTAINED,
): Finding[] {
  const f = flooding(snapshot, baselines, config, sustained);
  if (f.sources.length === 0 && f.prefixes.length === 0) return [];
  const targets = [...f.sources, ...f.prefixes]
    .sort((a, b) => b.rate - a.rate)
    .slice(0, config.httpFlood.maxTargets);
  const windowMs = windowLength(snapshot, config);
  const requests = count(snapshot.requests);
  const rate = f.requests / (windowMs / 1000);
  const lead = targets[0];
  const who =
    targets.length === 1
      ? `${lead.scope === 'ip' ? 'Address' : 'Prefix'} ${lead.value}`
      : `${f.sources.length} address(es) and ${f.prefixes.length} prefix(es), led by ${lead.value},`;
  return [
    {
      kind: 'http-flood',
      key: 'http-flood',
      targets,
      maxAction: 'block',
      evidence: {
        windowMs,
        observedRate: round(rate),
        baselineRate: round(baselines.topSourceRate),
        topKeys: [
          ...topKeys('ip', snapshot.topSources, requests, 3),
          ...topKeys('cidr', snapshot.topPrefixes, requests, 2),
        ],
        summary: `${who} sent ${fixed(rate)} req/s (${percent(share(f.requests, requests))} of requests); the heaviest normal source sends ${fixed(baselines.topSourceRate)} req/s, the steadiest keeps up ${fixed(baselines.sustainedSourceRate)} req/s${lead.scope === 'cidr' ? `; ${lead.value} normally sends ${fixed(baselines.prefixRate(lead.value))} req/s` : ''}.`,
      },
    },
  ];
}

export const httpFlood: DetectorModule<'http-flood'> = {
  kind: 'http-flood',
  detect: detectHttpFlood,
  confirmWindows: 2,
  label: 'HTTP flood',
  attackPattern: {
    name: 'HTTP flood',
    description: 'Few sources send far more HTTP requests than the service normally receives.',
    capec: [CAPEC.httpFlood, CAPEC.flooding],
  },
  // Its sources are kept out of the baselines (excludesTargets); what is left is learnt slowly.
  unlearning: () => ({ outcomes: 'slow' }),
  excludesTargets: true,
  startingRung: 'challenge',
};
