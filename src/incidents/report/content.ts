// What the report says, before any markup: sections of label/value pairs, tables and review sections,
// all in plain text. The Markdown and HTML renderers only escape and lay it out, so both say the same.
import type { Decision } from '../../responder/decision.js';
import type { IncidentFigures, IncidentKind, SourceCount, TimelineKind } from '../incident.js';
import { KIND_LABELS } from '../wording.js';
import {
  byText,
  counted,
  DAY_MS,
  formatCount,
  formatElapsed,
  formatList,
  formatRate,
  formatUtc,
  formatUtcTime,
} from './format.js';
import type { ReportInput, TrafficPoint } from './input.js';
import { phishingReview, respondersOf } from './phishing-review.js';

export type Pairs = [label: string, value: string][];

export interface Table {
  head: string[];
  rows: string[][];
  /** Said instead of the table when it has no rows. */
  empty: string;
}

export interface ReviewSection {
  heading: string;
  /** What Breakwater recorded. */
  facts: string[];
  /** What the responder is asked to write in the marked place. */
  prompt: string;
}

export interface ReportContent {
  title: string;
  summary: Pairs;
  figures: Pairs;
  timeline: Table;
  traffic: Table;
  topSources: Table;
  topFingerprints: Table;
  decisions: Table;
  review: ReviewSection[];
  generated: string;
}

/** Most rows of the traffic table; longer incidents are summed into wider intervals. */
export const TRAFFIC_TABLE_ROWS = 12;

