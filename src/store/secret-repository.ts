// Named secrets that must survive a restart, such as the challenge cookie's HMAC key.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export class SecretRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /**
   * The secret stored under `name`; the first time, the value from `create` is stored and returned.
   * When two processes race, both get the value that was stored first.
   */
  async getOrCreate(name: string, create: () => string): Promise<string> {
    const existing = await this.get(name);
    if (existing !== undefined) return existing;
    const value = create();
    if (typeof value !== 'string' || value.length === 0) {
      throw new RangeError(`secret '${name}': create() must return a non-empty string`);
    }
    await this.db
      .insertInto('secrets')
      .values({ name, value, created_at: this.now() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const stored = await this.get(name);
    if (stored === undefined) throw new Error(`secret '${name}' was not stored`);
    return stored;
  }

  /** The secret stored under `name`; undefined when there is none. */
  async get(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.value;
  }
}
