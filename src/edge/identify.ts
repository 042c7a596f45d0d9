// Who sent a request, for phase 3 (phase/identify.ts): the client's address (through trusted proxies) and
// its prefix, the request target, a fingerprint, the route's kind; the peer is worked out once per connection.

import type { Http2ServerRequest } from 'node:http2';
import { canonicalAddress, clientPrefix } from '../net/ip.js';
import { clientAddressOf, type TrustedProxies } from './client-address.js';
import type { EdgeRequest } from './exchange.js';
import { fingerprintOf } from './fingerprint.js';
import type { Client } from './judge.js';
import type { RoutePolicy } from './route-policy.js';

/** Who sent a request, as the identify phase found. */
export interface Who {
  peer: string;
  peerTrusted: boolean;
  /** The request target: path and query. */
  path: string;
  /** The path without its query string. */
  route: string;
  host: string | undefined;
  client: Client;
}

interface Peer {
  address: string;
  /** Its /24 or /48. */
  prefix: string;
}

const peers = new WeakMap<object, Peer>();

/** A connection's peer: canonical address and prefix, computed once per connection. */
export function peerOf(key: object, remoteAddress: string | undefined): Peer {
  let peer = peers.get(key);
  if (peer === undefined) {
    const address = canonicalAddress(remoteAddress ?? '') ?? remoteAddress ?? '0.0.0.0';
    peer = { address, prefix: clientPrefix(address) ?? address };
    peers.set(key, peer);
  }
  return peer;
}

export function isHttp2(req: EdgeRequest): req is Http2ServerRequest {
  // Not httpVersionMajor: an HTTP/1 request line may claim "HTTP/2.0".
  return 'stream' in req;
}

export interface IdentifyOptions {
  routes: RoutePolicy;
  trustedProxies: TrustedProxies;
  tls: boolean;
  /** Told of a connection's first complete request head (it is no longer a possible Slowloris). */
  firstRequest: (remoteAddress: string, remotePort: number | undefined) => void;
}

/** Who sent this request, as far as the edge can tell; undefined when its target is malformed. */
export function whoSent(req: EdgeRequest, opts: IdentifyOptions): Who | undefined {
  const h2 = isHttp2(req);
  const key = h2 ? (req.stream.session ?? req) : req.socket;
  if (!peers.has(key)) {
    const socket = h2 ? req.stream.session?.socket : req.socket;
    opts.firstRequest(socket?.remoteAddress ?? '', socket?.remotePort);
  }
  const connection = peerOf(key, h2 ? req.stream.session?.socket?.remoteAddress : req.socket.remoteAddress);
  const peer = connection.address;
  const { client, peerTrusted } = clientAddressOf(peer, req.headers['x-forwarded-for'], opts.trustedProxies);
  let path = req.url ?? '/';
  let host = h2 ? (req.headers[':authority'] as string | undefined) : req.headers.host;
  if (path.charCodeAt(0) !== 47 /* '/' */) {
    // absolute-form (RFC 9112 §3.2.2): the target's authority replaces Host
    const target = URL.canParse(path) ? new URL(path) : undefined;
    if (target === undefined || (target.protocol !== 'http:' && target.protocol !== 'https:'))
      return undefined;
    path = `${target.pathname}${target.search}`;
    host = target.host;
  }
  const userAgent = req.headers['user-agent'] ?? '';
  const protocol = h2 ? 'h2' : opts.tls ? 'h1-tls' : 'h1';
  const q = path.indexOf('?');
  const route = q < 0 ? path : path.slice(0, q);
  return {
    peer,
    peerTrusted,
    path,
    route,
    host,
    client: {
      address: client,
      prefix: client === peer ? connection.prefix : (clientPrefix(client) ?? client),
      fingerprint: fingerprintOf(req.rawHeaders, userAgent, protocol),
      userAgent,
      cookie: req.headers.cookie,
      kind: opts.routes.kindOf(route, req.headers.accept),
      route,
      query: q < 0 ? '' : path.slice(q + 1),
    },
  };
}
