// STIX patterns for the addresses and prefixes a decision names. Fingerprints are not published: they are
// a hash of header order, user-agent family and protocol, which no STIX object property can express.

import type { Decision } from '../../responder/decision.js';

/** A quoted STIX pattern string literal. */
function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `[ipv4-addr:value = '198.51.100.7']`, `[ipv6-addr:value ISSUBSET '2001:db8::/48']`; undefined for fingerprints. */
export function indicatorPattern(decision: Pick<Decision, 'scope' | 'value'>): string | undefined {
  if (decision.scope === 'fingerprint') return undefined;
  const objectType = decision.value.includes(':') ? 'ipv6-addr' : 'ipv4-addr';
  const operator = decision.scope === 'cidr' ? 'ISSUBSET' : '=';
  return `[${objectType}:value ${operator} ${literal(decision.value)}]`;
}
