// Campaigns: a report joins the campaign that holds any of its keys (sender domain, link domain,
// attachment hash) or a near-identical body; a suspicious or phishing report with none starts one. A
// responder's review of a campaign is its answer for every later report of it (an overturned verdict is
// remembered). A campaign with enough reports, or a phishing verdict the intel corroborates, opens an
// incident.

import type { Campaign, Store, StoredReport } from '../store/index.js';
import type { BrandList } from './brands.js';
import { linksOf } from './links-in.js';
import { addressDomain, knownSites, registrable } from './lookalike.js';
import type { ReportedMessage } from './message.js';
import { distance, SAME_BODY_BITS } from './similarity.js';
import type { Verdict } from './verdict.js';
import { worseVerdict } from './verdict.js';

/** Reports looked at for near-identical bodies: the last ones of this long. */
const BODY_WINDOW_MS = 30 * 86_400_000;
const BODY_CANDIDATES = 2_000;

/** What a report shares with others of its campaign, as campaign keys. */
export function campaignKeys(
  message: ReportedMessage,
  brands: BrandList,
  protectedDomains: readonly string[],
): string[] {
  const known = knownSites(protectedDomains, brands);
  // A known site or a free mail provider is shared by honest mail too: it ties no reports together.
  const common = (domain: string) => known.has(domain) || brands.freemail.has(domain);
  const keys = new Set<string>();
  const senderDomain = addressDomain(message.from?.address ?? '');
  if (senderDomain !== '' && !common(senderDomain)) keys.add(`sender-domain:${senderDomain}`);
  for (const link of linksOf(message)) {
    const domain = registrable(link.host);
    if (domain !== '' && !common(domain) && !brands.shorteners.has(domain)) keys.add(`link-domain:${domain}`);
  }
  for (const part of message.attachments) keys.add(`sha256:${part.sha256}`);
  return [...keys];
}

export interface Joined {
  campaign: Campaign | undefined;
  /** The verdict after the campaign's review: the responders' answer wins over the analysis. */
  verdict: Verdict;
  /** True when the verdict is the campaign's remembered answer. */
  remembered: boolean;
}

export async function joinCampaign(
  store: Pick<Store, 'phishingCampaigns' | 'phishingReports'>,
  report: StoredReport,
  keys: string[],
  verdict: Verdict,
  now: number,
): Promise<Joined> {
  const campaigns = store.phishingCampaigns;
  let id: string | undefined = (await campaigns.holding(keys))[0];
  if (id === undefined && report.bodyHash !== null) {
    const near = (await store.phishingReports.bodyHashes(now - BODY_WINDOW_MS, BODY_CANDIDATES)).find(
      (r) =>
        r.id !== report.id &&
        r.campaignId !== null &&
        distance(r.bodyHash, report.bodyHash as string) <= SAME_BODY_BITS,
    );
    id = near?.campaignId ?? undefined;
  }
  if (id === undefined && verdict !== 'phishing' && verdict !== 'suspicious') {
    return { campaign: undefined, verdict, remembered: false };
  }
  const existing = id === undefined ? undefined : await campaigns.get(id);
  const answer = reviewedVerdict(existing?.review ?? null);
  const final = answer ?? verdict;
  let campaign: Campaign;
  if (existing === undefined) campaign = await campaigns.create(final, keys);
  else {
    await campaigns.addKeys(existing.id, keys);
    campaign = existing;
  }
  const counted = await campaigns.countReport(
    campaign.id,
    answer ?? worseVerdict(campaign.verdict as Verdict, final),
  );
  await store.phishingReports.setCampaign(report.id, campaign.id);
  return { campaign: counted, verdict: final, remembered: answer !== undefined };
}

/** The verdict a review stands for: phishing when confirmed, the new one when overturned. */
export function reviewedVerdict(review: string | null): Verdict | undefined {
  if (review === null) return undefined;
  if (review === 'confirmed') return 'phishing';
  return review.slice('overturned:'.length) as Verdict;
}
