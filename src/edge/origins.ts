// The gateway's origin set: one keep-alive pool per origin, active and passive health, round-robin
// choice among healthy origins and a failover pick for one retry.

import { type Dispatcher, Pool } from 'undici';
import { HealthCheck, type OriginTls } from './health-check.js';
import { countsAgainstOrigin, describeError, OriginHealth, type OriginState } from './origin-health.js';
import { type OriginAddress, parseOriginUrl } from './origin-url.js';
import { OriginQueue, type Queued } from './origins-queue.js';

export type { OriginTls } from './health-check.js';
export type { OriginState } from './origin-health.js';
export type { Queued } from './origins-queue.js';

export interface OriginOptions {
  /** http:// or https:// origins, scheme://host[:port] only. */
  urls: string[];
  connectTimeoutMs: number;
  /** Headers timeout and body idle timeout of proxied requests. */
  responseTimeoutMs: number;
  healthCheck: {
    path: string;
    intervalMs: number;
    timeoutMs: number;
    unhealthyAfter: number;
    healthyAfter: number;
  };
  /** undici Pool connections per origin, default 128. */
  connectionsPerOrigin?: number;
  /** For https origins: trusted CAs, or turning verification off (self-signed test origins). */
  tls?: OriginTls;
  /** How long close() lets requests in flight finish before it destroys the pools, default 1000 ms. */
  closeGraceMs?: number;
  now?: () => number;
  /** Health transitions, for logs and incidents. Called synchronously; must not throw. */
  onChange?: (origin: OriginState) => void;
}

/** One origin in the health report. */
export interface OriginReport {
  url: string;
  healthy: boolean;
  lastError?: string;
}

export interface OriginsHealth {
  status: 'ok' | 'degraded';
  origins: OriginReport[];
}

export interface Origin {
  /** As configured. */
  readonly url: string;
  /** scheme://host:port for undici. */
  readonly origin: string;
  /** host[:port] of the origin. */
  readonly hostHeader: string;
  /** Keep-alive pool: pipelining 1, connect timeout, headers and body timeouts = responseTimeoutMs. */
  readonly pool: Pool;
  readonly healthy: boolean;
  /**
   * Sends a request through the pool, or, while every connection is busy or the origin's limit of requests
   * in flight is reached, queues it (origins-queue.ts: clients in good standing first); a `queued` request
   * is asked as it leaves the queue whether it still goes on.
   */
  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler, queued?: Queued): void;
  /**
   * Passive health: a connection-level failure (ECONNREFUSED, reset, timeout) of a forwarded request.
   * `unhealthyAfter` consecutive failures mark the origin unhealthy until active checks pass
   * `healthyAfter` times. Aborts we caused ourselves (client gone, shutdown) are ignored.
   */
  reportFailure(error: Error): void;
  /** Passive health: the origin answered a forwarded request. */
  reportSuccess(): void;
}

const DEFAULT_CONNECTIONS = 128;
const DEFAULT_CLOSE_GRACE_MS = 1000;

class PooledOrigin implements Origin {
  readonly url: string;
  readonly origin: string;
  readonly hostHeader: string;
  readonly queue: OriginQueue;

  constructor(
    address: OriginAddress,
    readonly pool: Pool,
    connections: number,
    readonly health: OriginHealth,
    private readonly changed: (origin: PooledOrigin) => void,
  ) {
    this.url = address.url;
    this.origin = address.origin;
    this.hostHeader = address.hostHeader;
    this.queue = new OriginQueue(pool, connections);
  }

  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler, queued?: Queued): void {
    this.queue.dispatch(options, handler, queued);
  }

  get healthy(): boolean {
    return this.health.healthy;
  }

  reportFailure(error: Error): void {
    if (!countsAgainstOrigin(error)) return;
    if (this.health.recordFailure(describeError(error))) this.changed(this);
  }

  reportSuccess(): void {
    this.health.recordSuccess();
  }
}

export class OriginSet {
  private readonly members: PooledOrigin[];
  private readonly checks: HealthCheck[];
  private readonly now: () => number;
  private readonly closeGraceMs: number;
  private cursor = 0;
  private started = false;
  private closing: Promise<void> | undefined;

