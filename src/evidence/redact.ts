// What never leaves in an evidence package, and what a responder may choose to hide: credentials in
// request heads (cookies, authorization, anything named like a token, key, secret or session) and query
// values are replaced; API tokens are scrubbed from any text; and, on request, every address that is not
// one of the attack's sources.
import ipaddr from 'ipaddr.js';
import type { HeadRecord } from '../edge/witness.js';

export const REDACTED = '[redacted]';

const SENSITIVE_HEADER = /cookie|authori[sz]ation|token|secret|session|passw|api-?key|csrf|signature/i;
/** Our API tokens (auth/tokens.ts) and bouncer keys are long base64url; tokens have a known prefix. */
const TOKEN_TEXT = /bwt_[A-Za-z0-9_-]{20,}/g;

export interface RedactedHead {
  at: string;
  address: string;
  verdict: string;
  method: string;
  target: string;
  httpVersion: string;
  headers: [string, string][];
}

export function redactHead(head: HeadRecord, keepQuery: boolean): RedactedHead {
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < head.rawHeaders.length; i += 2) {
    const name = head.rawHeaders[i];
    headers.push([name, SENSITIVE_HEADER.test(name) ? REDACTED : head.rawHeaders[i + 1]]);
  }
  return {
    at: new Date(head.at).toISOString(),
    address: head.address,
    verdict: head.verdict,
    method: head.method,
    target: keepQuery ? head.url : redactQuery(head.url),
    httpVersion: head.httpVersion,
    headers,
  };
}

/** `/search?q=[redacted]&page=[redacted]`: the parameters' names stay, their values go. */
export function redactQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? pair : `${pair.slice(0, eq)}=${REDACTED}`;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

export function scrubTokens(text: string): string {
  return text.replace(TOKEN_TEXT, REDACTED);
}

/** Candidates for addresses in text: dotted quads and colon-hex runs, confirmed by the parser. */
const ADDRESS_TEXT =
  /(?:\d{1,3}\.){3}\d{1,3}|(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?/g;

/** Replaces every address in the text for which `keep` is false. */
export function redactAddresses(text: string, keep: (address: string) => boolean): string {
  return text.replace(ADDRESS_TEXT, (found) => {
    if (!ipaddr.isValid(found)) return found;
    return keep(found) ? found : '[address redacted]';
  });
}
