// Stateless puzzle tokens: base64url(payload) + '.' + base64url(HMAC-SHA256(payload)). The payload holds
// version, issue time, difficulty, a random nonce and the client binding; nothing is stored server-side.
import { createHmac, type KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';
import { BINDING_BYTES } from './binding.js';

const VERSION = 1;
export const NONCE_BYTES = 12;
// version (1) + issuedAt ms, 48-bit big-endian (6) + difficulty (1) + nonce + binding
const PAYLOAD_BYTES = 1 + 6 + 1 + NONCE_BYTES + BINDING_BYTES;
const PAYLOAD_CHARS = Math.ceil((PAYLOAD_BYTES * 4) / 3);
const TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{${PAYLOAD_CHARS}}\\.[A-Za-z0-9_-]{43}$`);

export interface Puzzle {
  issuedAt: number;
  difficulty: number;
  nonce: Buffer;
  binding: Buffer;
}

export function issueToken(
  key: KeyObject,
  fields: Omit<Puzzle, 'nonce'>,
  nonce = randomBytes(NONCE_BYTES),
): string {
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload[0] = VERSION;
  payload.writeUIntBE(fields.issuedAt, 1, 6);
  payload[7] = fields.difficulty;
  nonce.copy(payload, 8, 0, NONCE_BYTES);
  fields.binding.copy(payload, 8 + NONCE_BYTES, 0, BINDING_BYTES);
  return `${payload.toString('base64url')}.${mac(key, payload)}`;
}

/** The puzzle a token carries, or undefined when it is malformed or its MAC does not match. */
export function openToken(key: KeyObject, token: string): Puzzle | undefined {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const payload = Buffer.from(token.slice(0, PAYLOAD_CHARS), 'base64url');
  if (payload.length !== PAYLOAD_BYTES || payload[0] !== VERSION) return undefined;
  // Compare the canonical encodings, so a token differs from ours by not one character.
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(token.slice(PAYLOAD_CHARS + 1));
  if (!timingSafeEqual(expected, given)) return undefined;
  return {
    issuedAt: payload.readUIntBE(1, 6),
    difficulty: payload[7],
    nonce: payload.subarray(8, 8 + NONCE_BYTES),
    binding: payload.subarray(8 + NONCE_BYTES),
  };
}

function mac(key: KeyObject, payload: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}
