// The phishing desk: every report is stored first (never lost), then read, analysed, joined to its
// campaign, turned into an incident when the campaign calls for one, and answered to the reporter. One
// report at a time, in order; reports left unanalysed by a restart are picked up at start. Responders
// confirm or overturn verdicts (an overturn sends the reporter a correction), assign and annotate reports.
// Reports older than the retention are deleted.
import type { Config } from '../config/index.js';
import type { EventBus } from '../events.js';
import type { TlpLevel } from '../intel/stix/tlp.js';
import type { Log } from '../log.js';
import type { Mailer } from '../notify/index.js';
import type { ReportSource, Store, StoredReport } from '../store/index.js';
import type { AnalysisContext, Resolver } from './analysers/index.js';
import { type Analysis, analyse } from './analysis.js';
import { type BrandList, shippedBrands } from './brands.js';
import { campaignKeys, joinCampaign, reviewedVerdict } from './campaigns.js';
import { answerMail, correctionMail } from './feedback.js';
import { followCampaignReview, openPhishingIncident } from './incident.js';
import { intelLookup } from './intel-lookup.js';
import { readReport, sha256 } from './message.js';
import { type PeerPolicy, peerPhishingIndicators } from './peer-indicators.js';
import { dnsResolver } from './resolver.js';
import { gatewayLists, publishCampaign } from './sharing.js';
import { simhash } from './similarity.js';
import type { Verdict } from './verdict.js';

export type PhishingSettings = Config['phishing'];

export interface PhishingDeskOptions {
  store: Store;
  events: EventBus;
  /** Sends the answers to reporters; none are sent without it. */
  mailer: Mailer | undefined;
  settings: PhishingSettings;
  log: Log;
  now: () => number;
  /** DNS for the authentication checks; the one `settings.dns` describes unless given. */
  resolver?: Resolver;
  brands?: BrandList;
  /** How often old reports are deleted; hourly unless given. */
  sweepMs?: number;
  /** Where confirmed campaigns are published as STIX; none are without it. */
  intel?: { collectionId: string; identity: string };
  /** The trust policy of peers' indicators; without it, none of theirs reach the mail gateways' lists. */
  trust?: PeerPolicy;
}

/** TLP of a confirmed campaign when the responder chooses none. */
export const DEFAULT_CAMPAIGN_TLP: TlpLevel = 'amber';

/** A responder's review of a report. */
export type Review = { action: 'confirm'; tlp?: TlpLevel } | { action: 'overturn'; verdict: Verdict };

