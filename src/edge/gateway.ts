// The edge gateway's listeners: the accept phase's TCP listener, then HTTP/1.1 on plain TCP or, with TLS,
// HTTP/2 by ALPN with HTTP/1.1 fallback. Each request's journey through the phases is in phases.ts.

import http from 'node:http';
import http2, { type Http2Session } from 'node:http2';
import net, { type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { Log } from '../log.js';
import { canonicalAddress, clientPrefix } from '../net/ip.js';
import { INTERMEDIATE_CIPHERS, INTERMEDIATE_MIN_VERSION } from '../net/tls-intermediate.js';
import type { ThrottleRate } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { GoodStanding } from '../responder/good-standing.js';
import type { Reach } from '../responder/reach.js';
import type { Tally } from '../sentinel/tally.js';
import { ConnectionGate } from './accept.js';
import type { AccessLog } from './access-log.js';
import type { Admission } from './admission.js';
import { BodyGuard, type BodyLimits } from './body-guard.js';
import type { Challenge } from './challenge/index.js';
import type { TrustedProxies } from './client-address.js';
import { ConnectionDrain, type DrainOutcome } from './drain.js';
import { guardSession } from './h2-guard.js';
import { peerOf } from './identify.js';
import { createJourney } from './journey.js';
import { Judge } from './judge.js';
import type { OriginSet } from './origins.js';
import type { QueryBudget } from './query-budget.js';
import { RoutePolicy, type RouteRule } from './route-policy.js';
import type { EdgeStats } from './stats.js';
import { TokenBuckets } from './token-buckets.js';
import { startVerdictEndpoint, type VerdictOptions } from './verdict-endpoint.js';
import type { Witness } from './witness.js';

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
  /** Admission by priority under origin distress, set by the defence loop; without it, nothing is shed. */
  admission?: Admission;
  /** The tally phase: what the sentinel reads. */
  tally: Tally;
  /** Clients in good standing, carved out of automatic decisions; what reaches the origin from others;
   * budgets of new queries on routes under a cache bypass (../responder/, query-budget.ts). */
  standing?: GoodStanding;
  reach?: Reach;
  queries?: QueryBudget;
  /** The judge's token buckets (throttles, passes), when shared budgets sync them; else its own. */
  buckets?: TokenBuckets;
  /** Refused clients remembered for evidence packages; none without it. */
  witness?: Witness;
  /** The access log; none without it. */
  accessLog?: AccessLog;
  /** A verdict endpoint for proxies that stay in place (verdict-endpoint.ts); none without it. */
  verdict?: VerdictOptions;
  /** Told of a client the edge caught abusing the protocol (an HTTP/2 reset flood). */
  onAbuse?: (address: string, what: 'h2-rapid-reset') => void;
  log: Log;
  now?: () => number;
}

/** What a running gateway takes without a restart (SIGHUP): its connections stay open. */
export interface LiveEdgeSettings {
  origins: OriginSet;
  routes: readonly RouteRule[];
  trustedProxies: TrustedProxies;
  verified: ThrottleRate;
  upstreamConnect: number;
  /** The certificate and key, read again; with TLS only. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface Gateway {
  readonly url: string;
  readonly port: number;
  /** The verdict endpoint's base URL, when it runs. */
  readonly verdictUrl?: string;
  /**
   * Stops accepting and lets the requests in flight finish, closing connections as they go idle, for up to
   * `deadlineMs`; what is left then is cut (drain.ts).
   */
  drain?(deadlineMs: number): Promise<DrainOutcome>;
  /** Applies settings that change without a restart to the requests that come next. */
  reload?(live: LiveEdgeSettings): void;
  close(): Promise<void>;
}

