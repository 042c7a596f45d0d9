// The sentinel's thresholds in one place: windows, detection lifecycle, baselines and every detector,
// with the defaults a fresh install runs on. Rates are per second; shares are fractions of 1. Detectors
// read the recent view (the last `viewWindows` windows merged), so "in the view" means in the last second.

import type { DetectionKind } from '../detection.js';
import { perKind } from './index.js';

export interface SentinelConfig {
  window: {
    /** Taken as a window's length when its bounds are unusable (end ≤ start, not finite). */
    nominalMs: number;
    /** Windows are read as at least this long, so a tiny window cannot fake a huge rate. */
    minMs: number;
    /** …and at most this long (a window, or the merged view), so a stalled tally's late window cannot
     * move the baselines by much. */
    maxMs: number;
    /** A gap this long between windows ends every active detection: nobody watched in between. */
    staleAfterMs: number;
    /** Detectors and baselines read the latest this-many windows merged (4 × 250 ms: the last second). */
    viewWindows: number;
    /** A source's sustained rate is the least it sent in each of the latest this-many views (3: each of
     * the last three seconds), so a burst shorter than a second is never a sustained rate. */
    sustainViews: number;
  };
  lifecycle: {
    /** Windows with a finding before it becomes a detection; one window without it in between is
     * forgiven, two in a row start the count again. */
    confirmWindows: Record<DetectionKind, number>;
    /** Consecutive quiet windows before an active detection clears. */
    clearAfterWindows: number;
  };
  baselines: {
    /** EWMA half-life once warm. */
    halfLifeMs: number;
    /** Until this much traffic time has been seen the baselines are "warming": they learn as a running
     * mean (half-life = time seen so far) and distributed evidence cannot justify a block. */
    warmupMs: number;
    /** One window moves a baseline as if it had seen at most `maxStep`× (or 1/`maxStep`×) its value. */
    maxStep: number;
    /** While a crowd-like surge is detected, baselines learn this much slower (attacks freeze them). */
    slowFactor: number;
    /** Per-key baselines kept (fingerprints, prefixes, paths each). */
    maxKeys: number;
    /** A prefix whose baseline carries this share of normal traffic is where the site's own users come
     * from (an office, a campus): its growth is theirs, so it is never named as a flooding prefix nor
     * as one holding a distributed flood's excess (its addresses are still held to the per-address
     * limits), and excess it holds with the other such prefixes is the site's users getting busier.
     * Only once the baselines are warm. */
    regularPrefixShare: number;
    /** Cold-start floors: the least each baseline is ever taken to be. */
    floors: {
      requestRate: number;
      topSourceRate: number;
      sustainedSourceRate: number;
      topPrefixRate: number;
      pathRate: number;
      errorShare: number;
      latencyP99Ms: number;
      loginFailureRate: number;
      loginAttemptRate: number;
      slowCloseRate: number;
      pending: number;
    };
  };
  httpFlood: {
    /** A source must send more than max(floor, normMultiple × the heaviest normal source), over the
     * recent view (the last second): a browser's first page load (tens of requests) stays under it. */
    sourceRateFloor: number;
    prefixRateFloor: number;
    normMultiple: number;
    /** …and hold at least this share of the view's requests. */
    sourceMinShare: number;
    prefixMinShare: number;
    /** A source whose sustained rate (window.sustainViews) is above max(sustainedSourceFloor,
     * sustainedMultiple × the steadiest normal source's), with `sustainedMinShare` of the view, floods
     * too: the site's own clients send a few requests a second, and one that keeps far above them for
     * seconds is no page load (a busy regular of a busy site, growing with it, holds a small share). */
    sustainedSourceFloor: number;
    sustainedMultiple: number;
    sustainedMinShare: number;
    /** A prefix (/24, /48) the site's users do not normally come from, whose addresses together keep
     * above max(sustainedPrefixFloor, sustainedMultiple × the steadiest normal source's sustained rate,
     * sustainedPrefixMultiple × its own baseline), beyond what its flooding addresses explain, with
     * `sustainedMinShare` of the view, floods too: a rented /24 of bots each sending a request or two a
     * second. A page load's burst never keeps up for seconds, and a prefix the site's users come from
     * (a company's NAT) is measured against its own baseline. That multiple is smaller than the others:
     * a flood's prefix keeps what it taught the baselines in the seconds before it was named (its
     * requests are then kept out of them), and while the baselines are young they learn fast (a running
     * mean): 6× would let a flood that starts on a young Breakwater name itself away. */
    sustainedPrefixFloor: number;
    sustainedPrefixMultiple: number;
    maxTargets: number;
  };
  distributedFlood: {
    /** Traffic not explained by single sources or cache bypass must exceed max(floor, multiple × baseline). */
    rateFloor: number;
    baselineMultiple: number;
    /** …or, once the baselines are warm and it comes from many more sources than normal (at least
     * `spreadMinSources`, and `spreadSourceMultiple` × the view's normal count of sources),
     * max(spreadRateFloor, multiple × baseline): a low-rate flood from hundreds of addresses, not one
     * person's page load nor the site's own users. */
    spreadRateFloor: number;
    spreadMinSources: number;
    spreadSourceMultiple: number;
    /** Fingerprints hold the excess when, each used by less than `rareFingerprintShare` of normal
     * traffic and each holding at least that share of the excess, together they hold this share of it
     * (a fingerprint real browsers share is never singled out); at most `maxFingerprintTargets`. */
    fingerprintExcessShare: number;
    rareFingerprintShare: number;
    maxFingerprintTargets: number;
    /** Prefixes hold the excess when those with at least `prefixMinExcessShare` of it each, sending as
     * much as `prefixMinSources` average sources of the window, `prefixSurprise` standard deviations
     * above their own baseline (bursty Poisson noise) and `prefixMultiple` times it, together hold
     * `prefixExcessShare` of it. One visitor's burst or a busy regular is not a prefix holding the
     * excess; a rented /24 of bots is. The multiple is the http flood's sustained-prefix one: the
     * site's own browsers, bunched by a stalled second (theirs or the gateway's), send two or three
     * times their usual for a moment, and a young baseline's Poisson bound lets that through. */
    prefixExcessShare: number;
    prefixMinExcessShare: number;
    prefixMinSources: number;
    prefixSurprise: number;
    prefixMultiple: number;
    maxPrefixTargets: number;
    /** A view this verified (challenge passes) is never answered with blocks. */
    verifiedShareForCrowd: number;
    /** One path holding this share of the excess names the detection's path. */
    pathExcessShare: number;
    /** New sources holding this share of the excess is reported as a surge of new clients. */
    newSourceExcessShare: number;
  };
  cacheBypass: {
    /** A path must take more than max(floor, multiple × its baseline). */
    pathRateFloor: number;
    baselineMultiple: number;
    /** Share of the path's requests that carry a query string. */
    queryShare: number;
    /** Distinct query strings per request with a query, and at least `pathRateFloor` requests with a
     * query per second (at low counts every query looks unique). */
    uniqueQueryShare: number;
    /** Sources on the path are few enough to name when the path has at most this many; a named source
     * sends at least `sourceRateFloor` and more than the heaviest normal source. */
    maxSourceTargets: number;
    sourceRateFloor: number;
  };
  slowClients: {
    /** Header-phase connections held open by one source / one prefix. */
    pendingSourceFloor: number;
    pendingPrefixFloor: number;
    /** Connections closed for slowness per second, per source / per prefix, and at least `minCloses`
     * of them in the view (one close is not a rate). */
    closeSourceRateFloor: number;
    closePrefixRateFloor: number;
    minCloses: number;
    /** All pending header-phase connections: max(floor, multiple × baseline). */
    pendingTotalFloor: number;
    pendingMultiple: number;
    maxTargets: number;
  };
  credentialStuffing: {
    /** Failed logins per second from one source / one prefix, and at least `minFailures` of them in
     * the view (a typo or two is not a rate; no person fails three logins in a second). */
    sourceFailureRateFloor: number;
    prefixFailureRateFloor: number;
    minFailures: number;
    /** All failures: max(floor, multiple × baseline), with attempts above attemptMultiple × baseline
     * (an auth outage fails logins without adding attempts) and from many sources. */
    totalFailureRateFloor: number;
    baselineMultiple: number;
    attemptMultiple: number;
    minDistinctSources: number;
    prefixExcessShare: number;
    maxTargets: number;
  };
  originDistress: {
    /** 5xx and origin errors over answers: max(floor, multiple × baseline). */
    errorShareFloor: number;
    errorShareMultiple: number;
    /** p99 latency: max(floor, multiple × baseline). */
    latencyP99FloorMs: number;
    latencyMultiple: number;
    /** Fewer answers (or latency samples) than this in the view say nothing, nor fewer errors than
     * `minErrors`: one 5xx among ten answers is not distress. */
    minOutcomes: number;
    minErrors: number;
  };
}

