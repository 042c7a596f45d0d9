// The guard of the console's own sign-in routes: which session states may call a route (a session that
// has not passed its second factor reaches only the sign-in and enrolment routes), and CSRF checks.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { storeUnavailable } from '../control/bearer-auth.js';
import { ApiError } from '../control/errors.js';
import type { MfaState } from '../store/index.js';
import type { ConsoleSessions, SignedIn } from './console-sessions.js';
import { checkCsrf } from './csrf.js';

const STATE_MESSAGES: Record<MfaState, string> = {
  enroll: 'enrol a second factor first (TOTP or a passkey)',
  pending: 'finish signing in: a second factor is still to be checked',
  complete: 'this step belongs to signing in, and you are signed in already',
};

/** An onRequest hook admitting a console session in one of `states`. */
export function sessionIn(sessions: ConsoleSessions, states: MfaState[]): onRequestAsyncHookHandler {
  return async (request) => {
    const signedIn = await sessions.current(request).catch((err: unknown) => {
      request.log.error({ err }, 'session lookup failed');
      throw storeUnavailable('sessions');
    });
    if (!signedIn) throw new ApiError(401, 'unauthorized', 'sign in to the console first');
    checkCsrf(request, signedIn.session);
    if (!states.includes(signedIn.session.mfa)) {
      const message = STATE_MESSAGES[signedIn.session.mfa];
      throw signedIn.session.mfa === 'complete'
        ? new ApiError(409, 'conflict', message)
        : new ApiError(403, 'mfa_required', message);
    }
    if (signedIn.session.mfa === 'complete') {
      const { user } = signedIn;
      request.actor = { kind: 'user', id: user.id, name: user.email, role: user.role };
    }
  };
}

/** The session a `sessionIn` guard admitted. */
export function signedInOf(request: FastifyRequest): SignedIn {
  const signedIn = request.consoleSession;
  if (!signedIn) throw new ApiError(401, 'unauthorized', 'sign in to the console first');
  return signedIn;
}

/**
 * Changing factors needs a second-factor check in the last five minutes; enrolling the first factor,
 * right after choosing a password, does not.
 */
export function requireFreshMfa(sessions: ConsoleSessions, signedIn: SignedIn): void {
  if (signedIn.session.mfa === 'enroll') return;
  if (!sessions.freshMfa(signedIn.session)) {
    throw new ApiError(
      403,
      'reauth_required',
      'confirm it is you: check a second factor again (TOTP code or passkey), then retry within 5 minutes',
    );
  }
}
