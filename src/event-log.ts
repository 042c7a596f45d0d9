// Detections, decision changes and incident changes from the event bus, and audit entries as they are
// appended, as log entries with Elastic Common Schema fields (event.kind, event.action, rule.name,
// source.ip, url.path, user.name, …), so a SIEM reading the JSON log (logFormat: json) can search and
// alert on them; in the text log they read as key=value.
import type { BreakwaterEvent, EventBus } from './events.js';
import type { Log, LogFields } from './log.js';
import type { Decision } from './responder/decision.js';
import type { Detection } from './sentinel/detection.js';
import type { AuditEntry, AuditRepository } from './store/index.js';

const iso = (ms: number) => new Date(ms).toISOString();

function detectionEntry(detection: Detection): [string, LogFields] {
  const ip = detection.targets.find((t) => t.scope === 'ip')?.value;
  return [
    detection.evidence.summary,
    {
      'event.kind': 'alert',
      'event.category': ['network', 'intrusion_detection'],
      'event.type': ['indicator'],
      'event.action': 'attack-detected',
      'event.id': detection.id,
      'event.start': iso(detection.startedAt),
      'rule.name': detection.kind,
      'url.path': detection.path,
      'source.ip': ip,
      'breakwater.detection.state': detection.state,
      'breakwater.detection.max_action': detection.maxAction,
      'breakwater.detection.rate': detection.evidence.observedRate,
      'breakwater.detection.baseline': detection.evidence.baselineRate,
    },
  ];
}

function decisionEntry(change: string, decision: Decision, dryRun: boolean): [string, LogFields] {
  const address = decision.scope === 'ip' ? { 'source.ip': decision.value } : {};
  const range = decision.scope === 'cidr' ? { 'breakwater.decision.range': decision.value } : {};
  const fingerprint =
    decision.scope === 'fingerprint' ? { 'breakwater.decision.fingerprint': decision.value } : {};
  return [
    `decision ${change}: ${decision.action} ${decision.scope} ${decision.value}${decision.route === undefined ? '' : ` on ${decision.route}`}`,
    {
      'event.kind': 'event',
      'event.category': ['network'],
      'event.type': [change === 'put' ? (decision.action === 'allow' ? 'allowed' : 'denied') : 'end'],
      'event.action': `decision-${change}`,
      'event.id': decision.id,
      'event.reason': decision.reason,
      'event.end': decision.expiresAt === null ? undefined : iso(decision.expiresAt),
      'rule.name': decision.detectionId?.split(':')[0],
      ...address,
      ...range,
      ...fingerprint,
      'breakwater.decision.action': decision.action,
      'breakwater.decision.source': decision.source,
      'breakwater.decision.route': decision.route,
      'breakwater.dry_run': dryRun,
    },
  ];
}

/** The entry for one event; undefined for the traffic points, which are not logged. */
export function eventEntry(event: BreakwaterEvent): [string, LogFields] | undefined {
  switch (event.type) {
    case 'detection':
      return detectionEntry(event.detection);
    case 'decision':
      return decisionEntry(event.change, event.decision, event.dryRun);
    case 'incident': {
      const { incident } = event;
      return [
        `incident ${incident.id} ${event.change}: ${incident.title}`,
        {
          'event.kind': 'event',
          'event.category': [incident.kind === 'phishing' ? 'threat' : 'network'],
          'event.type': [
            event.change === 'opened' ? 'start' : event.change === 'resolved' ? 'end' : 'change',
          ],
          'event.action': `incident-${event.change}`,
          'event.id': incident.id,
          'event.start': iso(incident.figures.attackStartedAt),
          'rule.name': incident.attackClasses.join(',') || undefined,
          'breakwater.incident.kind': incident.kind,
          'breakwater.incident.status': incident.status,
          'breakwater.incident.severity': incident.severity,
        },
      ];
    }
    case 'traffic':
      return undefined;
  }
}

/** Logs every detection, decision change and incident change; returns the unsubscribe. */
export function logEvents(events: EventBus, log: Log): () => void {
  return events.subscribe((event) => {
    const entry = eventEntry(event);
    if (entry === undefined) return;
    if (event.type === 'detection') log.warn(...entry);
    else log.info(...entry);
  });
}

/** An audit entry as a log entry: who did what, from where, and whether it was refused. */
export function auditLogEntry(entry: AuditEntry): [string, LogFields] {
  const refused = /fail|refus|denied|locked/.test(entry.action);
  return [
    `audit: ${entry.action}${entry.actor.name ? ` by ${entry.actor.name}` : ''}`,
    {
      'event.kind': 'event',
      'event.category': [
        /^(login|logout|passkey|totp|recovery|session)/.test(entry.action)
          ? 'authentication'
          : 'configuration',
      ],
      'event.type': [refused ? 'denied' : 'change'],
      'event.action': entry.action,
      'event.outcome': refused ? 'failure' : 'success',
      'event.sequence': entry.seq,
      'user.id': entry.actor.id ?? undefined,
      'user.name': entry.actor.name ?? undefined,
      'source.ip': entry.address ?? undefined,
      'breakwater.audit.actor_kind': entry.actor.kind,
      'breakwater.audit.hash': entry.hash,
    },
  ];
}

/** Logs every audit entry this process appends; returns the unsubscribe. */
export function logAudit(audit: Pick<AuditRepository, 'onAppend'>, log: Log): () => void {
  return audit.onAppend((entry) => log.info(...auditLogEntry(entry)));
}
