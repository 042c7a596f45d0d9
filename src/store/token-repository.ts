// API bearer tokens on disk: only each token's SHA-256 hash is kept, with its role, expiry, last use and
// who made it (a console user or another token; none for the command line).
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from './schema.js';
import { StoreError } from './store-error.js';

export const TOKEN_ROLES = ['viewer', 'responder', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** Who made a token through the API. */
export interface TokenMaker {
  kind: 'user' | 'token';
  id: string;
}

export interface NewToken {
  id: string;
  name: string;
  role: TokenRole;
  /** SHA-256 hex of the bearer token. */
  hash: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; null never expires. */
  expiresAt: number | null;
  /** null: made on the command line, by whoever runs the gateway. */
  maker: TokenMaker | null;
}

export interface StoredToken extends NewToken {
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export class TokenRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  async create(token: NewToken): Promise<void> {
    if (!(TOKEN_ROLES as readonly string[]).includes(token.role)) {
      throw new RangeError(`token role must be one of ${TOKEN_ROLES.join(', ')}; got '${token.role}'`);
    }
    await this.db
      .insertInto('api_tokens')
      .values({
        id: token.id,
        name: token.name,
        role: token.role,
        hash: token.hash,
        created_at: token.createdAt,
        expires_at: token.expiresAt,
        last_used_at: null,
        revoked_at: null,
        creator_kind: token.maker?.kind ?? null,
        creator_id: token.maker?.id ?? null,
      })
      .execute();
  }

  /** The token with this hash, unless it was revoked or has expired. */
  async findByHash(hash: string): Promise<StoredToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('hash', '=', hash)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', this.now())]))
      .executeTakeFirst();
    return row === undefined ? undefined : toToken(row);
  }

  /** Every token, revoked and expired ones included, newest first. */
  async list(): Promise<StoredToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toToken);
  }

  /** False when there is no such token or it was already revoked. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: this.now() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** The tokens `maker` made that are not revoked. */
  async madeBy(maker: TokenMaker): Promise<StoredToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('creator_kind', '=', maker.kind)
      .where('creator_id', '=', maker.id)
      .where('revoked_at', 'is', null)
      .execute();
    return rows.map(toToken);
  }

  async setRole(id: string, role: TokenRole): Promise<void> {
    await this.db.updateTable('api_tokens').set({ role }).where('id', '=', id).execute();
  }

  /** Records that the token was used at `now`. */
  async touch(id: string, now: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  }
}

function nullableNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

function toToken(row: Selectable<ApiTokensTable>): StoredToken {
  if (!(TOKEN_ROLES as readonly string[]).includes(row.role)) {
    throw new StoreError(
      `API token ${row.id} in the database has an unknown role '${row.role}'`,
      'api_tokens',
    );
  }
  return {
    id: row.id,
    name: row.name,
    role: row.role as TokenRole,
    hash: row.hash,
    createdAt: Number(row.created_at),
    expiresAt: nullableNumber(row.expires_at),
    lastUsedAt: nullableNumber(row.last_used_at),
    revokedAt: nullableNumber(row.revoked_at),
    maker:
      (row.creator_kind === 'user' || row.creator_kind === 'token') && row.creator_id !== null
        ? { kind: row.creator_kind, id: row.creator_id }
        : null,
  };
}
