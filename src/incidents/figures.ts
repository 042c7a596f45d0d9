// The figures an incident is judged by: time to detect, to mitigate and to recover, the peak attack
// rate, attack requests stopped and legitimate requests affected, from the lifecycle's facts and the
// edge's traffic history. Pure: facts and traffic points in, figures out.
//
// Traffic points do not tell attack requests from legitimate ones, so two counts are estimates:
// - attack requests stopped: requests refused at the edge (blocked, challenged, throttled) above the
//   rate refused before the attack; a legitimate client challenged during the attack counts here too
//   (it solves the challenge and gets through);
// - legitimate requests affected: requests shed or failed at the origin above the rate before the
//   attack, times the share of the traffic that legitimate clients made up (their pre-attack rate over
//   the rate seen at that moment).
// "Before the attack" is the five minutes ahead of it; after a cold start with no history, the lowest
// rate of requests let through during the incident (once the attack is refused, about the legitimate
// clients alone) stands in for the legitimate rate, with nothing refused or failing.

import type { TrafficPoint } from '../store/traffic-repository.js';
import type { IncidentFigures } from './incident.js';

/** How far back before the attack normal traffic is read. */
export const BASELINE_MS = 5 * 60_000;
/** The origin counts as recovered once its figures stay at baseline this long. */
export const RECOVERY_HOLD_MS = 5_000;
/** Traffic points read per incident at most: longer incidents are read in coarser steps. */
const MAX_POINTS = 900;

/** The step to read traffic over [since, until) in: a second, or whole seconds enough to stay under MAX_POINTS. */
export function trafficStep(since: number, until: number): number {
  return Math.max(1, Math.ceil((until - since) / 1000 / MAX_POINTS)) * 1000;
}

export interface FigureFacts {
  /** Start of the first window that showed the attack (the first detection's startedAt). */
  attackStartedAt: number;
  /** When the first detection was confirmed. */
  detectedAt: number;
  mitigatedAt: number | null;
  /** When every detection had cleared, or null while the attack goes on. */
  endedAt: number | null;
  /** Highest rate in the detections' evidence, requests per second. */
  peakAttackRate: number;
  /** End of the period measured: now, or when the incident was resolved. */
  until: number;
}

export interface Measured {
  figures: IncidentFigures;
  /** Legitimate requests affected over those legitimate clients would have made, 0 to 1. */
  legitimateShare: number;
}

interface Baseline {
  /** Per second. */
  requests: number;
  refused: number;
  failed: number;
  originErrors: number;
  p99Ms: number | null;
}

const seconds = (p: TrafficPoint) => Math.max(p.stepMs, 1) / 1000;
const total = (p: TrafficPoint) => p.allowed + p.challenged + p.throttled + p.blocked + p.shed;
const refused = (p: TrafficPoint) => p.challenged + p.throttled + p.blocked;
const failed = (p: TrafficPoint) => p.shed + p.originErrors;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function baselineOf(before: TrafficPoint[], during: TrafficPoint[]): Baseline {
  const p99s = (points: TrafficPoint[]) =>
    points.map((p) => p.latencyP99Ms).filter((v): v is number => v !== null);
  if (before.length === 0) {
    const rates = during.map((p) => p.allowed / seconds(p));
    const lowP99 = p99s(during);
    return {
      requests: rates.length > 0 ? Math.min(...rates) : 0,
      refused: 0,
      failed: 0,
      originErrors: 0,
      p99Ms: lowP99.length > 0 ? Math.min(...lowP99) : null,
    };
  }
  const rate = (f: (p: TrafficPoint) => number) => median(before.map((p) => f(p) / seconds(p))) ?? 0;
  return {
    requests: rate(total),
    refused: rate(refused),
    failed: rate(failed),
    originErrors: rate((p) => p.originErrors),
    p99Ms: median(p99s(before)),
  };
}

function atBaseline(p: TrafficPoint, base: Baseline): boolean {
  const errors = p.originErrors / seconds(p);
  if (errors > Math.max(2 * base.originErrors, base.originErrors + 1)) return false;
  if (p.latencyP99Ms === null || base.p99Ms === null) return true;
  return p.latencyP99Ms <= Math.max(1.5 * base.p99Ms, base.p99Ms + 50);
}

/** Start of the first run of points at baseline lasting RECOVERY_HOLD_MS, from `from` on. */
function recoveredAt(points: TrafficPoint[], from: number, base: Baseline): number | null {
  let runStart: number | null = null;
  let held = 0;
  for (const p of points) {
    if (p.at + p.stepMs <= from) continue;
    if (!atBaseline(p, base)) {
      runStart = null;
      held = 0;
      continue;
    }
    runStart ??= Math.max(p.at, from);
    held += p.stepMs;
    if (held >= RECOVERY_HOLD_MS) return runStart;
  }
  return null;
}

export function measureIncident(facts: FigureFacts, traffic: readonly TrafficPoint[]): Measured {
  const points = [...traffic].sort((a, b) => a.at - b.at);
  const before = points.filter(
    (p) => p.at < facts.attackStartedAt && p.at >= facts.attackStartedAt - BASELINE_MS,
  );
  const during = points.filter((p) => p.at >= facts.attackStartedAt && p.at < facts.until);
  const base = baselineOf(before, during);

  let stopped = 0;
  let affected = 0;
  let expected = 0;
  for (const p of during) {
    const s = seconds(p);
    const legitimate = base.requests * s;
    stopped += Math.max(0, refused(p) - base.refused * s);
    const all = total(p);
    const legitimateShare = all > 0 ? Math.min(1, legitimate / all) : 0;
    affected += Math.max(0, failed(p) - base.failed * s) * legitimateShare;
    expected += legitimate;
  }

  const from = facts.mitigatedAt ?? facts.endedAt;
  const recovered = from === null ? null : recoveredAt(during, from, base);
  const since = (t: number | null) => (t === null ? null : Math.max(0, t - facts.attackStartedAt));
  return {
    figures: {
      attackStartedAt: facts.attackStartedAt,
      detectedAt: facts.detectedAt,
      mitigatedAt: facts.mitigatedAt,
      recoveredAt: recovered,
      timeToDetectMs: Math.max(0, facts.detectedAt - facts.attackStartedAt),
      timeToMitigateMs: since(facts.mitigatedAt),
      timeToRecoverMs: since(recovered),
      peakAttackRate: facts.peakAttackRate,
      attackRequestsStopped: Math.round(stopped),
      legitimateRequestsAffected: Math.round(affected),
    },
    legitimateShare: expected > 0 ? Math.min(1, affected / expected) : 0,
  };
}
