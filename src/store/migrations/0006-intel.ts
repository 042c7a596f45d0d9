// Migration 0006: intel tables: STIX objects of our collections, stable ids, TAXII accounts and statuses.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stix_objects')
    .addColumn('collection_id', 'text', (col) => col.notNull())
    .addColumn('object_id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('version', 'text', (col) => col.notNull())
    .addColumn('version_key', 'text', (col) => col.notNull())
    .addColumn('spec_version', 'text', (col) => col.notNull())
    .addColumn('date_added', 'bigint', (col) => col.notNull())
    .addColumn('tlp', 'text', (col) => col.notNull())
    .addColumn('latest', 'integer', (col) => col.notNull())
    .addColumn('first', 'integer', (col) => col.notNull())
    .addColumn('object', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('stix_objects_pk', ['collection_id', 'object_id', 'version_key'])
    .execute();
  await db.schema
    .createIndex('stix_objects_date_added')
    .unique()
    .on('stix_objects')
    .columns(['collection_id', 'date_added'])
    .execute();
  await db.schema
    .createTable('stix_ids')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('stix_id', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('taxii_accounts')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('secret_hash', 'text', (col) => col.notNull())
    .addColumn('can_read', 'text', (col) => col.notNull())
    .addColumn('can_write', 'text', (col) => col.notNull())
    .addColumn('amber', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('taxii_statuses')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account', 'text', (col) => col.notNull())
    .addColumn('collection_id', 'text', (col) => col.notNull())
    .addColumn('request_timestamp', 'bigint', (col) => col.notNull())
    .addColumn('resource', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['taxii_statuses', 'taxii_accounts', 'stix_ids', 'stix_objects']) {
    await db.schema.dropTable(table).execute();
  }
}
