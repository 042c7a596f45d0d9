// Migration 0011: incidents get a kind, flood or phishing. Incidents already held are floods, except those
// the phishing desk opened: no attack classes, and named by a campaign or opened by a timeline entry
// marked as phishing. Peers' indicators keep the TLP they came under (none for those imported before:
// they stay out of anything that leaves, until the peer sends them again).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('incidents')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('flood'))
    .execute();
  await sql`
    UPDATE incidents SET kind = 'phishing'
    WHERE attack_classes = '[]'
      AND (
        id IN (SELECT incident_id FROM phishing_campaigns WHERE incident_id IS NOT NULL)
        OR id IN (
          SELECT incident_id FROM incident_timeline
          WHERE kind = 'opened' AND data LIKE ${'%"kind":"phishing"%'}
        )
      )
  `.execute(db);
  await db.schema.createIndex('incidents_kind').on('incidents').column('kind').execute();
  await db.schema.alterTable('intel_imports').addColumn('tlp', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('intel_imports').dropColumn('tlp').execute();
  await db.schema.dropIndex('incidents_kind').execute();
  await db.schema.alterTable('incidents').dropColumn('kind').execute();
}
