// Reply chains: a reply in a thread (Re:/Fwd: with quoted history) whose newest part is short and pushes
// a link to a site no one in the thread writes from, or a file, while the sender is no one the thread
// names — or wears the name of someone who wrote in it, from another domain than theirs. That is how
// stolen threads are reused (Emotet, Qakbot, IcedID): the thread makes the ask look expected. From someone
// in the thread, only a link that downloads an archive or a program, or a file that holds another (an
// archive, a page, a disk image), counts — or a bare newest part, a line or two around a link to a site
// nobody in the thread writes from: a stolen mailbox answers its threads with one generic line ("please
// see the file below and confirm"), where a real correspondent writes about the matter. Mailing lists, where anyone answers anyone, are left alone.
import { linksOf } from '../links-in.js';
import { addressDomain, knownSites, registrable } from '../lookalike.js';
import { afterForwardedRule, type ReportedMessage } from '../message.js';
import { ownedBy, senderDomain } from './owners.js';
import { htmlQuoteStart, textQuoteStart } from './quoted-history.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'reply-chains';
/** A reply's or a forward's subject, in the languages mail clients write it in. */
const THREAD_SUBJECT = /^\s*(?:re|aw|sv|vs|antw|ref|rif|odp|fw|fwd|wg|tr|rv|doorst)\s*(?:\[\d+\])?\s*:/i;
/** A name and address as quoted headers write them: `Maria Keller <m@x>`, `"Keller" [mailto:m@x]`. */
const NAMED_ADDRESS =
  /"?([\p{L}][\p{L}.' -]{1,60}?)"?\s*[<[](?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)[>\]]/gu;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Files that hold something else, the way stolen threads deliver a program. */
const CONTAINER =
  /\.(?:zip|rar|7z|gz|tgz|cab|iso|img|vhdx?|x?html?|shtml|svgz?|one|onepkg|lnk|js|jse|vbs|hta|wsf|msi|exe)$/i;
/** A link whose target is an archive, a disk image or a program to download. */
const DOWNLOAD =
  /\.(?:zip|rar|7z|gz|cab|iso|img|vhdx?|exe|msi|scr|js|jse|vbs|hta|wsf|lnk|one|jar|appx|msix)$/i;
/** Words of a newest part that pushes something; a longer one is a letter in its own right. */
const MAX_WORDS = 120;
/** Words of a newest part that is only a line or two around what it pushes. */
const BARE_WORDS = 30;
const LIST_HEADER = /^(?:list-(?:id|unsubscribe|post|owner)|mailing-list|x-mailing-list)$/;

interface Thread {
  /** The newest part: the text before the quoted history, and the HTML before its quoting block. */
  newText: string;
  newHtml: string;
  /** Registrable domains of the addresses in the quoted history. */
  quotedOrgs: Set<string>;
  /** Those and the domains of the To and Cc addresses: everyone the thread involves. */
  participants: Set<string>;
  /** Names in the quoted history, lower-case, with the address each wrote from. */
  named: { name: string; address: string }[];
}

export const replyChains: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (message.headers.some((h) => LIST_HEADER.test(h.key)) || message.from === null) return [];
    const thread = threadOf(message);
    if (thread === undefined) return [];
    const signals: Signal[] = [];
    const org = senderDomain(message);
    const sender = message.from.address;
    const own = new Set(context.protectedDomains.map(registrable));
    const name = message.from.name.toLowerCase().replace(/\s+/g, ' ').trim();
    const worn = thread.named.find(
      (n) =>
        name.split(' ').length >= 2 &&
        (n.name === name || n.name.endsWith(` ${name}`)) &&
        addressDomain(n.address) !== org,
    );
    if (worn !== undefined) {
      signals.push(
        sign(
          NAME,
          'reply-impostor',
          30,
          `It answers a thread as "${message.from.name}", who wrote in it from ${worn.address}, but it comes from ${sender}, another domain: whoever took over the thread wears the name of someone you have written with.`,
          `${message.from.name} <${sender}>`,
        ),
      );
    }
    const words = thread.newText.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const pushed = pushedThings(message, thread, context);
    if (words > MAX_WORDS || pushed === undefined) return signals;
    const outsiders = [...thread.quotedOrgs].filter((d) => !own.has(d));
    const stranger = outsiders.length > 0 && !thread.participants.has(org) && !own.has(org);
    if (stranger) {
      signals.push(
        sign(
          NAME,
          'reply-chain-push',
          45,
          `It continues a thread with people at ${[...new Set([...outsiders, ...own])].join(', ')} in a few lines and pushes ${pushed.what}, but comes from ${sender}, whose domain is nowhere in that thread: a stolen thread reused to make the ask look expected.`,
          pushed.evidence,
        ),
      );
    } else if (pushed.delivers || (pushed.link && words <= BARE_WORDS)) {
      const bare = words <= BARE_WORDS;
      signals.push(
        sign(
          NAME,
          'reply-chain-push',
          pushed.delivers ? (bare ? 35 : 25) : 30,
          `It answers a thread ${bare ? `in ${words} words` : 'in a few lines'} and pushes ${pushed.what}: stolen mailboxes answer their threads this way to deliver programs and phishing pages, the thread making the ask look expected.`,
          pushed.evidence,
        ),
      );
    }
    return signals;
  },
};

