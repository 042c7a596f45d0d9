// First contact with an ask: a message in no thread (no In-Reply-To or References: a Re: subject alone
// makes no thread), from outside the protected domains and off any mailing list, whose sender does not
// hold together (a made-up looking or free mail domain, a display name wearing a brand the domain is not,
// replies sent to free mail or a made-up domain), and that asks the reader to act (asks.ts) under
// pressure (a deadline, a consequence, secrecy). Each part is common in honest mail; the three together
// are how phishing of any kind is built, in whatever words (`stranger-ask`). A made-up looking domain is
// noted on its own too, for the sender (`made-up-sender`) and for a link off the sender's site
// (`made-up-link`), weighing little; a made-up looking link that wears a brand's name besides
// (`onedrive-view-x7k2`) is two such signs at once (`made-up-brand-link`).
import { isFreeMail, namedBrands } from '../brands.js';
import { linksOf } from '../links-in.js';
import { addressDomain, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { askOf } from './asks.js';
import { looksMadeUp } from './made-up-domains.js';
import { listMail } from './mailing-list.js';
import { linksStayWithSender, ownedBy } from './owners.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'first-contact';
/** A deadline, a consequence or secrecy, in the words of the languages most mail comes in. */
const PRESSURE =
  /\b(?:\d+\s*(?:hours?|hrs?|stunden|horas|heures|ore|uur)\b|today|now|immediately|urgent(?:ly)?|asap|deadline|final notice|last (?:notice|reminder)|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|(?:will|would) be (?:suspended|closed|deleted|lost|locked|charged|terminated)|confidential|heute|sofort|umgehend|dringend|letzte|frist|hoy|ahora|urgente|inmediatamente|antes del|perder[áa]|aujourd'hui|imm[ée]diatement|avant (?:le|vendredi|lundi)|dernier|oggi|subito|entro|vandaag|laatste)\b/i;
/** A forward's subject: clients do not always link a forward to what it forwards. */
const FORWARD_SUBJECT = /^\s*(?:fw|fwd|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:/i;

/** Whether the message answers an earlier one, as its headers show (a Re: subject alone does not), or
 * forwards one. */
function inThread(message: ReportedMessage): boolean {
  return (
    FORWARD_SUBJECT.test(message.subject) ||
    message.headers.some((h) => h.key === 'in-reply-to' || h.key === 'references')
  );
}

/** The brand whose name is one of the words of `host`'s name (`onedrive-view-x7k2`), when the host is not
 * the brand's own. */
function brandWorn(host: string, context: AnalysisContext): string | undefined {
  const words = new Set(host.toLowerCase().split(/[.-]/));
  const site = registrable(host);
  return context.brands.brands.find(
    (b) =>
      words.has(b.name.toLowerCase().replace(/[^a-z0-9]/g, '')) &&
      !b.domains.some((d) => registrable(d) === site),
  )?.name;
}

/** What about the sender does not hold together, in words, or [] when nothing. */
function mismatches(message: ReportedMessage, context: AnalysisContext, domain: string): string[] {
  const from = message.from;
  if (from === null) return [];
  const org = registrable(domain);
  const found: string[] = [];
  if (looksMadeUp(domain)) found.push(`the sender's domain ${domain} looks made up`);
  if (isFreeMail(org, context.brands)) found.push(`it comes from a free mail account (${from.address})`);
  const brand = namedBrands(from.name, context.brands).find(
    (b) => !b.domains.some((d) => registrable(d) === org),
  );
  if (brand !== undefined)
    found.push(`the sender calls itself "${from.name}" but ${org} is not ${brand.name}'s`);
  // Newsletters send replies to their editor's domain, and services to the colleague they send for: only
  // replies to free mail or a made-up looking domain say who really waits for them.
  const replyTo = message.replyTo.find((r) => {
    const replyDomain = r.address.split('@')[1] ?? '';
    return (
      addressDomain(r.address) !== org &&
      (isFreeMail(addressDomain(r.address), context.brands) || looksMadeUp(replyDomain))
    );
  });
  if (replyTo !== undefined) found.push(`replies go to ${replyTo.address}`);
  return found;
}

export const firstContact: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    if (from === null || listMail(message)) return [];
    const domain = (from.address.split('@')[1] ?? '').toLowerCase();
    const org = registrable(domain);
    if (context.protectedDomains.some((d) => registrable(d) === org)) return [];
    const signals: Signal[] = [];
    if (looksMadeUp(domain)) {
      signals.push(
        sign(
          NAME,
          'made-up-sender',
          10,
          `The sender's domain ${domain} looks made up for one campaign: words joined by hyphens and closed by letters and digits scrambled together.`,
          domain,
        ),
      );
    }
    const owned = ownedBy(org, context);
    const madeUpLinks = linksOf(message).filter(
      (l) => l.host !== '' && !owned(l.host) && looksMadeUp(l.host),
    );
    const dressed = madeUpLinks
      .map((l) => ({ link: l, brand: brandWorn(l.host, context) }))
      .find((d) => d.brand !== undefined);
    if (dressed?.brand !== undefined) {
      signals.push(
        sign(
          NAME,
          'made-up-brand-link',
          30,
          `A link goes to ${dressed.link.host}, which wears ${dressed.brand}'s name but is not ${dressed.brand}'s: a name made up for one campaign, words and scrambled letters and digits, dressed as a service you know.`,
          dressed.link.href,
        ),
      );
    } else if (madeUpLinks.length > 0) {
      signals.push(
        sign(
          NAME,
          'made-up-link',
          10,
          `A link goes to ${madeUpLinks[0].host}, a site that is not the sender's and whose name looks made up for one campaign.`,
          madeUpLinks[0].href,
        ),
      );
    }
    if (inThread(message) || linksStayWithSender(message, context)) return signals;
    const text = `${message.subject}\n${message.text}`;
    const odd = mismatches(message, context, domain);
    const wanted = askOf(message, context);
    const pressure = PRESSURE.exec(text);
    if (odd.length > 0 && wanted !== undefined && pressure !== null) {
      signals.push(
        sign(
          NAME,
          'stranger-ask',
          20,
          `A first message from outside, in no thread, where ${odd.join(' and ')}, asks you to ${wanted} and presses you ("${pressure[0]}").`,
          from.address,
        ),
      );
    }
    return signals;
  },
};
