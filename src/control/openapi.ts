// Options for @fastify/swagger: the OpenAPI header, the bearer security scheme, and component naming.
import type { SwaggerOptions } from '@fastify/swagger';

export function openApiOptions(version: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Breakwater control plane',
        version,
        description:
          'Manage the decisions Breakwater enforces at its edge and read its health and metrics. ' +
          'Send a token as `Authorization: Bearer bwt_...`; roles rise from viewer to responder to admin.',
      },
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token (`bwt_...`), shown once when it is created.',
          },
          bouncerKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description: 'A bouncer’s key, printed once by `breakwater bouncers add NAME`.',
          },
        },
      },
    },
    // Shared schemas keep their `$id` as their name under components.schemas.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  };
}
