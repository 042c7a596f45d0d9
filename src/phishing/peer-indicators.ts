// Peers' phishing indicators the mail gateways act on: the domains, URLs, sender addresses and attachment
// SHA-256 hashes that indicators imported over TAXII name (`domain-name`, `url`, `email-addr`,
// `file:hashes.'SHA-256'` patterns), judged by the same
// trust policy as peers' addresses: a value is acted on when enforcement is on and at least `minPeers`
// peers claim it with an effective confidence (the indicator's confidence × the peer's trust / 100) of at
// least `minConfidence`. Only claims that may leave count: one under TLP:RED, under a marking that does
// not classify, or imported before its TLP was kept, never reaches a list. Nothing that is, or lies
// under, a protected domain or a brand's real domain is listed (a peer cannot make our own mail refused).
import { effectiveConfidence, type TrustSettings } from '../intel/feeds/trust-policy.js';
import type { TlpLevel } from '../intel/stix/tlp.js';
import type { Store } from '../store/index.js';

export type PeerPolicy = Pick<TrustSettings, 'enforce' | 'minConfidence' | 'minPeers'>;

/** What a list holds of one value: who named it. */
export type Sourced = Map<string, string[]>;

export interface PeerPhishingIndicators {
  domains: Sourced;
  urls: Sourced;
  senders: Sourced;
  /** SHA-256 of attachments, lower-case hex. */
  hashes: Sourced;
}

/** Lists with nothing in them yet. */
export const noIndicators = (): PeerPhishingIndicators => ({
  domains: new Map(),
  urls: new Map(),
  senders: new Map(),
  hashes: new Map(),
});

/** The TLP levels a claim may have to reach a list: everything but RED. */
const LEAVING: TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict'];
/** Imported rows read at most. */
const MAX_ROWS = 100_000;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const COMPARISON = /([a-z0-9-]+:value|file:hashes\.(?:'SHA-256'|SHA256))\s*=\s*'((?:[^'\\]|\\.)*)'/g;

type Kind = keyof PeerPhishingIndicators;
const KIND_OF_PATH: Record<string, Kind> = {
  'domain-name:value': 'domains',
  'url:value': 'urls',
  'email-addr:value': 'senders',
  "file:hashes.'SHA-256'": 'hashes',
  'file:hashes.SHA256': 'hashes',
};

/** A value in the form a mail gateway's list holds it, or undefined when it cannot be listed safely. */
function listable(kind: Kind, raw: string): string | undefined {
  const value = raw.trim();
  if (value.length > 2_000 || /[\s\p{Cc}]/u.test(value)) return undefined;
  if (kind === 'domains') {
    const domain = value.toLowerCase().replace(/\.$/, '');
    return DOMAIN.test(domain) ? domain : undefined;
  }
  if (kind === 'hashes') {
    const hash = value.toLowerCase();
    return SHA256.test(hash) ? hash : undefined;
  }
  if (kind === 'senders') {
    const at = value.lastIndexOf('@');
    const domain = value.slice(at + 1).toLowerCase();
    return at > 0 && DOMAIN.test(domain) ? `${value.slice(0, at)}@${domain}` : undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The domain, URL, sender and SHA-256 values a STIX pattern compares with `=`. */
export function phishingValues(pattern: string): { kind: Kind; value: string }[] {
  const found: { kind: Kind; value: string }[] = [];
  for (const [, path, quoted] of pattern.matchAll(COMPARISON)) {
    const kind = KIND_OF_PATH[path];
    const value = kind === undefined ? undefined : listable(kind, quoted.replace(/\\(.)/g, '$1'));
    if (kind !== undefined && value !== undefined) found.push({ kind, value });
  }
  return found;
}

/** The host a value names; a hash names none. */
function hostOf(kind: Kind, value: string): string | undefined {
  if (kind === 'hashes') return undefined;
  if (kind === 'domains') return value;
  if (kind === 'senders') return value.slice(value.lastIndexOf('@') + 1);
  return new URL(value).hostname.toLowerCase();
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export async function peerPhishingIndicators(
  store: Pick<Store, 'db'>,
  policy: PeerPolicy,
  ownDomains: readonly string[],
  now: number,
): Promise<PeerPhishingIndicators> {
  const found = noIndicators();
  if (!policy.enforce) return found;
  const rows = await store.db
    .selectFrom('intel_imports')
    .innerJoin('intel_peers', 'intel_peers.name', 'intel_imports.peer')
    .select(['intel_imports.peer', 'intel_imports.pattern', 'intel_imports.confidence', 'intel_peers.trust'])
    .where('intel_imports.scope', '=', '')
    .where('intel_imports.tlp', 'in', LEAVING)
    .where((eb) =>
      eb.or([eb('intel_imports.valid_until', 'is', null), eb('intel_imports.valid_until', '>', now)]),
    )
    .orderBy('intel_imports.peer')
    .limit(MAX_ROWS)
    .execute();
  const own = ownDomains.map((d) => d.toLowerCase());
  const claims: Record<Kind, Map<string, Set<string>>> = {
    domains: new Map(),
    urls: new Map(),
    senders: new Map(),
    hashes: new Map(),
  };
  for (const row of rows) {
    const confidence = row.confidence === null ? null : Number(row.confidence);
    if (effectiveConfidence({ confidence, trust: Number(row.trust) }) < policy.minConfidence) continue;
    for (const { kind, value } of phishingValues(row.pattern)) {
      const host = hostOf(kind, value);
      if (host !== undefined && own.some((domain) => under(host, domain))) continue;
      const peers = claims[kind].get(value) ?? new Set<string>();
      claims[kind].set(value, peers.add(row.peer));
    }
  }
  for (const kind of Object.keys(claims) as Kind[]) {
    for (const [value, peers] of claims[kind]) {
      if (peers.size >= policy.minPeers) found[kind].set(value, [...peers].sort());
    }
  }
  return found;
}
