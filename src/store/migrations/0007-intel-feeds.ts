// Migration 0007: peers we pull intel from, their pulls, and the indicators imported from them.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intel_peers')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('api_root', 'text', (col) => col.notNull())
    .addColumn('collection_id', 'text', (col) => col.notNull())
    .addColumn('username', 'text')
    .addColumn('password', 'text')
    .addColumn('trust', 'integer', (col) => col.notNull())
    .addColumn('enabled', 'integer', (col) => col.notNull())
    .addColumn('checkpoint', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('last_pull_at', 'bigint')
    .addColumn('last_error', 'text')
    .execute();

  await db.schema
    .createTable('intel_pulls')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('peer', 'text', (col) => col.notNull())
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('finished_at', 'bigint', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('pages', 'integer', (col) => col.notNull())
    .addColumn('objects', 'integer', (col) => col.notNull())
    .addColumn('imported', 'integer', (col) => col.notNull())
    .addColumn('duplicates', 'integer', (col) => col.notNull())
    .addColumn('revoked', 'integer', (col) => col.notNull())
    .addColumn('unsupported', 'integer', (col) => col.notNull())
    .addColumn('invalid', 'integer', (col) => col.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('intel_pulls_started_at').on('intel_pulls').column('started_at').execute();

  await db.schema
    .createTable('intel_imports')
    .addColumn('peer', 'text', (col) => col.notNull())
    .addColumn('indicator_id', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('pattern', 'text', (col) => col.notNull())
    .addColumn('confidence', 'integer')
    .addColumn('modified', 'bigint', (col) => col.notNull())
    .addColumn('valid_until', 'bigint')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('poisoning', 'integer', (col) => col.notNull())
    .addColumn('imported_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('intel_imports_pkey', ['peer', 'indicator_id', 'value'])
    .execute();
  await db.schema.createIndex('intel_imports_value').on('intel_imports').column('value').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('intel_imports').execute();
  await db.schema.dropTable('intel_pulls').execute();
  await db.schema.dropTable('intel_peers').execute();
}
