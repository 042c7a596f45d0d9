// Request and response header rewriting for a reverse proxy (RFC 9110 §7.6, RFC 7239):
// hop-by-hop fields removed, X-Forwarded-For/-Proto/-Host and Forwarded set.

import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'http2-settings',
]);

/** Client-supplied forwarding fields: replaced unless the peer is a trusted proxy. */
const FORWARDING = new Set([
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'forwarded',
  'x-real-ip',
]);

export interface ForwardingFacts {
  /** The client address as the edge determined it (through trusted proxies). */
  clientAddress: string;
  /** The direct peer's address. */
  peerAddress: string;
  /** True when the direct peer is a trusted proxy whose forwarding fields we keep and extend. */
  peerTrusted: boolean;
  proto: 'http' | 'https';
  host: string | undefined;
}

/**
 * The field names a Connection header lists, lowercased: one name alone (the usual `keep-alive` or
 * `close`) as itself, several as a set; a request or answer listing one costs no set.
 */
function connectionNames(value: string | string[] | undefined): string | Set<string> | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && !value.includes(',')) {
    const name = value.trim().toLowerCase();
    return name === '' ? undefined : name;
  }
  const joined = Array.isArray(value) ? value.join(',') : value;
  const tokens = new Set<string>();
  for (const token of joined.split(',')) {
    const t = token.trim().toLowerCase();
    if (t) tokens.add(t);
  }
  return tokens;
}

function listed(named: string | Set<string> | undefined, name: string): boolean {
  if (named === undefined) return false;
  return typeof named === 'string' ? named === name : named.has(name);
}

/** A host for a quoted-string of Forwarded: its quotes and backslashes left out. */
function quotable(host: string): string {
  return host.includes('"') || host.includes('\\') ? host.replace(/["\\]/g, '') : host;
}

function forwardedNode(address: string): string {
  return address.includes(':') ? `"[${address}]"` : address;
}

/** Headers to send to the origin for a client request. */
export function originRequestHeaders(
  incoming: IncomingHttpHeaders,
  facts: ForwardingFacts,
): OutgoingHttpHeaders {
  const named = connectionNames(incoming.connection);
  const out: OutgoingHttpHeaders = {};
  for (const name in incoming) {
    if (name.charCodeAt(0) === 58 /* ':' HTTP/2 pseudo-header */) continue;
    if (HOP_BY_HOP.has(name) || listed(named, name)) continue;
    if (FORWARDING.has(name) && !facts.peerTrusted) continue;
    out[name] = incoming[name];
  }
  if (facts.host !== undefined) out.host = facts.host;
  const priorFor = facts.peerTrusted ? incoming['x-forwarded-for'] : undefined;
  out['x-forwarded-for'] = priorFor ? `${priorFor}, ${facts.peerAddress}` : facts.clientAddress;
  if (!facts.peerTrusted || incoming['x-forwarded-proto'] === undefined)
    out['x-forwarded-proto'] = facts.proto;
  if (facts.host !== undefined && (!facts.peerTrusted || incoming['x-forwarded-host'] === undefined)) {
    out['x-forwarded-host'] = facts.host;
  }
  const element = `for=${forwardedNode(facts.peerTrusted ? facts.peerAddress : facts.clientAddress)};proto=${facts.proto}${
    facts.host ? `;host="${quotable(facts.host)}"` : ''
  }`;
  const priorForwarded = facts.peerTrusted ? incoming.forwarded : undefined;
  out.forwarded = priorForwarded ? `${priorForwarded}, ${element}` : element;
  return out;
}

/** Headers to send back to the client for an origin response (HTTP/2 forbids connection-specific ones). */
export function clientResponseHeaders(
  origin: Record<string, string | string[] | undefined>,
): OutgoingHttpHeaders {
  const named = connectionNames(origin.connection);
  const out: OutgoingHttpHeaders = {};
  for (const name in origin) {
    if (HOP_BY_HOP.has(name) || listed(named, name)) continue;
    out[name] = origin[name];
  }
  return out;
}
