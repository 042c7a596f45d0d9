// The composition root: opens the store, loads decisions, starts the origin set, the gateway and the
// control plane from one Config, and stops them in the reverse order, also when starting fails half-way.
// The CLI and the tests both start Breakwater here.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/index.js';
import { buildControlApp } from './control/app.js';
import type { HealthReport } from './control/health.js';
import { DefenceLoop } from './defence-loop.js';
import { Admission } from './edge/admission.js';
import { Challenge } from './edge/challenge/index.js';
import { type Gateway, startGateway } from './edge/gateway.js';
import { OriginSet } from './edge/origins.js';
import { EdgeStats } from './edge/stats.js';
import { ProxyList } from './edge/trusted-proxies.js';
import { EventBus } from './events.js';
import { IncidentDesk } from './incidents/desk.js';
import { IntelFeeds } from './intel/feeds/feeds.js';
import { Publisher } from './intel/publisher.js';
import type { Log } from './log.js';
import { createMailer, Notifier } from './notify/index.js';
import { DecisionTable } from './responder/decision-table.js';
import { Responder } from './responder/responder.js';
import { Sentinel } from './sentinel/sentinel.js';
import { Tally } from './sentinel/tally.js';
import { openStore, type Store } from './store/index.js';
import { Teardown } from './teardown.js';
import { TrafficRecorder } from './traffic/recorder.js';
import { VERSION } from './version.js';

/** How often expired decisions are pruned from the table and the store. */
const PRUNE_INTERVAL_MS = 5_000;

export interface Breakwater {
  gateway: Gateway;
  /** Base URL of the control plane. */
  controlUrl: string;
  control: FastifyInstance;
  table: DecisionTable;
  store: Store;
  origins: OriginSet;
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
  stop(): Promise<void>;
}

