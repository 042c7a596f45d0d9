// A flood incident on /login that began at `start`, mitigated, listing the decisions given.
import type { Incident } from '../../src/incidents/incident.js';

export function floodIncident(start: number, decisionIds: string[]): Incident {
  return {
    id: 'INC-2026-0001',
    kind: 'flood',
    title: 'HTTP flood on /login',
    severity: 'SEV2',
    severityLocked: false,
    status: 'mitigated',
    services: ['webmail'],
    attackClasses: ['http-flood', 'distributed-flood'],
    topSources: [{ scope: 'ip', value: '198.51.100.7', rate: 400 }],
    topFingerprints: [],
    detectionIds: [`http-flood:/login:${start}`],
    decisionIds,
    assignee: null,
    publicUpdate: null,
    openedAt: start + 1_000,
    updatedAt: start + 20_000,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: start,
      detectedAt: start + 1_000,
      mitigatedAt: start + 3_000,
      recoveredAt: null,
      timeToDetectMs: 1_000,
      timeToMitigateMs: 3_000,
      timeToRecoverMs: null,
      peakAttackRate: 420,
      attackRequestsStopped: 12_000,
      legitimateRequestsAffected: 3,
    },
  };
}
