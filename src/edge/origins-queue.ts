// Requests waiting for a connection to their origin. An origin's pool takes requests while it has a free
// connection (its dispatch says when it has none left, and it emits 'drain' when one is free again); past
// that they wait here, in arrival order, rather than inside the pool, so that each is asked once more as
// it leaves: the decision table may have changed while it waited, and a request it now refuses is
// answered at the edge instead of reaching the origin (phase/rejudge.ts).

import type { Dispatcher, Pool } from 'undici';

/** A request that may wait for a connection. */
export interface Queued {
  /**
   * Called as it leaves the queue: true to send it on, false when it has been answered instead. Must not
   * throw: the requests behind it are sent on in the same turn.
   */
  leaveQueue(): boolean;
}

interface Waiting {
  options: Dispatcher.DispatchOptions;
  handler: Dispatcher.DispatchHandler;
  queued: Queued | undefined;
}

/** Drained entries before the array is compacted. */
const COMPACT_AFTER = 1024;

export class OriginQueue {
  /** The pool has said it has no free connection and has not emitted 'drain' since. */
  private busy = false;
  private readonly waiting: (Waiting | undefined)[] = [];
  /** Index of the first entry still waiting. */
  private head = 0;

  constructor(private readonly pool: Pool) {
    pool.on('drain', () => {
      this.busy = false;
      this.pump();
    });
  }

  /** Requests waiting now. */
  get length(): number {
    return this.waiting.length - this.head;
  }

  /** Sends the request to the pool now if it can take it and nobody waits before it; else queues it. */
  dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
    queued: Queued | undefined,
  ): void {
    if (this.busy || this.length > 0) this.waiting.push({ options, handler, queued });
    else this.busy = !this.pool.dispatch(options, handler);
  }

  /**
   * Hands every waiting request to the pool as it is, without asking it again: for shutdown, where the
   * pool's own close lets them finish or fails them within its grace.
   */
  flush(): void {
    for (let i = this.head; i < this.waiting.length; i++) {
      const { options, handler } = this.waiting[i] as Waiting;
      this.pool.dispatch(options, handler);
    }
    this.waiting.length = 0;
    this.head = 0;
  }

  private pump(): void {
    while (!this.busy && this.head < this.waiting.length) {
      const next = this.waiting[this.head] as Waiting;
      this.waiting[this.head++] = undefined;
      if (next.queued !== undefined && !next.queued.leaveQueue()) continue;
      this.busy = !this.pool.dispatch(next.options, next.handler);
    }
    if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    } else if (this.head >= COMPACT_AFTER) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }
}
