// GET /api/openapi.json: the OpenAPI document, generated from the schemas of every control route.
import type { FastifyInstance } from 'fastify';

export async function openApiRoutes(app: FastifyInstance) {
  app.get(
    '/api/openapi.json',
    {
      schema: {
        tags: ['meta'],
        summary: 'This OpenAPI document',
        description: 'No token needed.',
        response: {
          200: { description: 'OpenAPI 3.1 document.', type: 'object', additionalProperties: true },
        },
      },
    },
    async () => app.swagger(),
  );
}
