// Reports made to the phishing desk: stored (the raw message sealed with the store key) before anything
// reads them, then their analysis, campaign, responders' review and notes; deleted after the retention.
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { Sealer } from './sealer.js';
import type { PhishingReportsTable } from './tables/phishing.js';

export const REPORT_SOURCES = ['smtp', 'imap', 'upload'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];
export const REPORT_STATUSES = ['received', 'analysed', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface StoredReport {
  id: string;
  receivedAt: number;
  source: ReportSource;
  reporter: string;
  subject: string;
  sender: string;
  deliveredAt: number | null;
  size: number;
  sha256: string;
  status: ReportStatus;
  verdict: string | null;
  score: number | null;
  /** The analysis as the desk wrote it (JSON parsed), or null until analysed. */
  analysis: unknown;
  error: string | null;
  bodyHash: string | null;
  campaignId: string | null;
  assignee: string | null;
  /** 'confirmed' or 'overturned:<verdict>'. */
  review: string | null;
  reviewedBy: string | null;
  reviewedAt: number | null;
  feedbackAt: number | null;
}

export interface NewReport {
  source: ReportSource;
  reporter: string;
  subject: string;
  sender: string;
  deliveredAt: number | null;
  raw: Buffer;
  sha256: string;
}

export interface AnalysisRecord {
  status: 'analysed' | 'failed';
  verdict: string | null;
  score: number | null;
  analysis: unknown;
  error: string | null;
  bodyHash: string | null;
}

export interface ReportFilter {
  status?: ReportStatus;
  /** Only reports no responder has reviewed yet. */
  open?: boolean;
  reporter?: string;
  campaignId?: string;
  /** Received at or after, ms. */
  since?: number;
  limit: number;
}

export interface ReportNote {
  id: string;
  reportId: string;
  at: number;
  author: string;
  text: string;
}

const num = (value: number | string | null): number | null => (value === null ? null : Number(value));

export class PhishingReportRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly sealer: Sealer,
  ) {}

  async add(report: NewReport): Promise<StoredReport> {
    const id = `rep_${randomBytes(8).toString('hex')}`;
    await this.db
      .insertInto('phishing_reports')
      .values({
        id,
        received_at: this.now(),
        source: report.source,
        reporter: report.reporter,
        subject: report.subject,
        sender: report.sender,
        delivered_at: report.deliveredAt,
        raw: await this.sealer.seal('phishing_reports.raw', report.raw.toString('base64')),
        size: report.raw.length,
        sha256: report.sha256,
        status: 'received',
        verdict: null,
        score: null,
        analysis: null,
        error: null,
        body_hash: null,
        campaign_id: null,
        assignee: null,
        review: null,
        reviewed_by: null,
        reviewed_at: null,
        feedback_at: null,
      })
      .execute();
    return (await this.get(id)) as StoredReport;
  }

  async get(id: string): Promise<StoredReport | undefined> {
    const row = await this.db
      .selectFrom('phishing_reports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toReport(row);
  }

  /** The message as it was received; undefined when the report is unknown or was deleted. */
  async raw(id: string): Promise<Buffer | undefined> {
    const row = await this.db
      .selectFrom('phishing_reports')
      .select('raw')
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return Buffer.from((await this.sealer.open('phishing_reports.raw', row.raw)) ?? '', 'base64');
  }

  /** True when a report of exactly these bytes came from `source` already. */
  async holds(source: ReportSource, sha256: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('phishing_reports')
      .select('id')
      .where('source', '=', source)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row !== undefined;
  }

  async list(filter: ReportFilter): Promise<StoredReport[]> {
    let query = this.db.selectFrom('phishing_reports').selectAll();
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.open) query = query.where('review', 'is', null);
    if (filter.reporter !== undefined) query = query.where('reporter', '=', filter.reporter);
    if (filter.campaignId !== undefined) query = query.where('campaign_id', '=', filter.campaignId);
    if (filter.since !== undefined) query = query.where('received_at', '>=', filter.since);
    const rows = await query.orderBy('received_at', 'desc').orderBy('id').limit(filter.limit).execute();
    return rows.map(toReport);
  }

  /** What reading the message told: who reported it, and the reported message's subject, sender and date. */
  async describe(
    id: string,
    facts: { reporter: string; subject: string; sender: string; deliveredAt: number | null },
  ): Promise<void> {
    await this.db
      .updateTable('phishing_reports')
      .set({
        reporter: facts.reporter,
        subject: facts.subject,
        sender: facts.sender,
        delivered_at: facts.deliveredAt,
      })
      .where('id', '=', id)
      .execute();
  }

  async saveAnalysis(id: string, record: AnalysisRecord): Promise<void> {
    await this.db
      .updateTable('phishing_reports')
      .set({
        status: record.status,
        verdict: record.verdict,
        score: record.score,
        analysis: JSON.stringify(record.analysis),
        error: record.error,
        body_hash: record.bodyHash,
      })
      .where('id', '=', id)
      .execute();
  }

  async setCampaign(id: string, campaignId: string): Promise<void> {
    await this.db
      .updateTable('phishing_reports')
      .set({ campaign_id: campaignId })
      .where('id', '=', id)
      .execute();
  }

  async assign(id: string, assignee: string | null): Promise<void> {
    await this.db.updateTable('phishing_reports').set({ assignee }).where('id', '=', id).execute();
  }

  async review(id: string, review: string, by: string): Promise<void> {
    await this.db
      .updateTable('phishing_reports')
      .set({ review, reviewed_by: by, reviewed_at: this.now() })
      .where('id', '=', id)
      .execute();
  }

  async feedbackSent(id: string): Promise<void> {
    await this.db
      .updateTable('phishing_reports')
      .set({ feedback_at: this.now() })
      .where('id', '=', id)
      .execute();
  }

  /** Similarity hashes of reports received since `since`, newest first, for near-duplicate bodies. */
  async bodyHashes(since: number, limit: number) {
    const rows = await this.db
      .selectFrom('phishing_reports')
      .select(['id', 'body_hash', 'campaign_id'])
      .where('received_at', '>=', since)
      .where('body_hash', 'is not', null)
      .orderBy('received_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, bodyHash: r.body_hash as string, campaignId: r.campaign_id }));
  }

  async addNote(reportId: string, author: string, text: string): Promise<ReportNote> {
    const note = { id: `note_${randomBytes(8).toString('hex')}`, reportId, at: this.now(), author, text };
    await this.db
      .insertInto('phishing_notes')
      .values({ id: note.id, report_id: reportId, at: note.at, author, text })
      .execute();
    return note;
  }

  async notes(reportId: string): Promise<ReportNote[]> {
    const rows = await this.db
      .selectFrom('phishing_notes')
      .selectAll()
      .where('report_id', '=', reportId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      reportId: r.report_id,
      at: Number(r.at),
      author: r.author,
      text: r.text,
    }));
  }

  /** Deletes reports received before `before`, with their notes; returns how many reports went. */
  async deleteBefore(before: number): Promise<number> {
    const ids = (
      await this.db.selectFrom('phishing_reports').select('id').where('received_at', '<', before).execute()
    ).map((r) => r.id);
    if (ids.length === 0) return 0;
    await this.db.deleteFrom('phishing_notes').where('report_id', 'in', ids).execute();
    await this.db.deleteFrom('phishing_reports').where('id', 'in', ids).execute();
    return ids.length;
  }
}

function toReport(row: Selectable<PhishingReportsTable>): StoredReport {
  return {
    id: row.id,
    receivedAt: Number(row.received_at),
    source: row.source as ReportSource,
    reporter: row.reporter,
    subject: row.subject,
    sender: row.sender,
    deliveredAt: num(row.delivered_at),
    size: row.size,
    sha256: row.sha256,
    status: row.status as ReportStatus,
    verdict: row.verdict,
    score: row.score,
    analysis: row.analysis === null ? null : JSON.parse(row.analysis),
    error: row.error,
    bodyHash: row.body_hash,
    campaignId: row.campaign_id,
    assignee: row.assignee,
    review: row.review,
    reviewedBy: row.reviewed_by,
    reviewedAt: num(row.reviewed_at),
    feedbackAt: num(row.feedback_at),
  };
}