export const defaultSentinelConfig: SentinelConfig = {
  window: {
    nominalMs: 250,
    minMs: 50,
    maxMs: 60_000,
    staleAfterMs: 10_000,
    viewWindows: 4,
    sustainViews: 3,
  },
  lifecycle: {
    confirmWindows: perKind((detector) => detector.confirmWindows),
    clearAfterWindows: 8,
  },
  baselines: {
    halfLifeMs: 60_000,
    warmupMs: 20_000,
    maxStep: 2,
    slowFactor: 0.1,
    maxKeys: 256,
    regularPrefixShare: 0.1,
    floors: {
      requestRate: 5,
      topSourceRate: 2,
      sustainedSourceRate: 1,
      topPrefixRate: 4,
      pathRate: 1,
      errorShare: 0.01,
      latencyP99Ms: 100,
      loginFailureRate: 0.2,
      loginAttemptRate: 0.5,
      slowCloseRate: 0.2,
      pending: 10,
    },
  },
  httpFlood: {
    sourceRateFloor: 50,
    prefixRateFloor: 100,
    normMultiple: 4,
    sourceMinShare: 0.1,
    prefixMinShare: 0.2,
    sustainedSourceFloor: 20,
    sustainedMultiple: 6,
    sustainedMinShare: 0.2,
    sustainedPrefixFloor: 15,
    sustainedPrefixMultiple: 3,
    maxTargets: 16,
  },
  distributedFlood: {
    rateFloor: 100,
    baselineMultiple: 3,
    spreadRateFloor: 40,
    spreadMinSources: 50,
    spreadSourceMultiple: 3,
    fingerprintExcessShare: 0.5,
    rareFingerprintShare: 0.1,
    maxFingerprintTargets: 8,
    prefixExcessShare: 0.5,
    prefixMinExcessShare: 0.05,
    prefixMinSources: 6,
    prefixSurprise: 4,
    prefixMultiple: 3,
    maxPrefixTargets: 16,
    verifiedShareForCrowd: 0.5,
    pathExcessShare: 0.6,
    newSourceExcessShare: 0.5,
  },
  cacheBypass: {
    pathRateFloor: 40,
    baselineMultiple: 3,
    queryShare: 0.5,
    uniqueQueryShare: 0.8,
    maxSourceTargets: 16,
    sourceRateFloor: 5,
  },
  slowClients: {
    pendingSourceFloor: 20,
    pendingPrefixFloor: 50,
    closeSourceRateFloor: 3,
    closePrefixRateFloor: 10,
    minCloses: 3,
    pendingTotalFloor: 500,
    pendingMultiple: 4,
    maxTargets: 16,
  },
  credentialStuffing: {
    sourceFailureRateFloor: 3,
    prefixFailureRateFloor: 12,
    minFailures: 3,
    totalFailureRateFloor: 10,
    baselineMultiple: 4,
    attemptMultiple: 2,
    minDistinctSources: 10,
    prefixExcessShare: 0.5,
    maxTargets: 16,
  },
  originDistress: {
    errorShareFloor: 0.08,
    errorShareMultiple: 4,
    latencyP99FloorMs: 1_500,
    latencyMultiple: 4,
    minOutcomes: 15,
    minErrors: 4,
  },
};

/** Overrides: any section, and within a section any field. */
export type SentinelOverrides = {
  [S in keyof SentinelConfig]?: Partial<SentinelConfig[S]>;
};

/** The defaults with `overrides` applied section by section. */
export function sentinelConfig(overrides: SentinelOverrides = {}): SentinelConfig {
  const d = defaultSentinelConfig;
  const o = overrides;
  return {
    window: { ...d.window, ...o.window },
    lifecycle: {
      ...d.lifecycle,
      ...o.lifecycle,
      confirmWindows: { ...d.lifecycle.confirmWindows, ...o.lifecycle?.confirmWindows },
    },
    baselines: {
      ...d.baselines,
      ...o.baselines,
      floors: { ...d.baselines.floors, ...o.baselines?.floors },
    },
    httpFlood: { ...d.httpFlood, ...o.httpFlood },
    distributedFlood: { ...d.distributedFlood, ...o.distributedFlood },
    cacheBypass: { ...d.cacheBypass, ...o.cacheBypass },
    slowClients: { ...d.slowClients, ...o.slowClients },
    credentialStuffing: { ...d.credentialStuffing, ...o.credentialStuffing },
    originDistress: { ...d.originDistress, ...o.originDistress },
  };
}
