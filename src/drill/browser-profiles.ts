// Real browsers' request headers, in the order each sends them over HTTP/1.1: what a scripted browser
// puts on the wire so the gateway's fingerprint sees a browser, not a tool.

export type Destination = 'document' | 'style';

export interface HeaderInput {
  method: 'GET' | 'POST';
  destination: Destination;
  /** Absolute URL of the page this request comes from, if any. */
  referer: string | undefined;
  /** The site's origin, e.g. http://127.0.0.1:8080 (sent with form posts). */
  origin: string;
  cookie: string | undefined;
  /** Form posts only. */
  contentType: string | undefined;
}

export interface BrowserProfile {
  name: string;
  userAgent: string;
  /** Flat [name, value, …] without Host (the sender puts it first) and without Content-Length. */
  headers(input: HeaderInput): string[];
}

const DOCUMENT_ACCEPT_CHROME =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const DOCUMENT_ACCEPT_FIREFOX =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/png,image/svg+xml,*/*;q=0.8';
const STYLE_ACCEPT_CHROME = 'text/css,*/*;q=0.1';
const ACCEPT_ENCODING = 'gzip, deflate, br';

function push(out: string[], name: string, value: string | undefined): void {
  if (value !== undefined) out.push(name, value);
}

function fetchSite(input: HeaderInput): string {
  return input.referer === undefined ? 'none' : 'same-origin';
}

export const CHROME: BrowserProfile = {
  name: 'chrome',
  userAgent:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  headers(input) {
    const document = input.destination === 'document';
    const post = input.method === 'POST';
    const out: string[] = [];
    push(out, 'cache-control', post ? 'max-age=0' : undefined);
    out.push('sec-ch-ua', '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"');
    out.push('sec-ch-ua-mobile', '?0', 'sec-ch-ua-platform', '"Linux"');
    push(out, 'upgrade-insecure-requests', document ? '1' : undefined);
    push(out, 'origin', post ? input.origin : undefined);
    push(out, 'content-type', input.contentType);
    out.push('user-agent', CHROME.userAgent);
    out.push('accept', document ? DOCUMENT_ACCEPT_CHROME : STYLE_ACCEPT_CHROME);
    out.push('sec-fetch-site', fetchSite(input));
    out.push('sec-fetch-mode', document ? 'navigate' : 'no-cors');
    push(out, 'sec-fetch-user', document ? '?1' : undefined);
    out.push('sec-fetch-dest', input.destination);
    push(out, 'referer', input.referer);
    out.push('accept-encoding', ACCEPT_ENCODING, 'accept-language', 'en-US,en;q=0.9');
    push(out, 'cookie', input.cookie);
    return out;
  },
};

export const FIREFOX: BrowserProfile = {
  name: 'firefox',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  headers(input) {
    const document = input.destination === 'document';
    const post = input.method === 'POST';
    const out: string[] = ['user-agent', FIREFOX.userAgent];
    out.push('accept', document ? DOCUMENT_ACCEPT_FIREFOX : 'text/css,*/*;q=0.1');
    out.push('accept-language', 'en-US,en;q=0.5', 'accept-encoding', ACCEPT_ENCODING);
    push(out, 'content-type', input.contentType);
    push(out, 'origin', post ? input.origin : undefined);
    push(out, 'referer', input.referer);
    push(out, 'cookie', input.cookie);
    push(out, 'upgrade-insecure-requests', document ? '1' : undefined);
    out.push('sec-fetch-dest', input.destination);
    out.push('sec-fetch-mode', document ? 'navigate' : 'no-cors');
    out.push('sec-fetch-site', fetchSite(input));
    push(out, 'sec-fetch-user', document ? '?1' : undefined);
    out.push('priority', document ? 'u=0, i' : 'u=2');
    return out;
  },
};

export const BROWSER_PROFILES: readonly BrowserProfile[] = [CHROME, FIREFOX];
