// Good standing between the gateways of a cluster: each primary publishes its tick's changes (who earned
// standing, who lost it) on a Redis Stream, signed, and adopts the others'. A gateway that starts reads
// the stream's kept entries first, so it holds what the cluster learnt recently.
//
// Only gateways of the cluster write it: each message carries an HMAC over its sender and entries with a
// key kept in the cluster's shared store (so reaching Redis is not enough to make anyone trusted), and
// each entry is checked (a canonical address, finite times and counts) before it is adopted. A message
// that fails either is dropped, counted and logged. Adopted clients go into the same bounded standing
// table as earned ones (its cap is the cap).

import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import { canonicalAddress } from '../net/ip.js';
import type { StandingEntry } from '../responder/good-standing.js';
import type { RedisLink } from './redis-link.js';
import type { StandingHub } from './shared-standing.js';
import { followStream } from './stream-follow.js';

/** Stream entries kept (each up to MAX_ENTRIES clients). */
const KEPT = 1_000;
/** Clients per message at most; a longer message is refused on arrival. */
const MAX_ENTRIES = 500;

export interface StandingChannelOptions {
  link: RedisLink;
  key: string;
  gateway: string;
  /** The cluster's key for signing standing (from the shared store). */
  secret: Buffer;
  hub: StandingHub;
  log: Log;
}

export class StandingChannel {
  private readonly reader: Redis;
  private running = false;
  /** Messages dropped: unsigned, signed with another key, or malformed. */
  dropped = 0;
  /** Clients adopted from other gateways. */
  adopted = 0;

  constructor(private readonly opts: StandingChannelOptions) {
    this.reader = opts.link.duplicate();
    opts.hub.toCluster = (entries) => this.publish(entries);
  }

  start(): void {
    this.running = true;
    void followStream({
      reader: this.reader,
      key: this.opts.key,
      from: '0',
      take: (fields) => this.take(fields),
      running: () => this.running,
    });
  }

  stop(): void {
    this.running = false;
    this.reader.disconnect();
  }

  /** This gateway's changes, out to the others (lost while Redis is away: standing is earned again). */
  publish(entries: StandingEntry[]): void {
    const { link, key, gateway } = this.opts;
    if (!link.up) return;
    for (let at = 0; at < entries.length; at += MAX_ENTRIES) {
      const payload = JSON.stringify(entries.slice(at, at + MAX_ENTRIES));
      link.redis
        .xadd(key, 'MAXLEN', '~', KEPT, '*', 'g', gateway, 'e', payload, 'm', this.sign(gateway, payload))
        .catch(() => {});
    }
  }

  private sign(gateway: string, payload: string): string {
    return createHmac('sha256', this.opts.secret).update(gateway).update('\n').update(payload).digest('hex');
  }

  private take(fields: string[]): void {
    const got = new Map<string, string>();
    for (let i = 0; i + 1 < fields.length; i += 2) got.set(fields[i], fields[i + 1]);
    const gateway = got.get('g') ?? '';
    if (gateway === this.opts.gateway) return;
    const entries = this.check(gateway, got.get('e'), got.get('m'));
    if (typeof entries === 'string') {
      this.dropped++;
      this.opts.log.warn('cluster: standing message dropped', { from: gateway || 'unknown', error: entries });
      return;
    }
    this.adopted += entries.length;
    this.opts.hub.adopt(entries);
  }

  /** The message's entries, or why it is refused. */
  private check(gateway: string, payload?: string, mac?: string): StandingEntry[] | string {
    if (payload === undefined || mac === undefined) return 'not signed';
    const expected = Buffer.from(this.sign(gateway, payload), 'hex');
    const shown = Buffer.from(mac, 'hex');
    if (shown.length !== expected.length || !timingSafeEqual(shown, expected)) return 'bad signature';
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload);
    } catch {
      return 'not JSON';
    }
    if (!Array.isArray(parsed) || parsed.length > MAX_ENTRIES) return 'not a list of clients';
    return parsed.every(isEntry) ? parsed : 'a malformed client';
  }
}

const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isEntry(v: unknown): v is StandingEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.address === 'string' &&
    canonicalAddress(e.address) === e.address &&
    time(e.first) &&
    time(e.last) &&
    e.first <= e.last &&
    time(e.requests) &&
    time(e.history) &&
    time(e.lostUntil)
  );
}
