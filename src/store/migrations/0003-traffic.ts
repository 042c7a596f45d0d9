// Migration 0003: traffic rollups, one row per gateway and step (a second, or a minute once compacted).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('traffic')
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('step_ms', 'integer', (col) => col.notNull())
    .addColumn('allowed', 'bigint', (col) => col.notNull())
    .addColumn('challenged', 'bigint', (col) => col.notNull())
    .addColumn('throttled', 'bigint', (col) => col.notNull())
    .addColumn('blocked', 'bigint', (col) => col.notNull())
    .addColumn('shed', 'bigint', (col) => col.notNull())
    .addColumn('origin_errors', 'bigint', (col) => col.notNull())
    .addColumn('latency_p50_ms', 'double precision')
    .addColumn('latency_p95_ms', 'double precision')
    .addColumn('latency_p99_ms', 'double precision')
    .execute();
  await db.schema.createIndex('traffic_at').on('traffic').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('traffic').execute();
}
