// Whose sites a sender's links may rightly go to: the sender's own domain, the brand's other domains when
// the sender's domain is a brand's (a free mail address is anyone's, not its provider's), and any
// government's site when it is a government's. A real service's
// notice links to its own site; a lure's link goes to the attacker's.
import { isFreeMail } from '../brands.js';
import { type Link, linksOf } from '../links-in.js';
import { addressDomain, knownSites, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { publishedOn } from '../url-signs.js';
import type { AnalysisContext } from './signal.js';

const GOVERNMENT =
  /(?:^|\.)(?:gov|govt|gob|mil)(?:\.[a-z]{2})?$|\.gc\.ca$|\.gouv\.fr$|\.bund\.de$|\.europa\.eu$/;

export function isGovernment(domain: string): boolean {
  return GOVERNMENT.test(domain.toLowerCase());
}

/** The sender's registrable domain; '' when there is no sender. */
export function senderDomain(message: ReportedMessage): string {
  return addressDomain(message.from?.address ?? '');
}

/** Whether the sender writes from one of the protected domains (a forged one is authentication's to tell). */
export function fromInside(message: ReportedMessage, context: AnalysisContext): boolean {
  return context.protectedDomains.map(registrable).includes(senderDomain(message));
}

/** The brand whose own domain `org` (a registrable domain) is, or undefined. A free mail domain (gmail.com,
 * yahoo.com) is anyone's, not its provider's. */
function brandOf(org: string, context: AnalysisContext) {
  if (isFreeMail(org, context.brands)) return undefined;
  return context.brands.brands.find((b) => b.domains.some((d) => registrable(d) === org));
}

/** Names shorter than this are too common to say who owns a domain. */
const SHORTEST_NAME = 5;

/**
 * The name a company's mail domain says it sends for: its first label, or that label's first word when
 * the domain is kept for mail (`greenhouse-mail.io` sends for `greenhouse`); none for free mail,
 * which is anyone's, and for names too short to tell.
 */
function mailName(org: string, context: AnalysisContext): string[] {
  if (isFreeMail(org, context.brands)) return [];
  const label = org.split('.')[0];
  return [label, label.split('-')[0]].filter((name) => name.length >= SHORTEST_NAME);
}

/**
 * Whether a link to `host` stays with the owner of `org` (a registrable domain): its own domain, its
 * brand's, the same name under another ending (`yousign.com` linking to `yousign.app`) or the name its
 * mail domain sends for (`greenhouse-mail.io` linking to `greenhouse.io`).
 */
export function ownedBy(org: string, context: AnalysisContext): (host: string) => boolean {
  const brand = brandOf(org, context);
  const owned = new Set([org, ...(brand?.domains.map(registrable) ?? [])]);
  const names = new Set(mailName(org, context));
  return (host) => {
    const site = registrable(host);
    return owned.has(site) || names.has(site.split('.')[0]) || (isGovernment(org) && isGovernment(host));
  };
}

/**
 * Whether a link to `host` leaves both the owner of `org` and every site the desk knows (the company's own
 * and the known brands'): where a lure sends people.
 */
export function elsewhere(org: string, context: AnalysisContext): (host: string) => boolean {
  const owned = ownedBy(org, context);
  const known = knownSites(context.protectedDomains, context.brands);
  return (host) => host !== '' && !owned(host) && !known.has(registrable(host));
}

/** The brand whose own domain the sender writes from, or undefined. */
export function senderBrand(message: ReportedMessage, context: AnalysisContext): string | undefined {
  return brandOf(senderDomain(message), context)?.name;
}

/**
 * Whether the message is from a known brand's or a government's domain and all its links go to that
 * owner's sites, and none to a page anyone can publish there (sites.google.com, a form): whatever it
 * says, it sends no one anywhere else.
 */
export function linksStayWithSender(message: ReportedMessage, context: AnalysisContext): boolean {
  const org = senderDomain(message);
  if (org === '' || (senderBrand(message, context) === undefined && !isGovernment(org))) return false;
  const owned = ownedBy(org, context);
  return linksOf(message).every(
    (l) =>
      l.host === '' || (owned(l.host) && publishedOn(l.href, l.host, context.brands.hosting) === undefined),
  );
}

/**
 * The link a message sends you to pay at, and whether it leaves the sender's sites: the first that does,
 * else the first on the sender's own site, which a sender the desk does not know can hold as well as any
 * attacker; undefined when there is none, or when a known brand or a government keeps all its links on
 * its own sites. Links to `beside` (a government's site, for a fine) are no such link.
 */
export function payingLink(
  message: ReportedMessage,
  context: AnalysisContext,
  beside: (host: string) => boolean = () => false,
): { link: Link; away: boolean } | undefined {
  if (linksStayWithSender(message, context)) return undefined;
  const owned = ownedBy(senderDomain(message), context);
  const links = linksOf(message).filter((l) => l.host !== '' && !beside(l.host));
  const away = links.find((l) => !owned(l.host));
  const link = away ?? links[0];
  return link === undefined ? undefined : { link, away: away !== undefined };
}
