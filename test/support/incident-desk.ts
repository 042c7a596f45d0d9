// An incident desk over real parts for tests: a store, a decision table whose changes reach the event
// bus as they do in Breakwater, a driveable clock, and helpers that publish detections and decisions
// and wait until the desk has handled them.

import type { BreakwaterEvent } from '../../src/events.js';
import { EventBus } from '../../src/events.js';
import { IncidentDesk } from '../../src/incidents/desk.js';
import type { Service } from '../../src/incidents/services.js';
import { silentLog } from '../../src/log.js';
import type { Decision } from '../../src/responder/decision.js';
import { DecisionTable } from '../../src/responder/decision-table.js';
import type { Detection, DetectionKind } from '../../src/sentinel/detection.js';
import { openTestStore, type TestStore } from './store.js';

export const SERVICES: Service[] = [
  { name: 'Webmail', paths: ['/'] },
  { name: 'Mail API', paths: ['/api/'] },
];

/** 2026-03-01 12:00 UTC. */
export const T0 = Date.UTC(2026, 2, 1, 12);

export interface DeskHarness {
  t: TestStore;
  desk: IncidentDesk;
  table: DecisionTable;
  events: EventBus;
  clock: { now: number };
  /** Incident events published so far. */
  incidentEvents: Extract<BreakwaterEvent, { type: 'incident' }>[];
  /** Publishes a detection event at the clock's time (or `at`) and waits for the desk. */
  detect(detection: Detection, at?: number): Promise<void>;
  /** Puts a decision in the table (its change reaches the desk) and waits for the desk. */
  decide(decision: Decision): Promise<void>;
  /** Moves the clock and runs the desk's periodic sweep. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startDesk(
  options: { resolveAfterMs?: number; sweepMs?: number } = {},
): Promise<DeskHarness> {
  const clock = { now: T0 };
  const now = () => clock.now;
  const t = await openTestStore({ now });
  const table = new DecisionTable(now);
  const events = new EventBus();
  table.onChange((c) =>
    events.publish({ type: 'decision', at: now(), change: c.type, decision: c.decision, dryRun: false }),
  );
  const desk = new IncidentDesk({
    store: t.store,
    traffic: t.store.traffic,
    events,
    table,
    services: SERVICES,
    resolveAfterMs: options.resolveAfterMs ?? 30_000,
    log: silentLog,
    now,
    sweepMs: options.sweepMs ?? 3_600_000,
  });
  await desk.start();
  const incidentEvents: DeskHarness['incidentEvents'] = [];
  events.subscribe((e) => {
    if (e.type === 'incident') incidentEvents.push(e);
  });
  return {
    t,
    desk,
    table,
    events,
    clock,
    incidentEvents,
    async detect(detection, at = now()) {
      events.publish({ type: 'detection', at, detection });
      await desk.settled();
    },
    async decide(decision) {
      table.put(decision);
      await desk.settled();
    },
    async advance(ms) {
      clock.now += ms;
      await desk.sweep();
    },
    async close() {
      await desk.stop();
      await t.dispose();
    },
  };
}

export interface DetectionSpec {
  kind?: DetectionKind;
  startedAt: number;
  path?: string;
  /** Addresses named as targets, each at `rate`. */
  sources?: string[];
  rate?: number;
  state?: Detection['state'];
  lastSeenAt?: number;
  maxAction?: Detection['maxAction'];
}

export function detection(spec: DetectionSpec): Detection {
  const kind = spec.kind ?? 'http-flood';
  const sources = spec.sources ?? ['203.0.113.7'];
  const rate = spec.rate ?? 400;
  return {
    id: `${kind}:${spec.path ?? '*'}:${spec.startedAt}`,
    kind,
    startedAt: spec.startedAt,
    lastSeenAt: spec.lastSeenAt ?? spec.startedAt + 2_000,
    state: spec.state ?? 'active',
    ...(spec.path === undefined ? {} : { path: spec.path }),
    routeKind: spec.path?.startsWith('/api/') ? 'api' : 'browser',
    targets: sources.map((value) => ({ scope: 'ip' as const, value, share: 0.5, rate })),
    maxAction: spec.maxAction ?? 'block',
    evidence: {
      windowMs: 1_000,
      observedRate: rate * Math.max(1, sources.length),
      baselineRate: 20,
      topKeys: sources.map((value) => ({ key: `ip:${value}`, count: rate, share: 0.5 })),
      summary: `${spec.path ?? 'the site'} at ${rate * sources.length} req/s from ${sources.length} sources.`,
    },
  };
}

let decisionCount = 0;

/** A block on an address, taken for a detection. */
export function block(value: string, detectionId: string | undefined, at: number): Decision {
  decisionCount += 1;
  return {
    id: `d-${decisionCount}`,
    scope: 'ip',
    value,
    action: 'block',
    reason: 'flooding',
    source: 'detector',
    createdAt: at,
    expiresAt: at + 600_000,
    ...(detectionId === undefined ? {} : { detectionId }),
  };
}
