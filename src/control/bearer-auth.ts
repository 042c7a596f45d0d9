// Authentication for control routes: a bearer token (found by its hash), or a console session cookie
// whose second factor is checked. Missing, malformed, unknown, revoked or expired credentials get 401; a
// role too low gets 403; a cookie-authenticated write without the session's CSRF token gets 403 `csrf`.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { ConsoleSessions } from '../accounts/console-sessions.js';
import { checkCsrf } from '../accounts/csrf.js';
import { hashToken, looksLikeToken, type Role, roleAtLeast } from '../auth/tokens.js';
import type { Store, StoredToken } from '../store/index.js';
import { ApiError } from './errors.js';

/** Who made a request: an API token or a console user. */
export interface Actor {
  kind: 'token' | 'user';
  id: string;
  /** The token's name or the user's email. */
  name: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the guard once the request is authenticated. */
    actor?: Actor;
  }
}

export interface BearerAuthDeps {
  store: Pick<Store, 'tokens'>;
  now: () => number;
  /** Console sessions; without them only bearer tokens are accepted. */
  sessions?: ConsoleSessions;
}

/** Returns an onRequest hook that admits only tokens or users whose role is at least `need`. */
export type RoleGuard = (need: Role) => onRequestAsyncHookHandler;

const unauthorized = (message: string, code: 'unauthorized' | 'mfa_required' = 'unauthorized') =>
  new ApiError(401, code, message);
const forbidden = (need: Role) => new ApiError(403, 'forbidden', `this action needs the ${need} role`);

export const storeUnavailable = (what: string) =>
  new ApiError(503, 'store_unavailable', `${what} cannot be checked right now: the store is unavailable`);

export function bearerAuth({ store, now, sessions }: BearerAuthDeps): RoleGuard {
  return (need) => async (request: FastifyRequest) => {
    if (request.headers.authorization === undefined && sessions) {
      const signedIn = await sessions.current(request).catch((err: unknown) => {
        request.log.error({ err }, 'session lookup failed');
        throw storeUnavailable('sessions');
      });
      if (signedIn) {
        const { session, user } = signedIn;
        if (session.mfa !== 'complete') {
          throw unauthorized('finish signing in: a second factor is still to be checked', 'mfa_required');
        }
        checkCsrf(request, session);
        if (!roleAtLeast(user.role, need)) throw forbidden(need);
        request.actor = { kind: 'user', id: user.id, name: user.email, role: user.role };
        return;
      }
    }
    const token = bearerToken(request);
    let record: StoredToken | undefined;
    try {
      record = await store.tokens.findByHash(hashToken(token));
    } catch (err) {
      request.log.error({ err }, 'token lookup failed');
      throw storeUnavailable('tokens');
    }
    const at = now();
    // One answer for all three, so a caller learns nothing about tokens it does not hold.
    if (!record || record.revokedAt !== null || (record.expiresAt !== null && record.expiresAt <= at)) {
      throw unauthorized('the bearer token is unknown, revoked or expired');
    }
    if (!roleAtLeast(record.role, need)) throw forbidden(need);
    request.actor = { kind: 'token', id: record.id, name: record.name, role: record.role };
    try {
      await store.tokens.touch(record.id, at);
    } catch (err) {
      request.log.warn({ err, tokenId: record.id }, 'could not record token use');
    }
  };
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) {
    throw unauthorized('send a token as `Authorization: Bearer <token>`, or sign in to the console');
  }
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('the Authorization header must be `Bearer <token>`');
  if (!looksLikeToken(match[1])) throw unauthorized('the bearer token is malformed');
  return match[1];
}