export async function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const { stats, log, limits } = opts;
  const now = opts.now ?? Date.now;
  const proto = opts.tls ? 'https' : 'http';
  const bodies = new BodyGuard(limits, now);
  const gate = new ConnectionGate(
    {
      blocked: (address) => {
        if (!opts.table.blockedAtAccept(address)) return false;
        opts.witness?.resetAtAccept(canonicalAddress(address) ?? address);
        return true;
      },
      maxConnectionsPerAddress: limits.maxConnectionsPerAddress,
      maxConnections: limits.maxConnections,
    },
    stats,
  );
  const sockets = new Set<Socket>();
  const draining = new ConnectionDrain();
  const buckets = opts.buckets ?? new TokenBuckets(now);
  const judgeWith = (verified: ThrottleRate) =>
    new Judge(opts.table, opts.challenge, buckets, {
      verified,
      apiInsteadOfChallenge: { rate: 2, burst: 10 },
      admission: opts.admission,
      standing: opts.standing,
      reach: opts.reach,
      queries: opts.queries,
    });
  opts.tally.setPendingSource(function* () {
    for (const [address, count] of gate.unprovenByAddress()) {
      const canonical = canonicalAddress(address) ?? address;
      yield [canonical, clientPrefix(canonical) ?? canonical, count];
    }
  });

  const journey = createJourney({
    routes: new RoutePolicy(opts.routes),
    trustedProxies: opts.trustedProxies,
    tls: opts.tls !== undefined,
    firstRequest: (address, port) => gate.proven(address, port),
    judge: judgeWith(opts.verified),
    bodies,
    challenge: opts.challenge,
    origins: opts.origins,
    stats,
    tally: opts.tally,
    witness: opts.witness,
    accessLog: opts.accessLog,
    log,
    maxHeaders: limits.maxHeaders,
    maxBodyBytes: limits.maxBodyBytes,
    upstreamConnectMs: opts.timeouts.upstreamConnect,
  });
  const { onRequest, onUpgrade, onClientError } = journey;

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
  let setCertificate: (tls: NonNullable<LiveEdgeSettings['tls']>) => void = () => {};
  /** HTTP/1 connections and HTTP/2 sessions, for the drain. */
  let http1: () => Iterable<net.Socket> = () => sockets;
  let sessionsOpen: Iterable<Http2Session> = [];
  if (opts.tls) {
    const server = http2.createSecureServer({
      ...h1Options,
      cert: opts.tls.cert,
      key: opts.tls.key,
      // Mozilla's intermediate profile: TLS 1.2 and 1.3, AEAD ciphers with forward secrecy.
      ciphers: INTERMEDIATE_CIPHERS,
      minVersion: INTERMEDIATE_MIN_VERSION,
      allowHTTP1: true,
      maxHeaderListPairs: limits.maxHeaders,
      settings: {
        maxConcurrentStreams: opts.http2.maxConcurrentStreams,
        maxHeaderListSize: limits.maxHeaderBytes,
      },
    } as http2.SecureServerOptions);
    const sessions = new Set<Http2Session>();
    const tlsHttp1 = new Set<TLSSocket>();
    server.on('request', onRequest);
    server.on('request', draining.request);
    server.on('upgrade', onUpgrade);
    server.on('upgrade', draining.upgrade);
    server.on('secureConnection', (socket: TLSSocket) => {
      if (socket.alpnProtocol === 'h2') return;
      tlsHttp1.add(socket);
      socket.once('close', () => tlsHttp1.delete(socket));
    });
    http1 = () => tlsHttp1;
    sessionsOpen = sessions;
    setCertificate = (tls) =>
      server.setSecureContext({
        cert: tls.cert,
        key: tls.key,
        ciphers: INTERMEDIATE_CIPHERS,
        minVersion: INTERMEDIATE_MIN_VERSION,
      });
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
    server.on('request', draining.request);
    server.on('upgrade', onUpgrade);
    server.on('upgrade', draining.upgrade);
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
  const verdict =
    opts.verdict === undefined
      ? undefined
      : await startVerdictEndpoint(journey, opts.verdict).catch((error: unknown) => {
          listener.close();
          throw error;
        });
  const host = opts.listen.host.includes(':') ? `[${opts.listen.host}]` : opts.listen.host;
  return {
    url: `${proto}://${host}:${port}`,
    port,
    verdictUrl: verdict?.url,
    reload(live: LiveEdgeSettings) {
      // New requests, also on connections already open, meet the new settings; those in flight go on.
      const parts = journey.parts;
      parts.origins = live.origins;
      parts.routes = new RoutePolicy(live.routes);
      parts.trustedProxies = live.trustedProxies;
      parts.judge = judgeWith(live.verified);
      parts.upstreamConnectMs = live.upstreamConnect;
      if (live.tls) setCertificate(live.tls);
    },
    async drain(deadlineMs: number) {
      listener.close();
      await verdict?.close();
      return draining.drain({
        deadlineMs,
        http1,
        sessions: sessionsOpen,
        open: () => sockets.size,
        cut: () => {
          const left = sockets.size;
          for (const socket of sockets) socket.destroy();
          return left;
        },
      });
    },
    async close() {
      bodies.close();
      await verdict?.close();
      await new Promise<void>((resolve) => {
        listener.close(() => resolve());
        closeProtocolServer();
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
