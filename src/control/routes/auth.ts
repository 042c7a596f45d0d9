// /api/v1/auth: console sign-in. Setup link → password → second factor (TOTP, passkey or recovery code),
// the session it starts, sign-out, and the user's list of sessions. Each step writes its own audit entry.
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../accounts/audit-trail.js';
import { type ConsoleSessions, REAUTH_WINDOW_MS, type SignedIn } from '../../accounts/console-sessions.js';
import { checkOrigin } from '../../accounts/csrf.js';
import { factorSummary, signInMethods, stateAfterPassword } from '../../accounts/factors.js';
import { normaliseEmail } from '../../accounts/invite.js';
import type { LoginThrottle, Reservation } from '../../accounts/login-throttle.js';
import { authenticationOptions, relyingParty, verifyAuthentication } from '../../accounts/passkeys.js';
import {
  hashPassword,
  PASSWORD_MAX_LENGTH,
  passwordProblem,
  verifyDecoy,
  verifyPassword,
} from '../../accounts/password.js';
import { recoveryCodeHash } from '../../accounts/recovery-codes.js';
import { digest, looksLikeSecret } from '../../accounts/secret-token.js';
import { sessionIn, signedInOf } from '../../accounts/session-guard.js';
import { matchTotp } from '../../accounts/totp.js';
import type { Mailer } from '../../notify/mailer.js';
import type { MfaState, Store, UserSecrets } from '../../store/index.js';
import type { SessionGate } from '../../store/session-repository.js';
import { ApiError } from '../errors.js';
import { errorRef, idParams } from '../schemas.js';

export interface AuthRouteDeps {
  store: Store;
  sessions: ConsoleSessions;
  throttle: LoginThrottle;
  now: () => number;
  /** Sends security notices when SMTP is configured. */
  mailer?: Mailer;
}

const TAGS = ['auth'];
/** Routes here write their own audit entries. */
const OWN_AUDIT = { audit: false };

