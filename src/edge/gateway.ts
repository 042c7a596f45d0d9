// The edge gateway: listeners and the request's journey through the phases listed in phases.ts.
// HTTP/1.1 on plain TCP; with TLS, HTTP/2 by ALPN with HTTP/1.1 fallback.

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import http2, { type Http2ServerRequest, type Http2Session } from 'node:http2';
import net, { type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { Log } from '../log.js';
import type { ThrottleRate } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { canonicalAddress, clientPrefix } from '../responder/ip.js';
import type { Tally } from '../sentinel/tally.js';
import { ConnectionGate } from './accept.js';
import { BodyGuard, type BodyLimits, BUFFERED_BODY_BYTES } from './body-guard.js';
import type { Challenge } from './challenge/index.js';
import { clientAddressOf, type TrustedProxies } from './client-address.js';
import { type EdgeAnswer, edgeAnswer } from './error-page.js';
import { fingerprintOf } from './fingerprint.js';
import { type ClientRequest, type ClientResponse, type ForwardJob, forward, sendAnswer } from './forward.js';
import { originRequestHeaders } from './forwarding-headers.js';
import { clientErrorStatus, framingFault } from './framing.js';
import { guardSession } from './h2-guard.js';
import { type Client, Judge, type Judgement } from './judge.js';
import type { Origin, OriginSet } from './origins.js';
import { RoutePolicy, type RouteRule } from './route-policy.js';
import type { EdgeStats, Verdict } from './stats.js';
import { TokenBuckets } from './token-buckets.js';
import { passUpgrade } from './websocket.js';

export interface EdgeLimits extends BodyLimits {
  maxHeaderBytes: number;
  maxHeaders: number;
  maxConnectionsPerAddress: number;
  maxConnections: number;
}

export interface EdgeTimeouts {
  /** Time allowed for a request's headers to arrive (Slowloris). */
  header: number;
  /** Idle keep-alive time between requests. */
  idle: number;
  upstreamConnect: number;
}

export interface GatewayOptions {
  listen: { host: string; port: number };
  tls?: { cert: string | Buffer; key: string | Buffer };
  origins: OriginSet;
  table: DecisionTable;
  challenge: Challenge;
  routes: readonly RouteRule[];
  trustedProxies: TrustedProxies;
  limits: EdgeLimits;
  timeouts: EdgeTimeouts;
  http2: { maxConcurrentStreams: number; maxResetsPerSecond: number };
  /** Rate budget of each verified (challenge-passing) client. */
  verified: ThrottleRate;
  stats: EdgeStats;
  /** The tally phase: what the sentinel reads. */
  tally: Tally;
  /** Told of a client the edge caught abusing the protocol (an HTTP/2 reset flood). */
  onAbuse?: (address: string, what: 'h2-rapid-reset') => void;
  log: Log;
  now?: () => number;
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Who sent a request, as the identify phase found. */
interface Who {
  peer: string;
  peerTrusted: boolean;
  /** The request target: path and query. */
  path: string;
  /** The path without its query string. */
  route: string;
  host: string | undefined;
  client: Client;
}

const SMALL_BODY_LIMIT = 8 * 1024;

interface Peer {
  address: string;
  /** Its /24 or /48. */
  prefix: string;
}

const peers = new WeakMap<object, Peer>();

/** A connection's peer: canonical address and prefix, computed once per connection. */
function peerOf(key: object, remoteAddress: string | undefined): Peer {
  let peer = peers.get(key);
  if (peer === undefined) {
    const address = canonicalAddress(remoteAddress ?? '') ?? remoteAddress ?? '0.0.0.0';
    peer = { address, prefix: clientPrefix(address) ?? address };
    peers.set(key, peer);
  }
  return peer;
}

function isHttp2(req: ClientRequest): req is Http2ServerRequest {
  // Not httpVersionMajor: an HTTP/1 request line may claim "HTTP/2.0".
  return 'stream' in req;
}

export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const { stats, log, limits } = opts;
  const now = opts.now ?? Date.now;
  const proto = opts.tls ? 'https' : 'http';
  const routes = new RoutePolicy(opts.routes);
  const buckets = new TokenBuckets(now);
  const judge = new Judge(opts.table, opts.challenge, buckets, {
    verified: opts.verified,
    apiInsteadOfChallenge: { rate: 2, burst: 10 },
  });
  const bodies = new BodyGuard(limits, now);
  const gate = new ConnectionGate(
    {
      blocked: (address) => opts.table.blockedAtAccept(address),
      maxConnectionsPerAddress: limits.maxConnectionsPerAddress,
      maxConnections: limits.maxConnections,
    },
    stats,
  );
  const sockets = new Set<Socket>();
  opts.tally.setPendingSource(function* () {
    for (const [address, count] of gate.unprovenByAddress()) {
      const canonical = canonicalAddress(address) ?? address;
      yield [canonical, clientPrefix(canonical) ?? canonical, count];
    }
  });

  /** Who sent this request, as far as the edge can tell. */
  function identify(req: ClientRequest): Who | undefined {
    const h2 = isHttp2(req);
    const key = h2 ? (req.stream.session ?? req) : req.socket;
    if (!peers.has(key)) {
      // The connection's first complete request head: it is no longer a possible Slowloris.
      const socket = h2 ? req.stream.session?.socket : req.socket;
      gate.proven(socket?.remoteAddress ?? '', socket?.remotePort);
    }
    const connection = peerOf(key, h2 ? req.stream.session?.socket?.remoteAddress : req.socket.remoteAddress);
    const peer = connection.address;
    const { client, peerTrusted } = clientAddressOf(
      peer,
      req.headers['x-forwarded-for'],
      opts.trustedProxies,
    );
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
    return {
      peer,
      peerTrusted,
      path,
      route: q < 0 ? path : path.slice(0, q),
      host,
      client: {
        address: client,
        prefix: client === peer ? connection.prefix : (clientPrefix(client) ?? client),
        fingerprint: fingerprintOf(req.rawHeaders, userAgent, protocol),
        userAgent,
        cookie: req.headers.cookie,
        kind: routes.kindOf(path, req.headers.accept),
      },
    };
  }

  /** Answers a request the judge did not allow; returns true when it did. */
  function answerVerdict(req: ClientRequest, res: ClientResponse, j: Judgement, who: Who): boolean {
    const { kind } = who.client;
    switch (j.verdict) {
      case 'block':
        refuse(
          req,
          res,
          edgeAnswer(403, 'Requests from your network are blocked by this site’s protection.', kind),
        );
        return true;
      case 'throttle':
        sendAnswer(
          res,
          edgeAnswer(429, 'Too many requests. Please slow down and try again shortly.', kind, j.retryAfter),
        );
        return true;
      case 'challenge': {
        const page = opts.challenge.page({
          prefix: who.client.prefix,
          userAgent: who.client.userAgent,
          returnTo: who.path,
          difficulty: j.difficulty,
        });
        sendAnswer(res, page);
        return true;
      }
      default:
        return false;
    }
  }

  async function verifyChallenge(req: ClientRequest, res: ClientResponse, who: Who) {
    const body = await bodies.readWhole(req, () => req.destroy());
    if (!Buffer.isBuffer(body) || body.length > SMALL_BODY_LIMIT) {
      refuse(req, res, edgeAnswer(body === 'slow' ? 408 : 413, 'The answer could not be read.', 'browser'));
      return;
    }
    const answer = opts.challenge.verify({
      prefix: who.client.prefix,
      userAgent: who.client.userAgent,
      body,
      contentType: req.headers['content-type'],
    });
    if (!res.headersSent) {
      (res as ServerResponse).writeHead(answer.status, answer.headers);
      res.end(answer.body);
    }
  }

  /**
   * HTTP/1 connections the edge has decided to close. Node's parser goes on reading requests pipelined
   * behind a refused one (the bytes after a request with bad framing are exactly what a smuggler
   * controls), so requests still arriving on such a connection are neither answered nor forwarded.
   */
  const closing = new WeakSet<object>();

  /** Answers and closes the connection (HTTP/1) or ends the stream (HTTP/2). */
  function refuse(req: ClientRequest, res: ClientResponse, answer: EdgeAnswer): void {
    if (!isHttp2(req)) closing.add(req.socket);
    sendAnswer(res, answer, true);
  }

  function refuseSlow(req: ClientRequest, res: ClientResponse, who: Who): void {
    stats.slowClientsClosed++;
    opts.tally.slowClosed(who.client.address, who.client.prefix);
    refuse(req, res, edgeAnswer(408, 'The request body arrived too slowly.', 'browser'));
    if (isHttp2(req)) req.stream.close(http2.constants.NGHTTP2_CANCEL);
    else setImmediate(() => req.socket.destroy());
  }

  /** Phase 5, tally: the verdict and who it was for. */
  function tallyRequest(who: Who, verdict: Verdict, verified: boolean): void {
    const q = who.path.indexOf('?');
    opts.tally.request({
      address: who.client.address,
      prefix: who.client.prefix,
      fingerprint: who.client.fingerprint,
      path: who.route,
      query: q < 0 ? '' : who.path.slice(q + 1),
      kind: who.client.kind,
      verdict,
      verified,
    });
  }

  async function handle(req: ClientRequest, res: ClientResponse): Promise<void> {
    const startedAt = performance.now();
    const h2 = isHttp2(req);
    if (!h2) {
      if (closing.has(req.socket)) return; // behind a refused request; the connection ends after its answer
      const fault = framingFault(req as IncomingMessage, limits.maxHeaders);
      if (fault !== undefined) {
        stats.rejectedMalformed++;
        refuse(req, res, edgeAnswer(400, `Malformed request: ${fault}.`, 'api'));
        return;
      }
    }
    const who = identify(req);
    if (who === undefined) {
      stats.rejectedMalformed++;
      refuse(req, res, edgeAnswer(400, 'Malformed request target.', 'api'));
      return;
    }
    const method = req.method ?? 'GET';
    if (method === 'POST' && who.path === opts.challenge.verifyPath) {
      if (opts.table.forRequest(who.client.address, who.client.fingerprint)?.action === 'block') {
        stats.countVerdict('block');
        refuse(req, res, edgeAnswer(403, 'Requests from your network are blocked.', 'browser'));
      } else await verifyChallenge(req, res, who);
      return;
    }
    const j = judge.judge(who.client);
    if (answerVerdict(req, res, j, who)) {
      stats.countVerdict(j.verdict);
      tallyRequest(who, j.verdict, false);
      return;
    }
    const origin = opts.origins.pick();
    if (origin === undefined) {
      stats.countVerdict('shed');
      tallyRequest(who, 'shed', j.verified);
      sendAnswer(
        res,
        edgeAnswer(
          503,
          'The service is unavailable right now. Please try again shortly.',
          who.client.kind,
          5,
        ),
      );
      return;
    }
    stats.countVerdict('allow');
    tallyRequest(who, 'allow', j.verified);

    const declared = req.headers['content-length'];
    const length = declared === undefined ? undefined : Number(declared);
    if (length !== undefined && length > limits.maxBodyBytes) {
      stats.rejectedMalformed++;
      refuse(req, res, edgeAnswer(413, 'The request body is too large.', who.client.kind));
      return;
    }
    const hasBody = h2
      ? !(req as Http2ServerRequest).stream.endAfterHeaders
      : length !== undefined
        ? length > 0
        : req.headers['transfer-encoding'] !== undefined;

    let body: ForwardJob['body'] = null;
    // A chunked HTTP/1 body is read like a small one until it proves large: a broken chunk then ends the
    // request before any of it reaches the origin, and a slow small body never holds an origin connection.
    const readFirst = hasBody && (length !== undefined ? length <= BUFFERED_BODY_BYTES : !h2);
    let streamed = hasBody && !readFirst;
    if (readFirst) {
      const whole = await bodies.readWhole(req, () => refuseSlow(req, res, who), BUFFERED_BODY_BYTES);
      if (whole === 'too-large') {
        refuse(req, res, edgeAnswer(413, 'The request body is too large.', who.client.kind));
        return;
      }
      if (whole === 'stream') streamed = true;
      else if (!Buffer.isBuffer(whole))
        return; // slow (answered) or aborted by the client
      else body = whole;
    }
    if (streamed) {
      bodies.watchStream(
        req,
        () => {
          refuse(req, res, edgeAnswer(413, 'The request body is too large.', who.client.kind));
          req.destroy();
        },
        () => refuseSlow(req, res, who),
      );
      body = req;
    }

    const headers = originRequestHeaders(req.headers, {
      clientAddress: who.client.address,
      peerAddress: who.peer,
      peerTrusted: who.peerTrusted,
      proto,
      host: who.host,
    });
    const job: ForwardJob = {
      req,
      res,
      origin,
      method,
      path: who.path,
      headers,
      body,
      kind: who.client.kind,
      startedAt,
      stats,
      tally: opts.tally,
      address: who.client.address,
      prefix: who.client.prefix,
      route: who.route,
    };
    if (!Buffer.isBuffer(body) && body !== null) {
      forward(job);
      return;
    }
    let retried = false;
    job.retry = (failed: Origin) => {
      const next = retried ? undefined : opts.origins.next(failed);
      if (next === undefined) return false;
      retried = true;
      forward({ ...job, origin: next });
      return true;
    };
    forward(job);
  }

  function onRequest(req: ClientRequest, res: ClientResponse): void {
    handle(req, res).catch((error: Error) => {
      log.error('request failed inside the edge', { error: error.message });
      refuse(req, res, edgeAnswer(502, 'The request could not be handled.', 'api'));
    });
  }

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy());
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    };
    const fault = framingFault(req, limits.maxHeaders);
    const who = fault === undefined ? identify(req) : undefined;
    if (who === undefined) {
      stats.rejectedMalformed++;
      refuse(400, 'Bad Request');
      return;
    }
    const j = judge.judge(who.client);
    stats.countVerdict(j.verdict === 'challenge' ? 'challenge' : j.verdict);
    if (j.verdict !== 'allow') {
      refuse(j.verdict === 'block' ? 403 : 429, j.verdict === 'block' ? 'Forbidden' : 'Too Many Requests');
      return;
    }
    const origin = opts.origins.pick();
    if (origin === undefined) {
      refuse(503, 'Service Unavailable');
      return;
    }
    const headers = originRequestHeaders(req.headers, {
      clientAddress: who.client.address,
      peerAddress: who.peer,
      peerTrusted: who.peerTrusted,
      proto,
      host: who.host,
    });
    passUpgrade(
      socket,
      head,
      origin,
      req.method ?? 'GET',
      who.path,
      headers,
      String(req.headers.upgrade),
      opts.timeouts.upstreamConnect,
    );
  }

  function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
    const code = error.code;
    if (code === 'ECONNRESET' || code === 'EPIPE' || !socket.writable) {
      socket.destroy();
      return;
    }
    if (closing.has(socket)) {
      socket.end(); // already answered; the bytes after the refused request are not parsed further
      return;
    }
    const { status, reason } = clientErrorStatus(code);
    if (status === 408) {
      stats.slowClientsClosed++;
      const peer = canonicalAddress((socket as Socket).remoteAddress ?? '');
      if (peer !== null) opts.tally.slowClosed(peer, clientPrefix(peer) ?? peer);
    } else stats.rejectedMalformed++;
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  }

  /**
   * Node enforces headersTimeout (Slowloris) only on connections of a server it saw start listening: the
   * periodic connection check is set up by the server's own 'listening' handler. Connections reach these
   * servers from our accept-phase listener instead, so the check is started by hand; close() stops it.
   */
  function startHeadDeadlines(server: net.Server): void {
    server.emit('listening');
  }

  const h1Options: http.ServerOptions = {
    maxHeaderSize: limits.maxHeaderBytes,
    requireHostHeader: true,
    headersTimeout: opts.timeouts.header,
    requestTimeout: 0,
    keepAliveTimeout: opts.timeouts.idle,
    connectionsCheckingInterval: 500,
  };
  let dispatchConnection: (socket: Socket) => void;
  let closeProtocolServer: () => void;
  if (opts.tls) {
    const server = http2.createSecureServer({
      ...h1Options,
      cert: opts.tls.cert,
      key: opts.tls.key,
      allowHTTP1: true,
      maxHeaderListPairs: limits.maxHeaders,
      settings: {
        maxConcurrentStreams: opts.http2.maxConcurrentStreams,
        maxHeaderListSize: limits.maxHeaderBytes,
      },
    } as http2.SecureServerOptions);
    const sessions = new Set<Http2Session>();
    server.on('request', onRequest);
    server.on('upgrade', onUpgrade);
    server.on('clientError', onClientError);
    server.on('tlsClientError', (_error: Error, socket: TLSSocket) => socket.destroy());
    server.on('session', (session: Http2Session) => {
      sessions.add(session);
      session.once('close', () => sessions.delete(session));
      guardSession(
        session,
        opts.http2.maxResetsPerSecond,
        stats,
        () => opts.onAbuse?.(peerOf(session, session.socket?.remoteAddress).address, 'h2-rapid-reset'),
        now,
      );
    });
    server.on('sessionError', () => {});
    server.setTimeout(opts.timeouts.idle * 4);
    // The HTTP/1.1 fallback ignores the timeout options given to createSecureServer: set them here.
    Object.assign(server, {
      headersTimeout: opts.timeouts.header,
      requestTimeout: 0,
      connectionsCheckingInterval: h1Options.connectionsCheckingInterval,
    });
    startHeadDeadlines(server);
    dispatchConnection = (socket) => server.emit('connection', socket);
    closeProtocolServer = () => {
      for (const session of sessions) session.destroy();
      server.close();
    };
  } else {
    const server = http.createServer(h1Options, onRequest);
    server.maxHeadersCount = limits.maxHeaders + 1; // one more than allowed, so framing.ts sees the excess
    server.on('upgrade', onUpgrade);
    server.on('clientError', onClientError);
    startHeadDeadlines(server);
    dispatchConnection = (socket) => server.emit('connection', socket);
    closeProtocolServer = () => {
      server.closeAllConnections();
      server.close();
    };
  }

  const listener = net.createServer({ noDelay: true }, (socket) => {
    if (!gate.admit(socket)) return;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    dispatchConnection(socket);
  });
  listener.on('error', (error) => log.error('gateway listener error', { error: error.message }));
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen({ host: opts.listen.host, port: opts.listen.port, backlog: 4096 }, () => {
      listener.off('error', reject);
      resolve();
    });
  });
  const port = (listener.address() as net.AddressInfo).port;
  const host = opts.listen.host.includes(':') ? `[${opts.listen.host}]` : opts.listen.host;
  return {
    url: `${proto}://${host}:${port}`,
    port,
    async close() {
      bodies.close();
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        closeProtocolServer();
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
