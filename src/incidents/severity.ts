// Severity from impact, SEV1 the worst:
// - SEV1: a quarter or more of legitimate requests affected;
// - SEV2: 5% or more affected, or the origin in distress;
// - SEV3: 1% or more affected, two or more services touched, or an attack the edge acts on
//   (a detection allowed to throttle, challenge or block);
// - SEV4: anything else (an attack only observed, with no measurable harm).
// It follows the worst impact seen: it rises on its own and never falls back while the incident lasts.

import { SEVERITIES, type Severity } from './incident.js';

export interface Impact {
  /** Legitimate requests affected over those legitimate clients would have made, 0 to 1. */
  legitimateShare: number;
  servicesAffected: number;
  originDistress: boolean;
  /** Some detection may be acted on (its ceiling is above observe). */
  actedOn: boolean;
}

export function severityFor(impact: Impact): Severity {
  if (impact.legitimateShare >= 0.25) return 'SEV1';
  if (impact.legitimateShare >= 0.05 || impact.originDistress) return 'SEV2';
  if (impact.legitimateShare >= 0.01 || impact.servicesAffected >= 2 || impact.actedOn) return 'SEV3';
  return 'SEV4';
}

/** True when `a` is worse than `b`. */
export function worse(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) < SEVERITIES.indexOf(b);
}
