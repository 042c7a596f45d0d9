// How the TAXII routes answer when something goes wrong: the TAXII 2.1 error message (title,
// description, http_status as a string) under the TAXII media type, never the /api/v1 error shape.

import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { TAXII_MEDIA_TYPE } from './media-types.js';

export const TAXII_REALM = 'Breakwater TAXII';

/** An error a TAXII route throws on purpose; its status, title and description reach the client. */
export class TaxiiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly title: string,
    readonly description: string,
  ) {
    super(description);
    this.name = 'TaxiiError';
  }
}

export interface TaxiiErrorBody {
  title: string;
  description: string;
  http_status: string;
}

function send(reply: FastifyReply, status: number, title: string, description: string) {
  if (status === 401) reply.header('www-authenticate', `Basic realm="${TAXII_REALM}", charset="UTF-8"`);
  const body: TaxiiErrorBody = { title, description, http_status: String(status) };
  return reply.code(status).header('content-type', TAXII_MEDIA_TYPE).send(body);
}

/** Fastify's own errors, in TAXII words. */
const FASTIFY_ERRORS: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'Payload too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'Unsupported media type'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'Bad request'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'Bad request'],
};

/** Installs the TAXII error and not-found handlers on the (encapsulated) TAXII scope. */
export function installTaxiiErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | TaxiiError, request, reply) => {
    if (error instanceof TaxiiError) return send(reply, error.statusCode, error.title, error.description);
    if (error.validation) return send(reply, 400, 'Bad request', error.message);
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return send(reply, known[0], known[1], error.message);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return send(reply, status, 'Bad request', error.message);
    request.log.error({ err: error }, 'TAXII request failed');
    return send(reply, 500, 'Internal error', 'the TAXII server failed to answer; see its log');
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, 'Not found', `no TAXII resource at ${request.url.split('?')[0]}`),
  );
}
