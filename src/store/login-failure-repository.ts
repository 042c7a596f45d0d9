// Failed sign-in attempts of the last hour, by account and by client address, for login throttling.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface FailureCount {
  count: number;
  /** Time of the latest failure; 0 when there is none. */
  lastAt: number;
}

export class LoginFailureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(account: string, address: string, at: number): Promise<void> {
    await this.db.insertInto('login_failures').values({ id: randomUUID(), account, address, at }).execute();
  }

  /** Failures since `since` against the account, from the address, or both when both are given. */
  async count(filter: { account?: string; address?: string }, since: number): Promise<FailureCount> {
    let query = this.db.selectFrom('login_failures').where('at', '>=', since);
    if (filter.account !== undefined) query = query.where('account', '=', filter.account);
    if (filter.address !== undefined) query = query.where('address', '=', filter.address);
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
}
