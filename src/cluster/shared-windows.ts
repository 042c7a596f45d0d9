// Detection over the whole cluster: every tick each gateway publishes its window (workers already merged)
// on a Redis Stream and reads the others'; the window its sentinel reads is the sum of its own and one
// window of every other gateway, over its own tick (peer-windows.ts). Every gateway's sentinel so sees the same traffic and stays warm; only
// the leader (LeaderLease) reports detections and decides, so a flood spread over three gateways is one
// attack, one incident. While Redis is away each gateway reads its own window alone, and leads itself.

import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import type { TallyWindow } from '../sentinel/tally.js';
import type { WindowSnapshot } from '../sentinel/window.js';
import { PeerWindows } from './peer-windows.js';
import type { RedisLink } from './redis-link.js';
import { followStream } from './stream-follow.js';
import { decodeWindow, encodeWindow, WireError } from './window-wire.js';

/** Windows older than this many ticks when they arrive are dropped (a backlog after an outage). */
const STALE_TICKS = 4;
const KEPT = 1_000;

export interface SharedWindowsOptions {
  link: RedisLink;
  key: string;
  gateway: string;
  /** This gateway's own window source: its tally, or its workers' windows merged. */
  local: { cut(): TallyWindow };
  tickMs: number;
  log: Log;
  now?: () => number;
}

export class SharedWindows {
  private readonly now: () => number;
  private readonly reader: Redis;
  private readonly received: PeerWindows;
  private readonly lastHeard = new Map<string, number>();
  private running = false;
  /** Windows dropped as malformed or built with other seeds. */
  dropped = 0;

  constructor(private readonly opts: SharedWindowsOptions) {
    this.now = opts.now ?? Date.now;
    this.reader = opts.link.duplicate();
    this.received = new PeerWindows(STALE_TICKS * opts.tickMs);
  }

  start(): void {
    this.running = true;
    void followStream({
      reader: this.reader,
      key: this.opts.key,
      from: '$',
      binary: true,
      take: (fields) => this.take(fields),
      running: () => this.running,
    });
  }

  stop(): void {
    this.running = false;
    this.reader.disconnect();
  }

  /** Other gateways heard from within the last few ticks, with when. */
  peers(): { gateway: string; lastWindowAt: number }[] {
    const since = this.now() - STALE_TICKS * this.opts.tickMs;
    return [...this.lastHeard]
      .filter(([, at]) => at >= since)
      .map(([gateway, lastWindowAt]) => ({ gateway, lastWindowAt }));
  }

  /** The defence loop's tally: this gateway's window, published, summed with the others'. */
  rotate(): WindowSnapshot {
    const own = this.opts.local.cut();
    if (this.opts.link.up) {
      this.opts.link.redis
        .xaddBuffer(this.opts.key, 'MAXLEN', '~', KEPT, '*', 'g', this.opts.gateway, 'w', encodeWindow(own))
        .catch(() => {});
    }
    return this.received.sum(own, this.now());
  }

  private take(fields: Buffer[]): void {
    let gateway = '';
    let bytes: Buffer | undefined;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const name = fields[i].toString();
      if (name === 'g') gateway = fields[i + 1].toString();
      else if (name === 'w') bytes = fields[i + 1];
    }
    if (gateway === this.opts.gateway) return;
    try {
      if (bytes === undefined) throw new WireError('no window in the entry');
      const window = decodeWindow(bytes);
      if (window.snapshot.end < this.now() - STALE_TICKS * this.opts.tickMs) return;
      this.lastHeard.set(gateway, this.now());
      this.received.add(gateway, window);
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      this.dropped++;
      this.opts.log.warn('cluster: malformed window dropped', {
        from: gateway || 'unknown',
        error: error.message,
      });
    }
  }
}
