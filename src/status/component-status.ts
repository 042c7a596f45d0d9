// How a protected service is doing, as the public status page says it: from operational to major outage.
// An open incident's severity sets the impact on the services it affects.
import type { Severity } from '../incidents/incident.js';

/** Best first. */
export const COMPONENT_STATUSES = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const COMPONENT_STATUS_LABELS: Record<ComponentStatus, string> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

const IMPACT: Record<Severity, ComponentStatus> = {
  SEV1: 'major_outage',
  SEV2: 'partial_outage',
  SEV3: 'degraded_performance',
  SEV4: 'degraded_performance',
};

export function impactOf(severity: Severity): ComponentStatus {
  return IMPACT[severity];
}

/** The worse of the statuses; operational for none. */
export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst = 0;
  for (const status of statuses) worst = Math.max(worst, COMPONENT_STATUSES.indexOf(status));
  return COMPONENT_STATUSES[worst];
}
