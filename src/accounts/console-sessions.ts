// Console sessions: started at sign-in, given a new id once the second factor is checked, ended by idle
// time, by absolute age, by sign-out, or when the user is disabled. The cookie holds the only copy of the
// session's secret; the store keeps its hash.
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { overTls } from '../control/transport-security.js';
import type { MfaState, Session, Store, UserSecrets } from '../store/index.js';
import type { SessionGate } from '../store/session-repository.js';
import { digest, looksLikeSecret, newSecret } from './secret-token.js';
import { readCookie, sessionCookie, sessionCookieName } from './session-cookie.js';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session this old ends, however busy. */
  maxMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
/** Time allowed between the password and the second factor. */
export const PENDING_MFA_MS = 10 * 60_000;
/** Changing factors needs a second-factor check this recent. */
export const REAUTH_WINDOW_MS = 5 * 60_000;
/** last_seen_at is written at most this often, to spare the store a write per request. */
const TOUCH_EVERY_MS = 10_000;

export interface SignedIn {
  session: Session;
  user: UserSecrets;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The console session the request came with, once looked up (null: none valid). */
    consoleSession?: SignedIn | null;
  }
}

export class ConsoleSessions {
  constructor(
    private readonly store: Pick<Store, 'sessions' | 'users'>,
    private readonly policy: SessionPolicy,
    private readonly now: () => number,
  ) {}

  /** The valid session the request carries, or undefined; ends an expired one. */
  async current(request: FastifyRequest): Promise<SignedIn | undefined> {
    if (request.consoleSession !== undefined) return request.consoleSession ?? undefined;
    request.consoleSession = (await this.lookUp(request)) ?? null;
    return request.consoleSession ?? undefined;
  }

  /** Starts a session for the user, ending the one the request came with. */
  async start(
    request: FastifyRequest,
    reply: FastifyReply,
    user: UserSecrets,
    mfa: MfaState,
    gate: SessionGate = null,
  ): Promise<Session> {
    const previous = await this.current(request);
    if (previous) await this.store.sessions.remove(previous.session.id);
    const at = this.now();
    // Sessions that ended by time are forgotten here, at each sign-in, rather than on a timer.
    await this.store.sessions.pruneExpired(at - this.policy.idleMs, at - this.policy.maxMs);
    const token = newSecret();
    const session: Session = {
      id: randomUUID(),
      tokenHash: digest(token),
      userId: user.id,
      csrfToken: newSecret(),
      mfa,
      mfaAt: null,
      challenge: null,
      address: request.ip,
      userAgent: (request.headers['user-agent'] ?? '').slice(0, 512),
      createdAt: at,
      lastSeenAt: at,
      gate,
      mfaFailures: 0,
    };
    await this.store.sessions.create(session);
    reply.header('set-cookie', sessionCookie(token, overTls(request)));
    request.consoleSession = { session, user };
    return session;
  }

  /** The second factor is checked: a new session id and CSRF token, and the check's time recorded. */
  async completeMfa(request: FastifyRequest, reply: FastifyReply, signedIn: SignedIn): Promise<Session> {
    const at = this.now();
    const token = newSecret();
    const change = { tokenHash: digest(token), csrfToken: newSecret(), mfa: 'complete' as const, mfaAt: at };
    await this.store.sessions.rotate(signedIn.session.id, change);
    reply.header('set-cookie', sessionCookie(token, overTls(request)));
    const session = { ...signedIn.session, ...change, challenge: null };
    request.consoleSession = { session, user: signedIn.user };
    return session;
  }

  /** True when the session's last second-factor check is recent enough to change factors. */
  freshMfa(session: Session): boolean {
    return session.mfaAt !== null && this.now() - session.mfaAt <= REAUTH_WINDOW_MS;
  }

  async end(request: FastifyRequest, reply: FastifyReply, session: Session): Promise<void> {
    await this.store.sessions.remove(session.id);
    this.clearCookie(request, reply);
  }

  clearCookie(request: FastifyRequest, reply: FastifyReply): void {
    reply.header('set-cookie', sessionCookie('', overTls(request)));
    request.consoleSession = null;
  }

  /** When the session ends unless used again; the sooner of its idle and absolute limits. */
  expiresAt(session: Session): number {
    const max = session.mfa === 'pending' ? PENDING_MFA_MS : this.policy.maxMs;
    return Math.min(session.lastSeenAt + this.policy.idleMs, session.createdAt + max);
  }

  private async lookUp(request: FastifyRequest): Promise<SignedIn | undefined> {
    const token = readCookie(request.headers.cookie, sessionCookieName(overTls(request)));
    if (token === undefined || !looksLikeSecret(token)) return undefined;
    const session = await this.store.sessions.findByTokenHash(digest(token));
    if (!session) return undefined;
    const at = this.now();
    if (at >= this.expiresAt(session)) {
      await this.store.sessions.remove(session.id);
      return undefined;
    }
    const user = await this.store.users.find(session.userId);
    if (!user || user.disabled) {
      await this.store.sessions.remove(session.id);
      return undefined;
    }
    if (at - session.lastSeenAt >= TOUCH_EVERY_MS) {
      await this.store.sessions.touch(session.id, at);
      session.lastSeenAt = at;
    }
    return { session, user };
  }
}
