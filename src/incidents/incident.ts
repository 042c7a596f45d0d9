// An incident: one attack, from its first detection to the post-incident report, with the figures
// responders are judged by and a timeline that writes itself. Lifecycle after NIST SP 800-61 Rev. 3.

import type { DetectionKind } from '../sentinel/detection.js';

export const INCIDENT_STATUSES = [
  'detected',
  'investigating',
  'mitigated',
  'monitoring',
  'resolved',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * What an incident is about. A flood is opened by a detection and follows the traffic: the desk moves it
 * by the facts. A phishing incident is opened by a campaign of reported mail: only responders and its
 * campaign move it.
 */
export const INCIDENT_KINDS = ['flood', 'phishing'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** SEV1 is the worst. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Statuses in which an incident is still open (detections may join it). */
export const OPEN_STATUSES: readonly IncidentStatus[] = [
  'detected',
  'investigating',
  'mitigated',
  'monitoring',
];

export interface IncidentFigures {
  /** First request of the attack we can see (start of the first window that showed it), ms. */
  attackStartedAt: number;
  /** When the first detection was confirmed, ms. */
  detectedAt: number;
  /** When attack traffic stopped reaching the origin, ms; null until then. */
  mitigatedAt: number | null;
  /** When the origin's figures were back at baseline, ms; null until then. */
  recoveredAt: number | null;
  timeToDetectMs: number;
  timeToMitigateMs: number | null;
  timeToRecoverMs: number | null;
  /** Highest attack rate seen, requests per second. */
  peakAttackRate: number;
  /** Attack requests refused at the edge (blocked, challenged, throttled). */
  attackRequestsStopped: number;
  /** Requests from outside the attack's sources that were refused or failed at the origin. */
  legitimateRequestsAffected: number;
}

export interface SourceCount {
  scope: 'ip' | 'cidr' | 'fingerprint';
  value: string;
  /** Requests per second at the peak, from the detections' evidence. */
  rate: number;
}

export interface Incident {
  /** Readable: INC-2026-0001, numbered per year. */
  id: string;
  kind: IncidentKind;
  title: string;
  severity: Severity;
  /** A responder set the severity; it no longer follows the impact. */
  severityLocked: boolean;
  status: IncidentStatus;
  /** Names of the protected services affected (config `services`). */
  services: string[];
  /** The detections' kinds; none for a phishing incident. */
  attackClasses: DetectionKind[];
  topSources: SourceCount[];
  topFingerprints: SourceCount[];
  detectionIds: string[];
  decisionIds: string[];
  /** Email of the responder in charge, or null. */
  assignee: string | null;
  /** The latest public update shown on the status page; null shows the default line for the status. */
  publicUpdate: string | null;
  openedAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  closedAt: number | null;
  figures: IncidentFigures;
}

export const TIMELINE_KINDS = [
  'opened',
  'detection',
  'decision',
  'status',
  'severity',
  'assignee',
  'title',
  'note',
  'notification',
  'public-update',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The author of automatic entries; people are named by their email. */
export const BREAKWATER_AUTHOR = 'breakwater';

export interface TimelineEntry {
  /** Increasing in the order entries were recorded; the timeline is ordered by it, not by `at`. */
  seq: number;
  incidentId: string;
  /** When it happened, ms (clamped so that it never goes back before the previous entry). */
  at: number;
  kind: TimelineKind;
  author: string;
  /** One sentence a person reads. */
  text: string;
  /** Facts behind the entry (detection id, decision id, old and new status, delivery result...). */
  data?: Record<string, unknown>;
  /** Shown on the public status page (public updates only). */
  public: boolean;
}

/** What changed, for the event stream and the notifiers. */
export type IncidentChange = 'opened' | 'updated' | 'severity' | 'status' | 'resolved';
