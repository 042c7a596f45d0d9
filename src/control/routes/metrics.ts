// GET /metrics: Prometheus exposition of the edge's counters, the active decisions and origin health.
import type { FastifyInstance } from 'fastify';
import type { DataPlaneStatus } from '../../dataplane/status.js';
import type { EdgeStats } from '../../edge/stats.js';
import type { DecisionTable } from '../../responder/decision-table.js';
import type { RoleGuard } from '../bearer-auth.js';
import type { HealthReport } from '../health.js';
import { METRICS_CONTENT_TYPE, renderMetrics } from '../metrics.js';
import { authErrorResponses, bearerSecurity } from '../schemas.js';
import type { ClusterReport } from './cluster.js';

export interface MetricsRouteDeps {
  stats: EdgeStats;
  table: DecisionTable;
  health: () => HealthReport;
  now: () => number;
  authorize: RoleGuard;
  /** This gateway in its cluster; no cluster series without it. */
  cluster?: () => Promise<ClusterReport>;
  /** HAProxy as the data plane; no data-plane series without it. */
  dataPlane?: () => DataPlaneStatus;
}

export function metricsRoutes({
  stats,
  table,
  health,
  now,
  authorize,
  cluster,
  dataPlane,
}: MetricsRouteDeps) {
  return async (app: FastifyInstance) => {
    app.get(
      '/metrics',
      {
        onRequest: authorize('viewer'),
        schema: {
          tags: ['metrics'],
          summary: 'Prometheus metrics',
          description:
            'Prometheus text exposition format 0.0.4. Needs a token with the viewer role or above, because ' +
            'metrics reveal traffic levels, active decisions and origin addresses.',
          security: bearerSecurity,
          response: {
            200: {
              description: 'Metrics in the Prometheus text format.',
              content: { 'text/plain': { schema: { type: 'string' } } },
            },
            ...authErrorResponses,
          },
        },
      },
      async (_request, reply) => {
        const body = renderMetrics({
          stats,
          decisions: table.list(),
          origins: health().origins,
          now: now(),
          cluster: await cluster?.(),
          dataPlane: dataPlane?.(),
        });
        return reply.header('content-type', METRICS_CONTENT_TYPE).send(body);
      },
    );
  };
}
