// Decisions shared by the gateways of a cluster. Each gateway writes its own decisions to the store
// (PostgreSQL, shared) as it always does, and announces every change of its table on a Redis Stream;
// every other gateway reads the stream with a blocking read and applies what it did not say itself.
//
// Why one Stream and not pub/sub plus a catch-up path: a blocking XREAD wakes as soon as an entry is
// added (sub-millisecond on loopback, like pub/sub), and the same read from the last id seen is the
// catch-up after a reconnection: one path, no gap between a live channel and a replay. The stream keeps
// the last ~10 000 changes; a gateway further behind (or joining) reloads the table from the store.
// While Redis is away, changes wait in an outbox (bounded) and go out when it returns: nothing is lost,
// as the store has them all anyway.

import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { LatencyHistogram } from '../sentinel/sketch/latency-histogram.js';
import type { Store } from '../store/index.js';
import { decisionSchema } from './decision-feed.js';
import type { RedisLink } from './redis-link.js';
import { followStream } from './stream-follow.js';

const KEPT = 10_000;
const OUTBOX = 10_000;

interface Outgoing {
  change: 'put' | 'remove';
  decision: string;
  at: number;
}

export interface SharedDecisionsOptions {
  link: RedisLink;
  /** Stream key, one per cluster. */
  key: string;
  /** This gateway's id: its own entries are skipped when read back. */
  gateway: string;
  table: DecisionTable;
  store: Pick<Store, 'decisions'>;
  log: Log;
  now?: () => number;
}

export class SharedDecisions {
  private readonly now: () => number;
  private readonly reader: Redis;
  private applying = false;
  private running = false;
  private readonly outbox: Outgoing[] = [];
  /** Time from a change on another gateway to its enforcement here. */
  readonly lag = new LatencyHistogram();
  /** Entries dropped as malformed. */
  dropped = 0;

  constructor(private readonly opts: SharedDecisionsOptions) {
    this.now = opts.now ?? Date.now;
    this.reader = opts.link.duplicate();
  }

  /** Starts from the stream's end, reloads the table from the store, then follows the stream. */
  async start(): Promise<void> {
    const { redis } = this.opts.link;
    const last = await redis.xrevrange(this.opts.key, '+', '-', 'COUNT', 1);
    await this.reload();
    this.opts.table.onChange(({ type, decision }) => {
      if (this.applying || type === 'expire') return;
      this.outbox.push({ change: type, decision: JSON.stringify(decision), at: this.now() });
      if (this.outbox.length > OUTBOX) this.outbox.splice(0, this.outbox.length - OUTBOX);
      void this.flush();
    });
    this.opts.link.onChange((up) => {
      if (up) void this.flush();
    });
    this.running = true;
    void followStream({
      reader: this.reader,
      key: this.opts.key,
      from: last[0]?.[0] ?? '0-0',
      take: (fields) => this.take(fields),
      running: () => this.running,
      afterOutage: (lastId) => this.afterOutage(lastId),
    });
  }

  stop(): void {
    this.running = false;
    this.reader.disconnect();
  }

  /** Changes waiting for Redis. */
  get pending(): number {
    return this.outbox.length;
  }

  private async flush(): Promise<void> {
    const { redis } = this.opts.link;
    while (this.outbox.length > 0 && this.opts.link.up) {
      const next = this.outbox[0];
      try {
        await redis.xadd(
          this.opts.key,
          'MAXLEN',
          '~',
          KEPT,
          '*',
          'g',
          this.opts.gateway,
          'c',
          next.change,
          't',
          String(next.at),
          'd',
          next.decision,
        );
        this.outbox.shift();
      } catch {
        return; // Redis went away: the link tells us when it is back
      }
    }
  }

  /** After an outage: if the stream no longer holds the last entry read, the store has what was missed. */
  private async afterOutage(lastId: string): Promise<void> {
    const first = await this.opts.link.redis.xrange(this.opts.key, '-', '+', 'COUNT', 1);
    const firstId = first[0]?.[0];
    if (firstId !== undefined && compareIds(firstId, lastId) > 0) {
      this.opts.log.warn('cluster: missed more decisions than Redis keeps; reloading them from the store');
      await this.reload();
    }
  }

  private async reload(): Promise<void> {
    const decisions = await this.opts.store.decisions.list();
    this.applying = true;
    try {
      for (const decision of decisions) {
        const held = this.opts.table.get(decision.id);
        if (held?.expiresAt !== decision.expiresAt || held.action !== decision.action) {
          this.opts.table.put(decision);
        }
      }
    } finally {
      this.applying = false;
    }
  }

  /** Applies one entry of another gateway; drops (and logs) a malformed one. */
  private take(fields: string[]): void {
    const entry: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) entry[fields[i]] = fields[i + 1];
    if (entry.g === this.opts.gateway) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(entry.d ?? '');
    } catch {
      parsed = undefined;
    }
    const decision = decisionSchema.safeParse(parsed);
    const at = Number(entry.t);
    if (!decision.success || (entry.c !== 'put' && entry.c !== 'remove') || !Number.isFinite(at)) {
      this.dropped++;
      this.opts.log.warn('cluster: malformed decision announcement dropped', { from: entry.g ?? 'unknown' });
      return;
    }
    this.applying = true;
    try {
      if (entry.c === 'put') this.opts.table.put(decision.data);
      else this.opts.table.remove(decision.data.id);
      this.lag.observe(Math.max(0, this.now() - at));
    } catch (error) {
      this.dropped++;
      this.opts.log.warn('cluster: decision announcement refused', { error: (error as Error).message });
    } finally {
      this.applying = false;
    }
  }
}

/** Orders two stream ids (`ms-seq`). */
function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am - bm || as - bs;
}
