// Signed-in sessions for the demo origin: random tokens held in memory, with a lifetime measured on
// the injected clock and a hard cap so a login flood cannot grow memory without bound.
import { randomBytes } from 'node:crypto';
import type { DemoAccount } from './accounts.js';

export const SESSION_COOKIE = 'bw_demo_session';
const LIFETIME_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

interface Session {
  account: DemoAccount;
  expiresAt: number;
}

export class Sessions {
  private readonly open = new Map<string, Session>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  get size(): number {
    return this.open.size;
  }

  /** Opens a session and returns its token; the oldest session goes when the cap is reached. */
  start(account: DemoAccount): string {
    if (this.open.size >= MAX_SESSIONS) {
      const oldest = this.open.keys().next().value as string;
      this.open.delete(oldest);
    }
    const token = randomBytes(18).toString('base64url');
    this.open.set(token, { account, expiresAt: this.now() + LIFETIME_MS });
    return token;
  }

  /** The account behind a live token; expired tokens are forgotten on sight. */
  resolve(token: string | undefined): DemoAccount | undefined {
    if (!token) return undefined;
    const session = this.open.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      this.open.delete(token);
      return undefined;
    }
    return session.account;
  }

  end(token: string | undefined): void {
    if (token) this.open.delete(token);
  }

  /** The Set-Cookie value that carries a new token. */
  static cookie(token: string): string {
    return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${LIFETIME_MS / 1000}`;
  }

  /** The Set-Cookie value that removes the token from the browser. */
  static clearCookie(): string {
    return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  }
}

/** One cookie's value from a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
