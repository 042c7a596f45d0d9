// Bearer-token authentication for control routes: finds the token by its hash and checks its role.
// Missing, malformed, unknown, revoked or expired tokens get 401; a role too low gets 403.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { hashToken, looksLikeToken, type Role, roleAtLeast } from '../auth/tokens.js';
import type { Store, StoredToken } from '../store/index.js';
import { ApiError } from './errors.js';

export interface BearerAuthDeps {
  store: Pick<Store, 'tokens'>;
  now: () => number;
}

/** Returns an onRequest hook that admits only tokens whose role is at least `need`. */
export type RoleGuard = (need: Role) => onRequestAsyncHookHandler;

const unauthorized = (message: string) => new ApiError(401, 'unauthorized', message);

export function bearerAuth({ store, now }: BearerAuthDeps): RoleGuard {
  return (need) => async (request: FastifyRequest) => {
    const token = bearerToken(request);
    let record: StoredToken | undefined;
    try {
      record = await store.tokens.findByHash(hashToken(token));
    } catch (err) {
      request.log.error({ err }, 'token lookup failed');
      throw new ApiError(
        503,
        'store_unavailable',
        'tokens cannot be checked right now: the store is unavailable',
      );
    }
    const at = now();
    // One answer for all three, so a caller learns nothing about tokens it does not hold.
    if (!record || record.revokedAt !== null || (record.expiresAt !== null && record.expiresAt <= at)) {
      throw unauthorized('the bearer token is unknown, revoked or expired');
    }
    if (!roleAtLeast(record.role, need)) {
      throw new ApiError(403, 'forbidden', `this action needs the ${need} role`);
    }
    try {
      await store.tokens.touch(record.id, at);
    } catch (err) {
      request.log.warn({ err, tokenId: record.id }, 'could not record token use');
    }
  };
}

function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (!header) throw unauthorized('send a token as `Authorization: Bearer <token>`');
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('the Authorization header must be `Bearer <token>`');
  if (!looksLikeToken(match[1])) throw unauthorized('the bearer token is malformed');
  return match[1];
}
