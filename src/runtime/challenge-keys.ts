// The challenge's HMAC keys, kept sealed in the store so passes outlive a restart: the current key, made
// the first time it is asked for, and the one before the last rotation, whose passes and puzzles stay
// good until the next rotation. Rotating takes effect as each gateway starts.
import { randomBytes } from 'node:crypto';
import type { Store } from '../store/index.js';

export const CHALLENGE_SECRET = 'challenge-hmac';
export const PREVIOUS_CHALLENGE_SECRET = 'challenge-hmac-previous';

const newKey = () => randomBytes(32).toString('base64');

export async function challengeSecrets(
  store: Pick<Store, 'secrets'>,
): Promise<{ secret: Buffer; previousSecret?: Buffer }> {
  const secret = Buffer.from(await store.secrets.getOrCreate(CHALLENGE_SECRET, newKey), 'base64');
  const previous = await store.secrets.get(PREVIOUS_CHALLENGE_SECRET);
  return previous === undefined ? { secret } : { secret, previousSecret: Buffer.from(previous, 'base64') };
}

/** A new current key; the current one becomes the previous (and the previous is forgotten). */
export async function rotateChallengeKey(store: Pick<Store, 'secrets'>): Promise<void> {
  const current = await store.secrets.getOrCreate(CHALLENGE_SECRET, newKey);
  await store.secrets.put(PREVIOUS_CHALLENGE_SECRET, current);
  await store.secrets.put(CHALLENGE_SECRET, newKey());
}
