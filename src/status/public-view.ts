// What the public status page may say, and nothing more: an explicit projection of incidents and origin
// health onto named, public fields. Addresses, fingerprints, titles, notes, decisions, assignees and
// detection evidence never enter it; the HTML, JSON and Atom outputs are all made from this view alone.
import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentStatus,
  OPEN_STATUSES,
  type TimelineEntry,
} from '../incidents/incident.js';
import { byText, formatList } from '../incidents/report/format.js';
import { COMPONENT_STATUS_LABELS, type ComponentStatus, impactOf, worstStatus } from './component-status.js';

/** Days of history shown per component, today included. */
export const HISTORY_DAYS = 90;
const DAY_MS = 86_400_000;

export const PUBLIC_STAGES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type PublicStage = (typeof PUBLIC_STAGES)[number];

export const STAGE_LABELS: Record<PublicStage, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

const STAGE_OF: Record<IncidentStatus, PublicStage> = {
  detected: 'investigating',
  investigating: 'investigating',
  mitigated: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  closed: 'resolved',
};

export interface PublicUpdate {
  /** ISO 8601, UTC. */
  at: string;
  stage: PublicStage;
  text: string;
}

export interface PublicIncident {
  id: string;
  name: string;
  impact: ComponentStatus;
  stage: PublicStage;
  components: string[];
  startedAt: string;
  resolvedAt: string | null;
  /** Newest first. */
  updates: PublicUpdate[];
}

export interface PublicComponent {
  name: string;
  status: ComponentStatus;
}

export interface PublicStatus {
  generatedAt: string;
  /** The worst component status. */
  status: ComponentStatus;
  description: string;
  components: PublicComponent[];
  /** Open incidents, newest first. */
  incidents: PublicIncident[];
  history: {
    /** UTC dates, oldest first, today last. */
    days: string[];
    /** Per component, the worst status of each day, aligned with `days`. */
    components: { name: string; days: ComponentStatus[] }[];
  };
  /** Incidents resolved within the history, newest first. */
  pastIncidents: PublicIncident[];
}

export interface StatusFacts {
  now: number;
  /** Names of the protected services, as configured. */
  services: string[];
  /** True when no origin can take traffic. */
  originsDown: boolean;
  /**
   * Incidents open now or resolved within the history. Those with a timeline are listed with their
   * updates; the others only colour the history.
   */
  incidents: { incident: Incident; timeline?: TimelineEntry[] }[];
}

