// Migration 0002: detections, as the sentinel reported them, for the API and for incidents.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('detections')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('last_seen_at', 'bigint', (col) => col.notNull())
    .addColumn('path', 'text')
    .addColumn('route_kind', 'text')
    .addColumn('max_action', 'text', (col) => col.notNull())
    .addColumn('targets', 'text', (col) => col.notNull())
    .addColumn('evidence', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('detections_started_at').on('detections').column('started_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('detections').execute();
}
