// How the control plane answers when something goes wrong: always JSON `{ error, message, details? }`.
// Validation failures name the field; server faults say nothing about their insides.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifySchemaValidationError } from 'fastify';
import type { ApiErrorCode, StatusOf } from './error-codes.js';

export interface FieldProblem {
  /** Where the problem is, as `body/action` or `querystring/scope`. */
  field: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  details?: FieldProblem[];
}

/**
 * An error a route throws on purpose; its status, code and message reach the client as they are. The
 * code and its status come from the catalogue (error-codes.ts): a code not listed there, or thrown with
 * another status, does not compile.
 */
export class ApiError<C extends ApiErrorCode = ApiErrorCode> extends Error {
  constructor(
    readonly statusCode: StatusOf<C>,
    readonly code: C,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function describeSchemaErrors(errors: FastifySchemaValidationError[], part: string): FieldProblem[] {
  return errors.map((e) => {
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
      return { field: `${part}${e.instancePath}/${params.missingProperty}`, message: 'is required' };
    }
    if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      return {
        field: `${part}${e.instancePath}`,
        message: `must be one of ${params.allowedValues.join(', ')}`,
      };
    }
    if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
      return { field: `${part}${e.instancePath}/${params.additionalProperty}`, message: 'is not allowed' };
    }
    return { field: `${part}${e.instancePath}`, message: e.message ?? 'is invalid' };
  });
}

/** Fastify `schemaErrorFormatter`: one readable line per problem, field first. */
export function formatSchemaErrors(errors: FastifySchemaValidationError[], part: string): Error {
  return new Error(
    describeSchemaErrors(errors, part)
      .map((p) => `${p.field} ${p.message}`)
      .join('; '),
  );
}

export function errorBody(code: string, message: string, details?: FieldProblem[]): ErrorBody {
  return details?.length ? { error: code, message, details } : { error: code, message };
}

/** `Payload Too Large` → `payload_too_large`. */
function codeForStatus(status: number): string {
  return (STATUS_CODES[status] ?? 'error')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer');
      return reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
    }
    if (error.validation) {
      const details = describeSchemaErrors(error.validation, error.validationContext ?? 'request');
      return reply.code(400).send(errorBody('invalid_request', error.message, details));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(codeForStatus(status), error.message));
    }
    request.log.error({ err: error }, 'control request failed');
    return reply
      .code(500)
      .send(errorBody('internal_error', 'the control plane failed to answer; see its log'));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    return reply.code(404).send(errorBody('not_found', `no route ${request.method} ${path}`));
  });
}
