// The client binding carried inside a puzzle: a keyed hash of the client's prefix and user agent, so a
// puzzle solved on one machine cannot be redeemed from another network or another browser.
import { createHmac, type KeyObject } from 'node:crypto';

export const BINDING_BYTES = 16;

export function clientBinding(key: KeyObject, prefix: string, userAgent: string): Buffer {
  // Header values and prefixes never contain NUL, so it separates the two fields unambiguously.
  return createHmac('sha256', key)
    .update(prefix)
    .update('\0')
    .update(userAgent)
    .digest()
    .subarray(0, BINDING_BYTES);
}
