// Requests waiting for their origin. An origin takes requests while its pool has a free connection and
// fewer are in flight than its limit (origin-limit.ts: the pool's size until the origin turns requests
// away for want of room, then a little under the level it did so at); past that they wait here rather than
// inside the pool or in the origin's own line. Two lanes: clients in good standing, pass holders and the
// allowlist first, everyone else after them in arrival order; one of the others that has waited past
// MAX_WAIT_MS since it arrived is turned away here (503), as a full origin would have done, without the
// origin's work. Each request is asked once more as it leaves: the decision table may have changed while
// it waited, and a request it now refuses is answered at the edge instead of reaching the origin
// (phase/rejudge.ts).

import type { Duplex } from 'node:stream';
import type { Dispatcher, Pool } from 'undici';
import { CONNECT_FAILURES } from './forward.js';
import { OriginLimit } from './origin-limit.js';

/** A request that may wait for its origin. */
export interface Queued {
  /**
   * Called as it leaves the queue: true to send it on, false when it has been answered instead. Must not
   * throw: the requests behind it are sent on in the same turn.
   */
  leaveQueue(): boolean;
  /** Whether it waits in the first lane; asked once, when it has to wait. */
  readonly first: boolean;
  /** performance.now() when it arrived at the edge. */
  readonly startedAt: number;
  /** Answers it at the edge (503, the origin busy) instead of sending it. Must not throw. */
  shed(): void;
}

/** A request of the second lane that has waited this long since it arrived is turned away. */
export const MAX_WAIT_MS = 2_000;

/**
 * The status of an origin's own that says it had no room for the request. Not 429: an origin answers that
 * to one client going too fast, which says nothing of its room for the others.
 */
const NO_ROOM = 503;
/** Failures that say the same: the connection's (forward.ts), and the wait for an answer's head. */
const refusedBy = (code: string | undefined) =>
  code !== undefined && (CONNECT_FAILURES.has(code) || code === 'UND_ERR_HEADERS_TIMEOUT');

interface Waiting {
  options: Dispatcher.DispatchOptions;
  handler: Dispatcher.DispatchHandler;
  queued: Queued | undefined;
}

/** Drained entries before a lane's array is compacted. */
const COMPACT_AFTER = 1024;

/** One lane: first in, first out, without shifting the array on every take. */
class Lane {
  private readonly entries: (Waiting | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.entries.length - this.head;
  }

  push(entry: Waiting): void {
    this.entries.push(entry);
  }

  peek(): Waiting | undefined {
    return this.entries[this.head];
  }

  take(): Waiting | undefined {
    if (this.head >= this.entries.length) return undefined;
    const entry = this.entries[this.head];
    this.entries[this.head++] = undefined;
    if (this.head === this.entries.length) {
      this.entries.length = 0;
      this.head = 0;
    } else if (this.head >= COMPACT_AFTER) {
      this.entries.splice(0, this.head);
      this.head = 0;
    }
    return entry;
  }
}

/**
 * A request on its way to the origin, as the queue follows it: when it settles (answered, failed or cut
 * off) its place in flight is given back, and whether the origin refused it goes to the limit. Passes
 * every event on to the request's own handler.
 */
class InFlight implements Dispatcher.DispatchHandler {
  private refused = false;
  private done = false;
  private readonly sentAt: number;

  constructor(
    private readonly queue: OriginQueue,
    private readonly handler: Dispatcher.DispatchHandler,
  ) {
    this.sentAt = queue.limit.sentAt();
  }

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.handler.onRequestStart?.(controller, context);
  }

  onRequestUpgrade(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[]>,
    socket: Duplex,
  ): void {
    this.settle();
    this.handler.onRequestUpgrade?.(controller, statusCode, headers, socket);
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[]>,
    statusMessage?: string,
  ): void {
    if (statusCode === NO_ROOM) this.refused = true;
    this.handler.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.handler.onResponseData?.(controller, chunk);
  }

  onResponseEnd(
    controller: Dispatcher.DispatchController,
    trailers: Record<string, string | string[]>,
  ): void {
    this.settle();
    this.handler.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    if (refusedBy((error as NodeJS.ErrnoException).code)) this.refused = true;
    this.settle();
    this.handler.onResponseError?.(controller, error);
  }

  private settle(): void {
    if (this.done) return;
    this.done = true;
    this.queue.settled(this.refused, this.sentAt);
  }
}

export class OriginQueue {
  /** The pool has said it has no free connection and has not emitted 'drain' since. */
  private busy = false;
  private inFlight = 0;
  private readonly firstLane = new Lane();
  private readonly otherLane = new Lane();
  /** Requests turned away after waiting too long, for the metrics. */
  shed = 0;
  readonly limit: OriginLimit;

  constructor(
    private readonly pool: Pool,
    connections: number,
    now?: () => number,
  ) {
    this.limit = new OriginLimit(connections, now);
    pool.on('drain', () => {
      this.busy = false;
      this.pump();
    });
  }

  /** Requests waiting now. */
  get length(): number {
    return this.firstLane.length + this.otherLane.length;
  }

  /** Sends the request on now if the origin can take it and nobody waits before it; else queues it. */
  dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
    queued: Queued | undefined,
  ): void {
    if (!this.full() && this.length === 0) {
      this.send(options, handler);
      return;
    }
    this.limit.reached();
    (queued?.first === false ? this.otherLane : this.firstLane).push({ options, handler, queued });
  }

  /**
   * Hands every waiting request to the pool as it is, without asking it again: for shutdown, where the
   * pool's own close lets them finish or fails them within its grace.
   */
  flush(): void {
    for (let next = this.take(); next !== undefined; next = this.take())
      this.send(next.options, next.handler);
  }

  /** Called by a request's InFlight as it settles. */
  settled(refused: boolean, sentAt: number): void {
    this.limit.settled(refused, this.inFlight, sentAt);
    this.inFlight--;
    this.pump();
  }

  private full(): boolean {
    return this.busy || this.inFlight >= this.limit.value;
  }

  private send(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): void {
    this.inFlight++;
    this.busy = !this.pool.dispatch(options, new InFlight(this, handler));
  }

  private take(): Waiting | undefined {
    return this.firstLane.take() ?? this.otherLane.take();
  }

  private pump(): void {
    this.shedStale();
    while (!this.full()) {
      const next = this.take();
      if (next === undefined) return;
      if (next.queued !== undefined && !next.queued.leaveQueue()) continue;
      this.send(next.options, next.handler);
    }
  }

  /** Turns away the second lane's requests that have waited too long, oldest first. */
  private shedStale(): void {
    const oldest = performance.now() - MAX_WAIT_MS;
    for (let head = this.otherLane.peek(); head?.queued !== undefined; head = this.otherLane.peek()) {
      if (head.queued.startedAt > oldest) return;
      this.otherLane.take();
      this.shed++;
      head.queued.shed();
    }
  }
}
