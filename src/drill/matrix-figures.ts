// The matrix's figures and invariants, from what the origin itself received: time to mitigate (attack
// start → the first second from which at least 90% of the attack is stopped before the origin, held
// until the attack ends), what still reached the origin after that, and the checks every case must pass.

import { MITIGATED_SHARE } from './summary.js';

export interface Mitigation {
  /** Seconds from the attack start; null when the attack was never held to ≤ 10% at the origin. */
  timeToMitigateS: number | null;
  /** Attack requests sent from that second on (the whole attack when never mitigated). */
  sentAfter: number;
  /** Of those, how many the origin received. */
  reachedAfter: number;
  /** reachedAfter / sentAfter; null when nothing was sent. */
  shareAfter: number | null;
}

/**
 * From the attack's sends and the origin's arrivals, second by second (index 0 is the attack's first
 * second): the first second from which every later second with sends had at most 10% of them arrive.
 */
export function mitigationAtOrigin(sent: readonly number[], reached: readonly number[]): Mitigation {
  let from: number | null = null;
  for (let s = sent.length - 1; s >= 0; s--) {
    if (sent[s] > 0 && reached[s] > (1 - MITIGATED_SHARE) * sent[s]) break;
    if (sent[s] > 0) from = s;
  }
  const start = from ?? 0;
  const sentAfter = sum(sent.slice(start));
  const reachedAfter = sum(reached.slice(start));
  return {
    timeToMitigateS: from,
    sentAfter,
    reachedAfter,
    shareAfter: sentAfter === 0 ? null : round(reachedAfter / sentAfter, 4),
  };
}

/** DESIGN.md's bounds for every case of the matrix. */
export const MATRIX_INVARIANTS = {
  /** Legitimate success through the defence, each kind of client and all together. */
  legitSuccess: 0.99,
  /** Attack reaching the origin after mitigation, of what was sent (goal: 0.01). */
  reachedAfter: 0.05,
  reachedAfterGoal: 0.01,
  /** Median time to mitigate across the matrix, seconds. */
  medianTimeToMitigateS: 2,
  /** A kind of legitimate client is judged on its own only past this many finished requests. */
  leastFinished: 20,
} as const;

export interface CaseFigures {
  /** Success of each kind of legitimate client that ran, and of all together. */
  legitSuccess: { all: number | null; byKind: Record<string, { finished: number; rate: number | null }> };
  mitigation: Mitigation;
  /** Automatic decisions naming a client in good standing, or null when decisions could not be read. */
  decisionsOnGoodStanding: string[] | null;
  /** Requests of clients in good standing that the edge turned away (throttled, challenged, blocked). */
  goodStandingTurnedAway: number;
}

/** The invariants a case breaks, in words; `unprotected` is the same case's legitimate success straight to the origin. */
export function brokenInvariants(f: CaseFigures, unprotected?: number | null): string[] {
  const out: string[] = [];
  const { legitSuccess: least, leastFinished, reachedAfter } = MATRIX_INVARIANTS;
  const low = Object.entries(f.legitSuccess.byKind).filter(
    ([, k]) => k.finished >= leastFinished && k.rate !== null && k.rate < least,
  );
  if ((f.legitSuccess.all !== null && f.legitSuccess.all < least) || low.length > 0) {
    const kinds = low.map(([kind, k]) => `${kind} ${percent(k.rate)}`).join(', ');
    out.push(`legitimate success < 99% (all ${percent(f.legitSuccess.all)}${kinds ? `; ${kinds}` : ''})`);
  }
  if (unprotected != null && f.legitSuccess.all !== null && f.legitSuccess.all < unprotected) {
    out.push(`legitimate success below the unprotected origin's (${percent(unprotected)})`);
  }
  if (f.decisionsOnGoodStanding !== null && f.decisionsOnGoodStanding.length > 0) {
    out.push(`decision on a client in good standing (${f.decisionsOnGoodStanding.join('; ')})`);
  }
  if (f.goodStandingTurnedAway > 0) {
    out.push(`clients in good standing turned away ${f.goodStandingTurnedAway} times`);
  }
  const { timeToMitigateS, shareAfter } = f.mitigation;
  if (timeToMitigateS === null) out.push('never mitigated at the origin');
  else if (shareAfter !== null && shareAfter > reachedAfter) {
    out.push(`attack reaching the origin after mitigation ${percent(shareAfter)} > 5%`);
  }
  return out;
}

/** Median of the times to mitigate, a case never mitigated counting as infinitely long; null for none. */
export function medianTimeToMitigate(times: readonly (number | null)[]): number | null {
  return median(times.map((t) => t ?? Number.POSITIVE_INFINITY));
}

/** The median; null when there are no values or it is infinite. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const value = Number.isInteger(mid) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[Math.floor(mid)];
  return Number.isFinite(value) ? value : null;
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