const sessionAnswer = {
  type: 'object',
  required: ['user', 'mfa', 'factors', 'csrfToken'],
  properties: {
    user: {
      type: 'object',
      required: ['id', 'email', 'role'],
      properties: { id: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' } },
    },
    mfa: { type: 'string', enum: ['enroll', 'pending', 'complete'] },
    factors: {
      type: 'object',
      required: ['totp', 'passkeys', 'recoveryCodesLeft'],
      properties: {
        totp: { type: 'boolean' },
        passkeys: { type: 'integer' },
        recoveryCodesLeft: { type: 'integer' },
      },
    },
    methods: { type: 'array', items: { type: 'string', enum: ['totp', 'passkey', 'recovery'] } },
    csrfToken: { type: 'string', description: 'Send it as X-CSRF-Token with every state-changing request.' },
    expiresAt: {
      type: 'integer',
      description: 'When the session ends unless used again; ms since the epoch.',
    },
    mfaFreshUntil: {
      type: ['integer', 'null'],
      description: 'Until when factors may be changed without checking a second factor again.',
    },
  },
} as const;

const stepAnswer = {
  type: 'object',
  required: ['mfa', 'methods', 'csrfToken'],
  properties: {
    mfa: { type: 'string', enum: ['enroll', 'pending', 'complete'] },
    methods: {
      type: 'array',
      items: { type: 'string', enum: ['totp', 'passkey', 'recovery'] },
      description: 'pending: how to finish signing in; enroll: which factors can be enrolled.',
    },
    csrfToken: { type: 'string' },
  },
} as const;

const mfaDone = {
  type: 'object',
  required: ['mfa', 'csrfToken'],
  properties: {
    mfa: { type: 'string', enum: ['complete'] },
    csrfToken: { type: 'string', description: 'The session has a new id and a new CSRF token.' },
    recoveryCodesLeft: { type: 'integer' },
  },
} as const;

const codeBody = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

const errors = (codes: Record<number, string>) =>
  Object.fromEntries(
    Object.entries(codes).map(([status, description]) => [status, { description, ...errorRef }]),
  );

const invalidCredentials = () =>
  new ApiError(401, 'invalid_credentials', 'the email or the password is wrong, or the account is disabled');
const invalidCode = () => new ApiError(401, 'invalid_code', 'the code is wrong, expired or was used already');
const passkeyRequired = () =>
  new ApiError(
    403,
    'passkey_required',
    'finish this sign-in with a passkey: too many attempts against the account from addresses it does not know',
  );

/** Second-factor failures one sign-in may make before it is ended. */
export const SESSION_MFA_BUDGET = 5;

export function authRoutes(deps: AuthRouteDeps) {
  const { store, sessions, throttle, now } = deps;
  const signedInOnly = (states: MfaState[]) => sessionIn(sessions, states);

  /** The reservation of an attempt, or 429 with Retry-After while a budget is spent. */
  function admitted(reply: FastifyReply, reservation: Reservation): { id: string } {
    if (reservation.ok) return reservation;
    const seconds = Math.ceil(reservation.waitMs / 1000);
    reply.header('retry-after', String(seconds));
    throw new ApiError(429, 'throttled', `too many failed attempts; try again in ${seconds} s`);
  }

  /** Reserves a guess at the signed-in user's second factor (TOTP or recovery code). */
  async function reserveCode(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn) {
    if (signedIn.session.gate !== null) throw passkeyRequired();
    return admitted(reply, await throttle.reserve(signedIn.user.email, request.ip, 'mfa'));
  }

  /** A second factor checked: finish signing in, or refresh the check of a signed-in session. */
  async function mfaPassed(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn, method: string) {
    const { user } = signedIn;
    if (signedIn.session.mfa === 'complete') {
      await store.sessions.setMfaAt(signedIn.session.id, now());
      await recordAudit(store, request, 'mfa_rechecked', { userId: user.id }, { method });
      return { mfa: 'complete' as const, csrfToken: signedIn.session.csrfToken };
    }
    const session = await sessions.completeMfa(request, reply, signedIn);
    await throttle.signedIn(user.email, request.ip);
    await recordAudit(store, request, 'login', { userId: user.id }, { method }, userActor(user));
    return { mfa: 'complete' as const, csrfToken: session.csrfToken };
  }

  /** A failed second factor: audited, and counted against the session, which ends at its fifth. */
  async function mfaFailed(
    request: FastifyRequest,
    reply: FastifyReply,
    signedIn: SignedIn,
    method: string,
  ): Promise<never> {
    await recordAudit(
      store,
      request,
      'mfa_failed',
      { userId: signedIn.user.id },
      { method },
      userActor(signedIn.user),
    );
    if ((await store.sessions.countMfaFailure(signedIn.session.id)) >= SESSION_MFA_BUDGET) {
      await sessions.end(request, reply, signedIn.session);
      throw new ApiError(
        401,
        'sign_in_ended',
        `${SESSION_MFA_BUDGET} failed checks: this session has ended; sign in again with the password`,
      );
    }
    throw method === 'passkey'
      ? new ApiError(401, 'invalid_passkey', 'the passkey could not be verified')
      : invalidCode();
  }

  const hasPasskey = async (user: UserSecrets) => (await store.factors.passkeys(user.id)).length > 0;

  async function startAfterPassword(
    request: FastifyRequest,
    reply: FastifyReply,
    user: UserSecrets,
    gate: SessionGate = null,
  ) {
    if (gate !== null) {
      const session = await sessions.start(request, reply, user, 'pending', gate);
      return { mfa: 'pending' as const, methods: ['passkey' as const], csrfToken: session.csrfToken };
    }
    const factors = await factorSummary(store, user);
    const mfa = stateAfterPassword(factors);
    const session = await sessions.start(request, reply, user, mfa);
    return { mfa, methods: signInMethods(factors), csrfToken: session.csrfToken };
  }

  return async (app: FastifyInstance) => {
    app.get(
      '/api/v1/auth/session',
      {
        onRequest: signedInOnly(['enroll', 'pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'The console session this browser holds',
          description: 'Also answers for a session whose second factor is still to be checked (`mfa`).',
          response: { 200: sessionAnswer, ...errors({ 401: 'No valid session.' }) },
        },
      },
      async (request) => {
        const { session, user } = signedInOf(request);
        const factors = await factorSummary(store, user);
        return {
          user: { id: user.id, email: user.email, role: user.role },
          mfa: session.mfa,
          factors,
          methods: signInMethods(factors),
          csrfToken: session.csrfToken,
          expiresAt: sessions.expiresAt(session),
          mfaFreshUntil: sessions.freshMfa(session) ? (session.mfaAt as number) + REAUTH_WINDOW_MS : null,
        };
      },
    );

    app.post<{ Body: { token: string; password: string } }>(
      '/api/v1/auth/setup',
      {
        config: OWN_AUDIT,
        schema: {
          tags: TAGS,
          summary: 'Follow a setup link: choose a password',
          description:
            'The token comes from the link’s fragment (`/setup#token=…`). It works once, for 24 hours. ' +
            'The user’s other sessions end. The answer starts a session that must enrol a second factor ' +
            'next, unless the user has one.',
          body: {
            type: 'object',
            required: ['token', 'password'],
            additionalProperties: false,
            properties: {
              token: { type: 'string', maxLength: 128 },
              password: { type: 'string', maxLength: 4 * PASSWORD_MAX_LENGTH },
            },
          },
          response: {
            200: stepAnswer,
            ...errors({
              400: 'The password is too short, too long or too common (`details` says which).',
              401: 'The setup link is unknown, used or expired (`invalid_setup_token`).',
            }),
          },
        },
      },
      async (request, reply) => {
        checkOrigin(request);
        const { token, password } = request.body;
        const invalidLink = new ApiError(
          401,
          'invalid_setup_token',
          'this setup link is invalid, was used already or has expired; ask an administrator for a new one',
        );
        if (!looksLikeSecret(token)) throw invalidLink;
        const user = await store.users.findBySetupHash(digest(token));
        if (!user || user.disabled || user.setupExpiresAt === null || user.setupExpiresAt <= now())
          throw invalidLink;
        const problem = passwordProblem(password);
        if (problem) {
          throw new ApiError(400, 'weak_password', `password ${problem}`, [
            { field: 'body/password', message: problem },
          ]);
        }
        if (!(await store.users.completeSetup(user.id, digest(token), await hashPassword(password))))
          throw invalidLink;
        // A new password ends every session signed in with the old one.
        const ended = await store.sessions.removeForUser(user.id);
        await recordAudit(
          store,
          request,
          'setup_completed',
          { userId: user.id },
          { sessionsEnded: ended },
          userActor(user),
        );
        return startAfterPassword(request, reply, user);
      },
    );

    app.post<{ Body: { email: string; password: string } }>(
      '/api/v1/auth/login',
      {
        config: OWN_AUDIT,
        schema: {
          tags: TAGS,
          summary: 'Sign in with email and password',
          description:
            'Starts a session whose second factor is still to be checked (`pending`), or must be enrolled ' +
            '(`enroll`). Past the budgets in docs/accounts.md (five failures per address, ten per account from ' +
            'addresses it does not know), tries wait; a user with a passkey is then answered ' +
            '`methods: ["passkey"]` whatever the password, and only a passkey finishes.',
          body: {
            type: 'object',
            required: ['email', 'password'],
            additionalProperties: false,
            properties: {
              email: { type: 'string', maxLength: 254 },
              password: { type: 'string', maxLength: 4 * PASSWORD_MAX_LENGTH },
            },
          },
          response: {
            200: stepAnswer,
            ...errors({
              401: 'Unknown email, wrong password or disabled account (`invalid_credentials`).',
              429: 'Too many failures; Retry-After says when to try again (`throttled`).',
            }),
          },
        },
      },
      async (request, reply) => {
        checkOrigin(request);
        const account = normaliseEmail(request.body.email) ?? request.body.email.trim().toLowerCase();
        const { password } = request.body;
        const user = await store.users.findByEmail(account);
        let reservation = await throttle.reserve(account, request.ip, 'password');
        // The account's budget for unknown addresses is spent: its owner still gets in with a passkey,
        // and the answer is the same whether the password was right, so a guess learns nothing.
        let gate: SessionGate = null;
        if (!reservation.ok && reservation.reason === 'account' && user && (await hasPasskey(user))) {
          reservation = await throttle.reserve(account, request.ip, 'password', { gated: true });
          gate = 'passkey';
        }
        const attempt = admitted(reply, reservation);
        const ok =
          user && user.passwordHash !== null && !user.disabled
            ? await verifyPassword(user.passwordHash, password)
            : await verifyDecoy(password);
        if (!user || !ok) {
          await recordAudit(
            store,
            request,
            'login_failed',
            { email: account },
            {
              reason: user ? 'wrong password or disabled account' : 'unknown email',
              passkeyOnly: gate !== null,
            },
            user ? userActor(user) : undefined,
          );
          if (user && gate !== null) return startAfterPassword(request, reply, user, 'refused');
          throw invalidCredentials();
        }
        await throttle.succeeded(attempt);
        await recordAudit(
          store,
          request,
          'login_password_ok',
          { userId: user.id },
          { passkeyOnly: gate !== null },
          userActor(user),
        );
        return startAfterPassword(request, reply, user, gate);
      },
    );

    app.post<{ Body: { code: string } }>(
      '/api/v1/auth/totp/verify',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'Check a TOTP code',
          description:
            'Finishes signing in, or, in a signed-in session, counts as a fresh check for changing factors. ' +
            'Each code works once.',
          body: codeBody,
          response: {
            200: mfaDone,
            ...errors({ 401: 'Wrong, expired or reused code (`invalid_code`).', 429: 'Too many failures.' }),
          },
        },
      },
      async (request, reply) => {
        const signedIn = signedInOf(request);
        const { user } = signedIn;
        const attempt = await reserveCode(request, reply, signedIn);
        const step =
          user.totpSecret === null ? undefined : matchTotp(user.totpSecret, request.body.code, now());
        if (step === undefined || !(await store.users.spendTotpStep(user.id, step))) {
          return mfaFailed(request, reply, signedIn, 'totp');
        }
        await throttle.succeeded(attempt);
        return mfaPassed(request, reply, signedIn, 'totp');
      },
    );

    app.post<{ Body: { code: string } }>(
      '/api/v1/auth/recovery/verify',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'Use a recovery code instead of a lost second factor',
          description: 'Each code works once; `recoveryCodesLeft` says how many remain.',
          body: codeBody,
          response: {
            200: mfaDone,
            ...errors({ 401: 'Unknown or used code (`invalid_code`).', 429: 'Too many failures.' }),
          },
        },
      },
      async (request, reply) => {
        const signedIn = signedInOf(request);
        const { user } = signedIn;
        const attempt = await reserveCode(request, reply, signedIn);
        if (!(await store.factors.spendRecoveryCode(user.id, recoveryCodeHash(request.body.code)))) {
          return mfaFailed(request, reply, signedIn, 'recovery');
        }
        await throttle.succeeded(attempt);
        const answer = await mfaPassed(request, reply, signedIn, 'recovery');
        return { ...answer, recoveryCodesLeft: await store.factors.recoveryCodesLeft(user.id) };
      },
    );

    app.post(
      '/api/v1/auth/passkeys/login/options',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'WebAuthn options to sign in with one of the user’s passkeys',
          description: 'Pass them to `navigator.credentials.get` (or `startAuthentication`).',
          response: {
            200: { type: 'object', additionalProperties: true },
            ...errors({ 409: 'The user has no passkey.' }),
          },
        },
      },
      async (request) => {
        const signedIn = signedInOf(request);
        const passkeys = await store.factors.passkeys(signedIn.user.id);
        if (passkeys.length === 0) throw new ApiError(409, 'no_passkey', 'this account has no passkey');
        const options = await authenticationOptions(relyingParty(request), passkeys);
        await store.sessions.setChallenge(signedIn.session.id, `login:${options.challenge}`);
        return options;
      },
    );

    app.post<{ Body: { response: AuthenticationResponseJSON } }>(
      '/api/v1/auth/passkeys/login/verify',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'Check the passkey’s answer to the options',
          body: {
            type: 'object',
            required: ['response'],
            additionalProperties: false,
            properties: {
              response: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
            },
          },
          response: {
            200: mfaDone,
            ...errors({ 401: 'The answer does not verify (`invalid_passkey`).', 429: 'Too many failures.' }),
          },
        },
      },
      async (request, reply) => {
        const signedIn = signedInOf(request);
        const { user, session } = signedIn;
        const challenge = session.challenge?.startsWith('login:') ? session.challenge.slice(6) : undefined;
        await store.sessions.setChallenge(session.id, null);
        const passkey = (await store.factors.passkeys(user.id)).find(
          (p) => p.id === request.body.response.id,
        );
        const counter =
          challenge && passkey
            ? await verifyAuthentication(
                relyingParty(request),
                challenge,
                request.body.response,
                passkey,
              ).catch((err: unknown) => {
                request.log.info({ err }, 'passkey assertion refused');
                return undefined;
              })
            : undefined;
        if (counter === undefined || !passkey) return mfaFailed(request, reply, signedIn, 'passkey');
        await store.factors.recordPasskeyUse(passkey.id, counter);
        if (session.gate === 'refused') {
          // The passkey is the owner's, but the password given before it was wrong.
          await sessions.end(request, reply, session);
          throw invalidCredentials();
        }
        return mfaPassed(request, reply, signedIn, 'passkey');
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['enroll', 'pending', 'complete']),
        schema: {
          tags: TAGS,
          summary: 'Sign out of this session',
          response: { 204: { type: 'null', description: 'Signed out; the cookie is deleted.' } },
        },
      },
      async (request, reply) => {
        const { session, user } = signedInOf(request);
        await sessions.end(request, reply, session);
        await recordAudit(
          store,
          request,
          'logout',
          { userId: user.id, sessionId: session.id },
          {},
          userActor(user),
        );
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/v1/auth/logout-everywhere',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['complete']),
        schema: {
          tags: TAGS,
          summary: 'Sign out of every session of this user, this one included',
          response: { 204: { type: 'null', description: 'Every session ended.' } },
        },
      },
      async (request, reply) => {
        const { user } = signedInOf(request);
        const ended = await store.sessions.removeForUser(user.id);
        sessions.clearCookie(request, reply);
        await recordAudit(
          store,
          request,
          'logout_everywhere',
          { userId: user.id },
          { sessions: ended },
          userActor(user),
        );
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/v1/auth/sessions',
      {
        onRequest: signedInOnly(['complete']),
        schema: {
          tags: TAGS,
          summary: 'The signed-in user’s sessions, newest first',
          response: {
            200: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'createdAt', 'lastSeenAt', 'address', 'userAgent', 'current', 'mfa'],
                properties: {
                  id: { type: 'string' },
                  createdAt: { type: 'integer' },
                  lastSeenAt: { type: 'integer' },
                  address: { type: 'string' },
                  userAgent: { type: 'string' },
                  current: { type: 'boolean' },
                  mfa: { type: 'string' },
                },
              },
            },
          },
        },
      },
      async (request) => {
        const { session: current, user } = signedInOf(request);
        return (await store.sessions.listForUser(user.id)).map((s) => ({
          id: s.id,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          address: s.address,
          userAgent: s.userAgent,
          current: s.id === current.id,
          mfa: s.mfa,
        }));
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/api/v1/auth/sessions/:id',
      {
        config: OWN_AUDIT,
        onRequest: signedInOnly(['complete']),
        schema: {
          tags: TAGS,
          summary: 'End one of the signed-in user’s sessions',
          params: idParams,
          response: { 204: { type: 'null', description: 'Ended.' }, ...errors({ 404: 'No such session.' }) },
        },
      },
      async (request, reply) => {
        const { session: current, user } = signedInOf(request);
        const mine = (await store.sessions.listForUser(user.id)).some((s) => s.id === request.params.id);
        if (!mine || !(await store.sessions.remove(request.params.id))) {
          throw new ApiError(404, 'not_found', `you have no session ${request.params.id}`);
        }
        if (request.params.id === current.id) sessions.clearCookie(request, reply);
        await recordAudit(store, request, 'session_ended', { userId: user.id, sessionId: request.params.id });
        return reply.code(204).send();
      },
    );
  };
}

export function userActor(user: Pick<UserSecrets, 'id' | 'email'>) {
  return { kind: 'user' as const, id: user.id, name: user.email };
}
