// Opens the incident of a phishing campaign in the existing incident model: saved through the incident
// repository, its first timeline entry written, and announced on the event bus like any incident (so the
// notifiers tell the responders). The campaign and its reports are named in the entry's data.
import type { EventBus } from '../events.js';
import { BREAKWATER_AUTHOR, type Incident } from '../incidents/incident.js';
import type { Campaign, Store } from '../store/index.js';

export async function openPhishingIncident(
  deps: { store: Pick<Store, 'incidents' | 'phishingCampaigns'>; events: EventBus },
  campaign: Campaign,
  subject: string,
  why: string,
  at: number,
): Promise<Incident> {
  const incident = await deps.store.incidents.create({
    title: `Phishing campaign: ${subject.slice(0, 150) || '(no subject)'}`,
    severity: 'SEV3',
    severityLocked: false,
    status: 'investigating',
    services: [],
    attackClasses: [],
    topSources: [],
    topFingerprints: [],
    detectionIds: [],
    decisionIds: [],
    assignee: null,
    publicUpdate: null,
    openedAt: at,
    updatedAt: at,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: campaign.openedAt,
      detectedAt: at,
      mitigatedAt: null,
      recoveredAt: null,
      timeToDetectMs: Math.max(0, at - campaign.openedAt),
      timeToMitigateMs: null,
      timeToRecoverMs: null,
      peakAttackRate: 0,
      attackRequestsStopped: 0,
      legitimateRequestsAffected: 0,
    },
  });
  await deps.store.incidents.appendTimeline(incident.id, {
    at,
    kind: 'opened',
    author: BREAKWATER_AUTHOR,
    text: `Incident opened for phishing campaign ${campaign.id}: ${why}.`,
    data: {
      kind: 'phishing',
      campaignId: campaign.id,
      reports: campaign.reports,
      keys: campaign.keys.slice(0, 20),
    },
    public: false,
  });
  await deps.store.phishingCampaigns.setIncident(campaign.id, incident.id);
  deps.events.publish({ type: 'incident', at, change: 'opened', incident: structuredClone(incident) });
  return incident;
}
