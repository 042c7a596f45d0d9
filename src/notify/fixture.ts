// Parts for notification tests: an incident and its events, settings checked like the file's, a webhook
// receiver on loopback that records what it is sent and answers as told, and a timeline that collects
// entries. Tests only: left out of the build.

import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '../config/index.js';
import type { BreakwaterEvent } from '../events.js';
import type { Incident, IncidentChange } from '../incidents/incident.js';
import type { DeliveryEntry, NotificationSettings, RecordDelivery } from './notifier.js';

const OPENED_AT = Date.parse('2026-11-27T00:20:00Z');

export function sampleIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'INC-2026-0001',
    kind: 'flood',
    title: 'HTTP flood on Webmail',
    severity: 'SEV2',
    severityLocked: false,
    status: 'mitigated',
    services: ['webmail'],
    attackClasses: ['http-flood'],
    topSources: [{ scope: 'cidr', value: '203.0.113.0/24', rate: 900 }],
    topFingerprints: [],
    detectionIds: ['det-1'],
    decisionIds: ['dec-1'],
    assignee: null,
    publicUpdate: null,
    openedAt: OPENED_AT,
    updatedAt: OPENED_AT + 20_000,
    resolvedAt: null,
    closedAt: null,
    figures: {
      attackStartedAt: OPENED_AT - 4_000,
      detectedAt: OPENED_AT,
      mitigatedAt: OPENED_AT + 8_000,
      recoveredAt: null,
      timeToDetectMs: 4_000,
      timeToMitigateMs: 12_000,
      timeToRecoverMs: null,
      peakAttackRate: 1_250,
      attackRequestsStopped: 34_000,
      legitimateRequestsAffected: 12,
    },
    ...overrides,
  };
}

/** The bus event for `change`; `previous` defaults to the incident as it was before a status change. */
export function incidentEvent(
  change: IncidentChange,
  incident: Incident = sampleIncident(),
  previous: Incident | undefined = { ...incident, status: 'investigating', severity: 'SEV3' },
): BreakwaterEvent {
  return { type: 'incident', at: incident.updatedAt, change, incident, previous };
}

/** `notifications` as written in breakwater.yaml, checked and defaulted. */
export function notificationSettings(written: Record<string, unknown>): NotificationSettings {
  return parseConfig({ notifications: written }).notifications;
}

/** Resolves once `check` holds; rejects after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** When the request arrived, ms. */
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** What the receiver does with request number `index` (from 0): answer with a status, or never answer. */
export type Answer = (index: number) => number | 'hang';

export async function startReceiver(answer: Answer = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const index = received.length;
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const what = answer(index);
      if (what === 'hang') hanging.push(response);
      else response.writeHead(what, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/breakwater`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface CollectedEntry {
  incidentId: string;
  entry: DeliveryEntry;
}

/** A timeline that keeps what it is given. */
export function collectingTimeline(): { entries: CollectedEntry[]; record: RecordDelivery } {
  const entries: CollectedEntry[] = [];
  return {
    entries,
    async record(incidentId, entry) {
      entries.push({ incidentId, entry });
    },
  };
}
