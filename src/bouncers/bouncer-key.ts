// Bouncer API keys: minted once, shown once, stored as their SHA-256 hash (as API tokens are).
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens.js';
import type { Store } from '../store/index.js';

/** Names a bouncer may have: what `cscli bouncers add` accepts, bounded. */
export const BOUNCER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;

export class BouncerNameError extends Error {}

/** Registers a bouncer and returns its key; throws BouncerNameError for a bad or taken name. */
export async function addBouncer(
  store: Pick<Store, 'bouncers'>,
  name: string,
  now: number,
  randomBytes: (size: number) => Buffer = cryptoRandomBytes,
): Promise<string> {
  if (!BOUNCER_NAME.test(name)) {
    throw new BouncerNameError(
      `a bouncer name is 1 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit; found '${name}'`,
    );
  }
  const key = randomBytes(24).toString('base64url');
  if (!(await store.bouncers.create(name, hashToken(key), now))) {
    throw new BouncerNameError(`a bouncer named '${name}' exists already`);
  }
  return key;
}
