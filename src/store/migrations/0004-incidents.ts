// Migration 0004: incidents, their timelines, their links to detections and decisions, and the counter
// that numbers them per year.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('severity_locked', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('services', 'text', (col) => col.notNull())
    .addColumn('attack_classes', 'text', (col) => col.notNull())
    .addColumn('top_sources', 'text', (col) => col.notNull())
    .addColumn('top_fingerprints', 'text', (col) => col.notNull())
    .addColumn('assignee', 'text')
    .addColumn('public_update', 'text')
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('figures', 'text', (col) => col.notNull())
    .addColumn('timeline_seq', 'integer', (col) => col.notNull())
    .addColumn('timeline_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('incidents_opened_at').on('incidents').column('opened_at').execute();
  await db.schema.createIndex('incidents_status').on('incidents').column('status').execute();

  await db.schema
    .createTable('incident_timeline')
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('data', 'text')
    .addColumn('public', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('incident_timeline_pk', ['incident_id', 'seq'])
    .execute();

  await db.schema
    .createTable('incident_links')
    .addColumn('incident_id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('ref_id', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('linked_at', 'bigint', (col) => col.notNull())
    .addColumn('detail', 'text')
    .addPrimaryKeyConstraint('incident_links_pk', ['incident_id', 'kind', 'ref_id'])
    .execute();
  await db.schema
    .createIndex('incident_links_ref')
    .on('incident_links')
    .columns(['kind', 'ref_id'])
    .execute();

  await db.schema
    .createTable('incident_counters')
    .addColumn('year', 'integer', (col) => col.primaryKey())
    .addColumn('last', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incident_counters').execute();
  await db.schema.dropTable('incident_links').execute();
  await db.schema.dropTable('incident_timeline').execute();
  await db.schema.dropTable('incidents').execute();
}
