// The control plane's HTTP app: error shape, authentication, OpenAPI and every control route, wired once.
// The composition root owns the listening socket; this only builds the app.
import type { SecureContextOptions } from 'node:tls';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { installAuditTrail } from '../accounts/audit-trail.js';
import { ConsoleSessions, DEFAULT_SESSION_POLICY, type SessionPolicy } from '../accounts/console-sessions.js';
import type { DataPlaneStatus } from '../dataplane/status.js';
import type { EdgeStats } from '../edge/stats.js';
import type { EventBus } from '../events.js';
import type { EvidenceOptions } from '../evidence/package.js';
import type { IncidentDesk } from '../incidents/desk.js';
import { DEFAULT_SERVICES } from '../incidents/services.js';
import type { IntelFeeds } from '../intel/feeds/feeds.js';
import type { Mailer } from '../notify/mailer.js';
import type { PhishingDesk } from '../phishing/desk.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { StatusSource } from '../status/status-source.js';
import type { Store } from '../store/index.js';
import { bearerAuth } from './bearer-auth.js';
import { formatSchemaErrors, installErrorHandlers } from './errors.js';
import type { HealthReport } from './health.js';
import { openApiOptions } from './openapi.js';
import { accountRoutes } from './routes/accounts.js';
import { type ClusterReport, clusterRoutes } from './routes/cluster.js';
import { consoleRoutes } from './routes/console.js';
import { crowdsecRoutes } from './routes/crowdsec.js';
import { decisionRoutes } from './routes/decisions.js';
import { detectionRoutes, MAX_DETECTION_ID_LENGTH } from './routes/detections.js';
import { eventRoutes } from './routes/events.js';
import { evidenceRoutes } from './routes/evidence.js';
import { healthRoutes } from './routes/health.js';
import { incidentRoutes } from './routes/incidents.js';
import { intelRoutes } from './routes/intel.js';
import { metricsRoutes } from './routes/metrics.js';
import { openApiRoutes } from './routes/openapi.js';
import { reportRoutes } from './routes/reports.js';
import { statusRoutes } from './routes/status.js';
import { TAXII_PREFIX, type TaxiiCollectionConfig, taxiiRoutes } from './routes/taxii.js';
import { trafficRoutes } from './routes/traffic.js';
import { sharedSchemas } from './schemas.js';
import { installTransportSecurity } from './transport-security.js';

/** Largest request body the control plane reads. */
export const CONTROL_BODY_LIMIT = 1024 * 1024;

export interface ControlAppDeps {
  table: DecisionTable;
  store: Store;
  stats: EdgeStats;
  health: () => HealthReport;
  /** Detections and decision changes, streamed to clients of /api/v1/events. */
  events: EventBus;
  /** Interval of the event stream's keep-alive comments; 15 s unless given. */
  eventKeepAliveMs?: number;
  now?: () => number;
  /** Fastify logger option; off unless given. */
  logger?: boolean | object;
  /** Names of the protected services for the public status page; the default service unless given. */
  services?: readonly string[];
  /** The TAXII 2.1 server's collections and POST limit; no /taxii2/ routes without it. */
  taxii?: { collections: TaxiiCollectionConfig[]; maxContentLength: number };
  /** Console session lifetimes; 30 min idle and 12 h in all unless given. */
  sessionPolicy?: SessionPolicy;
  /** Mails security notices to console users; none without it. */
  mailer?: Mailer;
  /** The incident desk; no /api/v1/incidents routes without it. */
  incidents?: IncidentDesk;
  /** Certificate, key and TLS settings: the app is served over HTTPS. */
  https?: SecureContextOptions;
  /** The origin browsers reach the console at through a TLS proxy in front (controlPlane.publicOrigin). */
  publicOrigin?: string | null;
  /** Peers' feeds and plain block lists; no /api/v1/intel routes without it. */
  intel?: IntelFeeds;
  /** The phishing desk and its caps; no /api/v1/reports routes without it. */
  phishing?: { desk: PhishingDesk; maxMessageSize: number; maxParts: number };
  /** This gateway in its cluster (workers, leader, Redis); no /api/v1/cluster route without it. */
  cluster?: () => Promise<ClusterReport>;
  /** HAProxy as the data plane, for /metrics; no data-plane series without it. */
  dataPlane?: () => DataPlaneStatus;
  /** What evidence packages are made with: the edge's witness, our identity, TLP; defaults without it. */
  evidence?: Omit<EvidenceOptions, 'store' | 'now'>;
}

export async function buildControlApp(deps: ControlAppDeps): Promise<FastifyInstance> {
  const { table, store, stats, health, events } = deps;
  const now = deps.now ?? Date.now;
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: CONTROL_BODY_LIMIT,
    schemaErrorFormatter: formatSchemaErrors,
    // Unknown fields are refused (a typo such as `tll` must not silently drop a ttl), not stripped.
    ajv: { customOptions: { allowUnionTypes: true, removeAdditional: false } },
    // Never trust client-supplied forwarding headers for the control plane.
    trustProxy: false,
    // Detection ids carry the attacked path, so a URL-encoded id can be far longer than the default 100.
    routerOptions: { maxParamLength: 3 * MAX_DETECTION_ID_LENGTH },
    // Over HTTPS the server is an https.Server; the routes do not depend on which.
    ...(deps.https ? { https: deps.https } : {}),
  }) as FastifyInstance;
  installErrorHandlers(app);
  installTransportSecurity(app, deps.publicOrigin ?? null);
  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(swagger, openApiOptions(health().version));

  installAuditTrail(app, store, now);
  const sessions = new ConsoleSessions(store, deps.sessionPolicy ?? DEFAULT_SESSION_POLICY, now);
  const authorize = bearerAuth({ store, now, sessions });
  await app.register(healthRoutes({ health, authorize }));
  await app.register(
    metricsRoutes({ stats, table, health, now, authorize, cluster: deps.cluster, dataPlane: deps.dataPlane }),
  );
  await app.register(decisionRoutes({ table, store, now, authorize }));
  await app.register(detectionRoutes({ store, authorize }));
  if (deps.incidents) await app.register(incidentRoutes({ store, desk: deps.incidents, now, authorize }));
  await app.register(trafficRoutes({ store, now, authorize }));
  await app.register(eventRoutes({ events, authorize, keepAliveMs: deps.eventKeepAliveMs }));
  await app.register(accountRoutes({ store, sessions, now, authorize, mailer: deps.mailer }));
  if (deps.taxii) await app.register(taxiiRoutes({ store, now, ...deps.taxii }), { prefix: TAXII_PREFIX });
  if (deps.intel) await app.register(intelRoutes({ feeds: deps.intel, store, table, now, authorize }));
  if (deps.phishing) await app.register(reportRoutes({ ...deps.phishing, store, now, authorize }));
  await app.register(crowdsecRoutes({ table, store, now, authorize }));
  if (deps.cluster) await app.register(clusterRoutes({ report: deps.cluster, authorize }));
  const evidence = deps.evidence ?? { identity: 'Breakwater', tlp: 'amber', keepQueryValues: false };
  await app.register(evidenceRoutes({ ...evidence, store, now, authorize }));
  const services = deps.services ?? DEFAULT_SERVICES.map((s) => s.name);
  const statusSource = new StatusSource({ incidents: store.incidents, services, health, now });
  await app.register(statusRoutes({ source: statusSource }));
  await app.register(openApiRoutes);
  // Last: the console answers only the paths no other route claims.
  await app.register(consoleRoutes());
  return app;
}
