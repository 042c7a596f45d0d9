// The response ladder: which action a detection's target gets first and how far it may climb
// (observe → throttle → challenge → block). API routes skip the challenge rung: a JSON client is never
// handed an HTML page, and a challenge would leave its requests only a per-address budget, looser than
// a throttle. A fingerprint, which real clients may share, is never blocked.

import { ceilingRank, type Detection } from '../sentinel/detection.js';
import { detectorOf } from '../sentinel/detectors/index.js';
import type { Action, Scope } from './decision.js';

export type Rung = Extract<Action, 'throttle' | 'challenge' | 'block'>;

const BROWSER_RUNGS: readonly Rung[] = ['throttle', 'challenge', 'block'];
const API_RUNGS: readonly Rung[] = ['throttle', 'block'];

export interface Steps {
  /** The rungs this target may stand on, lowest first; the first is where it starts. */
  rungs: readonly Rung[];
}

const RUNG_RANK: Record<Rung, number> = { throttle: 1, challenge: 2, block: 3 };

/**
 * The ladder for one target of a detection, or undefined when the detection only allows observing.
 * `routeKind` is the traffic the target was named for (by default the detection's).
 */
export function stepsFor(
  detection: Detection,
  scope: Scope,
  routeKind: Detection['routeKind'] = detection.routeKind,
): Steps | undefined {
  let ceiling = ceilingRank(detection.maxAction);
  if (scope === 'fingerprint') ceiling = Math.min(ceiling, RUNG_RANK.challenge);
  const all = routeKind === 'api' ? API_RUNGS : BROWSER_RUNGS;
  const allowed = all.filter((rung) => RUNG_RANK[rung] <= ceiling);
  if (allowed.length === 0) return undefined;
  const start = startingRung(detection, allowed);
  return { rungs: allowed.slice(allowed.indexOf(start)) };
}

/** Where the detection's module says its ladder starts, among the rungs allowed. */
function startingRung(detection: Detection, allowed: readonly Rung[]): Rung {
  switch (detectorOf(detection.kind).startingRung) {
    case 'highest':
      return allowed[allowed.length - 1];
    case 'lowest':
      return allowed[0];
    case 'challenge':
      return allowed.includes('challenge') ? 'challenge' : allowed[0];
  }
}

/** Orders rungs: throttle < challenge < block. */
export function rungRank(rung: Rung): number {
  return RUNG_RANK[rung];
}

/**
 * The next rung of the ladder above `current`, or `current` at the top. A rung from another ladder (a
 * target named for API and browser traffic) climbs to the first rung above it, never down.
 */
export function climb(current: Rung, steps: Steps): Rung {
  return steps.rungs.find((rung) => RUNG_RANK[rung] > RUNG_RANK[current]) ?? current;
}

/** The highest rung of the ladder no higher than `rung`, or the ladder's first when all are higher. */
export function atMost(rung: Rung, steps: Steps): Rung {
  let chosen = steps.rungs[0];
  for (const r of steps.rungs)
    if (RUNG_RANK[r] <= RUNG_RANK[rung] && RUNG_RANK[r] > RUNG_RANK[chosen]) chosen = r;
  return chosen;
}
