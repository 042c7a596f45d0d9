// Draining the gateway's client connections on stop, once its listener no longer accepts: requests in
// flight finish; an HTTP/1 connection is closed as soon as it has nothing in flight (answers given while
// draining say `Connection: close`); HTTP/2 sessions are told to go away (GOAWAY) and close when their
// streams end; upgraded connections (WebSocket) are left to finish. Whatever is still open at the
// deadline is cut.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2Session } from 'node:http2';
import type { Duplex } from 'node:stream';

export interface DrainOutcome {
  /** HTTP/1 requests that were in flight when the drain began. */
  inFlight: number;
  /** Connections still open at the deadline, cut. */
  cut: number;
  /** How long the drain took. */
  ms: number;
}

/** How often idle HTTP/1 connections are looked for while draining. */
const SWEEP_MS = 50;

/**
 * The responses of one HTTP/1 connection not finished yet: the one being answered, and any pipelined
 * behind it. Kept for the connection's life, so a request writes a field instead of growing and shrinking
 * a collection (a resized collection's old table can keep young objects alive through scavenges).
 */
interface Answering {
  current: ServerResponse | undefined;
  pipelined: Set<ServerResponse> | undefined;
}

export class ConnectionDrain {
  /** Each HTTP/1 connection that has sent a request, until it closes. */
  private readonly answering = new Map<Duplex, Answering>();
  private readonly upgraded = new WeakSet<Duplex>();
  private draining = false;
  /** Called with the response as `this` when it closes: one function for every response. */
  private readonly answered: (this: ServerResponse) => void;

  constructor() {
    const answering = this.answering;
    this.answered = function (this: ServerResponse) {
      const open = answering.get(this.req.socket);
      if (open === undefined) return;
      if (open.current === this) open.current = undefined;
      else open.pipelined?.delete(this);
    };
  }

  /** A `request` listener for the HTTP/1 server (HTTP/2 streams are the session's business). */
  readonly request = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.httpVersionMajor !== 1) return;
    const connection = req.socket;
    if (this.draining) res.shouldKeepAlive = false;
    let open = this.answering.get(connection);
    if (open === undefined) {
      open = { current: undefined, pipelined: undefined };
      this.answering.set(connection, open);
      connection.once('close', () => this.answering.delete(connection));
    }
    if (open.current === undefined) open.current = res;
    else {
      open.pipelined ??= new Set();
      open.pipelined.add(res);
    }
    res.on('close', this.answered); // 'close' comes once
  };

  /** Whether the connection has a response not finished yet. */
  private busy(connection: Duplex): boolean {
    const open = this.answering.get(connection);
    return open !== undefined && (open.current !== undefined || (open.pipelined?.size ?? 0) > 0);
  }

  /** An `upgrade` listener: the connection now belongs to the upgraded protocol until it closes. */
  readonly upgrade = (req: IncomingMessage): void => {
    this.upgraded.add(req.socket);
  };

  /**
   * Drains until `open()` is zero or `deadlineMs` has passed, closing idle HTTP/1 connections among
   * `http1()` as they become idle; then destroys what `cut()` still holds.
   */
  async drain(opts: {
    deadlineMs: number;
    http1: () => Iterable<Duplex>;
    sessions: Iterable<Http2Session>;
    open: () => number;
    cut: () => number;
  }): Promise<DrainOutcome> {
    const startedAt = Date.now();
    this.draining = true;
    let inFlight = 0;
    for (const open of this.answering.values()) {
      for (const res of responses(open)) {
        inFlight++;
        if (!res.headersSent) res.shouldKeepAlive = false;
      }
    }
    for (const session of opts.sessions) session.close();
    while (opts.open() > 0 && Date.now() - startedAt < opts.deadlineMs) {
      for (const connection of opts.http1()) {
        if (!this.busy(connection) && !this.upgraded.has(connection)) connection.destroy();
      }
      if (opts.open() === 0) break;
      await new Promise((resolve) => setTimeout(resolve, SWEEP_MS));
    }
    return { inFlight, cut: opts.cut(), ms: Date.now() - startedAt };
  }
}

function* responses(open: Answering): Iterable<ServerResponse> {
  if (open.current !== undefined) yield open.current;
  if (open.pipelined !== undefined) yield* open.pipelined;
}
