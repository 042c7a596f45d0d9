// Where a link really goes when its address is a known site's redirect: a mail filter's wrapper (Microsoft
// Safe Links, Proofpoint URL Defense, Barracuda Link Protection, Cisco and Trend Micro rewriting), which
// the reporter's own company may have put in front of every link of a forwarded message, or a public
// redirect of a well-known site (Google's /url and AMP pages, Bing's click tracking, YouTube's and
// Facebook's exit links), which phishing puts in front of its page so that the link starts with a name
// filters and readers trust. Read from the address alone; nothing is fetched.

export interface Redirect {
  /** The address as written in the message. */
  href: string;
  /** Whose redirect it is: a filter's wrapper, or a public redirect of a known site. */
  kind: 'wrapper' | 'redirect';
}

/** Redirects followed one inside another, at most. */
const MAX_HOPS = 4;

interface Redirector {
  kind: Redirect['kind'];
  host: RegExp;
  path?: RegExp;
  /** The target from the parsed address, or undefined when it carries none. */
  target(url: URL): string | undefined;
}

const param =
  (...names: string[]) =>
  (url: URL) =>
    names.map((n) => url.searchParams.get(n)).find((v) => v !== null && /^https?:\/\//i.test(v)) ?? undefined;

/** Proofpoint's v2 addresses write `%` as `-` and `/` as `_`; v3 keeps the address between `__` marks. */
function proofpoint(url: URL): string | undefined {
  const v2 = url.searchParams.get('u');
  if (url.pathname.startsWith('/v2/') && v2 !== null) {
    try {
      return decodeURIComponent(v2.replace(/-/g, '%').replace(/_/g, '/'));
    } catch {
      return undefined;
    }
  }
  return /^\/v3\/__(.+?)__;/.exec(`${url.pathname}${url.search}`)?.[1];
}

/** Bing's click tracking carries the target base64url-encoded after `a1` in `u`. */
function bing(url: URL): string | undefined {
  const u = url.searchParams.get('u');
  if (u === null || !u.startsWith('a1')) return undefined;
  const target = Buffer.from(u.slice(2), 'base64url').toString('utf8');
  return /^https?:\/\//i.test(target) ? target : undefined;
}

/** Google's AMP viewer: /amp/s/<host/path> serves https://<host/path>. */
function amp(url: URL): string | undefined {
  const rest = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname);
  return rest === null ? undefined : `${rest[1] ? 'https' : 'http'}://${rest[2]}${url.search}`;
}

const REDIRECTORS: readonly Redirector[] = [
  { kind: 'wrapper', host: /(?:^|\.)safelinks\.protection\.outlook\.com$/, target: param('url') },
  { kind: 'wrapper', host: /^urldefense(?:\.proofpoint)?\.com$/, target: proofpoint },
  { kind: 'wrapper', host: /^linkprotect\.cudasvc\.com$/, target: param('a') },
  {
    kind: 'wrapper',
    host: /^secure-web\.cisco\.com$/,
    target: (url) => /\/(https?%3A.*)$/i.exec(url.pathname)?.[1],
  },
  { kind: 'wrapper', host: /(?:^|\.)trendmicro\.com$/, path: /wis\/clicktime/, target: param('url') },
  { kind: 'redirect', host: /^(?:www\.)?google\.[a-z.]+$/, path: /^\/url$/, target: param('q', 'url') },
  { kind: 'redirect', host: /^(?:www\.)?google\.[a-z.]+$/, path: /^\/amp\//, target: amp },
  { kind: 'redirect', host: /^(?:www\.)?bing\.com$/, path: /^\/ck\/a$/, target: bing },
  { kind: 'redirect', host: /^(?:www\.)?youtube\.com$/, path: /^\/redirect$/, target: param('q') },
  { kind: 'redirect', host: /^(?:l|lm)\.(?:facebook|instagram)\.com$/, target: param('u') },
  { kind: 'redirect', host: /^away\.vk\.com$/, target: param('to') },
  { kind: 'redirect', host: /^(?:www\.)?linkedin\.com$/, path: /^\/redir\//, target: param('url') },
  { kind: 'redirect', host: /^t\.umblr\.com$/, target: param('z') },
  { kind: 'redirect', host: /^slack-redir\.net$/, target: param('url') },
];

/** The address `href` leads to through the redirects in front of it, and those redirects, outermost first. */
export function followRedirects(href: string): { target: string; through: Redirect[] } {
  const through: Redirect[] = [];
  let target = href;
  while (through.length < MAX_HOPS) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      break;
    }
    const host = url.hostname.toLowerCase();
    const redirector = REDIRECTORS.find((r) => r.host.test(host) && (r.path?.test(url.pathname) ?? true));
    const next = redirector?.target(url);
    if (redirector === undefined || next === undefined || next === target) break;
    through.push({ href: target, kind: redirector.kind });
    // A redirect to an address without a fragment keeps the one it was reached with (RFC 9110, 10.2.2):
    // kits put the reader's address there, behind the redirect.
    target = next.includes('#') ? next : `${next}${url.hash}`;
  }
  return { target, through };
}