const TIMELINE_KIND_NAMES: Record<TimelineKind, string> = {
  opened: 'Opened',
  detection: 'Detection',
  decision: 'Decision',
  status: 'Status',
  severity: 'Severity',
  assignee: 'Assignee',
  title: 'Title',
  note: 'Note',
  notification: 'Notification',
  'public-update': 'Public update',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const when = (ms: number | null) => (ms === null ? '—' : formatUtc(ms));

const KIND_NAMES: Record<IncidentKind, string> = { flood: 'Flood', phishing: 'Phishing campaign' };

/** The figures of a flood after its time to detect (a phishing incident has no traffic to measure). */
function floodFigures(figures: IncidentFigures): Pairs {
  return [
    ['Time to mitigate', formatElapsed(figures.timeToMitigateMs)],
    ['Time to recover', formatElapsed(figures.timeToRecoverMs)],
    ['Detected', formatUtc(figures.detectedAt)],
    ['Mitigated', when(figures.mitigatedAt)],
    ['Recovered', when(figures.recoveredAt)],
    ['Peak attack rate', formatRate(figures.peakAttackRate)],
    ['Attack requests stopped', formatCount(figures.attackRequestsStopped)],
    ['Legitimate requests affected', formatCount(figures.legitimateRequestsAffected)],
  ];
}

export function reportContent(input: ReportInput): ReportContent {
  const { incident, timeline, traffic, decisions } = input;
  const { figures } = incident;
  const classes = incident.attackClasses.map((kind) => KIND_LABELS[kind]);
  const services = formatList(incident.services);
  return {
    title: `${incident.id}: ${incident.title}`,
    summary: [
      ['Incident', incident.id],
      ['Kind', KIND_NAMES[incident.kind]],
      ['Title', incident.title],
      ['Severity', incident.severityLocked ? `${incident.severity} (set by a responder)` : incident.severity],
      ['Status', capitalised(incident.status)],
      ...(incident.kind === 'flood'
        ? ([
            ['Services', services],
            ['Attack classes', formatList(classes)],
          ] satisfies Pairs)
        : []),
      ['Assignee', incident.assignee ?? 'nobody'],
      ['Attack started', formatUtc(figures.attackStartedAt)],
      ['Opened', formatUtc(incident.openedAt)],
      ['Resolved', when(incident.resolvedAt)],
      ['Closed', when(incident.closedAt)],
    ],
    figures: [
      ['Time to detect', formatElapsed(figures.timeToDetectMs)],
      ...(incident.kind === 'phishing'
        ? ([['Detected', formatUtc(figures.detectedAt)]] satisfies Pairs)
        : floodFigures(figures)),
    ],
    timeline: {
      head: ['Time (UTC)', 'Kind', 'Author', 'Entry'],
      rows: [...timeline]
        .sort((a, b) => a.seq - b.seq)
        .map((entry) => [
          formatUtc(entry.at),
          entry.public ? `${TIMELINE_KIND_NAMES[entry.kind]} (public)` : TIMELINE_KIND_NAMES[entry.kind],
          entry.author,
          entry.text,
        ]),
      empty: 'Nothing was recorded on the timeline.',
    },
    traffic: trafficTable(traffic),
    topSources: sourceTable(incident.topSources, 'No single source stood out.'),
    topFingerprints: sourceTable(incident.topFingerprints, 'No fingerprint stood out.'),
    decisions: {
      head: ['Created (UTC)', 'Action', 'Scope', 'Value', 'Source', 'Reason', 'Expires (UTC)'],
      rows: [...decisions]
        .sort((a, b) => a.createdAt - b.createdAt || byText(a.id, b.id))
        .map((d) => [
          formatUtc(d.createdAt),
          actionText(d),
          d.route === undefined ? d.scope : `${d.scope} on ${d.route}`,
          d.value,
          d.source,
          d.reason,
          d.expiresAt === null ? 'never' : formatUtc(d.expiresAt),
        ]),
      empty: 'No decision was taken for this incident.',
    },
    review: incident.kind === 'phishing' ? phishingReview(input) : reviewSections(input, classes, services),
    generated: formatUtc(input.generatedAt),
  };
}

function actionText(decision: Decision): string {
  if (decision.action === 'throttle' && decision.throttle) {
    return `throttle (${formatRate(decision.throttle.rate)}, burst ${decision.throttle.burst})`;
  }
  if (decision.action === 'challenge' && decision.difficulty !== undefined) {
    return `challenge (difficulty ${decision.difficulty})`;
  }
  return decision.action;
}

function sourceTable(sources: SourceCount[], empty: string): Table {
  return {
    head: ['Scope', 'Source', 'Peak rate'],
    rows: [...sources].sort((a, b) => b.rate - a.rate).map((s) => [s.scope, s.value, formatRate(s.rate)]),
    empty,
  };
}

/** The traffic in at most TRAFFIC_TABLE_ROWS intervals, as rates per second over each. */
function trafficTable(traffic: TrafficPoint[]): Table {
  const points = [...traffic].sort((a, b) => a.at - b.at);
  const per = Math.max(1, Math.ceil(points.length / TRAFFIC_TABLE_ROWS));
  const rows: string[][] = [];
  const long = points.length > 0 && points[points.length - 1].at - points[0].at > DAY_MS;
  const time = (ms: number) => formatUtcTime(ms, long);
  for (let i = 0; i < points.length; i += per) {
    const group = points.slice(i, i + per);
    const seconds = group.reduce((sum, p) => sum + p.stepMs, 0) / 1000 || 1;
    const rate = (pick: (p: TrafficPoint) => number) =>
      formatRate(group.reduce((sum, p) => sum + pick(p), 0) / seconds);
    const p95 = group.map((p) => p.latencyP95Ms).filter((ms): ms is number => ms !== null);
    rows.push([
      `${time(group[0].at)}–${time(group[group.length - 1].at + group[group.length - 1].stepMs)}`,
      rate((p) => p.allowed),
      rate((p) => p.challenged),
      rate((p) => p.throttled),
      rate((p) => p.blocked),
      rate((p) => p.shed),
      formatCount(group.reduce((sum, p) => sum + p.originErrors, 0)),
      p95.length === 0 ? '—' : formatElapsed(Math.max(...p95)),
    ]);
  }
  return {
    head: ['Interval (UTC)', 'Allowed', 'Challenged', 'Throttled', 'Blocked', 'Shed', 'Origin errors', 'p95'],
    rows,
    empty: 'No traffic was recorded over this incident.',
  };
}

function reviewSections(input: ReportInput, classes: string[], services: string): ReviewSection[] {
  const { incident, traffic, decisions, timeline } = input;
  const { figures } = incident;
  const originErrors = traffic.reduce((sum, p) => sum + p.originErrors, 0);
  const p95 = traffic.map((p) => p.latencyP95Ms).filter((ms): ms is number => ms !== null);
  const responders = respondersOf(timeline);
  const byAction = new Map<string, number>();
  for (const d of decisions) byAction.set(d.action, (byAction.get(d.action) ?? 0) + 1);
  const actions = [...byAction].sort(([a], [b]) => byText(a, b)).map(([a, n]) => `${n} ${a}`);
  const manual = decisions.filter((d) => d.source === 'manual').length;
  return [
    {
      heading: 'What happened',
      facts: [
        `${formatList(classes)} against ${services}, from ${formatUtc(figures.attackStartedAt)}` +
          (figures.recoveredAt === null
            ? '; not recovered when this report was made.'
            : ` to ${formatUtc(figures.recoveredAt)}.`),
        `The attack peaked at ${formatRate(figures.peakAttackRate)}; ${counted(incident.topSources.length, 'source')} and ` +
          `${counted(incident.topFingerprints.length, 'fingerprint')} stood out.`,
        `${formatCount(figures.attackRequestsStopped)} attack requests were refused at the edge.`,
      ],
      prompt: 'Describe the attack and its effect on users in a few sentences.',
    },
    {
      heading: 'What went wrong and why',
      facts: [
        `${formatCount(figures.legitimateRequestsAffected)} legitimate requests were refused or failed at the origin.`,
        `The origin answered ${formatCount(originErrors)} requests with errors` +
          (p95.length === 0
            ? '.'
            : `; its 95th percentile latency peaked at ${formatElapsed(Math.max(...p95))}.`),
        `Detection took ${formatElapsed(figures.timeToDetectMs)} from the attack's first request.`,
      ],
      prompt: 'Explain why users were affected and why it was not prevented or caught sooner.',
    },
    {
      heading: 'How we responded',
      facts: [
        figures.timeToMitigateMs === null
          ? 'Attack traffic was still reaching the origin when this report was made.'
          : `Attack traffic stopped reaching the origin ${formatElapsed(figures.timeToMitigateMs)} after the attack started.`,
        decisions.length === 0
          ? 'No decision was taken.'
          : `${counted(decisions.length, 'decision')} (${actions.join(', ')}); ${manual} taken by hand.`,
        responders.length === 0
          ? 'No responder wrote on the timeline.'
          : `Responders on the timeline: ${formatList(responders)}.`,
      ],
      prompt: 'Tell what the responders did, what helped and what slowed them down.',
    },
    {
      heading: 'How we make it less likely',
      facts: [
        `Attack classes to prepare for: ${formatList(classes)}.`,
        manual === 0
          ? 'Every decision was automatic.'
          : `${manual} of ${decisions.length} decisions were taken by hand: candidates for automatic response or standing rules.`,
      ],
      prompt: 'List the actions agreed, each with an owner and a date.',
    },
  ];
}
