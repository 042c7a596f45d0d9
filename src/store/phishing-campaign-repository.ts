// Campaigns of the phishing desk: reports joined by what they share (sender domain, link domain,
// attachment hash, near-identical text), with the incident they opened and the responders' review; and
// the checkpoints of the reporting mailboxes pulled over IMAP.
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { PhishingCampaignsTable } from './tables/phishing.js';

export interface Campaign {
  id: string;
  openedAt: number;
  updatedAt: number;
  reports: number;
  verdict: string;
  /** 'confirmed' or 'overturned:<verdict>', remembered for the campaign's later reports. */
  review: string | null;
  incidentId: string | null;
  publishedAt: number | null;
  tlp: string | null;
  keys: string[];
}

export interface MailboxCheckpoint {
  uidValidity: string;
  lastUid: number;
}

export class PhishingCampaignRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** Ids of the campaigns that hold any of `keys`. */
  async holding(keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('phishing_campaign_keys')
      .select('campaign_id')
      .distinct()
      .where('key', 'in', [...keys])
      .execute();
    return rows.map((r) => r.campaign_id);
  }

  async create(verdict: string, keys: readonly string[]): Promise<Campaign> {
    const id = `camp_${randomBytes(8).toString('hex')}`;
    const at = this.now();
    await this.db
      .insertInto('phishing_campaigns')
      .values({
        id,
        opened_at: at,
        updated_at: at,
        reports: 0,
        verdict,
        review: null,
        incident_id: null,
        published_at: null,
        tlp: null,
      })
      .execute();
    await this.addKeys(id, keys);
    return (await this.get(id)) as Campaign;
  }

  /** Adds the keys no campaign holds yet to this one. */
  async addKeys(id: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db
      .insertInto('phishing_campaign_keys')
      .values(keys.map((key) => ({ key, campaign_id: id })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }

  /** Counts one more report and keeps the worst verdict. */
  async countReport(id: string, verdict: string): Promise<Campaign> {
    const campaign = (await this.get(id)) as Campaign;
    await this.db
      .updateTable('phishing_campaigns')
      .set({ reports: campaign.reports + 1, verdict, updated_at: this.now() })
      .where('id', '=', id)
      .execute();
    return (await this.get(id)) as Campaign;
  }

  async setIncident(id: string, incidentId: string): Promise<void> {
    await this.db
      .updateTable('phishing_campaigns')
      .set({ incident_id: incidentId })
      .where('id', '=', id)
      .execute();
  }

  async review(id: string, review: string): Promise<void> {
    await this.db
      .updateTable('phishing_campaigns')
      .set({ review, updated_at: this.now() })
      .where('id', '=', id)
      .execute();
  }

  async published(id: string, tlp: string): Promise<void> {
    await this.db
      .updateTable('phishing_campaigns')
      .set({ published_at: this.now(), tlp })
      .where('id', '=', id)
      .execute();
  }

  async get(id: string): Promise<Campaign | undefined> {
    const row = await this.db
      .selectFrom('phishing_campaigns')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : this.withKeys(row);
  }

  /** The campaign whose incident this is. */
  async forIncident(incidentId: string): Promise<Campaign | undefined> {
    const row = await this.db
      .selectFrom('phishing_campaigns')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .executeTakeFirst();
    return row === undefined ? undefined : this.withKeys(row);
  }

  async list(limit: number): Promise<Campaign[]> {
    const rows = await this.db
      .selectFrom('phishing_campaigns')
      .selectAll()
      .orderBy('updated_at', 'desc')
      .limit(limit)
      .execute();
    return Promise.all(rows.map((row) => this.withKeys(row)));
  }

  async checkpoint(mailbox: string): Promise<MailboxCheckpoint | undefined> {
    const row = await this.db
      .selectFrom('phishing_mailboxes')
      .selectAll()
      .where('name', '=', mailbox)
      .executeTakeFirst();
    return row === undefined ? undefined : { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) };
  }

  async saveCheckpoint(mailbox: string, checkpoint: MailboxCheckpoint): Promise<void> {
    await this.db
      .insertInto('phishing_mailboxes')
      .values({ name: mailbox, uid_validity: checkpoint.uidValidity, last_uid: checkpoint.lastUid })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({ uid_validity: checkpoint.uidValidity, last_uid: checkpoint.lastUid }),
      )
      .execute();
  }

  private async withKeys(row: Selectable<PhishingCampaignsTable>): Promise<Campaign> {
    const keys = await this.db
      .selectFrom('phishing_campaign_keys')
      .select('key')
      .where('campaign_id', '=', row.id)
      .orderBy('key')
      .execute();
    return {
      id: row.id,
      openedAt: Number(row.opened_at),
      updatedAt: Number(row.updated_at),
      reports: row.reports,
      verdict: row.verdict,
      review: row.review,
      incidentId: row.incident_id,
      publishedAt: row.published_at === null ? null : Number(row.published_at),
      tlp: row.tlp,
      keys: keys.map((k) => k.key),
    };
  }
}
