// The control plane's HTTP app: error shape, authentication, OpenAPI and every control route, wired once.
// The composition root owns the listening socket; this only builds the app.
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { EdgeStats } from '../edge/stats.js';
import type { EventBus } from '../events.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { Store } from '../store/index.js';
import { bearerAuth } from './bearer-auth.js';
import { formatSchemaErrors, installErrorHandlers } from './errors.js';
import type { HealthReport } from './health.js';
import { openApiOptions } from './openapi.js';
import { decisionRoutes } from './routes/decisions.js';
import { detectionRoutes, MAX_DETECTION_ID_LENGTH } from './routes/detections.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';
import { openApiRoutes } from './routes/openapi.js';
import { sharedSchemas } from './schemas.js';

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
  });
  installErrorHandlers(app);
  for (const schema of sharedSchemas) app.addSchema(schema);
  await app.register(swagger, openApiOptions(health().version));

  const authorize = bearerAuth({ store, now });
  await app.register(healthRoutes(health));
  await app.register(metricsRoutes({ stats, table, health, now, authorize }));
  await app.register(decisionRoutes({ table, store, now, authorize }));
  await app.register(detectionRoutes({ store, authorize }));
  await app.register(eventRoutes({ events, authorize, keepAliveMs: deps.eventKeepAliveMs }));
  await app.register(openApiRoutes);
  return app;
}
