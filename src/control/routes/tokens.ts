// /api/v1/tokens: API tokens, for admins. A token is shown once at creation and stored as a hash; no
// one can mint a token with a role above their own.
import type { FastifyInstance } from 'fastify';
import { createToken, ROLES, type Role, roleAtLeast } from '../../auth/tokens.js';
import { parseDuration } from '../../config/duration.js';
import type { Store, StoredToken } from '../../store/index.js';
import type { TokenMaker } from '../../store/token-repository.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef, idParams } from '../schemas.js';

export interface TokenRouteDeps {
  store: Pick<Store, 'tokens' | 'users'>;
  now: () => number;
  authorize: RoleGuard;
}

interface TokenInput {
  name: string;
  role: Role;
  ttl?: string;
  expiresAt?: number | null;
}

const TAGS = ['tokens'];

const tokenProperties = {
  id: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string', enum: [...ROLES] },
  createdAt: { type: 'integer' },
  expiresAt: { type: ['integer', 'null'] },
  lastUsedAt: { type: ['integer', 'null'] },
  revokedAt: { type: ['integer', 'null'] },
  createdBy: {
    type: ['object', 'null'],
    description: 'Who made the token through the API; null for the command line. It loses what they lose.',
    required: ['kind', 'id', 'name'],
    properties: {
      kind: { type: 'string', enum: ['user', 'token'] },
      id: { type: 'string' },
      name: {
        type: ['string', 'null'],
        description: 'The user’s email or the token’s name, when still known.',
      },
    },
  },
} as const;

const tokenSchema = {
  type: 'object',
  required: ['id', 'name', 'role', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'],
  properties: tokenProperties,
} as const;

const describeToken = (
  { id, name, role, createdAt, expiresAt, lastUsedAt, revokedAt, maker }: StoredToken,
  makerName: (maker: TokenMaker) => string | null = () => null,
) => ({
  id,
  name,
  role,
  createdAt,
  expiresAt,
  lastUsedAt,
  revokedAt,
  createdBy: maker && { ...maker, name: makerName(maker) },
});

const invalid = (field: string, message: string) =>
  new ApiError(400, 'invalid_request', `${field} ${message}`, [{ field, message }]);

export function tokenRoutes({ store, now, authorize }: TokenRouteDeps) {
  /** Lifetime in seconds from `ttl` or `expiresAt`; undefined never expires. */
  function lifetime(input: TokenInput): number | undefined {
    if (input.ttl !== undefined && input.expiresAt !== undefined && input.expiresAt !== null) {
      throw invalid('body/ttl', 'give either ttl or expiresAt, not both');
    }
    if (input.ttl !== undefined) {
      const ms = /^\s*\d+$/.test(input.ttl) ? undefined : parseDuration(input.ttl);
      if (!ms) throw invalid('body/ttl', "must be a duration such as '12h', '30d'");
      return ms / 1000;
    }
    if (input.expiresAt === undefined || input.expiresAt === null) return undefined;
    if (input.expiresAt <= now()) throw invalid('body/expiresAt', 'must be in the future');
    return (input.expiresAt - now()) / 1000;
  }

  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/tokens',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'List API tokens, revoked and expired ones included',
          description: 'Needs the admin role. Tokens themselves are never shown again.',
          security: bearerSecurity,
          response: {
            200: {
              type: 'object',
              required: ['tokens'],
              properties: { tokens: { type: 'array', items: tokenSchema } },
            },
            ...authErrorResponses,
          },
        },
      },
      async () => {
        const tokens = await store.tokens.list();
        const users = new Map((await store.users.list()).map((u) => [u.id, u.email]));
        const names = new Map(tokens.map((t) => [t.id, t.name]));
        const makerName = (maker: TokenMaker) =>
          (maker.kind === 'user' ? users.get(maker.id) : names.get(maker.id)) ?? null;
        return { tokens: tokens.map((token) => describeToken(token, makerName)) };
      },
    );

    app.post<{ Body: TokenInput }>(
      '/api/v1/tokens',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Create an API token',
          description:
            'Needs the admin role, and a role no higher than the caller’s. The token is in the answer ' +
            'once; only its hash is kept.',
          security: bearerSecurity,
          body: {
            type: 'object',
            required: ['name', 'role'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 100 },
              role: { type: 'string', enum: [...ROLES] },
              ttl: { type: 'string', description: "Lifetime such as '12h' or '90d'." },
              expiresAt: {
                type: ['integer', 'null'],
                description: 'Absolute expiry in ms since the epoch; null or absent never expires.',
              },
            },
          },
          response: {
            201: {
              type: 'object',
              required: ['token', ...tokenSchema.required],
              properties: {
                token: { type: 'string', description: 'The bearer token; shown only this once.' },
                ...tokenProperties,
              },
            },
            400: { description: 'A field is invalid.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const actorRole = request.actor?.role ?? 'viewer';
        if (!roleAtLeast(actorRole, request.body.role)) {
          throw new ApiError(
            403,
            'forbidden',
            `you cannot create a token above your own role (${actorRole})`,
          );
        }
        const { token, record } = await createToken({
          store,
          role: request.body.role,
          name: request.body.name,
          ttlSeconds: lifetime(request.body),
          now,
          maker: request.actor && { kind: request.actor.kind, id: request.actor.id },
        });
        request.auditNote = {
          target: { tokenId: record.id },
          detail: { name: record.name, role: record.role },
        };
        return reply.code(201).send({
          token,
          ...describeToken(
            { ...record, lastUsedAt: null, revokedAt: null },
            () => request.actor?.name ?? null,
          ),
        });
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/api/v1/tokens/:id',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Revoke an API token',
          description: 'Needs the admin role. It stops working at once.',
          security: bearerSecurity,
          params: idParams,
          response: {
            204: { type: 'null', description: 'Revoked.' },
            404: { description: 'No token with this id is in force.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        if (!(await store.tokens.revoke(request.params.id))) {
          throw new ApiError(404, 'not_found', `no token in force has id ${request.params.id}`);
        }
        return reply.code(204).send();
      },
    );
  };
}
