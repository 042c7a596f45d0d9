// Keys for the challenge, each derived from the one secret the operator persists, so that a MAC made
// for one purpose (a puzzle, a pass, a binding, a client id) can never be replayed as another.
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

export interface ChallengeKeys {
  puzzle: KeyObject;
  pass: KeyObject;
  binding: KeyObject;
  client: KeyObject;
}

export const MIN_SECRET_BYTES = 32;

export function deriveKeys(secret: Buffer): ChallengeKeys {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new RangeError(
      `challenge secret: expected at least ${MIN_SECRET_BYTES} bytes, found ${secret.length}; ` +
        'generate one with `openssl rand -base64 48` and keep it across restarts',
    );
  }
  const derive = (label: string) =>
    createSecretKey(createHmac('sha256', secret).update(`breakwater challenge ${label} v1`).digest());
  return {
    puzzle: derive('puzzle'),
    pass: derive('pass'),
    binding: derive('binding'),
    client: derive('client'),
  };
}
