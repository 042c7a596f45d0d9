// Random secrets handed to a browser once (session cookies, CSRF tokens, setup links) and the hash kept of them.
import { randomBytes } from 'node:crypto';

export { hashToken as digest } from '../auth/tokens.js';

/** 32 random bytes, base64url: 43 characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** True when the text could be a secret from `newSecret`; anything else is refused before any lookup. */
export function looksLikeSecret(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}
