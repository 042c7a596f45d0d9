// First contact with an ask: a message that is no reply in a thread, from outside the protected domains
// and off any mailing list, whose sender does not hold together (a made-up looking or free mail domain, a
// display name wearing a brand the domain is not, replies sent to free mail or a made-up domain) and that asks the reader to act
// (a link to another site, a number to call, a file, an account or wallet to pay) under pressure (a
// deadline, a consequence, secrecy). Each part is common in honest mail; the three together are how
// phishing of any kind is built, in whatever words (`stranger-ask`). A made-up looking domain is noted on
// its own too, for the sender (`made-up-sender`) and for a link off the sender's site (`made-up-link`),
// weighing little.
import { linksOf } from '../links-in.js';
import { addressDomain, escapeRegExp, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { looksMadeUp } from './made-up-domains.js';
import { listMail } from './mailing-list.js';
import { linksStayWithSender, ownedBy } from './owners.js';
import { THREAD_SUBJECT } from './reply-chains.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';
import { walletAddress } from './wallet-addresses.js';

const NAME = 'first-contact';
/** A deadline, a consequence or secrecy, in the words of the languages most mail comes in. */
const PRESSURE =
  /\b(?:\d+\s*(?:hours?|hrs?|stunden|horas|heures|ore|uur)\b|today|now|immediately|urgent(?:ly)?|asap|deadline|final notice|last (?:notice|reminder)|before (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|(?:will|would) be (?:suspended|closed|deleted|lost|locked|charged|terminated)|confidential|heute|sofort|umgehend|dringend|letzte|frist|hoy|ahora|urgente|inmediatamente|antes del|perder[áa]|aujourd'hui|imm[ée]diatement|avant (?:le|vendredi|lundi)|dernier|oggi|subito|entro|vandaag|laatste)\b/i;
/** An ask to call, beside a phone number. */
const CALL =
  /\b(?:call|phone|ring|dial|contact|reach)\b|\b(?:anrufen|rufen sie|llame|llamar|appelez|chiamate|chiami|bel(?:t| ons))\b/i;
const PHONE = /(?:\+|\b)\d[\d\s().-]{7,18}\d\b/;
/** A bank account number to pay into. */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b/;
/** Files a lure asks to open: documents, pages, pictures that can act, archives, disk images. */
const FILE_TO_OPEN = /\.(?:pdf|html?|shtml|svgz?|docx?|docm|xlsx?|xlsm|zip|rar|7z|iso|img|one)$/i;

/** Whether the message answers or forwards an earlier one. */
function inThread(message: ReportedMessage): boolean {
  return (
    THREAD_SUBJECT.test(message.subject) ||
    message.headers.some((h) => h.key === 'in-reply-to' || h.key === 'references')
  );
}

/** What about the sender does not hold together, in words, or [] when nothing. */
function mismatches(message: ReportedMessage, context: AnalysisContext, domain: string): string[] {
  const from = message.from;
  if (from === null) return [];
  const org = registrable(domain);
  const found: string[] = [];
  if (looksMadeUp(domain)) found.push(`the sender's domain ${domain} looks made up`);
  if (context.brands.freemail.has(org)) found.push(`it comes from a free mail account (${from.address})`);
  const brand = context.brands.brands.find(
    (b) =>
      new RegExp(`\\b${escapeRegExp(b.name.toLowerCase())}\\b`).test(from.name.toLowerCase()) &&
      !b.domains.some((d) => registrable(d) === org),
  );
  if (brand !== undefined)
    found.push(`the sender calls itself "${from.name}" but ${org} is not ${brand.name}'s`);
  // Newsletters send replies to their editor's domain, and services to the colleague they send for: only
  // replies to free mail or a made-up looking domain say who really waits for them.
  const replyTo = message.replyTo.find((r) => {
    const replyDomain = r.address.split('@')[1] ?? '';
    return (
      addressDomain(r.address) !== org &&
      (context.brands.freemail.has(addressDomain(r.address)) || looksMadeUp(replyDomain))
    );
  });
  if (replyTo !== undefined) found.push(`replies go to ${replyTo.address}`);
  return found;
}

/** What the message asks the reader to do, in words, or undefined when it asks nothing. */
function ask(
  message: ReportedMessage,
  context: AnalysisContext,
  text: string,
  org: string,
): string | undefined {
  const owned = ownedBy(org, context);
  const away = linksOf(message).find((l) => l.host !== '' && !owned(l.host));
  if (away !== undefined) return `follow a link to ${away.host}`;
  const phone = PHONE.exec(text);
  if (phone !== null && CALL.test(text)) return `call ${phone[0].trim()}`;
  const file = message.attachments.find((a) => FILE_TO_OPEN.test(a.filename));
  if (file !== undefined) return `open ${file.filename}`;
  const account = IBAN.exec(text)?.[0] ?? walletAddress(text);
  if (account !== undefined) return `pay into ${account}`;
  return undefined;
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
    const madeUpLink = linksOf(message).find((l) => l.host !== '' && !owned(l.host) && looksMadeUp(l.host));
    if (madeUpLink !== undefined) {
      signals.push(
        sign(
          NAME,
          'made-up-link',
          10,
          `A link goes to ${madeUpLink.host}, a site that is not the sender's and whose name looks made up for one campaign.`,
          madeUpLink.href,
        ),
      );
    }
    if (inThread(message) || linksStayWithSender(message, context)) return signals;
    const text = `${message.subject}\n${message.text}`;
    const odd = mismatches(message, context, domain);
    const wanted = ask(message, context, text, org);
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
