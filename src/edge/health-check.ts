// Active health check of one origin: a GET on the check path every interval, under its own deadline,
// on its own short-lived connection; each result goes to the origin's health record.
//
// Why not through the traffic pool: under a flood the pool's connections are all busy and a check would
// wait in the pool's queue behind real traffic, so a busy but working origin would be declared dead for
// our own queueing. A dedicated client measures the origin, not our queue. Each check opens a fresh
// connection (`reset: true`) and closes it afterwards: that exercises the origin's accept path the way new
// pool connections will, and no keep-alive socket can be closed by the origin just as a check is sent
// (a race that would count as a false failure). One handshake per interval per origin costs nothing.

import { Client } from 'undici';
import { describeError } from './origin-health.js';

export interface OriginTls {
  rejectUnauthorized?: boolean;
  /** PEM bundle of the certificate authorities trusted for the origin. */
  ca?: string;
}

export interface HealthCheckOptions {
  /** scheme://host:port */
  origin: string;
  hostHeader: string;
  path: string;
  intervalMs: number;
  /** Whole-check deadline: connect, headers and body. */
  timeoutMs: number;
  tls?: OriginTls;
  /** Called after each check; `error` says why a failed check failed. */
  onResult: (passed: boolean, error?: string) => void;
}

export interface CheckResult {
  passed: boolean;
  error?: string;
}

/** Most of a check's body we read before dropping the connection. */
const BODY_LIMIT = 64 * 1024;

export class HealthCheck {
  private readonly client: Client;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: AbortController | undefined;
  private started = false;
  private stopped = false;

  constructor(private readonly opts: HealthCheckOptions) {
    this.client = new Client(opts.origin, {
      pipelining: 1,
      connectTimeout: opts.timeoutMs,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      ...(opts.tls ? { connect: { ...opts.tls } } : {}),
    });
  }

  /** Runs the first check now, then one every interval (measured start to start, never overlapping). */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.run();
  }

  /** One check; never throws. */
  async check(): Promise<CheckResult> {
    const controller = new AbortController();
    this.inFlight = controller;
    // The abort waits one turn of the event loop, so that an answer already received while the loop was
    // busy (a gateway under load) is read before the deadline counts the check as failed.
    const deadline = setTimeout(
      () =>
        setImmediate(() =>
          controller.abort(new Error(`health check timed out after ${this.opts.timeoutMs} ms`)),
        ),
      this.opts.timeoutMs,
    );
    deadline.unref();
    try {
      const response = await this.client.request({
        method: 'GET',
        path: this.opts.path,
        headers: { host: this.opts.hostHeader, 'user-agent': 'breakwater-health-check' },
        reset: true,
        signal: controller.signal,
      });
      await response.body.dump({ limit: BODY_LIMIT, signal: controller.signal });
      const status = response.statusCode;
      if (status >= 200 && status < 400) return { passed: true };
      return { passed: false, error: `health check answered ${status}` };
    } catch (error) {
      return {
        passed: false,
        error: describeError(controller.signal.aborted ? controller.signal.reason : error),
      };
    } finally {
      clearTimeout(deadline);
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  /** Stops the schedule, abandons a check in flight and closes the check's connection. Prompt. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight?.abort(new Error('health checks stopped'));
    await this.client.destroy().catch(() => {});
  }

  private async run(): Promise<void> {
    const began = performance.now();
    const result = await this.check();
    if (this.stopped) return;
    const wait = Math.max(0, this.opts.intervalMs - (performance.now() - began));
    this.timer = setTimeout(() => void this.run(), wait);
    this.timer.unref();
    this.opts.onResult(result.passed, result.error);
  }
}
