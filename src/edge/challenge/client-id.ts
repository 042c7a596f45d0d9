// The verified-client id: 12 unpredictable bytes, base64url. It is derived from the solved puzzle's random
// nonce, so replaying one solution within its TTL yields the same id and buys no extra rate budget.
import { createHmac, type KeyObject } from 'node:crypto';

export const CLIENT_ID_BYTES = 12;

export function clientIdFor(key: KeyObject, puzzleNonce: Buffer): string {
  return createHmac('sha256', key)
    .update(puzzleNonce)
    .digest()
    .subarray(0, CLIENT_ID_BYTES)
    .toString('base64url');
}
