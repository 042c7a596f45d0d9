// Recovery codes: ten one-time codes that stand in for a lost second factor. Shown once, stored hashed.
import { randomBytes } from 'node:crypto';
import { digest } from './secret-token.js';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o or 1/l, so a code copied by hand stays right. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const CODE_LENGTH = 10;

/** Ten fresh codes such as `k7fq2-9xhmw` (about 49 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(CODE_LENGTH);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The hash stored for a code; spaces, dashes and case do not matter. */
export function recoveryCodeHash(code: string): string {
  return digest(code.replace(/[\s-]/g, '').toLowerCase());
}
