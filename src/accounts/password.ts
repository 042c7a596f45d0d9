// Console passwords: at least 12 and at most 256 characters, not on the common-password list, no
// composition rules; stored as argon2id hashes.
import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
const COMMON_PASSWORDS_FILE = new URL('../../data/common-passwords.txt', import.meta.url);

let commonPasswords: Set<string> | undefined;

/** The shipped list of common passwords, lower-cased, read once. */
function common(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** Why the password cannot be used, or undefined when it can. Length counts characters, not bytes. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  if (common().has(password.toLowerCase())) return 'is one of the most common passwords; choose another';
  return undefined;
}

/** An argon2id hash in PHC form (`$argon2id$v=19$m=19456,t=2,p=1$…`). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown email answers as slowly as a wrong password. */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hash('breakwater-decoy-password');
  await verifyPassword(await decoy, password);
  return false;
}
