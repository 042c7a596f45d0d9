// The trust policy: decides what an address or prefix that peers named becomes here. Pure: claims and
// settings in, a verdict out. Effective confidence = the indicator's confidence × the peer's trust / 100;
// a value is enforced only when at least `minPeers` peers claim it with enough effective confidence,
// it is no broader than allowed, it touches no protected address, and enforcement is switched on.

import { checkCidr, type ParsedCidr, prefixesOverlap } from '../../net/ip.js';

export const IMPORT_STATUSES = ['enforced', 'observe', 'refused', 'unsupported'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface TrustSettings {
  /** False: accepted values are only recorded (observe-only), never enforced. */
  enforce: boolean;
  /** Lowest effective confidence (0 to 100) a claim needs to count. */
  minConfidence: number;
  /** Distinct peers that must claim a value before it is enforced. */
  minPeers: number;
  /** Our own ranges, allowlisted and canary addresses: a value touching one is refused as poisoning. */
  protect: readonly ParsedCidr[];
  /** Shortest IPv4 prefix accepted (16: a /15 is refused). */
  widestIpv4Prefix: number;
  /** Shortest IPv6 prefix accepted. */
  widestIpv6Prefix: number;
  /** Longest lifetime an imported decision gets, in milliseconds. */
  maxTtlMs: number;
}

/** One peer's indicator naming the value. */
export interface Claim {
  peer: string;
  indicatorId: string;
  /** As the peer stated it; none stated counts as 0. */
  confidence: number | null;
  /** The peer's trust, 0 to 100. */
  trust: number;
  validUntil: number | null;
}

export interface ClaimVerdict extends Claim {
  effectiveConfidence: number;
  status: Exclude<ImportStatus, 'unsupported'>;
  reason: string;
  poisoning: boolean;
}

export interface ValueVerdict {
  claims: ClaimVerdict[];
  /** Set when the value is enforced: the decision's expiry and reason. */
  enforce?: { expiresAt: number; reason: string };
}

export function effectiveConfidence(claim: Pick<Claim, 'confidence' | 'trust'>): number {
  return Math.round((((claim.confidence ?? 0) * claim.trust) / 100) * 100) / 100;
}

/** Why the value may never be imported, whoever claims it; null when it may. */
export function refusal(
  value: string,
  settings: TrustSettings,
): { reason: string; poisoning: boolean } | null {
  const check = checkCidr(value);
  if (!check.ok) return { reason: check.error, poisoning: false };
  const cidr = check.cidr;
  if (cidr.prefixLength === 0) return { reason: `${cidr.text} covers every address`, poisoning: true };
  const widest = cidr.family === 4 ? settings.widestIpv4Prefix : settings.widestIpv6Prefix;
  if (cidr.prefixLength < widest) {
    return { reason: `${cidr.text} is broader than /${widest}`, poisoning: false };
  }
  const hit = settings.protect.find((protectedRange) => prefixesOverlap(cidr, protectedRange));
  if (hit !== undefined) {
    return { reason: `poisoning: ${value} touches the protected ${hit.text}`, poisoning: true };
  }
  return null;
}

/** The verdict on one value from every live claim on it. */
export function judge(
  value: string,
  claims: readonly Claim[],
  settings: TrustSettings,
  now: number,
): ValueVerdict {
  const refused = refusal(value, settings);
  if (refused !== null) {
    return {
      claims: claims.map((c) => ({
        ...c,
        effectiveConfidence: effectiveConfidence(c),
        status: 'refused',
        ...refused,
      })),
    };
  }
  const scored = claims.map((c) => ({ ...c, effectiveConfidence: effectiveConfidence(c) }));
  const counted = scored.filter((c) => c.effectiveConfidence >= settings.minConfidence);
  const peers = [...new Set(counted.map((c) => c.peer))].sort();
  const corroborated = peers.length >= settings.minPeers;
  const enforced = corroborated && settings.enforce;
  const verdicts: ClaimVerdict[] = scored.map((c) => {
    if (c.effectiveConfidence < settings.minConfidence) {
      return {
        ...c,
        status: 'refused',
        reason: `effective confidence ${c.effectiveConfidence} is below ${settings.minConfidence}`,
        poisoning: false,
      };
    }
    if (!corroborated) {
      return {
        ...c,
        status: 'observe',
        reason: `claimed by ${peers.length} of the ${settings.minPeers} peers needed`,
        poisoning: false,
      };
    }
    if (!settings.enforce) {
      return {
        ...c,
        status: 'observe',
        reason: 'observe-only: intel.import.enforce is false',
        poisoning: false,
      };
    }
    return { ...c, status: 'enforced', reason: `claimed by ${peers.length} peer(s)`, poisoning: false };
  });
  if (!enforced) return { claims: verdicts };
  const cap = now + settings.maxTtlMs;
  const until = counted.map((c) => c.validUntil ?? cap).reduce((a, b) => Math.max(a, b));
  const first = counted.find((c) => c.peer === peers[0]) as Claim;
  const more = peers.length > 1 ? ` and ${peers.length - 1} more peer(s)` : '';
  return {
    claims: verdicts,
    enforce: {
      expiresAt: Math.min(until, cap),
      reason: `intel from peer ${first.peer}, indicator ${first.indicatorId}${more}`,
    },
  };
}

/** Parses the protected list (addresses and CIDR blocks, already checked by the configuration). */
export function protectedRanges(entries: readonly string[]): ParsedCidr[] {
  return entries.flatMap((entry) => {
    const check = checkCidr(entry.trim());
    return check.ok ? [check.cidr] : [];
  });
}
