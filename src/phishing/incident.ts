// The incident of a phishing campaign, of kind `phishing` in the existing incident model: opened when the
// campaign calls for one (saved, its first timeline entry written and announced on the event bus like any
// incident, so the notifiers tell the responders), and moved by the campaign's review afterwards: a
// confirmation is written to its timeline, an overturn to a harmless verdict resolves it. The incident
// desk never moves it by itself (it follows the traffic of floods only).
import type { EventBus } from '../events.js';
import { draftIncident } from '../incidents/draft.js';
import { BREAKWATER_AUTHOR, type Incident } from '../incidents/incident.js';
import { IncidentLedger, type Note } from '../incidents/ledger.js';
import { isOpen } from '../incidents/transitions.js';
import type { Campaign, Store } from '../store/index.js';
import type { Verdict } from './verdict.js';

export interface PhishingIncidentDeps {
  store: Pick<Store, 'incidents' | 'phishingCampaigns'>;
  events: EventBus;
}

export async function openPhishingIncident(
  deps: PhishingIncidentDeps,
  campaign: Campaign,
  subject: string,
  why: string,
  at: number,
): Promise<Incident> {
  const incident = await deps.store.incidents.create(
    draftIncident({
      kind: 'phishing',
      title: `Phishing campaign: ${subject.slice(0, 150) || '(no subject)'}`,
      severity: 'SEV3',
      status: 'investigating',
      services: [],
      attackClasses: [],
      detectionIds: [],
      attackStartedAt: campaign.openedAt,
      at,
    }),
  );
  const opened: Note = {
    kind: 'opened',
    author: BREAKWATER_AUTHOR,
    text: `Incident opened for phishing campaign ${campaign.id}: ${why}.`,
    data: {
      kind: 'phishing',
      campaignId: campaign.id,
      reports: campaign.reports,
      keys: campaign.keys.slice(0, 20),
    },
  };
  await deps.store.phishingCampaigns.setIncident(campaign.id, incident.id);
  await new IncidentLedger(deps.store, deps.events).commit(incident, {
    at,
    notes: [opened],
    change: 'opened',
    save: false,
  });
  return incident;
}

/**
 * Follows a responder's review of the campaign on its incident: confirmed, a note; overturned to spam or
 * clean, the incident resolves (an open one; a resolved or closed one is left as it is).
 */
export async function followCampaignReview(
  deps: PhishingIncidentDeps,
  campaign: Campaign,
  verdict: Verdict,
  by: string,
  at: number,
): Promise<void> {
  if (campaign.incidentId === null) return;
  const incident = await deps.store.incidents.get(campaign.incidentId);
  if (incident === undefined || incident.kind !== 'phishing') return;
  const ledger = new IncidentLedger(deps.store, deps.events);
  const data = { campaignId: campaign.id, verdict };
  if (verdict === 'phishing') {
    const text = `Campaign ${campaign.id} confirmed as phishing by ${by}.`;
    await ledger.note(incident, at, { kind: 'note', author: BREAKWATER_AUTHOR, text, data });
    return;
  }
  if (verdict === 'suspicious' || !isOpen(incident.status)) return;
  const previous = structuredClone(incident);
  const from = incident.status;
  incident.status = 'resolved';
  incident.resolvedAt = at;
  const text = `Status ${from} → resolved: campaign ${campaign.id} overturned to ${verdict} by ${by}.`;
  await ledger.commit(incident, {
    at,
    notes: [{ kind: 'status', author: by, text, data: { ...data, from, to: 'resolved' } }],
    change: 'resolved',
    previous,
  });
}
