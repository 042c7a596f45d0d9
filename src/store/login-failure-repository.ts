// Failed sign-in attempts of the last hour, by account, by client address and by kind (password or
// second factor), for login throttling; and the addresses each account completed a sign-in from.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type FailureKind = 'password' | 'mfa';

export interface FailureCount {
  count: number;
  /** Time of the latest failure; 0 when there is none. */
  lastAt: number;
}

export interface FailureFilter {
  account?: string;
  address?: string;
  kind?: FailureKind;
}

export class LoginFailureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Records a failure (or an attempt not yet decided); returns its id, for `remove`. */
  async record(
    account: string,
    address: string,
    at: number,
    kind: FailureKind = 'password',
  ): Promise<string> {
    const id = randomUUID();
    await this.db.insertInto('login_failures').values({ id, account, address, at, kind }).execute();
    return id;
  }

  /** Forgets one recorded attempt: it turned out to succeed. */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('id', '=', id).execute();
  }

  /** Failures since `since` matching every field the filter gives. */
  async count(filter: FailureFilter, since: number): Promise<FailureCount> {
    let query = this.db.selectFrom('login_failures').where('at', '>=', since);
    if (filter.account !== undefined) query = query.where('account', '=', filter.account);
    if (filter.address !== undefined) query = query.where('address', '=', filter.address);
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
    const row = await query
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('at').as('last')])
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), lastAt: row.last === null ? 0 : Number(row.last) };
  }

  /** Forgets the failures against this account from this address. */
  async clear(account: string, address: string): Promise<void> {
    await this.db
      .deleteFrom('login_failures')
      .where('account', '=', account)
      .where('address', '=', address)
      .execute();
  }

  async prune(before: number): Promise<void> {
    await this.db.deleteFrom('login_failures').where('at', '<', before).execute();
  }

  /** Notes that the account completed a sign-in from the address. */
  async markKnown(account: string, address: string, at: number): Promise<void> {
    await this.db
      .insertInto('login_addresses')
      .values({ account, address, last_at: at })
      .onConflict((oc) => oc.columns(['account', 'address']).doUpdateSet({ last_at: at }))
      .execute();
  }

  /** True when the account completed a sign-in from the address since `since`. */
  async isKnown(account: string, address: string, since: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('login_addresses')
      .select('last_at')
      .where('account', '=', account)
      .where('address', '=', address)
      .where('last_at', '>=', since)
      .executeTakeFirst();
    return row !== undefined;
  }
}
