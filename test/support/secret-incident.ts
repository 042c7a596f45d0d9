// Incidents for the status page's tests, with every internal field carrying a marker string that must
// never reach a public output.
import type { Incident, TimelineEntry } from '../../src/incidents/incident.js';
import type { Store } from '../../src/store/index.js';

/** Appears in every internal field of the incidents below; never in what the public sees. */
export const SECRET = 'SECRET-MARKER';

export function secretIncident(overrides: Partial<Incident> = {}): Incident {
  const openedAt = overrides.openedAt ?? Date.UTC(2026, 10, 20, 9, 0);
  return {
    id: 'INC-2026-0001',
    kind: 'flood',
    title: `HTTP flood from 203.0.113.7 ${SECRET}-title`,
    severity: 'SEV2',
    severityLocked: false,
    status: 'investigating',
    services: ['Webmail'],
    attackClasses: ['http-flood'],
    topSources: [{ scope: 'ip', value: `203.0.113.7-${SECRET}-source`, rate: 400 }],
    topFingerprints: [{ scope: 'fingerprint', value: `fp-${SECRET}-fingerprint`, rate: 300 }],
    detectionIds: [`http-flood:/${SECRET}-detection:1`],
    decisionIds: [`${SECRET}-decision`],
    assignee: `${SECRET}-assignee@example.org`,
    publicUpdate: null,
    openedAt,
    updatedAt: openedAt + 60_000,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: openedAt - 10_000,
      detectedAt: openedAt,
      mitigatedAt: null,
      recoveredAt: null,
      timeToDetectMs: 10_000,
      timeToMitigateMs: null,
      timeToRecoverMs: null,
      peakAttackRate: 400,
      attackRequestsStopped: 1000,
      legitimateRequestsAffected: 3,
    },
    ...overrides,
  };
}

/** Internal entries of every kind, each with the marker in its text and its data. */
export function secretTimeline(incidentId: string, at: number): Omit<TimelineEntry, 'seq' | 'incidentId'>[] {
  const internal = (kind: TimelineEntry['kind'], offset: number) => ({
    at: at + offset,
    kind,
    author: `${SECRET}-author@example.org`,
    text: `${kind} about 198.51.100.0/24 ${SECRET}-${kind}`,
    data: { evidence: `${SECRET}-data`, incidentId },
    public: false,
  });
  return [
    { ...internal('opened', 0), author: 'breakwater' },
    internal('detection', 1_000),
    internal('decision', 2_000),
    internal('note', 3_000),
    internal('assignee', 4_000),
    internal('severity', 5_000),
    internal('title', 6_000),
    internal('notification', 7_000),
  ];
}

/** Saves a secret incident with its internal timeline, and a public update when given; returns its id. */
export async function seedSecretIncident(
  store: Pick<Store, 'incidents'>,
  overrides: Partial<Incident> = {},
  publicUpdate?: string,
): Promise<string> {
  const { id: _, ...draft } = secretIncident(overrides);
  const { id } = await store.incidents.create(draft);
  for (const entry of secretTimeline(id, draft.openedAt)) await store.incidents.appendTimeline(id, entry);
  if (publicUpdate !== undefined) {
    await store.incidents.appendTimeline(id, {
      at: draft.openedAt + 10_000,
      kind: 'public-update',
      author: `${SECRET}-author@example.org`,
      text: publicUpdate,
      public: true,
    });
  }
  return id;
}
