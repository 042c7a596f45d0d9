// Inbound TAXII accounts: who may read or write which of our collections, and whether they may receive
// TLP:AMBER. Only the SHA-256 hash of each generated secret is kept; checking compares in constant time.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { TaxiiAccountsTable } from './tables/intel.js';

export interface NewTaxiiAccount {
  /** Letters, digits and . _ @ -, up to 64 characters: it is the HTTP Basic user name. */
  name: string;
  /** Collection ids the account may read. */
  read: string[];
  /** Collection ids the account may write. */
  write: string[];
  /** May receive TLP:AMBER and TLP:AMBER+STRICT objects. */
  amber: boolean;
}

export interface TaxiiAccount extends NewTaxiiAccount {
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** A request to the account repository that cannot be carried out; the message says why. */
export class TaxiiAccountError extends Error {
  override readonly name = 'TaxiiAccountError';
}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/;
/** Compared against when the name is unknown, so that unknown names take as long as wrong secrets. */
const NO_HASH = '0'.repeat(64);

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export class TaxiiAccountRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** Creates an account and returns its secret, which is shown this once and never stored. */
  async add(account: NewTaxiiAccount): Promise<{ secret: string }> {
    if (!NAME.test(account.name)) {
      throw new TaxiiAccountError(
        `a TAXII account name is 1 to 64 letters, digits, '.', '_', '@' or '-'; got '${account.name}'`,
      );
    }
    if (await this.find(account.name)) {
      throw new TaxiiAccountError(`a TAXII account named '${account.name}' already exists`);
    }
    const secret = randomBytes(32).toString('base64url');
    await this.db
      .insertInto('taxii_accounts')
      .values({
        name: account.name,
        secret_hash: hashSecret(secret),
        can_read: JSON.stringify([...new Set(account.read)]),
        can_write: JSON.stringify([...new Set(account.write)]),
        amber: account.amber ? 1 : 0,
        created_at: this.now(),
      })
      .execute();
    return { secret };
  }

  async list(): Promise<TaxiiAccount[]> {
    const rows = await this.db.selectFrom('taxii_accounts').selectAll().orderBy('name').execute();
    return rows.map(toAccount);
  }

  async find(name: string): Promise<TaxiiAccount | undefined> {
    const row = await this.db
      .selectFrom('taxii_accounts')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row && toAccount(row);
  }

  /** Removes an account; false when there was none by that name. */
  async remove(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom('taxii_accounts').where('name', '=', name).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The account these HTTP Basic credentials belong to, or undefined. */
  async authenticate(name: string, secret: string): Promise<TaxiiAccount | undefined> {
    const row = NAME.test(name)
      ? await this.db.selectFrom('taxii_accounts').selectAll().where('name', '=', name).executeTakeFirst()
      : undefined;
    const expected = Buffer.from(row?.secret_hash ?? NO_HASH, 'hex');
    const given = Buffer.from(hashSecret(secret), 'hex');
    return timingSafeEqual(expected, given) && row ? toAccount(row) : undefined;
  }
}

function toAccount(row: Selectable<TaxiiAccountsTable>): TaxiiAccount {
  return {
    name: row.name,
    read: JSON.parse(row.can_read) as string[],
    write: JSON.parse(row.can_write) as string[],
    amber: row.amber === 1 || Number(row.amber) === 1,
    createdAt: Number(row.created_at),
  };
}
