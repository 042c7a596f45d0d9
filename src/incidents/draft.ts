// A new incident as it stands when it opens, whatever opened it (a flood's first detection, a phishing
// campaign): nobody assigned, nothing public yet, its figures measured from when the attack began to when
// it was detected.

import type { DetectionKind } from '../sentinel/detection.js';
import { measureIncident } from './figures.js';
import type { Incident, IncidentKind, IncidentStatus, Severity } from './incident.js';

export interface Opening {
  kind: IncidentKind;
  title: string;
  severity: Severity;
  status: IncidentStatus;
  services: string[];
  attackClasses: DetectionKind[];
  detectionIds: string[];
  /** When the attack began: the first window that showed it, or the campaign's first report. */
  attackStartedAt: number;
  /** When it is opened, which is when it was detected. */
  at: number;
}

export function draftIncident(opening: Opening): Omit<Incident, 'id'> {
  const { at } = opening;
  return {
    kind: opening.kind,
    title: opening.title,
    severity: opening.severity,
    severityLocked: false,
    status: opening.status,
    services: opening.services,
    attackClasses: opening.attackClasses,
    topSources: [],
    topFingerprints: [],
    detectionIds: opening.detectionIds,
    decisionIds: [],
    assignee: null,
    publicUpdate: null,
    openedAt: at,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
    figures: measureIncident(
      {
        attackStartedAt: Math.min(opening.attackStartedAt, at),
        detectedAt: at,
        mitigatedAt: null,
        endedAt: null,
        peakAttackRate: 0,
        until: at,
      },
      [],
    ).figures,
  };
}
