// A notice: one incident change worth telling people about, and the words every channel uses for it. A
// flood's notice gives the attack and its figures; a phishing incident's gives its campaign instead.

import type { NOTIFY_EVENTS } from '../config/index.js';
import type { BreakwaterEvent } from '../events.js';
import { type Incident, type IncidentStatus, SEVERITIES, type Severity } from '../incidents/incident.js';
import { formatCount, formatElapsed, formatList, formatRate, formatUtc } from '../incidents/report/format.js';
import { reviewedVerdict } from '../phishing/campaigns.js';
import type { Campaign } from '../store/index.js';

export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];

export interface Notice {
  event: NotifyEvent;
  /** When the change happened, ms. */
  occurredAt: number;
  incident: Incident;
  /** Severity and status before the change, when the change came with them. */
  previous?: { severity: Severity; status: IncidentStatus };
  /** A phishing incident's campaign as it stands; absent for a flood, or when it could not be read. */
  campaign?: CampaignFacts;
}

/** What a notice tells of a phishing campaign: nothing about who reported it. */
export interface CampaignFacts {
  id: string;
  reports: number;
  /** The analysis' verdict, or the responders' answer once they reviewed it. */
  verdict: string;
  /** 'confirmed' or 'overturned:<verdict>'; null until a responder reviewed it. */
  review: string | null;
  senderDomains: string[];
  linkDomains: string[];
  attachments: number;
}

/** The facts of a campaign from its keys (sender-domain:, link-domain:, sha256:). */
export function campaignFacts(campaign: Campaign): CampaignFacts {
  const keyed = (prefix: string) =>
    campaign.keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  return {
    id: campaign.id,
    reports: campaign.reports,
    verdict: campaign.verdict,
    review: campaign.review,
    senderDomains: keyed('sender-domain:'),
    linkDomains: keyed('link-domain:'),
    attachments: keyed('sha256:').length,
  };
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

type Fact = [label: string, value: string];

/** The facts a person wants next to the summary, as label and value, in reading order. */
export function noticeFacts(notice: Notice): Fact[] {
  const { incident, previous } = notice;
  const was = (before: string | undefined, now: string) =>
    before !== undefined && before !== now ? `${now} (was ${before})` : now;
  const state: Fact[] = [
    ['Status', was(previous?.status, incident.status)],
    ['Severity', was(previous?.severity, incident.severity)],
  ];
  const times: Fact[] = [['Opened', formatUtc(incident.openedAt)]];
  if (incident.resolvedAt !== null) times.push(['Resolved', formatUtc(incident.resolvedAt)]);
  if (incident.kind === 'phishing')
    return [['Kind', 'phishing campaign'], ...state, ...campaignLines(notice.campaign), ...times];
  return [
    ...state,
    ['Services', formatList(incident.services)],
    ['Attack', formatList(incident.attackClasses)],
    ...times,
    ...floodFigures(incident),
  ];
}

function campaignLines(campaign: CampaignFacts | undefined): Fact[] {
  if (campaign === undefined) return [['Campaign', 'not readable now; see the phishing desk']];
  const answer = reviewedVerdict(campaign.review);
  const verdict =
    answer === undefined
      ? `${campaign.verdict} (not reviewed yet)`
      : `${answer} (${campaign.review === 'confirmed' ? 'confirmed' : 'overturned'} by a responder)`;
  const lines: Fact[] = [
    ['Campaign', campaign.id],
    ['Reports', formatCount(campaign.reports)],
    ['Verdict', verdict],
    ['Sender domains', listed(campaign.senderDomains)],
    ['Link domains', listed(campaign.linkDomains)],
  ];
  if (campaign.attachments > 0) lines.push(['Attachments', formatCount(campaign.attachments)]);
  return lines;
}

/** Domains a notice names at most; the rest are counted. */
const DOMAINS_SHOWN = 10;

function listed(domains: readonly string[]): string {
  if (domains.length <= DOMAINS_SHOWN) return formatList(domains);
  const more = domains.length - DOMAINS_SHOWN;
  return formatList([...domains.slice(0, DOMAINS_SHOWN), `${formatCount(more)} more`]);
}

function floodFigures({ figures }: Incident): Fact[] {
  const facts: Fact[] = [['Time to detect', formatElapsed(figures.timeToDetectMs)]];
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
