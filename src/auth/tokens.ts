// API tokens: minting bearer tokens for the control plane, hashing them for storage, and ranking roles.
// A token is shown once at creation; only its SHA-256 hash is ever stored.
import { createHash, randomBytes as cryptoRandomBytes, randomUUID } from 'node:crypto';
import { type NewToken, type Store, TOKEN_ROLES, type TokenRole } from '../store/index.js';
import type { TokenMaker } from '../store/token-repository.js';

/** Roles in rising order of power: each role can do everything the roles before it can. */
export const ROLES = TOKEN_ROLES;
export type Role = TokenRole;

export const TOKEN_PREFIX = 'bwt_';
/** Random bytes in a token; 32 bytes are 43 base64url characters. */
export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^bwt_[A-Za-z0-9_-]{43}$/;

/** What is stored about a new token: its hash, never the token itself. */
export type TokenRecord = NewToken;

export interface CreateTokenOptions {
  store: Pick<Store, 'tokens'>;
  role: Role;
  name?: string;
  /** Lifetime in seconds; omitted, the token never expires. */
  ttlSeconds?: number;
  now: () => number;
  /** Source of randomness, injectable for tests. */
  randomBytes?: (size: number) => Buffer;
  /** Who made it through the API; omitted on the command line. */
  maker?: TokenMaker;
}

export interface CreatedToken {
  /** The bearer token; it cannot be recovered later. */
  token: string;
  record: TokenRecord;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `have` grants at least what `need` requires. */
export function roleAtLeast(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True when the text has the shape of a token; says nothing about whether it is valid. */
export function looksLikeToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}

export async function createToken(options: CreateTokenOptions): Promise<CreatedToken> {
  const { store, role, ttlSeconds, now } = options;
  if (!isRole(role)) throw new RangeError(`role must be one of ${ROLES.join(', ')}; got ${String(role)}`);
  if (ttlSeconds !== undefined && !(Number.isFinite(ttlSeconds) && ttlSeconds > 0)) {
    throw new RangeError(`ttlSeconds must be a positive number; got ${ttlSeconds}`);
  }
  const random = options.randomBytes ?? cryptoRandomBytes;
  const token = TOKEN_PREFIX + random(TOKEN_BYTES).toString('base64url');
  const createdAt = now();
  const record: TokenRecord = {
    id: randomUUID(),
    name: options.name?.trim() || `${role} token`,
    role,
    hash: hashToken(token),
    createdAt,
    expiresAt: ttlSeconds === undefined ? null : createdAt + Math.round(ttlSeconds * 1000),
    maker: options.maker ?? null,
  };
  await store.tokens.create(record);
  return { token, record };
}
