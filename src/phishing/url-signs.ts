// What a link's target gives away, wherever the link was found (the HTML body, the text, a QR code): an
// address instead of a name, a punycode host, a shortener, a file on IPFS (whatever gateway serves it), a
// page on a service where anyone can publish, a request to grant an app access to your mail (OAuth
// consent), a data: URI, a lookalike of a protected domain or a brand's, a page planted in another site's
// software or hidden folders.
import { isIP } from 'node:net';
import type { AnalysisContext, Signal } from './analysers/signal.js';
import { sign } from './analysers/signal.js';
import { hostOf } from './links-in.js';
import { knownSites, lookalike, lookalikeWords, registrable, targetsOf } from './lookalike.js';

/** Signals of one URL; `where` says where it was found ("a link", "a QR code"). */
export function urlSigns(analyser: string, href: string, where: string, context: AnalysisContext): Signal[] {
  const signals: Signal[] = [];
  if (/^\s*data:/i.test(href)) {
    signals.push(
      sign(
        analyser,
        'data-uri',
        25,
        `${cap(where)} carries a whole page inside itself (a data: URI), a way to slip past link filters.`,
        href.slice(0, 80),
      ),
    );
    return signals;
  }
  const host = hostOf(href);
  if (host === '') return signals;
  if (isIP(host) !== 0) {
    signals.push(
      sign(
        analyser,
        'ip-literal',
        25,
        `${cap(where)} goes to a bare internet address (${host}) instead of a named site.`,
        href,
      ),
    );
  }
  if (host.split('.').some((label) => label.startsWith('xn--'))) {
    signals.push(
      sign(
        analyser,
        'punycode-host',
        15,
        `${cap(where)} goes to ${host}, a name written with foreign look-alike letters (punycode).`,
        href,
      ),
    );
  }
  if (context.brands.shorteners.has(registrable(host))) {
    signals.push(
      sign(
        analyser,
        'shortener',
        10,
        `${cap(where)} hides its destination behind a link shortener (${host}).`,
        href,
      ),
    );
  }
  const content = contentAddressed(href, host);
  if (content !== undefined) {
    signals.push(
      sign(
        analyser,
        'ipfs-link',
        30,
        `${cap(where)} goes to a file on IPFS, a network where anyone can publish a page anonymously and no one can take it down (${content}): phishing pages are put there for that, and no company keeps its sign-in page there.`,
        href,
      ),
    );
  }
  const hosted = content === undefined ? publishedOn(href, host, context.brands.hosting) : undefined;
  if (hosted !== undefined) {
    signals.push(
      sign(
        analyser,
        'free-hosting',
        15,
        `${cap(where)} goes to a page on ${hosted}, where anyone can put up a page or a form in minutes: no company's sign-in page lives there.`,
        href,
      ),
    );
  }
  if (asksConsent(href)) {
    signals.push(
      sign(
        analyser,
        'oauth-consent',
        40,
        `${cap(where)} asks you to let an app into your mail or files (an OAuth consent page at ${host}), which then hands the access to ${redirectHost(href) || 'someone else'}: saying yes gives them your mailbox without your password.`,
        href,
      ),
    );
  }
  const planted = plantedPage(href);
  if (planted !== undefined && !knownSites(context.protectedDomains, context.brands).has(registrable(host))) {
    signals.push(
      sign(
        analyser,
        'planted-page',
        30,
        `${cap(where)} goes to a page tucked into ${host}'s ${planted}: no site keeps its own pages there, but kits are planted there on sites broken into, so that the link carries an honest site's name.`,
        href,
      ),
    );
  }
  const found = lookalike(host, targetsOf(context.protectedDomains, context.brands), context.brands);
  if (found !== undefined) {
    signals.push(
      sign(
        analyser,
        'lookalike-link',
        40,
        `${cap(where)} goes to ${host}: ${lookalikeWords(host, found)}`,
        href,
      ),
    );
  }
  return signals;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A website's software folders (WordPress, Joomla, Drupal) and hidden folders ("/.cache/"). */
const SOFTWARE_FOLDER =
  /\/(?:wp-(?:includes|content|admin)|administrator|modules\/mod_\w+|components\/com_\w+|sites\/default\/files|\.(?:well-known|cache|tmp|temp|git|config|local|private|hidden))\//i;
/** A page a kit serves: a script or page file, or a sign-in, verification, account or document word. */
const KIT_PAGE =
  /\.(?:php\d?|html?|aspx?)(?:$|[?#])|(?:log-?in|sign-?in|signon|logon|verif|secure|account|auth|update|webmail|owa|office|validat|unlock|confirm|invoice|rechnung|factura|facture|document|view)[^/]*(?:\/|$|[?#])/i;

/** The folder a page was planted in on another site ("WordPress's wp-includes folder"), or undefined. */
function plantedPage(href: string): string | undefined {
  let path = '';
  try {
    path = new URL(href).pathname;
  } catch {
    return undefined;
  }
  const folder = SOFTWARE_FOLDER.exec(path);
  if (folder === null) return undefined;
  const after = path.slice(folder.index + folder[0].length - 1);
  return KIT_PAGE.test(after) ? `${folder[0].slice(1, -1)} folder` : undefined;
}

/** The hosting service `href` is on, or undefined. */
export function publishedOn(href: string, host: string, hosting: readonly string[]): string | undefined {
  const at = href.replace(/^[a-z]+:\/\//i, '').toLowerCase();
  return hosting.find((h) =>
    h.includes('/') ? at.startsWith(h) || at.includes(`.${h}`) : host === h || host.endsWith(`.${h}`),
  );
}

/**
 * How `href` names content on IPFS, whatever gateway serves it: a path `/ipfs/<cid>` or `/ipns/<name>`,
 * or a content identifier as a subdomain (`<cid>.ipfs.<gateway>`); undefined when it does not.
 */
function contentAddressed(href: string, host: string): string | undefined {
  const labels = host.split('.');
  const cid = labels.findIndex((l, i) => /^[a-z0-9]{8,}$/.test(l) && /^ip[fn]s$/.test(labels[i + 1] ?? ''));
  if (cid !== -1) return `served by ${labels.slice(cid + 2).join('.')}`;
  let path = '';
  try {
    path = new URL(href).pathname;
  } catch {
    return undefined;
  }
  // A gateway serves `/ipfs/<cid>/…` and `/ipns/<name>/…`; no other site's paths start so.
  return /^\/ip[fn]s\/[\w.-]{8,}/.test(path) ? `served by ${host}` : undefined;
}

/** Scopes that reach mail, files, contacts or code (repositories, workflows), or keep access (a refresh token). */
const WIDE_SCOPE =
  /mail|offline_access|files|contacts|drive|https:\/\/mail\.google\.com|\brepo\b|workflow|admin:|write:/i;

/** An OAuth authorisation request that asks for mail or file access, for an app that sends you elsewhere. */
function asksConsent(href: string): boolean {
  try {
    const url = new URL(href);
    const q = url.searchParams;
    return (
      /oauth|authorize/i.test(url.pathname) &&
      q.has('client_id') &&
      WIDE_SCOPE.test(q.get('scope') ?? '') &&
      redirectHost(href) !== '' &&
      redirectHost(href) !== url.hostname
    );
  } catch {
    return false;
  }
}

function redirectHost(href: string): string {
  try {
    return hostOf(new URL(href).searchParams.get('redirect_uri') ?? '');
  } catch {
    return '';
  }
}
