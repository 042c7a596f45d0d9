// One-time setup links: `<console>/setup#token=…`, valid for 24 hours, only the token's hash stored.
// The token sits in the fragment, so it never reaches a server log or a Referer header.
import { digest, newSecret } from './secret-token.js';

export const SETUP_TTL_MS = 24 * 3_600_000;

export interface SetupToken {
  token: string;
  hash: string;
  expiresAt: number;
}

export function newSetupToken(now: number): SetupToken {
  const token = newSecret();
  return { token, hash: digest(token), expiresAt: now + SETUP_TTL_MS };
}

export function setupUrl(consoleUrl: string, token: string): string {
  return `${consoleUrl.replace(/\/+$/, '')}/setup#token=${token}`;
}

/** The console's base URL for a control-plane address; a wildcard address is shown as localhost. */
export function consoleUrl(control: { host: string; port: number }, scheme = 'http'): string {
  const host = control.host === '0.0.0.0' || control.host === '::' ? 'localhost' : control.host;
  return `${scheme}://${host.includes(':') ? `[${host}]` : host}:${control.port}`;
}
