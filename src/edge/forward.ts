// Phases 9 and 10, forward and record (phase/forward.ts runs them): stream a request to an origin through
// its pooled client and the answer back to the client, then record the outcome. Origin failures become
// 502/504 pages.

import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Dispatcher } from 'undici';
import type { Tally } from '../sentinel/tally.js';
import { sendAnswer } from './answer.js';
import { edgeAnswer } from './error-page.js';
import type { EdgeRequest, EdgeResponse } from './exchange.js';
import { clientResponseHeaders } from './forwarding-headers.js';
import type { Origin, Queued } from './origins.js';
import type { RouteKind, RoutePolicy } from './route-policy.js';
import type { EdgeStats } from './stats.js';

export interface ForwardJob {
  req: EdgeRequest;
  res: EdgeResponse;
  origin: Origin;
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  /** A buffered body, the client request itself to stream, or null. */
  body: Buffer | EdgeRequest | null;
  kind: RouteKind;
  /** Learns from the origin's 2xx answers whether the route serves data or pages. */
  routes: RoutePolicy;
  /** performance.now() when the request arrived. */
  startedAt: number;
  stats: EdgeStats;
  tally: Tally;
  /** The client, and the path without its query string, for the tally. */
  address: string;
  prefix: string;
  route: string;
  /** Called on a connection-level failure before anything reached the client; may retry elsewhere. */
  retry?: (failed: Origin) => boolean;
  /** The request, asked again if it has to wait for a connection to the origin (origins-queue.ts). */
  queued?: Queued;
}

const CONNECT_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

class ProxyHandler implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private responded = false;
  /** Set when the client's response closed before it was finished (a reset HTTP/2 stream says it finished). */
  private ended = false;
  private clientGone = false;
  private readonly resumeOnDrain = () => this.controller?.resume();

  constructor(private readonly job: ForwardJob) {
    job.res.once('close', () => {
      if (this.ended) return;
      this.clientGone = true;
      this.controller?.abort(new Error('client went away'));
    });
  }

  /** Phase 10, record: the origin's answer, with the time it took to start, goes into the tally. */
  private record(status: number, originError: boolean): void {
    const { job } = this;
    job.tally.outcome({
      path: job.route,
      address: job.address,
      prefix: job.prefix,
      status,
      latencyMs: performance.now() - job.startedAt,
      originError,
    });
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
      this.job.routes.learn(this.job.route, Array.isArray(type) ? type[0] : type);
    }
    const { res } = this.job;
    if (res.headersSent || res.destroyed) return;
    (res as ServerResponse).writeHead(statusCode, clientResponseHeaders(headers));
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    const res = this.job.res as ServerResponse;
    if (this.clientGone || res.destroyed) return;
    if (!res.write(chunk)) {
      controller.pause();
      res.once('drain', this.resumeOnDrain);
    }
  }

  onResponseEnd(): void {
    const { job } = this;
    job.origin.reportSuccess();
    this.ended = true;
    job.res.end();
    job.stats.observeLatency((performance.now() - job.startedAt) / 1000);
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    const { job } = this;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (this.clientGone || job.res.destroyed || (job.res as ServerResponse).writableEnded) return; // the client left first
    if (CONNECT_FAILURES.has(code)) job.origin.reportFailure(error);
    if (!this.responded && !job.res.headersSent) {
      if (CONNECT_FAILURES.has(code) && job.retry?.(job.origin)) return;
      const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
      this.record(timedOut ? 504 : 502, true);
      if (timedOut) job.stats.originTimeouts++;
      else job.stats.originErrors++;
      sendAnswer(
        job.res,
        timedOut
          ? edgeAnswer(504, 'The service took too long to answer. Please try again in a moment.', job.kind, 5)
          : edgeAnswer(
              502,
              'The service is not reachable right now. Please try again in a moment.',
              job.kind,
              5,
            ),
      );
      return;
    }
    job.stats.originErrors++;
    job.res.destroy(); // headers were sent: the only honest signal left is a cut connection
  }
}

/** Sends the job to its origin. */
export function dispatch(job: ForwardJob): void {
  const body = job.body;
  job.origin.dispatch(
    {
      origin: job.origin.origin,
      path: job.path,
      method: job.method,
      headers: job.headers as Record<string, string | string[]>,
      body: body as Buffer | null,
    },
    new ProxyHandler(job),
    job.queued,
  );
}
