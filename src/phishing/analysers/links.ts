// Links: visible text naming one site while the link goes to another (a file's name is no site), a link that
// hides the reader's own address (a phishing page filled in for them), a link passed on by a known site's
// public redirect to another site, what each target gives away (url-signs.ts); links to domains that
// earlier reports named.
import { hostOf, type Link, linksOf } from '../links-in.js';
import { knownSites, registrable } from '../lookalike.js';
import { urlSigns } from '../url-signs.js';
import { ownedBy, senderDomain } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'links';
/** Visible text that reads as a web address or a domain. */
const SHOWN_HOST = /^(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?:[/:?#]\S*)?$/iu;
/** Text naming a file (a shared document's name), not a site: these endings are no top-level domains. */
const FILE_NAME =
  /\.(?:xlsx?|xlsm|docx?|docm|pptx?|pdf|csv|txt|rtf|odt|ods|png|jpe?g|gif|html?|msg|eml|wav|mp3|mp4)$/i;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Sites a lure links to (its page, perhaps a logo's host); a newsletter links to many more. */
const FEW_SITES = 3;
/** Links whose job is to take the reader off a list carry their address for that. */
const LEAVING = /unsub|opt-?out|remove|leave|manage|preferences|profile|subscription/i;

export const links: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const signals: Signal[] = [];
    const found = linksOf(message);
    const owned = knownSites(context.protectedDomains, context.brands);
    const org = senderDomain(message);
    const senderOwns = ownedBy(org, context);
    for (const link of found) {
      const shown = FILE_NAME.test(link.text.trim()) ? null : SHOWN_HOST.exec(link.text.replace(/\s+/g, ''));
      if (shown !== null && link.host !== '' && registrable(shown[1]) !== registrable(link.host)) {
        // Showing a brand's or your own domain is the phisher's move; newsletters' click tracking shows others,
        // and a sender's page about another site (lindows.com/walmart behind "Walmart.com") stays on its
        // own site, unless the sender wears the name it shows.
        const shownName = registrable(shown[1]).split('.')[0];
        const home =
          registrable(link.host) === org && !(message.from?.name ?? '').toLowerCase().includes(shownName);
        const known = owned.has(registrable(shown[1])) && !home;
        signals.push(
          sign(
            NAME,
            'text-target-mismatch',
            known ? 35 : 15,
            `A link shows "${link.text}" but really goes to ${link.host}.`,
            `${link.text} → ${link.href}`,
          ),
        );
      }
      signals.push(...urlSigns(NAME, link.href, 'a link', context));
      const redirect = publicRedirect(link, senderOwns);
      if (redirect !== undefined) {
        signals.push(
          sign(
            NAME,
            'open-redirect',
            20,
            `A link starts at ${redirect} but is passed on from there to ${link.host}: a known site's redirect put in front of a page so that the link looks safe to filters and to you.`,
            link.href,
          ),
        );
      }
    }
    const readers = readerAddresses(message.headers);
    const hidden = found
      .filter((l) => l.host !== '' && !LEAVING.test(`${l.href} ${l.text}`))
      .flatMap((l) => {
        const how = carried(l.href, readers);
        return how === undefined ? [] : [{ link: l, how }];
      });
    // Newsletters' tracked links carry the address plainly in the query to count clicks, on the sender's
    // own, a known or their mailer's site, among many; a plain address sent to a site that is none of
    // these, from a message that links to few, is a page filled in for you.
    const few = new Set(found.map((l) => registrable(l.host))).size <= FEW_SITES;
    const elsewhere = (l: Link) => few && !senderOwns(l.host) && !owned.has(registrable(l.host));
    const carrying =
      hidden.find((c) => c.how === 'encoded') ??
      hidden.find((c) => c.how === 'fragment') ??
      hidden.find((c) => c.how === 'plain' && elsewhere(c.link));
    if (carrying !== undefined) {
      // Encoded, the address is how kits fill in their sign-in page; after the #, some web apps' own
      // invitation links carry it too.
      signals.push(
        sign(
          NAME,
          'reader-in-link',
          READER_WEIGHT[carrying.how],
          `A link to ${carrying.link.host} carries your own address (${READER_HOW[carrying.how]}), so the page behind it greets you by name: phishing pages are filled in for each victim this way.`,
          carrying.link.href,
        ),
      );
    }
    const domains = [...new Set(found.map((l) => registrable(l.host)).filter((d) => d !== ''))];
    for (const domain of await context.recentlyReported(domains)) {
      signals.push(
        sign(
          NAME,
          'recently-reported',
          20,
          `A link goes to ${domain}, which other people reported this week.`,
          domain,
        ),
      );
    }
    return dedupe(signals);
  },
};

/**
 * One signal per sign: the strongest link showing it, saying how many more do. Twenty tracked links in a
 * newsletter are one sign, not twenty.
 */
function dedupe(signals: Signal[]): Signal[] {
  const byCode = new Map<string, Signal[]>();
  for (const s of signals) byCode.set(s.code, [...(byCode.get(s.code) ?? []), s]);
  return [...byCode.values()].map((same) => {
    const strongest = same.reduce((a, b) => (b.weight > a.weight ? b : a));
    const others = new Set(same.map((s) => s.evidence)).size - 1;
    return others === 0
      ? strongest
      : {
          ...strongest,
          explanation: `${strongest.explanation} (${others} more link${others > 1 ? 's' : ''} like it.)`,
        };
  });
}

/** The host of the known site's public redirect `link` passes through to another site, when the sender does
 * not own it (Google's own mail sends its links through google.com/url); a mail filter's wrapper is none. */
function publicRedirect(link: Link, senderOwns: (host: string) => boolean): string | undefined {
  const redirect = link.through.find((r) => r.kind === 'redirect');
  if (redirect === undefined) return undefined;
  const host = hostOf(redirect.href);
  return senderOwns(host) || registrable(host) === registrable(link.host) ? undefined : host;
}

/** The addresses in the To and Cc headers, lower-case. */
export function readerAddresses(headers: readonly { key: string; line: string }[]): string[] {
  return headers
    .filter((h) => h.key === 'to' || h.key === 'cc')
    .flatMap((h) => h.line.slice(h.line.indexOf(':') + 1).match(ADDRESS) ?? [])
    .map((a) => a.toLowerCase());
}

type Carried = 'encoded' | 'fragment' | 'plain';
const READER_WEIGHT: Record<Carried, number> = { encoded: 35, fragment: 20, plain: 15 };
const READER_HOW: Record<Carried, string> = {
  encoded: 'encoded',
  fragment: 'after the #',
  plain: "to a site that is neither the sender's nor one the desk knows",
};

/** The decoded form of a link or its part; as written when an escape is malformed. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * How `href` carries one of the addresses: encoded (base64), after the # where the server never sees it,
 * or plainly in the path or query; undefined when it does not.
 */
function carried(href: string, addresses: readonly string[]): Carried | undefined {
  if (addresses.some((a) => href.includes(Buffer.from(a).toString('base64').replace(/=+$/, ''))))
    return 'encoded';
  const hash = href.indexOf('#');
  const fragment = hash < 0 ? '' : decoded(href.slice(hash + 1).toLowerCase());
  if (addresses.some((a) => fragment.includes(a))) return 'fragment';
  const whole = decoded(href.toLowerCase());
  return addresses.some((a) => whole.includes(a)) ? 'plain' : undefined;
}
