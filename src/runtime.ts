// The composition root: starts Breakwater's parts (runtime/: core, intel, incidents, defence, edge,
// control) from one Config, and stops them in the reverse order, also when starting fails half-way.
// The CLI and the tests both start Breakwater here.

import type { FastifyInstance } from 'fastify';
import type { Config } from './config/index.js';
import type { DefenceLoop } from './defence/loop.js';
import type { Admission } from './edge/admission.js';
import type { Gateway } from './edge/gateway.js';
import type { EdgeStats } from './edge/stats.js';
import type { EventBus } from './events.js';
import type { IncidentDesk } from './incidents/desk.js';
import type { Publisher } from './intel/publisher.js';
import type { Log } from './log.js';
import type { DecisionTable } from './responder/decision-table.js';
import { clusterReport } from './runtime/cluster-report.js';
import { startControl } from './runtime/control.js';
import { openCore } from './runtime/core.js';
import { type DataPlanePart, startDataPlane } from './runtime/dataplane.js';
import { startDefence } from './runtime/defence.js';
import { startEdge } from './runtime/edge.js';
import { startIncidents } from './runtime/incidents.js';
import { startIntel } from './runtime/intel.js';
import { type PhishingPart, startPhishing } from './runtime/phishing.js';
import type { OriginsInForce } from './runtime/reload-origins.js';
import { Teardown } from './runtime/teardown.js';
import type { Store } from './store/index.js';
import type { TrafficRecorder } from './traffic/recorder.js';

export interface Breakwater {
  gateway: Gateway;
  /** Base URL of the control plane. */
  controlUrl: string;
  control: FastifyInstance;
  table: DecisionTable;
  store: Store;
  /** The origin set in force, replaced by a reload. */
  origins: OriginsInForce;
  stats: EdgeStats;
  events: EventBus;
  /** Publishes detections, decisions and incidents as STIX into the first TAXII collection. */
  publisher: Publisher;
  /** Admission by priority under origin distress: the defence loop sets it, the edge reads it. */
  admission: Admission;
  /** The sentinel and responder loop; `tick()` drives it by hand. */
  defence: DefenceLoop;
  /** Groups detections into incidents and keeps their timelines and figures. */
  incidents: IncidentDesk;
  /** Writes a traffic point each second; `tick()` drives it by hand. */
  traffic: TrafficRecorder;
  /** The phishing desk (`desk.settled()` waits for the reports received so far) and its SMTP port. */
  phishing: PhishingPart;
  /** With `dataPlane.kind: haproxy`: HAProxy's maps kept in step and its logs tallied. */
  dataPlane: DataPlanePart | undefined;
  stop(): Promise<void>;
}

export async function startBreakwater(
  config: Config,
  log: Log,
  now: () => number = Date.now,
): Promise<Breakwater> {
  const teardown = new Teardown();
  try {
    return await assemble(config, log, now, teardown);
  } catch (error) {
    await teardown.run();
    throw error;
  }
}

/**
 * Starts each part in turn; each registers how to stop what it started in `teardown` as soon as it has.
 * Those who follow the event bus (intel's publisher, the incident desk) start before those who publish on
 * it (the defence loop, the edge), and stop after them.
 */
async function assemble(
  config: Config,
  log: Log,
  now: () => number,
  teardown: Teardown,
): Promise<Breakwater> {
  const core = await openCore(config, log, now, teardown);
  const intel = await startIntel(core);
  const incidents = await startIncidents(core);
  const redis = config.cluster.redis;
  // Redis's client is loaded only for a cluster (as PostgreSQL's only for a store there).
  const cluster =
    redis === null ? undefined : await (await import('./runtime/cluster.js')).startCluster(core, redis);
  // In a cluster only the leader writes incidents and publishes intel: one attack, one incident.
  cluster?.onLeading((leading) => {
    if (leading) {
      void incidents.desk.takeOver();
      intel.publisher.start();
    } else {
      incidents.desk.standBy();
      intel.publisher.stop();
    }
  });
  const defence = startDefence(core, cluster);
  const edge = await startEdge(core, defence);
  const dataPlane = await startDataPlane(core, defence, edge.stats);
  const phishing = await startPhishing(core, incidents.mailer);
  const control = await startControl(core, {
    edge,
    incidents,
    intel,
    phishing,
    cluster: clusterReport(core, edge, cluster),
    dataPlane,
  });
  await cluster?.campaign();
  return {
    gateway: edge.gateway,
    controlUrl: control.url,
    control: control.app,
    table: core.table,
    store: core.store,
    origins: edge.origins,
    stats: edge.stats,
    events: core.events,
    publisher: intel.publisher,
    admission: defence.admission,
    defence: defence.loop,
    incidents: incidents.desk,
    phishing,
    traffic: edge.traffic,
    dataPlane,
    stop: () => teardown.run(),
  };
}