function hostUrl(scheme: string, host: string, port: number): string {
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}`;
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

/** Starts every component, registering how to stop each in `teardown` as soon as it has started. */
async function assemble(
  config: Config,
  log: Log,
  now: () => number,
  teardown: Teardown,
): Promise<Breakwater> {
  const startedAt = now();
  const store = await openStore({ dataDir: config.data, database: config.database, now });
  teardown.add(() => store.close());
  const table = new DecisionTable(now);
  for (const decision of await store.decisions.list()) table.put(decision);
  log.info('decisions loaded', { count: table.size });

  const secret = await store.secrets.getOrCreate('challenge-hmac', () => randomBytes(32).toString('base64'));
  const challenge = new Challenge({
    secret: Buffer.from(secret, 'base64'),
    now,
    defaultDifficulty: config.challenge.difficulty,
    passTtlMs: config.challenge.passTtl,
    secureCookie: config.tls !== null,
  });

  const origins = new OriginSet({
    urls: config.upstreams,
    connectTimeoutMs: config.timeouts.upstreamConnect,
    responseTimeoutMs: config.timeouts.upstreamResponse,
    healthCheck: {
      path: config.healthCheck.path,
      intervalMs: config.healthCheck.interval,
      timeoutMs: config.healthCheck.timeout,
      unhealthyAfter: config.healthCheck.unhealthyAfter,
      healthyAfter: config.healthCheck.healthyAfter,
    },
    now,
    onChange: (state) =>
      state.healthy
        ? log.info('origin healthy again', { origin: state.url })
        : log.warn('origin unhealthy', { origin: state.url, error: state.lastError }),
  });
  origins.start();
  teardown.add(() => origins.close());

  const stats = new EdgeStats();
  const events = new EventBus();
  table.onChange((change) =>
    events.publish({
      type: 'decision',
      at: now(),
      change: change.type,
      decision: change.decision,
      dryRun: false,
    }),
  );
  const publisher = new Publisher({
    store,
    events,
    collectionId: config.intel.collections[0].id,
    identity: config.intel.identity,
    tlp: config.intel.tlp,
    log,
    now,
  });
  publisher.start();
  teardown.add(async () => {
    publisher.stop();
    await publisher.idle();
  });
  const tally = new Tally({ now, loginRoutes: config.sentinel.loginRoutes });
  const responder = new Responder({
    dryRun: config.responder.mode === 'dry-run',
    baseTtlMs: config.responder.ttl,
    maxTtlMs: config.responder.maxTtl,
    escalateAfterMs: config.responder.escalateAfter,
    cooldownMs: config.responder.cooldown,
    throttle: { rate: config.responder.throttleRate, burst: config.responder.throttleBurst },
    allowlist: config.responder.allowlist,
  });
  const admission = new Admission({ now });
  const defence = new DefenceLoop({
    tally,
    sentinel: new Sentinel(),
    responder,
    mode: config.responder.mode,
    table,
    admission,
    store,
    events,
    log,
    tickMs: config.sentinel.tick,
    now,
  });
  const gateway = await startGateway({
    listen: config.listen,
    tls: config.tls ? { cert: readFileSync(config.tls.cert), key: readFileSync(config.tls.key) } : undefined,
    origins,
    table,
    challenge,
    routes: config.routes,
    trustedProxies: new ProxyList(config.trustedProxies),
    limits: config.limits,
    timeouts: config.timeouts,
    http2: config.http2,
    verified: { rate: config.challenge.verifiedRate, burst: config.challenge.verifiedBurst },
    stats,
    admission,
    tally,
    onAbuse: (address, what) => {
      if (config.responder.mode === 'off') return;
      const decision = responder.abuse(address, what, now());
      if (decision !== undefined) defence.apply(decision);
    },
    log,
    now,
  });
  teardown.add(() => gateway.close());

  const health = (): HealthReport => {
    const states = origins.states();
    return {
      status: states.some((s) => s.healthy) ? 'ok' : 'degraded',
      origins: states.map((s) => ({ url: s.url, healthy: s.healthy, lastError: s.lastError })),
      uptimeSeconds: Math.round((now() - startedAt) / 1000),
      version: VERSION,
    };
  };
  const taxii = { collections: config.intel.collections, maxContentLength: config.intel.maxContentLength };
  const intel = new IntelFeeds({ store, table, config, now, log });
  const mailer = createMailer(config.notifications.email, config.notifications.timeout);
  const sessionPolicy = { idleMs: config.console.sessionIdle, maxMs: config.console.sessionMax };
  const incidents = new IncidentDesk({
    store,
    traffic: store.traffic,
    events,
    table,
    services: config.services,
    resolveAfterMs: config.incidents.resolveAfter,
    log,
    now,
  });
  await incidents.start();
  teardown.add(() => incidents.stop());
  const control = await buildControlApp({
    table,
    store,
    stats,
    health,
    events,
    now,
    taxii,
    intel,
    sessionPolicy,
    mailer,
    incidents,
    services: config.services.map((service) => service.name),
  });
  teardown.add(() => control.close());
  await control.listen({ host: config.control.host, port: config.control.port });
  const controlPort = (control.server.address() as { port: number }).port;

  const notifier = new Notifier({
    settings: config.notifications,
    record: (incidentId, entry) => store.incidents.appendTimeline(incidentId, entry),
    mailer,
    log,
    now,
  });
  notifier.listen(events);
  teardown.add(() => notifier.close());

  defence.start();
  teardown.add(() => defence.stop());
  teardown.add(() => intel.stop());
  await intel.start();
  const traffic = new TrafficRecorder({
    stats,
    traffic: store.traffic,
    events,
    log,
    now,
    retentionMs: config.traffic.retention,
  });
  traffic.start();
  teardown.add(() => traffic.stop());
  const pruner = setInterval(() => {
    const expired = table.prune();
    if (expired.length > 0) log.info('decisions expired', { count: expired.length });
    store.decisions
      .pruneExpired(now())
      .catch((error: Error) => log.error('pruning the store failed', { error: error.message }));
  }, PRUNE_INTERVAL_MS);
  pruner.unref();
  teardown.add(() => clearInterval(pruner));

  return {
    gateway,
    controlUrl: hostUrl('http', config.control.host, controlPort),
    control,
    table,
    store,
    origins,
    stats,
    events,
    publisher,
    admission,
    defence,
    incidents,
    traffic,
    stop: () => teardown.run(),
  };
}
