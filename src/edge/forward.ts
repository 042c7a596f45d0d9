// Phases 9 and 10, forward and record (phase/forward.ts runs them): stream a request to an origin through
// its pooled client and the answer back to the client, then record the outcome. Origin failures become
// 502/504 pages.

import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Dispatcher } from 'undici';
import { sendAnswer } from './answer.js';
import { edgeAnswer } from './error-page.js';
import type { Exchange } from './exchange.js';
import { clientResponseHeaders } from './forwarding-headers.js';
import type { Origin } from './origins.js';
import type { RoutePolicy } from './route-policy.js';

/** Failures of the connection to the origin: the request may be retried elsewhere, the origin marked down. */
export const CONNECT_FAILURES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/**
 * One request on its way to an origin and its answer on the way back. It reads the exchange (the client,
 * the response, the edge's stats and tally) where it needs them, so that a forwarded request costs this one
 * object and the listener on the client's response, not a copy of all it uses.
 */
class ProxyHandler implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined = undefined;
  private responded = false;
  /** Set when the client's response closed before it was finished (a reset HTTP/2 stream says it finished). */
  private ended = false;
  private clientGone = false;

  constructor(
    private readonly x: Exchange,
    private readonly origin: Origin,
    private readonly headers: OutgoingHttpHeaders,
    /** Learns from the origin's 2xx answers whether the route serves data or pages (the one at forward time). */
    private readonly routes: RoutePolicy,
    /** Whether a connection-level failure before anything reached the client may be retried elsewhere. */
    private readonly mayRetry: boolean,
  ) {
    // 'close' comes once: a plain listener, without the wrapper once() allocates.
    (x.res as ServerResponse).on('close', this.onClientClose);
  }

  private readonly onClientClose = (): void => {
    if (this.ended) return;
    this.clientGone = true;
    this.controller?.abort(new Error('client went away'));
  };

  /** Sends the request to the origin; if it has to wait for a connection, it is asked again as it leaves. */
  dispatch(): void {
    const { x } = this;
    this.origin.dispatch(
      {
        origin: this.origin.origin,
        path: x.client.path,
        method: x.method,
        headers: this.headers as Record<string, string | string[]>,
        body: x.body as Buffer | null,
      },
      this,
      x,
    );
  }

  /** Phase 10, record: the origin's answer, with the time it took to start, goes into the tally. */
  private record(status: number, originError: boolean): void {
    const { x } = this;
    const who = x.client;
    x.parts.tally.outcome({
      path: who.route,
      address: who.client.address,
      prefix: who.client.prefix,
      status,
      latencyMs: performance.now() - x.startedAt,
      originError,
    });
  }

  /** A retry on another origin after a connection failure (once, and not for a streamed body). */
  private retry(): boolean {
    if (!this.mayRetry) return false;
    const next = this.x.parts.origins.next(this.origin);
    if (next === undefined) return false;
    new ProxyHandler(this.x, next, this.headers, this.routes, false).dispatch();
    return true;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.clientGone) controller.abort(new Error('client went away'));
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[]>,
  ): void {
    if (statusCode < 200) return; // 1xx informational answers are not relayed
    this.responded = true;
    this.record(statusCode, false);
    if (statusCode < 300) {
      const type = headers['content-type'];
      this.routes.learn(this.x.client.route, Array.isArray(type) ? type[0] : type);
    }
    const res = this.x.res as ServerResponse;
    if (res.headersSent || res.destroyed) return;
    res.writeHead(statusCode, clientResponseHeaders(headers));
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const res = this.x.res as ServerResponse;
    if (this.clientGone || res.destroyed) return;
    if (!res.write(chunk)) {
      controller.pause();
      res.once('drain', () => controller.resume());
    }
  }

  onResponseEnd(): void {
    const { x } = this;
    this.origin.reportSuccess();
    this.ended = true;
    (x.res as ServerResponse).end();
    x.parts.stats.observeLatency((performance.now() - x.startedAt) / 1000);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    const res = this.x.res as ServerResponse;
    const { stats } = this.x.parts;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (this.clientGone || res.destroyed || res.writableEnded) return; // the client left first
    if (CONNECT_FAILURES.has(code)) this.origin.reportFailure(error);
    if (!this.responded && !res.headersSent) {
      if (CONNECT_FAILURES.has(code) && this.retry()) return;
      const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
      this.record(timedOut ? 504 : 502, true);
      if (timedOut) stats.originTimeouts++;
      else stats.originErrors++;
      const { kind } = this.x.client.client;
      sendAnswer(
        res,
        timedOut
          ? edgeAnswer(504, 'The service took too long to answer. Please try again in a moment.', kind, 5)
          : edgeAnswer(502, 'The service is not reachable right now. Please try again in a moment.', kind, 5),
      );
      return;
    }
    stats.originErrors++;
    res.destroy(); // headers were sent: the only honest signal left is a cut connection
  }
}

/**
 * Sends the exchange's request to `origin` with `headers`. A request whose body is not being streamed
 * (buffered, or none) is retried once on another origin after a connection failure.
 */
export function forwardTo(x: Exchange, origin: Origin, headers: OutgoingHttpHeaders): void {
  const body = x.body;
  const mayRetry = body === null || Buffer.isBuffer(body);
  new ProxyHandler(x, origin, headers, x.parts.routes, mayRetry).dispatch();
}
