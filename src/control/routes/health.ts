// GET /api/v1/health: whether Breakwater can serve, for load balancers and people. Without credentials it
// answers up or down alone: the origins' addresses would let an attacker go around the gateway. A token
// or a console session of any role gets the full report, origins included.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PLAIN_COOKIE, readCookie, SECURE_COOKIE } from '../../accounts/session-cookie.js';
import type { RoleGuard } from '../bearer-auth.js';
import { type HealthReport, healthStatusCode } from '../health.js';
import { healthReportRef } from '../schemas.js';

export interface HealthRouteDeps {
  health: () => HealthReport;
  authorize: RoleGuard;
}

const summary = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: { status: { type: 'string', enum: ['ok', 'degraded'] } },
} as const;

/** True when the request carries credentials of some kind; only then is the full report considered. */
const bringsCredentials = (request: FastifyRequest): boolean =>
  request.headers.authorization !== undefined ||
  [PLAIN_COOKIE, SECURE_COOKIE].some((name) => readCookie(request.headers.cookie, name) !== undefined);

export function healthRoutes({ health, authorize }: HealthRouteDeps) {
  const viewer = authorize('viewer');
  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/health',
      {
        schema: {
          tags: ['health'],
          summary: 'Health of Breakwater and its origins',
          description:
            'No token needed: 200 while at least one origin is healthy, 503 when none is. Without ' +
            'credentials the answer is `{ status }` alone; with a token or console session (any role) it ' +
            'is the full report, origins and version included.',
          response: {
            200: { description: 'At least one origin can take traffic.', oneOf: [summary, healthReportRef] },
            503: { description: 'No origin can take traffic.', oneOf: [summary, healthReportRef] },
          },
        },
      },
      async (request, reply) => {
        const report = health();
        reply.code(healthStatusCode(report));
        if (!bringsCredentials(request)) return reply.send({ status: report.status });
        await viewer.call(app, request, reply);
        return reply.send(report);
      },
    );
  };
}
