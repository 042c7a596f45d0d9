// A notice: one incident change worth telling people about, and the words every channel uses for it.

import type { NOTIFY_EVENTS } from '../config/index.js';
import type { BreakwaterEvent } from '../events.js';
import { type Incident, type IncidentStatus, SEVERITIES, type Severity } from '../incidents/incident.js';
import { formatCount, formatElapsed, formatList, formatRate, formatUtc } from '../incidents/report/format.js';

export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export interface Notice {
  event: NotifyEvent;
  /** When the change happened, ms. */
  occurredAt: number;
  incident: Incident;
  /** Severity and status before the change, when the change came with them. */
  previous?: { severity: Severity; status: IncidentStatus };
}

/** The notice for an incident event; undefined for other events and for changes nobody is told about. */
export function noticeOf(event: BreakwaterEvent): Notice | undefined {
  if (event.type !== 'incident' || event.change === 'updated') return undefined;
  const { previous } = event;
  return {
    event: event.change,
    occurredAt: event.at,
    incident: event.incident,
    ...(previous && { previous: { severity: previous.severity, status: previous.status } }),
  };
}

/** What happened, in a few words: 'opened', 'mitigated', 'raised to SEV1', 'resolved'. */
export function headline(notice: Notice): string {
  const { incident, previous } = notice;
  switch (notice.event) {
    case 'opened':
      return 'opened';
    case 'resolved':
      return 'resolved';
    case 'status':
      return incident.status;
    case 'severity': {
      if (previous === undefined || previous.severity === incident.severity)
        return `now ${incident.severity}`;
      const raised = SEVERITIES.indexOf(incident.severity) < SEVERITIES.indexOf(previous.severity);
      return `${raised ? 'raised' : 'lowered'} to ${incident.severity}`;
    }
  }
}

/** One line: `[SEV2] INC-2026-0001 mitigated: HTTP flood on Webmail` (no line breaks, whatever the title holds). */
export function summaryLine(notice: Notice): string {
  const { incident } = notice;
  return `[${incident.severity}] ${incident.id} ${headline(notice)}: ${incident.title}`.replace(/\s+/g, ' ');
}

/** The facts a person wants next to the summary, as label and value, in reading order. */
export function noticeFacts(notice: Notice): [label: string, value: string][] {
  const { incident, previous } = notice;
  const { figures } = incident;
  const was = (before: string | undefined, now: string) =>
    before !== undefined && before !== now ? `${now} (was ${before})` : now;
  const facts: [string, string][] = [
    ['Status', was(previous?.status, incident.status)],
    ['Severity', was(previous?.severity, incident.severity)],
    ['Services', formatList(incident.services)],
    ['Attack', formatList(incident.attackClasses)],
    ['Opened', formatUtc(incident.openedAt)],
  ];
  if (incident.resolvedAt !== null) facts.push(['Resolved', formatUtc(incident.resolvedAt)]);
  facts.push(['Time to detect', formatElapsed(figures.timeToDetectMs)]);
  if (figures.timeToMitigateMs !== null)
    facts.push(['Time to mitigate', formatElapsed(figures.timeToMitigateMs)]);
  if (figures.timeToRecoverMs !== null)
    facts.push(['Time to recover', formatElapsed(figures.timeToRecoverMs)]);
  facts.push(
    ['Peak attack rate', formatRate(figures.peakAttackRate)],
    ['Attack requests stopped', formatCount(figures.attackRequestsStopped)],
    ['Legitimate requests affected', formatCount(figures.legitimateRequestsAffected)],
  );
  return facts;
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
