// Cross-site request forgery defences for cookie-authenticated requests: a state-changing request must
// carry the session's token in X-CSRF-Token, and an Origin header, when sent, must be the console's own
// (the origin it was reached at, or the public origin of a proxy in front).
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../control/errors.js';
import { consoleOrigin, directOrigin } from '../control/transport-security.js';
import type { Session } from '../store/index.js';

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isStateChanging = (request: FastifyRequest): boolean => !SAFE_METHODS.has(request.method);

/** Refuses a request whose Origin header names another site. */
export function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== consoleOrigin(request) && origin !== directOrigin(request)) {
    throw new ApiError(403, 'csrf', `requests from ${origin} are not accepted; use the console itself`);
  }
}

/** For a state-changing request: the Origin check, and X-CSRF-Token equal to the session's token. */
export function checkCsrf(request: FastifyRequest, session: Session): void {
  if (!isStateChanging(request)) return;
  checkOrigin(request);
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ApiError(
      403,
      'csrf',
      'send the CSRF token from GET /api/v1/auth/session in the X-CSRF-Token header',
    );
  }
}
