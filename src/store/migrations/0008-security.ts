// Migration 0008: what the security review asked for. Login failures by kind (password or second
// factor) and the addresses each account signed in from; a session's gate (passkey only) and its count
// of second-factor failures; who created each API token; which audit entries are keyed; and which TAXII
// account wrote each STIX object. Stored STIX objects are classified again: the TLP 1.0 markings and
// granular markings used to be missed, so a TLP:RED object could have been held as AMBER.
import type { Kysely } from 'kysely';
import { tlpOf } from '../../intel/stix/tlp.js';
import type { Database } from '../schema.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('login_failures')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('password'))
    .execute();

  await db.schema
    .createTable('login_addresses')
    .addColumn('account', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('last_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('login_addresses_pkey', ['account', 'address'])
    .execute();

  await db.schema.alterTable('sessions').addColumn('gate', 'text').execute();
  await db.schema
    .alterTable('sessions')
    .addColumn('mfa_failures', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable('api_tokens').addColumn('creator_kind', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('creator_id', 'text').execute();

  await db.schema
    .alterTable('audit_log')
    .addColumn('keyed', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable('stix_objects').addColumn('writer', 'text').execute();
  await classifyAgain(db as unknown as Kysely<Database>);
}

async function classifyAgain(db: Kysely<Database>): Promise<void> {
  const rows = await db
    .selectFrom('stix_objects')
    .select(['collection_id', 'object_id', 'version_key', 'tlp', 'object'])
    .execute();
  for (const row of rows) {
    const tlp = tlpOf(JSON.parse(row.object));
    if (tlp === row.tlp) continue;
    await db
      .updateTable('stix_objects')
      .set({ tlp })
      .where('collection_id', '=', row.collection_id)
      .where('object_id', '=', row.object_id)
      .where('version_key', '=', row.version_key)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('stix_objects').dropColumn('writer').execute();
  await db.schema.alterTable('audit_log').dropColumn('keyed').execute();
  await db.schema.alterTable('api_tokens').dropColumn('creator_id').execute();
  await db.schema.alterTable('api_tokens').dropColumn('creator_kind').execute();
  await db.schema.alterTable('sessions').dropColumn('mfa_failures').execute();
  await db.schema.alterTable('sessions').dropColumn('gate').execute();
  await db.schema.dropTable('login_addresses').execute();
  await db.schema.alterTable('login_failures').dropColumn('kind').execute();
}
