// The incidents part: the desk grouping detections into incidents, and the notifications it sends.

import { IncidentDesk } from '../incidents/desk.js';
import { createMailer, type Mailer, Notifier } from '../notify/index.js';
import type { Core } from './core.js';

export interface IncidentsPart {
  /** Groups detections into incidents and keeps their timelines and figures. */
  desk: IncidentDesk;
  /** Sends email notifications; undefined when email is not configured. */
  mailer: Mailer | undefined;
}

export async function startIncidents(core: Core): Promise<IncidentsPart> {
  const { config, store, events, table, log, now, teardown } = core;
  const desk = new IncidentDesk({
    store,
    traffic: store.traffic,
    events,
    table,
    services: config.services,
    resolveAfterMs: config.incidents.resolveAfter,
    log,
    now,
  });
  await desk.start();
  teardown.add(() => desk.stop());
  const mailer = createMailer(config.notifications.email, config.notifications.timeout);
  const notifier = new Notifier({
    settings: config.notifications,
    record: (incidentId, entry) => store.incidents.appendTimeline(incidentId, entry),
    mailer,
    campaignOf: (incidentId) => store.phishingCampaigns.forIncident(incidentId),
    log,
    now,
  });
  notifier.listen(events);
  teardown.add(() => notifier.close());
  return { desk, mailer };
}
