// /api/v1/auth second factors: enrolling TOTP and passkeys, removing them, and new recovery codes.
// The first factor is enrolled right after the password; any later change needs a second-factor check
// from the last five minutes. Each change is audited and mailed to the account's owner.
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toString as qrSvg } from 'qrcode';
import { recordAudit } from '../../accounts/audit-trail.js';
import type { SignedIn } from '../../accounts/console-sessions.js';
import { factorSummary, hasSecondFactor, issueRecoveryCodes } from '../../accounts/factors.js';
import { registrationOptions, relyingParty, verifyRegistration } from '../../accounts/passkeys.js';
import { sendSecurityNotice } from '../../accounts/security-notice.js';
import { requireFreshMfa, sessionIn, signedInOf } from '../../accounts/session-guard.js';
import { matchTotp, newTotpSecret, otpauthUrl } from '../../accounts/totp.js';
import { ApiError } from '../errors.js';
import { errorRef } from '../schemas.js';
import type { AuthRouteDeps } from './auth.js';

const TAGS = ['auth'];
const OWN_AUDIT = { audit: false };
const MAX_PASSKEY_NAME = 64;

const reauthErrors = {
  401: { description: 'No valid session.', ...errorRef },
  403: { description: 'No second-factor check in the last 5 minutes (`reauth_required`).', ...errorRef },
} as const;

const recoveryCodesAnswer = {
  type: 'object',
  properties: {
    recoveryCodes: {
      type: 'array',
      items: { type: 'string' },
      description: 'Shown once: only their hashes are kept.',
    },
    mfa: { type: 'string', enum: ['complete'] },
    csrfToken: { type: 'string', description: 'Present when the session got a new id.' },
  },
} as const;

