// Named secrets that must survive a restart, such as the challenge cookie's HMAC key. The store's own
// instance seals them with the store key (a copy of the database alone must not let anyone forge a
// challenge pass); the sealer itself reads its key check through an instance without one.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { isSealed, type SealedColumn } from './sealed.js';
import type { Sealer } from './sealer.js';

const columnOf = (name: string): SealedColumn => `secrets.${name}`;

export class SecretRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly sealer?: Sealer,
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
    const stored = this.sealer ? await this.sealer.seal(columnOf(name), value) : value;
    await this.db
      .insertInto('secrets')
      .values({ name, value: stored, created_at: this.now() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const kept = await this.get(name);
    if (kept === undefined) throw new Error(`secret '${name}' was not stored`);
    return kept;
  }

  /** The secret stored under `name`; undefined when there is none. */
  async get(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('secrets')
      .select('value')
      .where('name', '=', name)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return this.sealer ? ((await this.sealer.open(columnOf(name), row.value)) ?? undefined) : row.value;
  }

  /** Stores `value` under `name`, replacing what was there. */
  async put(name: string, value: string): Promise<void> {
    const stored = this.sealer ? await this.sealer.seal(columnOf(name), value) : value;
    await this.db
      .insertInto('secrets')
      .values({ name, value: stored, created_at: this.now() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: stored, created_at: this.now() }))
      .execute();
  }

  /** Seals the secrets an older version stored in clear. */
  async sealClear(): Promise<void> {
    if (!this.sealer) return;
    for (const row of await this.db.selectFrom('secrets').select(['name', 'value']).execute()) {
      if (isSealed(row.value)) continue;
      await this.db
        .updateTable('secrets')
        .set({ value: await this.sealer.seal(columnOf(row.name), row.value) })
        .where('name', '=', row.name)
        .where('value', '=', row.value)
        .execute();
    }
  }
}
