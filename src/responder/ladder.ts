// The response ladder: which action a detection's target gets first and how far it may climb
// (observe → throttle → challenge → block). API routes skip the challenge rung: a JSON client is never
// handed an HTML page. A fingerprint, which real clients may share, is never blocked.

import { ceilingRank, type Detection } from '../sentinel/detection.js';
import type { Action, Scope } from './decision.js';

export type Rung = Extract<Action, 'throttle' | 'challenge' | 'block'>;

const BROWSER_RUNGS: readonly Rung[] = ['throttle', 'challenge', 'block'];
const API_RUNGS: readonly Rung[] = ['throttle', 'block'];

export interface Steps {
  /** The rungs this target may stand on, lowest first; the first is where it starts. */
  rungs: readonly Rung[];
}

const RUNG_RANK: Record<Rung, number> = { throttle: 1, challenge: 2, block: 3 };

/** The ladder for one target of a detection, or undefined when the detection only allows observing. */
export function stepsFor(detection: Detection, scope: Scope): Steps | undefined {
  let ceiling = ceilingRank(detection.maxAction);
  if (scope === 'fingerprint') ceiling = Math.min(ceiling, RUNG_RANK.challenge);
  const all = detection.routeKind === 'api' ? API_RUNGS : BROWSER_RUNGS;
  const allowed = all.filter((rung) => RUNG_RANK[rung] <= ceiling);
  if (allowed.length === 0) return undefined;
  const start = startingRung(detection, allowed);
  return { rungs: allowed.slice(allowed.indexOf(start)) };
}

function startingRung(detection: Detection, allowed: readonly Rung[]): Rung {
  const highest = allowed[allowed.length - 1];
  switch (detection.kind) {
    case 'slow-clients':
      return highest; // slow connections are no browser's; nothing lower stops them holding sockets
    case 'credential-stuffing':
      return allowed[0];
    default:
      return allowed.includes('challenge') ? 'challenge' : allowed[0];
  }
}

/** The next rung up, or the same one at the top. */
export function climb(current: Rung, steps: Steps): Rung {
  const i = steps.rungs.indexOf(current);
  return steps.rungs[Math.min(i + 1, steps.rungs.length - 1)] ?? current;
}
