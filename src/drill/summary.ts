// The drill's result: DrillSummary, the stable shape `breakwater drill --json` prints and runDrill
// returns, and how it is computed from the timeline.

import type { ScenarioName } from './scenarios.js';
import type { SecondCounts, Timeline } from './timeline.js';

export interface DrillSummary {
  /** Version of this shape; it changes only when a field is removed or changes meaning. */
  schema: 1;
  scenario: ScenarioName;
  /** The attack generators that ran (`mixed` runs several), with their rate and number of sources. */
  parts: { name: string; rate: number; sources: number }[];
  /** The target URL as given. */
  target: string;
  /** The loopback address the drill connected to. */
  targetAddress: string;
  /** ISO 8601 time the drill started (legitimate traffic; the attack starts warmupS later). */
  startedAt: string;
  /** Attack duration asked for, in seconds. */
  durationS: number;
  /** Legitimate-only traffic before the attack, in seconds. */
  warmupS: number;
  /** Wall time from start until every socket was closed, in seconds. */
  elapsedS: number;
  stoppedBy: 'duration' | 'interrupted' | 'hard-stop';
  /** Attack sends per second asked for (requests, connections or streams). */
  rate: number;
  sources: number;
  legitRate: number;
  legitimate: {
    sent: number;
    /** Final answer 2xx/3xx (after a solved challenge and redirects). */
    served: number;
    /** 4xx/5xx, an unsolved challenge, a timeout or a cut connection. */
    failed: number;
    /** served / (served + failed); null when nothing finished. */
    successRate: number | null;
    /** Of served requests, from when each was due to its final answer. */
    latencyMs: { p50: number | null; p99: number | null };
  };
  attack: {
    sent: number;
    /** Due by the pacing but not sent: every slot (in-flight bound) was taken. */
    notSent: number;
    /** Answered by the origin, or forwarded and failed there (edge 502/504); for slow attacks, still held at the end. */
    reachedOrigin: number;
    blocked: number;
    challenged: number;
    throttled: number;
    /** The edge's own 503 (overloaded). */
    shed: number;
    /** Timed out, or still in flight when the drill ended. */
    unanswered: number;
    /** blocked + challenged + throttled + shed. */
    stopped: number;
    /** stopped / all outcomes; null when none. */
    stoppedShare: number | null;
  };
  /** Attack start → first detection on the control plane; null without --control or a detections API. */
  timeToDetectS: number | null;
  /** Attack start → start of the first second in which ≥ 90% of attack outcomes were stopped; null if none. */
  timeToMitigateS: number | null;
  /** One entry per second since the drill started. */
  timeline: SecondCounts[];
  /** Anything the reader should know to read the figures (e.g. sources that could not be spread). */
  notes: string[];
}

export interface SummaryInput {
  scenario: ScenarioName;
  parts: DrillSummary['parts'];
  target: string;
  targetAddress: string;
  startedAt: Date;
  durationS: number;
  warmupS: number;
  elapsedS: number;
  stoppedBy: DrillSummary['stoppedBy'];
  rate: number;
  sources: number;
  legitRate: number;
  notSent: number;
  timeToDetectS: number | undefined;
  notes: string[];
}

/** Share of attack outcomes in a second that must be stopped for it to count as mitigated. */
export const MITIGATED_SHARE = 0.9;

export function summarize(timeline: Timeline, input: SummaryInput): DrillSummary {
  const { attack, legit } = timeline;
  const finished = legit.served + legit.failed;
  const outcomes = attack.stopped + attack.reached + attack.unanswered;
  const sorted = [...timeline.servedLatencies].sort((a, b) => a - b);
  return {
    schema: 1,
    scenario: input.scenario,
    parts: input.parts,
    target: input.target,
    targetAddress: input.targetAddress,
    startedAt: input.startedAt.toISOString(),
    durationS: input.durationS,
    warmupS: input.warmupS,
    elapsedS: round(input.elapsedS, 3),
    stoppedBy: input.stoppedBy,
    rate: input.rate,
    sources: input.sources,
    legitRate: input.legitRate,
    legitimate: {
      sent: legit.sent,
      served: legit.served,
      failed: legit.failed,
      successRate: finished === 0 ? null : round(legit.served / finished, 4),
      latencyMs: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) },
    },
    attack: {
      sent: attack.sent,
      notSent: input.notSent,
      reachedOrigin: attack.reached,
      blocked: attack.blocked,
      challenged: attack.challenged,
      throttled: attack.throttled,
      shed: attack.shed,
      unanswered: attack.unanswered,
      stopped: attack.stopped,
      stoppedShare: outcomes === 0 ? null : round(attack.stopped / outcomes, 4),
    },
    timeToDetectS: input.timeToDetectS === undefined ? null : round(input.timeToDetectS, 3),
    timeToMitigateS: timeToMitigate(timeline.seconds, input.warmupS, minimumSample(input.rate)),
    timeline: timeline.seconds,
    notes: input.notes,
  };
}

/** Seconds from the attack start to the first second with ≥ 90% of at least `least` outcomes stopped. */
export function timeToMitigate(
  seconds: readonly SecondCounts[],
  attackStartS: number,
  least: number,
): number | null {
  for (const entry of seconds) {
    if (entry.second < attackStartS) continue;
    const { stopped, reached, unanswered } = entry.attack;
    const total = stopped + reached + unanswered;
    if (total >= least && stopped >= MITIGATED_SHARE * total) return entry.second - attackStartS;
  }
  return null;
}

/** A second needs this many outcomes to judge it: 10, or half the rate when that is lower. */
export function minimumSample(rate: number): number {
  return Math.max(1, Math.min(10, Math.floor(rate / 2)));
}

/** Nearest-rank percentile of ascending values, rounded to 0.1 ms; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return round(sorted[rank], 1);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
