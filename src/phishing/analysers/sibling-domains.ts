// Sibling domains: a domain built on another's name without being it — the same name under another
// ending (acme.com → acme.net), the whole domain with more joined on (acme.com.co), the name with a word
// joined on (acme-payments.com), or the name a letter or two off (acrne.com). All but the first are
// twins: a company may hold its name under several endings, but not these. Fraud that takes over a supplier's or colleague's thread
// sends the replies to such a domain, registered for the purpose, so the answer looks like it goes home.
import { editDistance, registrable } from '../lookalike.js';

/** Names shorter than this are too common to tell a sibling from a stranger. */
const MIN_NAME = 5;

/** The name part of a registrable domain: `northwind-supply` of `northwind-supply.example`. */
function nameOf(org: string): string {
  return org.split('.')[0] ?? '';
}

/** Whether `host` is built on `org`'s name (a registrable domain) without belonging to it. */
export function isSibling(host: string, org: string): boolean {
  const name = nameOf(org);
  if (name.length < MIN_NAME || registrable(host) === org) return false;
  return host.toLowerCase().split('.').includes(name) || isTwin(host, org);
}

/**
 * Whether `host` is `org` with more joined on (acme.com.co, acme.com-pay.net), or its own name is `org`'s
 * with a word joined on or a letter or two off — a twin, rather than
 * the same name under another ending, which a company may well hold itself (acme.co.uk and acme.net).
 */
export function isTwin(host: string, org: string): boolean {
  const name = nameOf(org);
  const other = registrable(host);
  if (name.length < MIN_NAME || other === org) return false;
  const lower = host.toLowerCase();
  if (lower.startsWith(`${org}.`) || lower.startsWith(`${org}-`)) return true;
  const labels = lower.split('.');
  if (labels.some((l) => l.startsWith(`${name}-`) || l.endsWith(`-${name}`))) return true;
  const otherName = nameOf(other);
  return name.length > MIN_NAME && otherName !== name && editDistance(otherName, name) <= 2;
}