/** The thread a reply or forward carries; undefined when the message is none, or quotes nothing. */
function threadOf(message: ReportedMessage): Thread | undefined {
  const replying =
    THREAD_SUBJECT.test(message.subject) || message.headers.some((h) => h.key === 'in-reply-to');
  if (!replying) return undefined;
  const text = message.headersLost ? forwardedBody(message.text) : message.text;
  const cut = textQuoteStart(text);
  if (cut === undefined) return undefined;
  const quoted = text.slice(cut);
  const html = message.headersLost ? '' : (message.html ?? '');
  const quotedOrgs = new Set((quoted.match(ADDRESS) ?? []).map(addressDomain));
  return {
    newText: text.slice(0, cut),
    newHtml: html.slice(0, htmlQuoteStart(html)),
    quotedOrgs,
    participants: new Set([...quotedOrgs, ...recipientOrgs(message)]),
    named: [...quoted.matchAll(NAMED_ADDRESS)].map((m) => ({
      name: m[1].toLowerCase().replace(/\s+/g, ' ').trim(),
      address: m[2].toLowerCase(),
    })),
  };
}

/** The body of a message forwarded inline to the desk: what follows the forwarded block's headers. */
function forwardedBody(text: string): string {
  const after = afterForwardedRule(text);
  if (after === undefined) return text;
  const blank = /\n[ \t]*\n/.exec(after);
  return blank === null ? after : after.slice(blank.index);
}

/**
 * What the newest part pushes: a link to a site that is neither the sender's, nor a thread participant's,
 * nor the company's or a known service's, or an attached file (inline pictures and invitations aside).
 * `delivers` when it is a download of an archive or a program, or a file that holds another.
 */
function pushedThings(
  message: ReportedMessage,
  thread: Thread,
  context: AnalysisContext,
): { what: string; evidence: string; delivers: boolean; link: boolean } | undefined {
  const owned = ownedBy(senderDomain(message), context);
  const known = knownSites(context.protectedDomains, context.brands);
  const newest = (href: string) =>
    thread.newText.includes(href) ||
    thread.newHtml.includes(href) ||
    thread.newHtml.includes(href.replace(/&/g, '&amp;'));
  const links = linksOf(message).filter(
    (l) =>
      l.host !== '' &&
      newest(l.href) &&
      !owned(l.host) &&
      !known.has(registrable(l.host)) &&
      !thread.participants.has(registrable(l.host)),
  );
  const download = links.find((l) => DOWNLOAD.test(pathOf(l.href)));
  if (download !== undefined)
    return { what: `a download from ${download.host}`, evidence: download.href, delivers: true, link: true };
  const files = message.attachments.filter(
    (p) => p.filename !== '' && !/^image\//.test(p.contentType) && !/\.ics$/i.test(p.filename),
  );
  const container = files.find((p) => CONTAINER.test(p.filename));
  if (container !== undefined)
    return {
      what: `the file ${container.filename}`,
      evidence: container.filename,
      delivers: true,
      link: false,
    };
  if (links.length > 0)
    return { what: `a link to ${links[0].host}`, evidence: links[0].href, delivers: false, link: true };
  if (files.length > 0)
    return {
      what: `the file ${files[0].filename}`,
      evidence: files[0].filename,
      delivers: false,
      link: false,
    };
  return undefined;
}

/** Registrable domains of the To and Cc addresses. */
function recipientOrgs(message: ReportedMessage): string[] {
  return message.headers
    .filter((h) => h.key === 'to' || h.key === 'cc')
    .flatMap((h) => h.line.slice(h.line.indexOf(':') + 1).match(ADDRESS) ?? [])
    .map(addressDomain);
}

function pathOf(href: string): string {
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}
