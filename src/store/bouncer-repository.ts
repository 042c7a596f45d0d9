// Bouncers on disk: each one's name, its key's SHA-256 hash (never the key), its last pull, and the
// decisions it has been handed, from which the next pull's new and deleted decisions are worked out.
import type { Kysely, Selectable } from 'kysely';
import type { LapiDecision } from '../bouncers/lapi-decision.js';
import type { Database } from './schema.js';
import type { BouncersTable } from './tables/bouncers.js';

export interface StoredBouncer {
  name: string;
  keyHash: string;
  createdAt: number;
  lastPullAt: number | null;
  lastAddress: string | null;
  userAgent: string | null;
}

export interface Pull {
  at: number;
  address: string | null;
  userAgent: string | null;
}

export class BouncerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** False when a bouncer with this name exists. */
  async create(name: string, keyHash: string, createdAt: number): Promise<boolean> {
    const result = await this.db
      .insertInto('bouncers')
      .values({
        name,
        key_hash: keyHash,
        created_at: createdAt,
        last_pull_at: null,
        last_address: null,
        user_agent: null,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  async findByKeyHash(keyHash: string): Promise<StoredBouncer | undefined> {
    const row = await this.db
      .selectFrom('bouncers')
      .selectAll()
      .where('key_hash', '=', keyHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toBouncer(row);
  }

  async list(): Promise<StoredBouncer[]> {
    const rows = await this.db.selectFrom('bouncers').selectAll().orderBy('name').execute();
    return rows.map(toBouncer);
  }

  /** False when there is no such bouncer. Its deliveries go with it. */
  async remove(name: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('bouncer_deliveries').where('bouncer', '=', name).execute();
      const result = await trx.deleteFrom('bouncers').where('name', '=', name).executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  /** What the bouncer holds now, as we handed it over. */
  async delivered(name: string): Promise<LapiDecision[]> {
    const rows = await this.db
      .selectFrom('bouncer_deliveries')
      .select('decision')
      .where('bouncer', '=', name)
      .execute();
    return rows.map((row) => JSON.parse(row.decision) as LapiDecision);
  }

  /** Records one pull: what was added and deleted, and when, from where. */
  async recordPull(name: string, pull: Pull, added: LapiDecision[], deleted: LapiDecision[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < deleted.length; i += BATCH) {
        const ids = deleted.slice(i, i + BATCH).map((d) => d.id);
        await trx
          .deleteFrom('bouncer_deliveries')
          .where('bouncer', '=', name)
          .where('lapi_id', 'in', ids)
          .execute();
      }
      for (let i = 0; i < added.length; i += BATCH) {
        const rows = added
          .slice(i, i + BATCH)
          .map((d) => ({ bouncer: name, lapi_id: d.id, decision: JSON.stringify(d) }));
        await trx
          .insertInto('bouncer_deliveries')
          .values(rows)
          .onConflict((oc) => oc.columns(['bouncer', 'lapi_id']).doNothing())
          .execute();
      }
      await trx
        .updateTable('bouncers')
        .set({ last_pull_at: pull.at, last_address: pull.address, user_agent: pull.userAgent })
        .where('name', '=', name)
        .execute();
    });
  }
}

/** Rows per statement, below SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 200;

function toBouncer(row: Selectable<BouncersTable>): StoredBouncer {
  return {
    name: row.name,
    keyHash: row.key_hash,
    createdAt: Number(row.created_at),
    lastPullAt: row.last_pull_at === null ? null : Number(row.last_pull_at),
    lastAddress: row.last_address,
    userAgent: row.user_agent,
  };
}
