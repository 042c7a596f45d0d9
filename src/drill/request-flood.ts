// Request floods (http-flood, distributed-flood, cache-bypass, credential-stuffing): requests spread
// round-robin over source addresses, each source with its own keep-alive undici Pool, bounded in
// flight per source and in all. Each answer is classified by outcome.ts.

import type { Dispatcher, Pool } from 'undici';
import type { Random, RequestMaker } from './attack-requests.js';
import { openPool } from './connection-pool.js';
import { type AttackOutcome, bodyNeeded, classifyAnswer, classifyFailure } from './outcome.js';
import type { DrillTarget } from './target.js';
import { type AttackPart, type AttackRecorder, settled } from './traffic.js';

export interface RequestFloodOptions {
  name: string;
  rate: number;
  target: DrillTarget;
  /** Source addresses; undefined binds nothing (IPv6 loopback). */
  sources: (string | undefined)[];
  /** Requests in flight at once, over all sources. */
  maxInFlight: number;
  make: RequestMaker;
  random: Random;
  record: AttackRecorder;
}

/** Most connections one source keeps: a single-source flood still looks like one busy tool. */
const MAX_CONNECTIONS_PER_SOURCE = 64;
/** Sources tried for a free slot before a send counts as not sent. */
const SLOT_TRIES = 4;

export class RequestFlood implements AttackPart {
  readonly name: string;
  readonly rate: number;
  private readonly pools: (Pool | undefined)[];
  private readonly busy: Uint16Array;
  private readonly perSource: number;
  private cursor = 0;
  private inFlight = 0;
  private closed = false;

  constructor(private readonly opts: RequestFloodOptions) {
    this.name = opts.name;
    this.rate = opts.rate;
    const count = opts.sources.length;
    this.pools = new Array(count);
    this.busy = new Uint16Array(count);
    this.perSource = Math.max(1, Math.min(MAX_CONNECTIONS_PER_SOURCE, Math.ceil(opts.maxInFlight / count)));
  }

  fire(): boolean {
    if (this.closed || this.inFlight >= this.opts.maxInFlight) return false;
    const count = this.pools.length;
    for (let tries = 0; tries < SLOT_TRIES; tries++) {
      const i = this.cursor;
      this.cursor = (i + 1) % count;
      if (this.busy[i] < this.perSource) {
        this.send(i);
        return true;
      }
    }
    return false;
  }

  private send(i: number): void {
    const { target, make, random, record } = this.opts;
    let pool = this.pools[i];
    if (pool === undefined) {
      pool = openPool(target, this.opts.sources[i], this.perSource);
      this.pools[i] = pool;
    }
    const spec = make(random);
    this.busy[i]++;
    this.inFlight++;
    record.sent();
    pool
      .request({
        method: spec.method,
        path: spec.path,
        headers: ['host', target.host, ...spec.headers],
        body: spec.body,
      })
      .then(outcomeOf, classifyFailure)
      .then((outcome) => {
        this.busy[i]--;
        this.inFlight--;
        record.outcome(outcome);
      });
  }

  pending(): number {
    return this.inFlight;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.pools.map((pool) => pool?.destroy().catch(() => {})));
    await settled(() => this.inFlight, 1_000);
  }
}

/** Classifies an answer, reading the body only when the rule needs it; a body cut short keeps the status's verdict. */
async function outcomeOf(response: Dispatcher.ResponseData): Promise<AttackOutcome> {
  const status = response.statusCode;
  const headers = response.headers;
  if (!bodyNeeded(status)) {
    await response.body.dump().catch(() => {});
    return classifyAnswer({ status, headers, body: '' });
  }
  const body = await response.body.text().catch(() => '');
  return classifyAnswer({ status, headers, body });
}
