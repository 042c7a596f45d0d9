// Which status changes a responder may make by hand, and which ones Breakwater makes by itself.
//
// By hand: any open status to any other open status or to resolved; resolved back to an open status
// (reopened) or on to closed; closed is final. Only a person closes an incident.
// By itself, Breakwater follows the facts (see desk.ts): detected → mitigated → monitoring → resolved.
// It acts on a change of the facts, not on their level, so a status a responder set stays until the
// facts change again; it leaves alone an incident a person is investigating (until they set another
// status).

import { type IncidentStatus, OPEN_STATUSES } from './incident.js';

/** What the facts say an incident's status should be. */
export type FactStatus = 'detected' | 'mitigated' | 'monitoring' | 'resolved';

/** Why a manual change is refused, or undefined when it is allowed. */
export function refuseManual(from: IncidentStatus, to: IncidentStatus): string | undefined {
  if (from === to) return undefined;
  if (from === 'closed') return 'a closed incident stays closed';
  if (to === 'closed' && from !== 'resolved')
    return `only a resolved incident can be closed; this one is ${from}`;
  return undefined;
}

export function isOpen(status: IncidentStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The status the incident takes when the facts change to `fact`, or undefined to leave it. */
export function automaticStatus(current: IncidentStatus, fact: FactStatus): IncidentStatus | undefined {
  if (!isOpen(current) || current === fact) return undefined;
  if (current === 'investigating') return undefined;
  return fact;
}