export class ReportRefusal extends Error {
  constructor(
    readonly reason: 'not_found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

const ARCHIVE_LIMITS = { maxExpandedBytes: 100 * 1024 ** 2, maxDepth: 3, maxEntries: 1_000 };
const RECENT_MS = 7 * 86_400_000;

export class PhishingDesk {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly context: Omit<AnalysisContext, 'gap'>;

  constructor(private readonly opts: PhishingDeskOptions) {
    const { settings, store } = opts;
    this.context = {
      brands: opts.brands ?? shippedBrands(),
      protectedDomains: settings.protectedDomains,
      resolver: opts.resolver ?? dnsResolver(settings.dns, settings.dnsTimeout),
      trustedAuthservIds: settings.trustedAuthservIds,
      recentlyReported: async (domains) => {
        const keys = domains.flatMap((d) => [`link-domain:${d}`, `sender-domain:${d}`]);
        const held = new Set<string>();
        if (keys.length === 0) return held;
        const rows = await store.db
          .selectFrom('phishing_campaign_keys')
          .innerJoin('phishing_campaigns', 'phishing_campaigns.id', 'phishing_campaign_keys.campaign_id')
          .select('phishing_campaign_keys.key')
          .where('phishing_campaign_keys.key', 'in', keys)
          .where('phishing_campaigns.updated_at', '>=', opts.now() - RECENT_MS)
          .execute();
        for (const row of rows) held.add(row.key.slice(row.key.indexOf(':') + 1));
        return held;
      },
      lookup: intelLookup(store),
      archives: ARCHIVE_LIMITS,
    };
  }

  /** Picks up reports a restart left unanalysed, and starts deleting reports past the retention. */
  async start(): Promise<void> {
    const waiting = await this.opts.store.phishingReports.list({ status: 'received', limit: 10_000 });
    for (const report of waiting.reverse()) this.enqueue(() => this.process(report.id));
    this.timer = setInterval(() => void this.sweep(), this.opts.sweepMs ?? 3_600_000);
    this.timer.unref();
    await this.sweep();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.settled();
  }

  /** Resolves once every report received so far is analysed and answered. */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  /** Stores a report, then analyses it in turn; resolves once it is stored. */
  async receive(raw: Buffer, source: ReportSource, reporter: string): Promise<StoredReport> {
    const report = await this.opts.store.phishingReports.add({
      source,
      reporter,
      subject: '',
      sender: '',
      deliveredAt: null,
      raw,
      sha256: sha256(raw),
    });
    this.enqueue(() => this.process(report.id));
    return report;
  }

  async review(id: string, review: Review, by: string): Promise<StoredReport> {
    const reports = this.opts.store.phishingReports;
    const report = await reports.get(id);
    if (report === undefined) throw new ReportRefusal('not_found', `no report ${id}`);
    if (report.status !== 'analysed') throw new ReportRefusal('conflict', `report ${id} is not analysed yet`);
    const was = (reviewedVerdict(report.review) ?? report.verdict) as Verdict;
    const text = review.action === 'confirm' ? 'confirmed' : `overturned:${review.verdict}`;
    await reports.review(id, text, by);
    if (report.campaignId !== null) {
      await this.opts.store.phishingCampaigns.review(report.campaignId, text);
      const campaign = await this.opts.store.phishingCampaigns.get(report.campaignId);
      if (campaign !== undefined) {
        const deps = { store: this.opts.store, events: this.opts.events };
        await followCampaignReview(deps, campaign, reviewedVerdict(text) as Verdict, by, this.opts.now());
      }
      if (review.action === 'confirm' && campaign !== undefined && this.opts.intel !== undefined) {
        await publishCampaign(this.opts.store, campaign, {
          ...this.opts.intel,
          tlp: review.tlp ?? DEFAULT_CAMPAIGN_TLP,
          now: this.opts.now(),
        });
      }
    }
    const now = reviewedVerdict(text) as Verdict;
    if (review.action === 'overturn' && now !== was) {
      await this.tell(report, correctionMail(this.answerTo(report), was, now));
    }
    return (await reports.get(id)) as StoredReport;
  }

  /** The lists for mail gateways: our confirmed campaigns' values, and the peers' ones acted on. */
  async gatewayLists() {
    const { store, trust, settings } = this.opts;
    const own = [...settings.protectedDomains, ...this.context.brands.brands.flatMap((b) => b.domains)];
    const peers =
      trust === undefined ? undefined : await peerPhishingIndicators(store, trust, own, this.opts.now());
    return gatewayLists(store, peers);
  }

  /** Per reporter: reports made, share confirmed by a responder, median time from delivery to report. */
  async figures(since: number) {
    const reports = await this.opts.store.phishingReports.list({ since, limit: 100_000 });
    const by = new Map<string, StoredReport[]>();
    for (const r of reports) by.set(r.reporter, [...(by.get(r.reporter) ?? []), r]);
    const figure = (name: string, list: StoredReport[]) => {
      const delays = list
        .filter((r) => r.deliveredAt !== null && r.receivedAt >= (r.deliveredAt as number))
        .map((r) => r.receivedAt - (r.deliveredAt as number))
        .sort((a, b) => a - b);
      return {
        name,
        reports: list.length,
        confirmedShare:
          list.length === 0 ? 0 : list.filter((r) => r.review === 'confirmed').length / list.length,
        medianDelayMs: delays.length === 0 ? null : delays[Math.floor((delays.length - 1) / 2)],
      };
    };
    const teams = new Map<string, StoredReport[]>();
    for (const r of reports) {
      const team = r.reporter.includes('@') ? r.reporter.split('@')[1] : r.reporter;
      teams.set(team, [...(teams.get(team) ?? []), r]);
    }
    return {
      reporters: [...by].map(([name, list]) => figure(name, list)).sort((a, b) => b.reports - a.reports),
      teams: [...teams].map(([name, list]) => figure(name, list)).sort((a, b) => b.reports - a.reports),
    };
  }

  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue
      .then(work)
      .catch((error: Error) => this.opts.log.error('phishing report failed', { error: error.message }));
  }

  private async process(id: string): Promise<void> {
    const { store, settings, log } = this.opts;
    const reports = store.phishingReports;
    const stored = await reports.get(id);
    const raw = await reports.raw(id);
    if (stored === undefined || raw === undefined) return;
    let analysis: Analysis;
    let report: Awaited<ReturnType<typeof readReport>>;
    try {
      report = await readReport(raw, stored.source === 'upload', { maxParts: settings.maxParts });
      const reported = report.reported;
      await reports.describe(id, {
        reporter: stored.source === 'upload' ? stored.reporter : (report.reporter ?? stored.reporter),
        subject: reported.subject.slice(0, 500),
        sender: reported.from?.address ?? '',
        deliveredAt: reported.date,
      });
      analysis = await analyse(report, this.context);
    } catch (error) {
      await reports.saveAnalysis(id, {
        status: 'failed',
        verdict: null,
        score: null,
        analysis: null,
        error: (error as Error).message,
        bodyHash: null,
      });
      log.warn('phishing report could not be analysed', { report: id, error: (error as Error).message });
      return;
    }
    const described = (await reports.get(id)) as StoredReport;
    const bodyHash = simhash(report.reported.text || (report.reported.html ?? '').replace(/<[^>]*>/g, ' '));
    await reports.saveAnalysis(id, {
      status: 'analysed',
      verdict: analysis.verdict,
      score: analysis.score,
      analysis,
      error: null,
      bodyHash,
    });
    const keys = campaignKeys(report.reported, this.context.brands, settings.protectedDomains);
    const joined = await joinCampaign(
      store,
      { ...described, bodyHash },
      keys,
      analysis.verdict,
      this.opts.now(),
    );
    if (joined.verdict !== analysis.verdict) {
      await reports.saveAnalysis(id, {
        status: 'analysed',
        verdict: joined.verdict,
        score: analysis.score,
        analysis: { ...analysis, analysedVerdict: analysis.verdict, remembered: true },
        error: null,
        bodyHash,
      });
    }
    log.info('phishing report analysed', {
      report: id,
      verdict: joined.verdict,
      score: analysis.score,
      campaign: joined.campaign?.id,
    });
    const campaign = joined.campaign;
    if (
      campaign !== undefined &&
      campaign.incidentId === null &&
      (joined.verdict === 'phishing' || joined.verdict === 'suspicious')
    ) {
      const corroborated =
        joined.verdict === 'phishing' && analysis.reasons.some((r) => r.code === 'known-indicator');
      if (campaign.reports >= settings.incidentAfter || corroborated) {
        const why = corroborated
          ? 'a phishing report names indicators already known'
          : `${campaign.reports} reports of the same campaign`;
        await openPhishingIncident(
          { store, events: this.opts.events },
          campaign,
          report.reported.subject,
          why,
          this.opts.now(),
        );
      }
    }
    const answered = (await reports.get(id)) as StoredReport;
    await this.tell(
      answered,
      answerMail({
        ...this.answerTo(answered),
        verdict: joined.verdict,
        score: analysis.score,
        reasons: analysis.reasons,
        remembered: joined.remembered,
      }),
    );
  }

  private answerTo(report: StoredReport) {
    return {
      reporter: report.reporter,
      subject: report.subject,
      sender: report.sender,
      contact: this.opts.settings.address,
    };
  }

  private async tell(report: StoredReport, mail: ReturnType<typeof answerMail>): Promise<void> {
    if (this.opts.mailer === undefined || !report.reporter.includes('@') || this.stopped) return;
    try {
      await this.opts.mailer.send(mail);
      await this.opts.store.phishingReports.feedbackSent(report.id);
    } catch (error) {
      this.opts.log.warn('answer to a reporter not sent', {
        report: report.id,
        error: (error as Error).message,
      });
    }
  }

  private async sweep(): Promise<void> {
    try {
      const deleted = await this.opts.store.phishingReports.deleteBefore(
        this.opts.now() - this.opts.settings.retention,
      );
      if (deleted > 0) this.opts.log.info('phishing reports past retention deleted', { count: deleted });
    } catch (error) {
      this.opts.log.error('deleting old phishing reports failed', { error: (error as Error).message });
    }
  }
}
