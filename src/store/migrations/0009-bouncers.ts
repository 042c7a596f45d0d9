// Migration 0009: bouncers (CrowdSec-compatible enforcers that pull our decisions) and what each was given.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bouncers')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('key_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('last_pull_at', 'bigint')
    .addColumn('last_address', 'text')
    .addColumn('user_agent', 'text')
    .execute();

  await db.schema
    .createTable('bouncer_deliveries')
    .addColumn('bouncer', 'text', (col) => col.notNull())
    .addColumn('lapi_id', 'bigint', (col) => col.notNull())
    .addColumn('decision', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('bouncer_deliveries_pkey', ['bouncer', 'lapi_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bouncer_deliveries').execute();
  await db.schema.dropTable('bouncers').execute();
}
