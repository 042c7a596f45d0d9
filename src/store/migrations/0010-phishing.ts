// Migration 0010: the phishing desk: reports (the raw message sealed), their notes, campaigns and the keys
// that join reports into them, and the IMAP checkpoints of the reporting mailboxes.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('phishing_reports')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('reporter', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('sender', 'text', (col) => col.notNull())
    .addColumn('delivered_at', 'bigint')
    .addColumn('raw', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('verdict', 'text')
    .addColumn('score', 'integer')
    .addColumn('analysis', 'text')
    .addColumn('error', 'text')
    .addColumn('body_hash', 'text')
    .addColumn('campaign_id', 'text')
    .addColumn('assignee', 'text')
    .addColumn('review', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'bigint')
    .addColumn('feedback_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('phishing_reports_received_at')
    .on('phishing_reports')
    .column('received_at')
    .execute();
  await db.schema
    .createIndex('phishing_reports_reporter')
    .on('phishing_reports')
    .column('reporter')
    .execute();

  await db.schema
    .createTable('phishing_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('report_id', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('author', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('phishing_notes_report').on('phishing_notes').column('report_id').execute();

  await db.schema
    .createTable('phishing_campaigns')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('reports', 'integer', (col) => col.notNull())
    .addColumn('verdict', 'text', (col) => col.notNull())
    .addColumn('review', 'text')
    .addColumn('incident_id', 'text')
    .addColumn('published_at', 'bigint')
    .addColumn('tlp', 'text')
    .execute();

  await db.schema
    .createTable('phishing_campaign_keys')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('campaign_id', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('phishing_mailboxes')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('uid_validity', 'text', (col) => col.notNull())
    .addColumn('last_uid', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'phishing_mailboxes',
    'phishing_campaign_keys',
    'phishing_campaigns',
    'phishing_notes',
    'phishing_reports',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