  constructor(opts: OriginOptions) {
    validate(opts);
    this.now = opts.now ?? Date.now;
    this.closeGraceMs = opts.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS;
    const onChange = opts.onChange;
    const changed = (origin: PooledOrigin): void => onChange?.(origin.health.snapshot());
    const thresholds = {
      unhealthyAfter: opts.healthCheck.unhealthyAfter,
      healthyAfter: opts.healthCheck.healthyAfter,
    };
    const seen = new Set<string>();
    this.members = opts.urls.map((url, index) => {
      const address = parseOriginUrl(url);
      if (seen.has(address.origin)) {
        throw new Error(`origins.urls[${index}]: "${url}" repeats an origin already listed`);
      }
      seen.add(address.origin);
      const connections = opts.connectionsPerOrigin ?? DEFAULT_CONNECTIONS;
      const pool = new Pool(address.origin, {
        connections,
        pipelining: 1,
        connectTimeout: opts.connectTimeoutMs,
        headersTimeout: opts.responseTimeoutMs,
        bodyTimeout: opts.responseTimeoutMs,
        ...(address.secure && opts.tls ? { connect: { ...opts.tls } } : {}),
      });
      return new PooledOrigin(address, pool, connections, new OriginHealth(url, thresholds), changed);
    });
    this.checks = this.members.map(
      (member) =>
        new HealthCheck({
          origin: member.origin,
          hostHeader: member.hostHeader,
          path: opts.healthCheck.path,
          intervalMs: opts.healthCheck.intervalMs,
          timeoutMs: opts.healthCheck.timeoutMs,
          ...(opts.tls && member.origin.startsWith('https:') ? { tls: opts.tls } : {}),
          onResult: (passed, error) => {
            if (member.health.recordCheck(passed, this.now(), error)) changed(member);
          },
        }),
    );
  }

  /** Begins active health checks, the first one immediately. Origins start healthy. */
  start(): void {
    if (this.started || this.closing) return;
    this.started = true;
    for (const check of this.checks) check.start();
  }

  /** A healthy origin, round-robin among healthy ones, or undefined when none is healthy. No allocation. */
  pick(): Origin | undefined {
    const members = this.members;
    const count = members.length;
    for (let i = 0; i < count; i++) {
      const index = (this.cursor + i) % count;
      const member = members[index];
      if (member.healthy) {
        this.cursor = (index + 1) % count;
        return member;
      }
    }
    return undefined;
  }

  /** The next healthy origin after `failed`, never `failed` itself: for one retry of an idempotent request. */
  next(failed: Origin): Origin | undefined {
    const members = this.members;
    const count = members.length;
    const start = members.indexOf(failed as PooledOrigin);
    if (start === -1) return this.pick();
    for (let i = 1; i < count; i++) {
      const member = members[(start + i) % count];
      if (member.healthy) return member;
    }
    return undefined;
  }

  /** Requests waiting for their origin, over every origin (origins-queue.ts). */
  waiting(): number {
    let count = 0;
    for (const member of this.members) count += member.queue.length;
    return count;
  }

  states(): OriginState[] {
    return this.members.map((member) => member.health.snapshot());
  }
  /** Whether the set can serve (some origin is healthy) and how each origin stands, for the health report. */
  health(): OriginsHealth {
    const states = this.states();
    return {
      status: states.some((s) => s.healthy) ? 'ok' : 'degraded',
      origins: states.map((s) => ({ url: s.url, healthy: s.healthy, lastError: s.lastError })),
    };
  }

  /**
   * Stops the checks and closes the pools. Requests in flight get `closeGraceMs` to finish, then the pools
   * are destroyed, so a black-holed origin cannot hold shutdown up.
   */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    await Promise.all(this.checks.map((check) => check.stop()));
    for (const member of this.members) member.queue.flush();
    await Promise.all(this.members.map((member) => drain(member.pool, this.closeGraceMs)));
  }
}

async function drain(pool: Pool, graceMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = pool.close().then(
    () => true,
    () => true,
  );
  const expired = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
    timer.unref();
  });
  const finished = await Promise.race([closed, expired]);
  clearTimeout(timer);
  if (!finished) await pool.destroy().catch(() => {});
}

function validate(opts: OriginOptions): void {
  if (!Array.isArray(opts.urls) || opts.urls.length === 0) {
    throw new Error('origins.urls: expected at least one http:// or https:// URL, found none');
  }
  positive('origins.connectTimeoutMs', opts.connectTimeoutMs);
  positive('origins.responseTimeoutMs', opts.responseTimeoutMs);
  const check = opts.healthCheck;
  if (typeof check?.path !== 'string' || !check.path.startsWith('/')) {
    throw new Error(
      `origins.healthCheck.path: expected a path starting with "/", found ${JSON.stringify(check?.path)}`,
    );
  }
  positive('origins.healthCheck.intervalMs', check.intervalMs);
  positive('origins.healthCheck.timeoutMs', check.timeoutMs);
  positiveInteger('origins.healthCheck.unhealthyAfter', check.unhealthyAfter);
  positiveInteger('origins.healthCheck.healthyAfter', check.healthyAfter);
  if (opts.connectionsPerOrigin !== undefined) {
    positiveInteger('origins.connectionsPerOrigin', opts.connectionsPerOrigin);
  }
  if (opts.closeGraceMs !== undefined && !(opts.closeGraceMs >= 0)) {
    throw new Error(`origins.closeGraceMs: expected a number >= 0, found ${opts.closeGraceMs}`);
  }
}

function positive(path: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new Error(`${path}: expected a positive number of milliseconds, found ${value}`);
  }
}

function positiveInteger(path: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${path}: expected a whole number >= 1, found ${value}`);
  }
}