const DESCRIPTIONS: Record<ComponentStatus, string> = {
  operational: 'All systems operational',
  degraded_performance: 'Some systems have degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

const iso = (ms: number) => new Date(ms).toISOString();

/** The services an incident affects; one that names none affects them all. */
function componentsOf(incident: Incident, services: string[]): string[] {
  return incident.services.length > 0 ? [...incident.services] : [...services];
}

function defaultLine(stage: PublicStage, impact: ComponentStatus, components: string[]): string {
  switch (stage) {
    case 'investigating':
      return `We are investigating reports of ${COMPONENT_STATUS_LABELS[impact].toLowerCase()} on ${formatList(components)}.`;
    case 'identified':
      return 'The cause has been identified and a fix is being put in place.';
    case 'monitoring':
      return 'A fix has been implemented and we are monitoring the results.';
    case 'resolved':
      return 'This incident has been resolved.';
  }
}

const isStatus = (value: unknown): value is IncidentStatus =>
  typeof value === 'string' && (INCIDENT_STATUSES as readonly string[]).includes(value);

/**
 * The updates the public sees: a default line each time the incident reaches a new stage, and the
 * responders' public updates (a withdrawn one, recorded as a later non-public public-update entry,
 * is taken back). Only entry times, stages and the text of public entries are read.
 */
function publicUpdates(incident: Incident, timeline: TimelineEntry[], components: string[]): PublicUpdate[] {
  const impact = impactOf(incident.severity);
  const updates: (PublicUpdate & { written: boolean })[] = [];
  let status: IncidentStatus = 'detected';
  let stage: PublicStage | undefined;
  const reach = (at: number) => {
    if (STAGE_OF[status] === stage) return;
    stage = STAGE_OF[status];
    updates.push({ at: iso(at), stage, text: defaultLine(stage, impact, components), written: false });
  };
  for (const entry of [...timeline].sort((a, b) => a.seq - b.seq)) {
    if (entry.kind === 'opened') reach(entry.at);
    if (entry.kind === 'status' && isStatus(entry.data?.to)) {
      status = entry.data.to;
      reach(entry.at);
    }
    if (entry.kind !== 'public-update') continue;
    if (entry.public) {
      updates.push({ at: iso(entry.at), stage: STAGE_OF[status], text: entry.text, written: true });
    } else {
      const withdrawn = updates.findLastIndex((u) => u.written);
      if (withdrawn !== -1) updates.splice(withdrawn, 1);
    }
  }
  reach(incident.openedAt);
  status = incident.status;
  reach(incident.resolvedAt ?? incident.closedAt ?? incident.updatedAt);
  return updates.reverse().map(({ at, stage, text }) => ({ at, stage, text }));
}

function publicIncident(incident: Incident, timeline: TimelineEntry[], services: string[]): PublicIncident {
  const impact = impactOf(incident.severity);
  const components = componentsOf(incident, services);
  return {
    id: incident.id,
    name: `${COMPONENT_STATUS_LABELS[impact]} on ${formatList(components)}`,
    impact,
    stage: STAGE_OF[incident.status],
    components,
    startedAt: iso(incident.openedAt),
    resolvedAt: incident.resolvedAt === null ? null : iso(incident.resolvedAt),
    updates: publicUpdates(incident, timeline, components),
  };
}

const isOpen = (incident: Incident) => OPEN_STATUSES.includes(incident.status);

export function publicStatus(facts: StatusFacts): PublicStatus {
  const { now, services } = facts;
  // A phishing campaign does not touch the services' health, and its subject is not for the public.
  const floods = facts.incidents.filter(({ incident }) => incident.kind === 'flood');
  const open = floods.filter(({ incident }) => isOpen(incident)).map(({ incident }) => incident);
  const affects = (incident: Incident, service: string) => componentsOf(incident, services).includes(service);
  const components = services.map((name) => ({
    name,
    status: worstStatus([
      facts.originsDown ? 'major_outage' : 'operational',
      ...open.filter((i) => affects(i, name)).map((i) => impactOf(i.severity)),
    ]),
  }));

  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const dayStarts = Array.from({ length: HISTORY_DAYS }, (_, i) => today - (HISTORY_DAYS - 1 - i) * DAY_MS);
  const history = components.map(({ name, status }) => ({
    name,
    days: dayStarts.map((start) =>
      worstStatus([
        start === today ? status : 'operational',
        ...floods
          .map(({ incident }) => incident)
          .filter((i) => affects(i, name))
          .filter((i) => i.openedAt < start + DAY_MS && (i.resolvedAt ?? i.closedAt ?? now) >= start)
          .map((i) => impactOf(i.severity)),
      ]),
    ),
  }));

  const listed = (wanted: (incident: Incident) => boolean) =>
    floods
      .filter(({ incident, timeline }) => timeline !== undefined && wanted(incident))
      .sort((a, b) => b.incident.openedAt - a.incident.openedAt || byText(b.incident.id, a.incident.id))
      .map(({ incident, timeline }) => publicIncident(incident, timeline ?? [], services));
  const status = worstStatus(components.map((c) => c.status));
  return {
    generatedAt: iso(now),
    status,
    description: DESCRIPTIONS[status],
    components,
    incidents: listed(isOpen),
    history: { days: dayStarts.map((start) => iso(start).slice(0, 10)), components: history },
    pastIncidents: listed((incident) => !isOpen(incident)),
  };
}
