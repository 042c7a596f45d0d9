// Notices: a short message that presents itself as a service's notification (sent from a no-reply or
// notification address, from a brand's or a government's own domain, or under a name such as "Voice
// Messaging Service" or a brand's) and whose call to action — a button or link with words for its text,
// the small print's links (privacy, terms) aside — goes to a domain that has nothing to do with the
// sender. That is the build of voicemail, fax, shared-document and e-signature lures whatever their words:
// a real service's notice links to its own site, the company's own notice to its own site or the services
// it runs on, and a mailing list says it is one.
import { namedBrands } from '../brands.js';
import { type Link, linksOf } from '../links-in.js';
import { addressDomain, knownSites, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { publishedOn } from '../url-signs.js';
import { listMail } from './mailing-list.js';
import { fromInside, isGovernment, ownedBy, senderBrand } from './owners.js';
import { type Analyser, type AnalysisContext, sign } from './signal.js';

const NAME = 'notices';
/** Words of a notice: more than this is a letter, not a notification. */
const MAX_WORDS = 150;
/** Sites a notice links to: its action, perhaps a logo's or a help page's. */
const MAX_SITES = 2;
/** Links of a notice; a newsletter has many more. */
const MAX_LINKS = 4;
/** Mailboxes that send notifications rather than people. */
const AUTOMATED_MAILBOX =
  /^(?:no-?reply|do-?not-?reply|noreply|notifications?|notify|notice|alerts?|mailer|system|services?|admin(?:istrator)?|support|messag(?:e|es|ing)|voice(?:mail)?|fax|scan(?:ner)?|docs?|share|sign|secure|security|accounts?|billing|helpdesk|it)(?:[-._+]\w*)?$/i;
/** Names a service signs with. */
const SERVICE_NAME =
  /\b(?:services?|notifications?|notice|system|cent(?:er|re)|portal|team|support|admin(?:istrator)?|alerts?|messaging|voice ?mail|fax|scanner|docs|drive|sharing|e-?sign(?:ature)?|secure|security|accounts?|billing|delivery|help ?desk|no-?reply)\b/i;
/** The footer's links: a privacy statement, terms, a way to unsubscribe; not what the notice wants clicked. */
const SMALL_PRINT = /\b(?:privacy|terms|legal|cookies?|unsubscribe|opt[- ]?out|preferences|accessibility)\b/i;
/** Link text that reads as an address rather than words. */
const ADDRESS_LIKE = /^(?:https?:\/\/|www\.)|^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$|@/i;

export const notices: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    if (from === null || listMail(message) || words(message) > MAX_WORDS) return [];
    const org = addressDomain(from.address);
    const service = claimedService(message, context);
    if (service === undefined) return [];
    const linked = linksOf(message).filter((l) => l.host !== '');
    const sites = new Set(linked.map((l) => registrable(l.host)));
    if (sites.size === 0 || sites.size > MAX_SITES || linked.length > MAX_LINKS) return [];
    const ours = ownedBy(org, context);
    // The company's own IT and HR send people to the services it runs on (Microsoft 365, its SharePoint,
    // Workday), not only to its own domain; a page anyone can publish there is still elsewhere.
    const known = knownSites(context.protectedDomains, context.brands);
    const itsServices = (l: Link) =>
      fromInside(message, context) &&
      known.has(registrable(l.host)) &&
      publishedOn(l.href, l.host, context.brands.hosting) === undefined;
    // A link to the company's own site sends no one to an attacker, whoever's notice it is ("via Canvas").
    const own = new Set(context.protectedDomains.map(registrable));
    const action = linked.find(
      (l) => isAction(l) && !ours(l.host) && !itsServices(l) && !own.has(registrable(l.host)),
    );
    if (action === undefined) return [];
    return [
      sign(
        NAME,
        'notice-elsewhere',
        30,
        `It is a short notice that presents itself as a service's (${service}), but its button "${action.text}" goes to ${action.host}, which has nothing to do with the sender's ${org}: a real service's notices link to its own site. Voicemail, fax, shared-file and signature lures are built this way.`,
        `${action.text} → ${action.href}`,
      ),
    ];
  },
};

/** Words of the message's own text (quoted lines left out), in its text or its HTML, whichever is longer. */
function words(message: ReportedMessage): number {
  const count = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('>'))
      .join(' ')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length;
  const html = (message.html ?? '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return Math.max(count(message.text), count(html));
}

/** How the sender presents itself as a service, in words for the explanation; undefined when it does not. */
function claimedService(message: ReportedMessage, context: AnalysisContext): string | undefined {
  const { name, address } = message.from ?? { name: '', address: '' };
  const mailbox = address.split('@')[0] ?? '';
  const domain = address.split('@')[1] ?? '';
  if (isGovernment(domain)) return `sent from ${domain}, a government's domain`;
  const owner = senderBrand(message, context);
  if (owner !== undefined) return `sent from ${domain}, ${owner}'s domain`;
  if (AUTOMATED_MAILBOX.test(mailbox)) return `sent from the mailbox "${mailbox}"`;
  if (SERVICE_NAME.test(name)) return `signed "${name}"`;
  return namedBrands(name, context.brands).length === 0 ? undefined : `signed "${name}"`;
}

/** A button or a link with a few words for text: what the notice wants clicked (not its small print). */
function isAction(link: Link): boolean {
  const text = link.text.trim();
  return (
    text.length > 0 &&
    !SMALL_PRINT.test(text) &&
    text.length <= 40 &&
    text.split(/\s+/).length <= 6 &&
    !ADDRESS_LIKE.test(text) &&
    /^https?:/i.test(link.href)
  );
}
