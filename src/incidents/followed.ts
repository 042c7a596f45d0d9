// What the desk knows of an incident it follows: its detections and decisions, what the facts said
// last, its traffic; what the facts say now, its figures and the severity its impact calls for; and how
// a detection's figures and sources fold into an incident.

import type { Decision } from '../responder/decision.js';
import type { Detection } from '../sentinel/detection.js';
import type { TrafficPoint } from '../store/traffic-repository.js';
import { attackMitigated, type DecisionCover } from './coverage.js';
import { draftIncident } from './draft.js';
import { measureIncident } from './figures.js';
import { sourceKey } from './grouping.js';
import type { Incident, IncidentStatus, Severity, SourceCount } from './incident.js';
import { severityFor } from './severity.js';
import type { FactStatus } from './transitions.js';
import { incidentTitle } from './wording.js';

/** Sources and fingerprints kept per incident. */
const TOP_SOURCES = 10;

export interface Tracked {
  detection: Detection;
  /** When the attack it follows ended (its last window), or null while active. */
  clearedAt: number | null;
}

export interface Followed {
  incident: Incident;
  detections: Map<string, Tracked>;
  /** Decisions attached, as last seen. */
  decisions: Map<string, Decision>;
  /** What the facts said last time; automatic status moves happen when this changes. */
  fact: FactStatus;
  /** The quiet period runs from the later of this (a status set by hand) and the attack's end. */
  quietFrom: number;
  traffic: TrafficPoint[];
  legitimateShare: number;
}

export const FACT_OF_STATUS: Record<IncidentStatus, FactStatus> = {
  detected: 'detected',
  investigating: 'detected',
  mitigated: 'mitigated',
  monitoring: 'monitoring',
  resolved: 'resolved',
  closed: 'resolved',
};

export const FACT_REASONS: Record<FactStatus, string> = {
  detected: 'attack traffic is reaching the edge unchecked',
  mitigated: 'decisions in force cover the attack',
  monitoring: 'every detection has cleared; watching for the attack to come back',
  resolved: 'quiet since the attack ended',
};

/**
 * What the facts say of an incident at `at`: detected or mitigated while a detection is active (by
 * whether the decisions in force cover it), then monitoring until quiet for `resolveAfterMs` since the
 * attack ended (or a status was set by hand), then resolved; and when the attack ended, once it has.
 */
export function factsAt(
  f: Followed,
  at: number,
  cover: DecisionCover,
  resolveAfterMs: number,
): { fact: FactStatus; endedAt: number | null } {
  const active: Detection[] = [];
  for (const t of f.detections.values()) if (t.clearedAt === null) active.push(t.detection);
  if (active.length > 0)
    return { fact: attackMitigated(active, cover) ? 'mitigated' : 'detected', endedAt: null };
  const endedAt = attackEnd(f);
  return { fact: at - Math.max(endedAt, f.quietFrom) >= resolveAfterMs ? 'resolved' : 'monitoring', endedAt };
}

/** The severity the incident's impact calls for. */
export function impactSeverity(f: Followed): Severity {
  const tracked = [...f.detections.values()];
  return severityFor({
    legitimateShare: f.legitimateShare,
    servicesAffected: f.incident.services.length,
    originDistress: tracked.some((t) => t.detection.kind === 'origin-distress'),
    actedOn: tracked.some((t) => t.detection.maxAction !== 'observe'),
  });
}

/** Brings the incident's figures, and its share of legitimate traffic turned away, up to `at`. */
export function measure(f: Followed, endedAt: number | null, at: number): void {
  const { figures } = f.incident;
  const measured = measureIncident(
    {
      attackStartedAt: figures.attackStartedAt,
      detectedAt: figures.detectedAt,
      mitigatedAt: figures.mitigatedAt,
      endedAt,
      peakAttackRate: figures.peakAttackRate,
      until: f.incident.resolvedAt ?? at,
    },
    f.traffic,
  );
  f.incident.figures = measured.figures;
  f.legitimateShare = measured.legitimateShare;
}

/** When the last of the incident's detections cleared (once all have). */
export function attackEnd(f: Followed): number {
  return Math.max(f.incident.figures.detectedAt, ...[...f.detections.values()].map((t) => t.clearedAt ?? 0));
}

/** A new flood incident for a detection that joins no open one. */
export function floodDraft(detection: Detection, services: string[], at: number): Omit<Incident, 'id'> {
  const draft = draftIncident({
    kind: 'flood',
    title: incidentTitle([detection.kind], services),
    severity: severityFor({
      legitimateShare: 0,
      servicesAffected: services.length,
      originDistress: detection.kind === 'origin-distress',
      actedOn: detection.maxAction !== 'observe',
    }),
    status: 'detected',
    services,
    attackClasses: [detection.kind],
    detectionIds: [detection.id],
    attackStartedAt: detection.startedAt,
    at,
  });
  absorb(draft, detection);
  return draft;
}

/** Folds a detection's peak rate and named sources into the incident. */
export function absorb(incident: Omit<Incident, 'id'>, detection: Detection): void {
  if (detection.kind !== 'origin-distress') {
    incident.figures.peakAttackRate = Math.max(
      incident.figures.peakAttackRate,
      detection.evidence.observedRate,
    );
  }
  const merge = (list: SourceCount[], scopes: SourceCount['scope'][]): SourceCount[] => {
    const byKey = new Map(list.map((s) => [sourceKey(s), s]));
    for (const t of detection.targets) {
      if (!scopes.includes(t.scope)) continue;
      const known = byKey.get(sourceKey(t));
      if (known === undefined || known.rate < t.rate)
        byKey.set(sourceKey(t), { scope: t.scope, value: t.value, rate: t.rate });
    }
    return [...byKey.values()].sort((a, b) => b.rate - a.rate).slice(0, TOP_SOURCES);
  };
  incident.topSources = merge(incident.topSources, ['ip', 'cidr']);
  incident.topFingerprints = merge(incident.topFingerprints, ['fingerprint']);
}
