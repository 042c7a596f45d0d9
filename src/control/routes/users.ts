// /api/v1/users: console users, for admins. A new user gets a one-time setup link; changing a role or
// disabling a user ends their sessions; the last active admin cannot be demoted, disabled or removed.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { inviteUser, normaliseEmail, renewSetup, UserExistsError } from '../../accounts/invite.js';
import { setupUrl } from '../../accounts/setup-link.js';
import { followMaker } from '../../auth/token-makers.js';
import { ROLES, type Role } from '../../auth/tokens.js';
import { publicUser, type Store, type User } from '../../store/index.js';
import type { RoleGuard } from '../bearer-auth.js';
import { ApiError } from '../errors.js';
import { authErrorResponses, bearerSecurity, errorRef, idParams } from '../schemas.js';
import { consoleOrigin } from '../transport-security.js';

export interface UserRouteDeps {
  store: Pick<Store, 'users' | 'sessions' | 'factors' | 'tokens'>;
  now: () => number;
  authorize: RoleGuard;
}

const TAGS = ['users'];

const userSchema = {
  type: 'object',
  required: ['id', 'email', 'role', 'disabled', 'hasPassword', 'totp', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string', enum: [...ROLES] },
    disabled: { type: 'boolean' },
    hasPassword: { type: 'boolean', description: 'False until the setup link is used.' },
    totp: { type: 'boolean', description: 'An authenticator app is enrolled.' },
    passkeys: { type: 'integer' },
    createdAt: { type: 'integer' },
    updatedAt: { type: 'integer' },
  },
} as const;

const setupAnswer = {
  type: 'object',
  required: ['user', 'setupUrl', 'setupExpiresAt'],
  properties: {
    user: userSchema,
    setupUrl: { type: 'string', description: 'One-time link for the user to choose a password; shown once.' },
    setupExpiresAt: { type: 'integer' },
  },
} as const;

export function userRoutes({ store, now, authorize }: UserRouteDeps) {
  async function find(id: string) {
    const user = await store.users.find(id);
    if (!user) throw new ApiError(404, 'not_found', `no user has id ${id}`);
    return user;
  }

  /** Refuses a change that would leave no active admin. */
  async function keepAnAdmin(user: User, after: { role: Role; disabled: boolean } | undefined) {
    const activeAdmin = user.role === 'admin' && !user.disabled;
    const staysActiveAdmin = after !== undefined && after.role === 'admin' && !after.disabled;
    if (activeAdmin && !staysActiveAdmin && (await store.users.countActiveAdmins()) <= 1) {
      throw new ApiError(409, 'last_admin', 'this is the last active admin; make another admin first');
    }
  }

  const withPasskeys = async (user: User) => ({
    ...publicUser(user),
    passkeys: await store.factors.countPasskeys(user.id),
  });

  const linkFor = (request: FastifyRequest, token: string) => setupUrl(consoleOrigin(request), token);

  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/users',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'List console users',
          description: 'Needs the admin role.',
          security: bearerSecurity,
          response: {
            200: {
              type: 'object',
              required: ['users'],
              properties: { users: { type: 'array', items: userSchema } },
            },
            ...authErrorResponses,
          },
        },
      },
      async () => ({ users: await Promise.all((await store.users.list()).map(withPasskeys)) }),
    );

    app.post<{ Body: { email: string; role: Role } }>(
      '/api/v1/users',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Add a console user',
          description:
            'Needs the admin role. The answer carries a setup link, valid once for 24 hours, for the user ' +
            'to choose a password and enrol a second factor.',
          security: bearerSecurity,
          body: {
            type: 'object',
            required: ['email', 'role'],
            additionalProperties: false,
            properties: {
              email: { type: 'string', maxLength: 254 },
              role: { type: 'string', enum: [...ROLES] },
            },
          },
          response: {
            201: setupAnswer,
            400: { description: 'The email is not an address.', ...errorRef },
            409: { description: 'A user has this email already (`user_exists`).', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const email = normaliseEmail(request.body.email);
        if (!email) {
          throw new ApiError(400, 'invalid_request', 'body/email must be an email address', [
            { field: 'body/email', message: 'must be an email address' },
          ]);
        }
        try {
          const invitation = await inviteUser(store, { email, role: request.body.role }, now());
          request.auditNote = {
            target: { userId: invitation.user.id, email },
            detail: { role: request.body.role },
          };
          return reply.code(201).send({
            user: await withPasskeys(invitation.user),
            setupUrl: linkFor(request, invitation.token),
            setupExpiresAt: invitation.expiresAt,
          });
        } catch (error) {
          if (error instanceof UserExistsError) throw new ApiError(409, 'user_exists', error.message);
          throw error;
        }
      },
    );

    app.post<{ Params: { id: string } }>(
      '/api/v1/users/:id/setup-link',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Issue a new setup link (a forgotten password)',
          description:
            'Needs the admin role. The earlier link stops working; the user keeps their second factors.',
          security: bearerSecurity,
          params: idParams,
          response: {
            200: setupAnswer,
            404: { description: 'No such user.', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const user = await find(request.params.id);
        const setup = await renewSetup(store, user.id, now());
        request.auditNote = { target: { email: user.email } };
        return {
          user: await withPasskeys(user),
          setupUrl: linkFor(request, setup.token),
          setupExpiresAt: setup.expiresAt,
        };
      },
    );

    app.patch<{ Params: { id: string }; Body: { role?: Role; disabled?: boolean } }>(
      '/api/v1/users/:id',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Change a user’s role, or disable or enable them',
          description:
            'Needs the admin role. The user’s sessions end, so the change applies at once; the API tokens ' +
            'they made (and the tokens those made) are revoked when the user is disabled, or lowered to the ' +
            'new role.',
          security: bearerSecurity,
          params: idParams,
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { role: { type: 'string', enum: [...ROLES] }, disabled: { type: 'boolean' } },
          },
          response: {
            200: { type: 'object', required: ['user'], properties: { user: userSchema } },
            404: { description: 'No such user.', ...errorRef },
            409: { description: 'It would leave no active admin (`last_admin`).', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request) => {
        const user = await find(request.params.id);
        const after = {
          role: request.body.role ?? user.role,
          disabled: request.body.disabled ?? user.disabled,
        };
        await keepAnAdmin(user, after);
        await store.users.update(user.id, request.body);
        await store.sessions.removeForUser(user.id);
        const tokens = await followMaker(
          store,
          { kind: 'user', id: user.id },
          after.disabled ? null : after.role,
        );
        request.auditNote = {
          target: { email: user.email },
          detail: { ...request.body, tokensChanged: tokens },
        };
        return { user: await withPasskeys(await find(user.id)) };
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/api/v1/users/:id',
      {
        onRequest: authorize('admin'),
        schema: {
          tags: TAGS,
          summary: 'Remove a user, with their factors and sessions',
          description: 'Needs the admin role.',
          security: bearerSecurity,
          params: idParams,
          response: {
            204: { type: 'null', description: 'Removed.' },
            404: { description: 'No such user.', ...errorRef },
            409: { description: 'It is the last active admin (`last_admin`).', ...errorRef },
            ...authErrorResponses,
          },
        },
      },
      async (request, reply) => {
        const user = await find(request.params.id);
        await keepAnAdmin(user, undefined);
        await store.sessions.removeForUser(user.id);
        await followMaker(store, { kind: 'user', id: user.id }, null);
        await store.factors.removeAll(user.id);
        await store.users.remove(user.id);
        request.auditNote = { target: { email: user.email } };
        return reply.code(204).send();
      },
    );
  };
}
