// What a confirmed phishing campaign teaches, shared: STIX 2.1 indicators (domain-name, url, email-addr,
// file hashes), an email-message observed-data naming the sender and subject but never the reporter, and
// a campaign object, tied by relationships, under the TLP the responder chose (AMBER unless told), into
// the TAXII collection; and plain lists for mail gateways (domains, URLs, senders; rspamd multimap,
// Postfix access), of our confirmed campaigns and of the peers' indicators acted on.
import { randomUUID } from 'node:crypto';
import { identityObject, type StixObject } from '../intel/stix/objects.js';
import { stixTimestamp } from '../intel/stix/timestamps.js';
import { TLP_MARKING_IDS, type TlpLevel, tlpMarking } from '../intel/stix/tlp.js';
import type { Campaign, Store, StoredReport } from '../store/index.js';
import { noIndicators, type PeerPhishingIndicators, type Sourced } from './peer-indicators.js';

export interface CampaignIndicators {
  domains: string[];
  urls: string[];
  senders: string[];
  hashes: string[];
}

const LINK_CODES = new Set([
  'text-target-mismatch',
  'ip-literal',
  'punycode-host',
  'shortener',
  'lookalike-link',
  'open-redirect',
  'qr-link',
]);

/** The indicators of a campaign: its keys, and the links and senders its reports were judged on. */
export function indicatorsOf(campaign: Campaign, reports: readonly StoredReport[]): CampaignIndicators {
  const of = (kind: string) =>
    campaign.keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
  const urls = new Set<string>();
  for (const report of reports) {
    const reasons =
      (report.analysis as { reasons?: { code: string; evidence: string }[] } | null)?.reasons ?? [];
    for (const reason of reasons) {
      const url = reason.evidence.split(' → ').pop() ?? '';
      if (LINK_CODES.has(reason.code) && /^https?:\/\//i.test(url)) urls.add(url);
    }
  }
  return {
    domains: [...new Set([...of('sender-domain'), ...of('link-domain')])].sort(),
    urls: [...urls].sort(),
    senders: [...new Set(reports.map((r) => r.sender).filter((s) => s.includes('@')))].sort(),
    hashes: of('sha256').sort(),
  };
}

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The STIX objects of a confirmed campaign, ready for the collection. */
export function campaignBundle(
  campaign: Campaign,
  reports: readonly StoredReport[],
  identityId: string,
  tlp: TlpLevel,
  now: number,
): StixObject[] {
  const at = stixTimestamp(now);
  const first = stixTimestamp(
    Math.min(...reports.map((r) => r.deliveredAt ?? r.receivedAt), campaign.openedAt),
  );
  const last = stixTimestamp(Math.max(...reports.map((r) => r.receivedAt), campaign.updatedAt));
  const common = (type: string) => ({
    type,
    spec_version: '2.1',
    id: `${type}--${randomUUID()}`,
    created: at,
    modified: at,
    created_by_ref: identityId,
    object_marking_refs: [TLP_MARKING_IDS[tlp]],
  });
  const subject = reports.find((r) => r.subject !== '')?.subject ?? '(no subject)';
  const campaignObject: StixObject = {
    ...common('campaign'),
    name: `Phishing campaign: ${subject.slice(0, 200)}`,
    description: `${campaign.reports} reports, confirmed by a responder.`,
    first_seen: first,
    last_seen: last,
    objective: 'Steal credentials or money from the recipients by email.',
    external_references: [{ source_name: 'breakwater', external_id: campaign.id }],
  };
  const found = indicatorsOf(campaign, reports);
  const patterns: [string, string][] = [
    ...found.domains.map((d): [string, string] => [
      `Phishing domain ${d}`,
      `[domain-name:value = ${quote(d)}]`,
    ]),
    ...found.urls.map((u): [string, string] => [
      `Phishing URL ${u.slice(0, 200)}`,
      `[url:value = ${quote(u)}]`,
    ]),
    ...found.senders.map((s): [string, string] => [
      `Phishing sender ${s}`,
      `[email-addr:value = ${quote(s)}]`,
    ]),
    ...found.hashes.map((h): [string, string] => [
      `Phishing attachment ${h}`,
      `[file:hashes.'SHA-256' = ${quote(h)}]`,
    ]),
  ];
  const indicators: StixObject[] = patterns.map(([name, pattern]) => ({
    ...common('indicator'),
    name,
    indicator_types: ['malicious-activity'],
    pattern,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: at,
    confidence: 85,
  }));
  const observed = observedMessage(reports[0], common, first, last, reports.length);
  const relationships: StixObject[] = [...indicators, ...observed.slice(-1)].map((object) => ({
    ...common('relationship'),
    relationship_type: object.type === 'indicator' ? 'indicates' : 'related-to',
    source_ref: object.id,
    target_ref: campaignObject.id,
  }));
  return [campaignObject, ...indicators, ...observed, ...relationships];
}

/** An email-message and its sender as observed: sender and subject only, never who received or reported it. */
function observedMessage(
  report: StoredReport | undefined,
  common: (type: string) => StixObject,
  first: string,
  last: string,
  count: number,
): StixObject[] {
  if (report === undefined) return [];
  const sender = report.sender.includes('@')
    ? [{ type: 'email-addr', spec_version: '2.1', id: `email-addr--${randomUUID()}`, value: report.sender }]
    : [];
  const message: StixObject = {
    type: 'email-message',
    spec_version: '2.1',
    id: `email-message--${randomUUID()}`,
    is_multipart: false,
    subject: report.subject,
    ...(sender.length > 0 ? { from_ref: sender[0].id } : {}),
  };
  const observedData: StixObject = {
    ...common('observed-data'),
    first_observed: first,
    last_observed: last,
    number_observed: Math.max(1, count),
    object_refs: [message.id, ...sender.map((s) => s.id)],
  };
  return [...sender, message, observedData];
}

/** Publishes a confirmed campaign into the collection, under our identity and `tlp`. */
export async function publishCampaign(
  store: Pick<Store, 'stixObjects' | 'phishingReports' | 'phishingCampaigns'>,
  campaign: Campaign,
  options: { collectionId: string; identity: string; tlp: TlpLevel; now: number },
): Promise<number> {
  const { collectionId, tlp, now } = options;
  const identityId = await store.stixObjects.idFor('identity', 'identity');
  const objects: StixObject[] = [tlpMarking(tlp) as unknown as StixObject];
  if ((await store.stixObjects.latest(collectionId, identityId)) === undefined) {
    const created = stixTimestamp(now);
    objects.push(identityObject({ id: identityId, created, modified: created }, options.identity, tlp));
  }
  const reports = await store.phishingReports.list({ campaignId: campaign.id, limit: 1000 });
  const bundle = campaignBundle(campaign, reports, identityId, tlp, now);
  await store.stixObjects.add(collectionId, [...objects, ...bundle]);
  await store.phishingCampaigns.published(campaign.id, tlp);
  return bundle.length;
}

/** Where a listed value comes from: our confirmed campaigns, or the peers that named it. */
const OURS = 'breakwater';
const peerSource = (peer: string) => `peer:${peer}`;

/**
 * Lists for mail gateways: the domains, URLs, sender addresses and attachment SHA-256 hashes of our
 * confirmed campaigns and of the peers' indicators acted on (peer-indicators.ts), each line of the rspamd
 * and Postfix maps saying where it comes from.
 */
export async function gatewayLists(
  store: Pick<Store, 'phishingCampaigns' | 'phishingReports'>,
  peers?: PeerPhishingIndicators,
) {
  const named = noIndicators();
  const add = (list: Sourced, value: string, source: string) =>
    list.set(value, [...new Set([...(list.get(value) ?? []), source])]);
  for (const campaign of await store.phishingCampaigns.list(10_000)) {
    if (campaign.review !== 'confirmed') continue;
    const found = indicatorsOf(
      campaign,
      await store.phishingReports.list({ campaignId: campaign.id, limit: 1000 }),
    );
    for (const d of found.domains) add(named.domains, d, OURS);
    for (const u of found.urls) add(named.urls, u, OURS);
    for (const h of found.hashes) add(named.hashes, h, OURS);
    // A sender is listed only from a domain the campaign holds (never a protected, brand or free mail one).
    for (const s of found.senders)
      if (found.domains.includes(s.slice(s.lastIndexOf('@') + 1).toLowerCase())) add(named.senders, s, OURS);
  }
  for (const kind of ['domains', 'urls', 'senders', 'hashes'] as const) {
    for (const [value, from] of peers?.[kind] ?? []) {
      for (const peer of from) add(named[kind], value, peerSource(peer));
    }
  }
  const sorted = (list: Sourced) => [...list].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const plain = (list: Sourced) =>
    sorted(list)
      .map(([value]) => `${value}\n`)
      .join('');
  const senderKeys = [...sorted(named.domains), ...sorted(named.senders)];
  const rspamdMap = (list: Sourced) =>
    sorted(list)
      .map(([value, from]) => `${value} phishing:${from.join(',')}\n`)
      .join('');
  return {
    domains: plain(named.domains),
    urls: plain(named.urls),
    senders: plain(named.senders),
    hashes: plain(named.hashes),
    /** rspamd multimap (type "from" or "url"): one entry per line, then where it comes from. */
    rspamd: rspamdMap(named.domains),
    /** rspamd multimap of type "selector", `attachments('hex','sha256')`: a hash, then where it comes from. */
    rspamdHashes: rspamdMap(named.hashes),
    /** Postfix check_sender_access map: a domain or sender address, REJECT and where it comes from. */
    postfix: senderKeys.map(([key, from]) => `${key} REJECT ${postfixText(from)}\n`).join(''),
  };
}

function postfixText(from: readonly string[]): string {
  const peers = from.filter((f) => f !== OURS).map((f) => f.slice('peer:'.length));
  const parts = [
    ...(from.includes(OURS) ? ['reported phishing'] : []),
    ...(peers.length > 0 ? [`phishing named by peer ${peers.join(', ')}`] : []),
  ];
  return parts.join('; ');
}