export function authFactorRoutes(deps: AuthRouteDeps) {
  const { store, sessions, now, mailer, throttle } = deps;
  const enrolling = sessionIn(sessions, ['enroll', 'complete']);
  const signedIn = sessionIn(sessions, ['complete']);

  /** Audits a factor change and mails a notice to the account's owner. */
  async function factorChanged(
    request: FastifyRequest,
    user: SignedIn['user'],
    action: string,
    notice: string,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await recordAudit(store, request, action, { userId: user.id }, detail, {
      kind: 'user',
      id: user.id,
      name: user.email,
    });
    sendSecurityNotice(mailer, request, user, notice, now());
  }

  /**
   * After a factor is added: the first one completes the sign-in (new session id) and comes with ten
   * recovery codes, shown once.
   */
  async function afterFirstFactor(
    request: FastifyRequest,
    reply: FastifyReply,
    current: SignedIn,
    wasFirst: boolean,
  ) {
    if (!wasFirst) return {};
    const recoveryCodes = await issueRecoveryCodes(store, current.user.id);
    if (current.session.mfa !== 'enroll') return { recoveryCodes };
    const session = await sessions.completeMfa(request, reply, current);
    await throttle.signedIn(current.user.email, request.ip);
    await recordAudit(store, request, 'login', { userId: current.user.id }, { method: 'enrolment' });
    return { recoveryCodes, mfa: 'complete' as const, csrfToken: session.csrfToken };
  }

  /** Refuses to remove the user's only second factor. */
  async function keepOneFactor(current: SignedIn, removing: 'totp' | 'passkey') {
    const factors = await factorSummary(store, current.user);
    const left = { ...factors, totp: removing === 'totp' ? false : factors.totp };
    if (removing === 'passkey') left.passkeys -= 1;
    if (!hasSecondFactor(left)) {
      throw new ApiError(
        409,
        'last_factor',
        'this is your only second factor; add another before removing it',
      );
    }
  }

  return async (app: FastifyInstance) => {
    app.post(
      '/api/v1/auth/totp/enroll',
      {
        config: OWN_AUDIT,
        onRequest: enrolling,
        schema: {
          tags: TAGS,
          summary: 'Start enrolling an authenticator app',
          description: 'Show the QR code (or the secret); then confirm with a first code.',
          response: {
            200: {
              type: 'object',
              required: ['secret', 'otpauthUrl', 'qrSvg'],
              properties: {
                secret: { type: 'string', description: 'Base32.' },
                otpauthUrl: { type: 'string' },
                qrSvg: { type: 'string', description: 'The otpauth URL as a QR code, an SVG document.' },
              },
            },
            ...reauthErrors,
          },
        },
      },
      async (request) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const secret = newTotpSecret();
        await store.users.setPendingTotp(current.user.id, secret);
        const url = otpauthUrl(secret, current.user.email);
        return { secret, otpauthUrl: url, qrSvg: await qrSvg(url, { type: 'svg', margin: 1 }) };
      },
    );

    app.post<{ Body: { code: string } }>(
      '/api/v1/auth/totp/confirm',
      {
        config: OWN_AUDIT,
        onRequest: enrolling,
        schema: {
          tags: TAGS,
          summary: 'Confirm the authenticator app with its first code',
          description:
            'TOTP becomes a factor (replacing an earlier app). As the first factor, it finishes signing in ' +
            'and the answer carries ten recovery codes.',
          body: {
            type: 'object',
            required: ['code'],
            additionalProperties: false,
            properties: { code: { type: 'string', minLength: 1, maxLength: 16 } },
          },
          response: {
            200: recoveryCodesAnswer,
            401: { description: 'The code does not match (`invalid_code`).', ...errorRef },
            409: { description: 'No enrolment was started (`no_enrolment`).', ...errorRef },
            403: reauthErrors[403],
          },
        },
      },
      async (request, reply) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const { user } = current;
        const secret = (await store.users.find(user.id))?.totpPendingSecret ?? null;
        if (secret === null) {
          throw new ApiError(409, 'no_enrolment', 'start with POST /api/v1/auth/totp/enroll');
        }
        const step = matchTotp(secret, request.body.code, now());
        if (step === undefined) {
          throw new ApiError(401, 'invalid_code', 'the code does not match; check the app and the clock');
        }
        const wasFirst = !hasSecondFactor(await factorSummary(store, user));
        await store.users.confirmTotp(user.id, secret, step);
        await factorChanged(request, user, 'totp_added', 'An authenticator app was added');
        return afterFirstFactor(request, reply, current, wasFirst);
      },
    );

    app.delete(
      '/api/v1/auth/totp',
      {
        config: OWN_AUDIT,
        onRequest: signedIn,
        schema: {
          tags: TAGS,
          summary: 'Remove the authenticator app',
          response: {
            204: { type: 'null', description: 'Removed.' },
            404: { description: 'No authenticator app is enrolled.', ...errorRef },
            409: { description: 'It is the only second factor (`last_factor`).', ...errorRef },
            ...reauthErrors,
          },
        },
      },
      async (request, reply) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        if (!current.user.totp) throw new ApiError(404, 'not_found', 'no authenticator app is enrolled');
        await keepOneFactor(current, 'totp');
        await store.users.clearTotp(current.user.id);
        await factorChanged(request, current.user, 'totp_removed', 'An authenticator app was removed');
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/v1/auth/passkeys/register/options',
      {
        config: OWN_AUDIT,
        onRequest: enrolling,
        schema: {
          tags: TAGS,
          summary: 'WebAuthn options to create a passkey',
          description: 'Pass them to `navigator.credentials.create` (or `startRegistration`).',
          response: { 200: { type: 'object', additionalProperties: true }, ...reauthErrors },
        },
      },
      async (request) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const existing = await store.factors.passkeys(current.user.id);
        const options = await registrationOptions(relyingParty(request), current.user, existing);
        await store.sessions.setChallenge(current.session.id, `register:${options.challenge}`);
        return options;
      },
    );

    app.post<{ Body: { name: string; response: RegistrationResponseJSON } }>(
      '/api/v1/auth/passkeys/register/verify',
      {
        config: OWN_AUDIT,
        onRequest: enrolling,
        schema: {
          tags: TAGS,
          summary: 'Store the new passkey',
          description: 'As the first factor, it finishes signing in and the answer carries recovery codes.',
          body: {
            type: 'object',
            required: ['name', 'response'],
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1, maxLength: MAX_PASSKEY_NAME },
              response: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
            },
          },
          response: {
            200: {
              type: 'object',
              required: ['id', 'name'],
              properties: {
                id: { type: 'string' },
                name: { type: 'string' },
                ...recoveryCodesAnswer.properties,
              },
            },
            400: { description: 'The answer does not verify (`invalid_passkey`).', ...errorRef },
            ...reauthErrors,
          },
        },
      },
      async (request, reply) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const { user, session } = current;
        const challenge = session.challenge?.startsWith('register:') ? session.challenge.slice(9) : undefined;
        await store.sessions.setChallenge(session.id, null);
        const credential =
          challenge === undefined
            ? undefined
            : await verifyRegistration(relyingParty(request), challenge, request.body.response).catch(
                (err: unknown) => {
                  request.log.info({ err }, 'passkey registration refused');
                  return undefined;
                },
              );
        if (!credential) {
          throw new ApiError(400, 'invalid_passkey', 'the passkey could not be verified; start again', [
            { field: 'body/response', message: 'does not answer the registration options' },
          ]);
        }
        const name = request.body.name.trim() || 'passkey';
        const wasFirst = !hasSecondFactor(await factorSummary(store, user));
        await store.factors.addPasskey({ ...credential, userId: user.id, name });
        await factorChanged(request, user, 'passkey_added', `A passkey "${name}" was added`, {
          passkeyId: credential.id,
          name,
        });
        return { id: credential.id, name, ...(await afterFirstFactor(request, reply, current, wasFirst)) };
      },
    );

    app.get(
      '/api/v1/auth/passkeys',
      {
        onRequest: signedIn,
        schema: {
          tags: TAGS,
          summary: 'The signed-in user’s passkeys',
          response: {
            200: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'name', 'createdAt', 'lastUsedAt'],
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  createdAt: { type: 'integer' },
                  lastUsedAt: { type: ['integer', 'null'] },
                },
              },
            },
          },
        },
      },
      async (request) =>
        (await store.factors.passkeys(signedInOf(request).user.id)).map(
          ({ id, name, createdAt, lastUsedAt }) => ({
            id,
            name,
            createdAt,
            lastUsedAt,
          }),
        ),
    );

    app.delete<{ Params: { id: string } }>(
      '/api/v1/auth/passkeys/:id',
      {
        config: OWN_AUDIT,
        onRequest: signedIn,
        schema: {
          tags: TAGS,
          summary: 'Remove a passkey',
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', minLength: 1, maxLength: 1024 } },
          },
          response: {
            204: { type: 'null', description: 'Removed.' },
            404: { description: 'The user has no such passkey.', ...errorRef },
            409: { description: 'It is the only second factor (`last_factor`).', ...errorRef },
            ...reauthErrors,
          },
        },
      },
      async (request, reply) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const passkey = (await store.factors.passkeys(current.user.id)).find(
          (p) => p.id === request.params.id,
        );
        if (!passkey) throw new ApiError(404, 'not_found', `you have no passkey ${request.params.id}`);
        await keepOneFactor(current, 'passkey');
        await store.factors.removePasskey(current.user.id, passkey.id);
        await factorChanged(
          request,
          current.user,
          'passkey_removed',
          `The passkey "${passkey.name}" was removed`,
          {
            passkeyId: passkey.id,
            name: passkey.name,
          },
        );
        return reply.code(204).send();
      },
    );

    app.post(
      '/api/v1/auth/recovery-codes',
      {
        config: OWN_AUDIT,
        onRequest: signedIn,
        schema: {
          tags: TAGS,
          summary: 'Replace the recovery codes with ten new ones',
          description: 'The old codes stop working.',
          response: { 200: recoveryCodesAnswer, ...reauthErrors },
        },
      },
      async (request) => {
        const current = signedInOf(request);
        requireFreshMfa(sessions, current);
        const recoveryCodes = await issueRecoveryCodes(store, current.user.id);
        await factorChanged(request, current.user, 'recovery_codes_renewed', 'New recovery codes were made');
        return { recoveryCodes };
      },
    );
  };
}
