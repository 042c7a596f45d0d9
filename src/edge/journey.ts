// Phases 2 to 7 for one request: framing checks, identify, judge, tally, body guards, forward. Also the
// WebSocket upgrade path and the answers to parser errors. The listeners in gateway.ts hand requests here.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest } from 'node:http2';
import http2 from 'node:http2';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { canonicalAddress, clientPrefix } from '../responder/ip.js';
import type { Tally } from '../sentinel/tally.js';
import { type BodyGuard, BUFFERED_BODY_BYTES } from './body-guard.js';
import type { Challenge } from './challenge/index.js';
import { type EdgeAnswer, edgeAnswer } from './error-page.js';
import { type ClientRequest, type ClientResponse, type ForwardJob, forward, sendAnswer } from './forward.js';
import { originRequestHeaders } from './forwarding-headers.js';
import { clientErrorStatus, framingFault } from './framing.js';
import { type IdentifyOptions, identify as identifyRequest, isHttp2, type Who } from './identify.js';
import type { Judge, Judgement } from './judge.js';
import type { Origin, OriginSet } from './origins.js';
import type { EdgeStats, Verdict } from './stats.js';
import { passUpgrade } from './websocket.js';

const SMALL_BODY_LIMIT = 8 * 1024;

export interface JourneyOptions extends IdentifyOptions {
  judge: Judge;
  bodies: BodyGuard;
  table: DecisionTable;
  challenge: Challenge;
  origins: OriginSet;
  stats: EdgeStats;
  tally: Tally;
  log: Log;
  maxHeaders: number;
  maxBodyBytes: number;
  upstreamConnectMs: number;
}

export interface Journey {
  onRequest(req: ClientRequest, res: ClientResponse): void;
  onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  onClientError(error: NodeJS.ErrnoException, socket: Duplex): void;
}

export function createJourney(opts: JourneyOptions): Journey {
  const { judge, bodies, stats, log } = opts;
  const limits = { maxHeaders: opts.maxHeaders, maxBodyBytes: opts.maxBodyBytes };
  const proto = opts.tls ? 'https' : 'http';
  const identify = (req: ClientRequest) => identifyRequest(req, opts);

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
        // An HTTP/1 connection closes after a refusal; an HTTP/2 session is sent away too (GOAWAY), so a
        // client blocked while connected has to come back through the accept phase, which refuses it.
        if (isHttp2(req)) req.stream.session?.close();
        return true;
      case 'throttle':
        sendAnswer(
          res,
          edgeAnswer(429, 'Too many requests. Please slow down and try again shortly.', kind, j.retryAfter),
        );
        return true;
      case 'shed':
        // Origin distress: admission by priority let the request go no further.
        sendAnswer(
          res,
          edgeAnswer(503, 'The service is busy right now. Please try again shortly.', kind, j.retryAfter),
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
    if (isHttp2(req)) {
      req.stream.close(http2.constants.NGHTTP2_CANCEL);
      return;
    }
    // The socket is taken now: once the answer is written, Node detaches it from the request.
    const socket = req.socket;
    setImmediate(() => socket?.destroy());
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
      routes: opts.routes,
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
    if (j.verdict === 'shed') {
      refuse(503, 'Service Unavailable');
      return;
    }
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
      opts.upstreamConnectMs,
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

  return { onRequest, onUpgrade, onClientError };
}
