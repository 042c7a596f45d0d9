// The JSON body of a webhook delivery: the event type, the delivery id, the incident as it now stands with
// its kind, and for a phishing incident its campaign (no reporter's identity).

import { isoTime, type Notice, type NotifyEvent } from './notice.js';

const EVENT_TYPES: Record<NotifyEvent, string> = {
  opened: 'incident.opened',
  severity: 'incident.severity_changed',
  status: 'incident.status_changed',
  resolved: 'incident.resolved',
};

export function webhookBody(notice: Notice, deliveryId: string): string {
  const { incident, previous } = notice;
  return JSON.stringify({
    type: EVENT_TYPES[notice.event],
    id: deliveryId,
    occurredAt: isoTime(notice.occurredAt),
    incident: {
      id: incident.id,
      kind: incident.kind,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      services: incident.services,
      attackClasses: incident.attackClasses,
      openedAt: isoTime(incident.openedAt),
      resolvedAt: incident.resolvedAt === null ? null : isoTime(incident.resolvedAt),
      figures: incident.figures,
    },
    ...(previous && { previous }),
    ...(notice.campaign && { campaign: notice.campaign }),
  });
}
