// Sealing short secrets that the store must give back (TOTP seeds, a peer's password): AES-256-GCM with a
// random 12-byte IV, written as `v1:<iv>:<ciphertext and tag>` in base64url. The column's name is the
// additional authenticated data, so a sealed value opens only in the column it was sealed for.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The columns whose values are sealed, as `table.column`. */
export type SealedColumn =
  | 'users.totp_secret'
  | 'users.totp_pending_secret'
  | 'intel_peers.password'
  | 'phishing_reports.raw'
  | `secrets.${string}`;

export const STORE_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1:([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22,})$/;

/** Thrown when a sealed value does not open: another key sealed it, or it was altered or moved. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
}

/** True for a value written by `seal`; anything else is a value stored in clear by an older version. */
export const isSealed = (value: string): boolean => SEALED.test(value);

export function seal(key: Buffer, column: SealedColumn, clear: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(column));
  const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1:${iv.toString('base64url')}:${body.toString('base64url')}`;
}

/** The clear text of a sealed value; throws SealedValueError when it does not open with `key` in `column`. */
export function unseal(key: Buffer, column: SealedColumn, sealed: string): string {
  const parts = SEALED.exec(sealed);
  if (parts === null) throw new SealedValueError(`a value of ${column} is not a sealed value`);
  const body = Buffer.from(parts[2], 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parts[1], 'base64url'))
    .setAAD(Buffer.from(column))
    .setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch (error) {
    throw new SealedValueError(`a value of ${column} does not open with this key`, { cause: error });
  }
}
