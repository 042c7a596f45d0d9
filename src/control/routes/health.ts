// GET /api/v1/health: whether Breakwater can serve, for load balancers and people. No token needed.
import type { FastifyInstance } from 'fastify';
import { type HealthReport, healthStatusCode } from '../health.js';
import { healthReportRef } from '../schemas.js';

export function healthRoutes(health: () => HealthReport) {
  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/health',
      {
        schema: {
          tags: ['health'],
          summary: 'Health of Breakwater and its origins',
          description: 'No token needed. 200 while at least one origin is healthy, 503 when none is.',
          response: {
            200: { description: 'At least one origin can take traffic.', ...healthReportRef },
            503: { description: 'No origin can take traffic.', ...healthReportRef },
          },
        },
      },
      async (_request, reply) => {
        const report = health();
        return reply.code(healthStatusCode(report)).send(report);
      },
    );
  };
}
