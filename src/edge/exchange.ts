// One request on its way through the edge's phases (phases.ts): the request and where its answer goes,
// what each phase found for the phases after it, and the parts of the edge the phases use.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Http2ServerRequest, Http2ServerResponse } from 'node:http2';
import type { Duplex } from 'node:stream';
import type { Log } from '../log.js';
import type { Tally } from '../sentinel/tally.js';
import type { Verdict } from '../sentinel/verdict.js';
import type { AccessLog } from './access-log.js';
import type { Answer } from './answer.js';
import type { BodyGuard } from './body-guard.js';
import type { Challenge } from './challenge/index.js';
import type { IdentifyOptions, Who } from './identify.js';
import type { Judge, Judgement } from './judge.js';
import type { Origin, OriginSet, Queued } from './origins.js';
import { leaveQueue, shedFromQueue } from './phase/rejudge.js';
import type { EdgeStats } from './stats.js';
import type { Witness } from './witness.js';

export type EdgeRequest = IncomingMessage | Http2ServerRequest;
export type EdgeResponse = ServerResponse | Http2ServerResponse;

/** What a phase did: go on to the next phase, answer the client (ending the exchange), or nothing more to do (answered already, or handed on). */
export type Step = Answer | 'continue' | 'done';

/** One phase of the request's journey; its contract is its doc comment. */
export type Phase = (x: Exchange) => Step | Promise<Step>;

/** The parts of the edge the phases read and record into; one per gateway. */
export interface EdgeParts extends IdentifyOptions {
  judge: Judge;
  bodies: BodyGuard;
  challenge: Challenge;
  origins: OriginSet;
  stats: EdgeStats;
  tally: Tally;
  /** Refused clients remembered for evidence packages; none kept without it. */
  witness?: Witness;
  /** The access log; none without it. */
  accessLog?: AccessLog;
  log: Log;
  maxHeaders: number;
  maxBodyBytes: number;
  upstreamConnectMs: number;
  /**
   * HTTP/1 connections the edge has decided to close. Node's parser goes on reading requests pipelined
   * behind a refused one (the bytes after a request with bad framing are exactly what a smuggler
   * controls), so requests still arriving on such a connection are neither answered nor forwarded.
   */
  closing: WeakSet<object>;
}

/** The WebSocket (or other) upgrade an exchange asks for: the raw client socket and its first bytes. */
export interface UpgradeRequest {
  socket: Duplex;
  head: Buffer;
}

const NOT_JUDGED: Judgement = { verdict: 'allow', retryAfter: 0, verified: false };

export class Exchange implements Queued {
  /** performance.now() when the request arrived. */
  readonly startedAt = performance.now();
  readonly method: string;
  readonly h2: boolean;
  /** Set by identify. */
  who: Who | undefined = undefined;
  /** A POST of a challenge's answer (set by identify): judged only for a block, then verified. */
  challengeAnswer = false;
  /** Set by judge. */
  judgement: Judgement = NOT_JUDGED;
  /** The decision table's version the judgement was made at (set by judge, phase/rejudge.ts). */
  judgedAt = 0;
  /** The verdict the edge acts on: the judgement's, or shed when no origin can take the request. */
  verdict: Verdict = 'allow';
  /** The origin picked for an allowed request (judge). */
  origin: Origin | undefined = undefined;
  /** A buffered body, the request itself to stream, or null (set by body). */
  body: Buffer | EdgeRequest | null = null;

  constructor(
    readonly parts: EdgeParts,
    readonly req: EdgeRequest,
    /** Where the answer goes: an HTTP response, or for an upgrade the raw socket. */
    readonly res: EdgeResponse | undefined,
    readonly upgrade: UpgradeRequest | undefined,
  ) {
    this.method = req.method ?? 'GET';
    // Not httpVersionMajor: an HTTP/1 request line may claim "HTTP/2.0".
    this.h2 = 'stream' in req;
  }

  /**
   * Asked as the request leaves its origin's queue after waiting for a connection: judged again if the
   * decision table changed meanwhile, and answered here if it is now refused (phase/rejudge.ts).
   */
  leaveQueue(): boolean {
    return leaveQueue(this);
  }

  /** Whether it waits for the origin in the first lane: a pass, good standing, the allowlist. */
  get first(): boolean {
    return this.parts.judge.goesFirst(this.client.client, this.judgement);
  }

  /** Turned away after waiting too long for a busy origin (phase/rejudge.ts). */
  shed(): void {
    shedFromQueue(this);
  }

  /** The identified client; only for phases after identify. */
  get client(): Who {
    return this.who as Who;
  }
}
