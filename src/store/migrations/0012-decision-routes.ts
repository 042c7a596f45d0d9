// Migration 0012: a decision may apply to one route only (a path prefix); those held before apply to
// every route, as they did.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('decisions').addColumn('route', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('decisions').dropColumn('route').execute();
}
