// The origin's own count of a set of source ranges, read while a drill runs: polls the demo origin's
// GET /.well-known/demo-origin/stats (requests received, by /16 of the client's address) and keeps each
// reading with its time, so arrivals can be put into the seconds they came in.

import { Agent, request } from 'undici';
import { ORIGIN_STATS_PATH } from '../demo/origin-stats.js';
import { DrillOptionError } from './options.js';
import type { DrillTarget } from './target.js';

/** The origin's stats could not be read: a wrong --origin, or not a demo origin. The CLI exits with code 2. */
export class OriginUnreadable extends DrillOptionError {}

const POLL_MS = 250;
const POLL_TIMEOUT_MS = 2_000;

export interface Reading {
  /** performance.now() when the answer came. */
  at: number;
  count: number;
}

export class OriginCount {
  readonly readings: Reading[] = [];
  private readonly agent = new Agent({ connections: 1 });
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  /** @param ranges the origin's names of the ranges to count, e.g. '127.42' */
  constructor(
    private readonly origin: DrillTarget,
    private readonly ranges: readonly string[],
  ) {}

  /** Takes the first reading (refusing an origin whose stats cannot be read), then polls. */
  async start(): Promise<void> {
    this.readings.push(
      await this.read().catch(async (error: unknown) => {
        await this.agent.destroy().catch(() => {});
        throw error;
      }),
    );
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  /** Takes a last reading and stops polling. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.read()
      .then((reading) => this.readings.push(reading))
      .catch(() => {});
    await this.agent.destroy().catch(() => {});
  }

  /**
   * Arrivals per second in [from, from + seconds × 1000) (performance.now() times), less the arrivals
   * known to be someone else's (`minus`, the times they were seen): each reading's increase, less those
   * seen since the reading before, goes to the second it was read in; what came after the last second
   * goes into it.
   */
  perSecond(from: number, seconds: number, minus: readonly number[] = []): number[] {
    const out = new Array<number>(seconds).fill(0);
    for (let i = 1; i < this.readings.length; i++) {
      const { at, count } = this.readings[i];
      const second = Math.floor((at - from) / 1000);
      if (second < 0) continue;
      const before = this.readings[i - 1].at;
      const theirs = minus.filter((t) => t > before && t <= at).length;
      out[Math.min(seconds - 1, second)] += count - this.readings[i - 1].count - theirs;
    }
    return out.map((n) => Math.max(0, n));
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    try {
      this.readings.push(await this.read());
    } catch {
      // a missed reading only widens the next one's interval
    }
    if (!this.stopped) this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private async read(): Promise<Reading> {
    const response = await request(new URL(ORIGIN_STATS_PATH, this.origin.connectOrigin), {
      dispatcher: this.agent,
      headers: { host: this.origin.host, accept: 'application/json' },
      headersTimeout: POLL_TIMEOUT_MS,
      bodyTimeout: POLL_TIMEOUT_MS,
    });
    const at = performance.now();
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new OriginUnreadable(
        `--origin: ${this.origin.url.host} answered ${response.statusCode} to ${ORIGIN_STATS_PATH}; expected the demo origin itself (not a proxy in front of it)`,
      );
    }
    const body = (await response.body.json()) as { bySource?: Record<string, number> };
    if (typeof body?.bySource !== 'object' || body.bySource === null) {
      throw new OriginUnreadable(`--origin: ${ORIGIN_STATS_PATH} has no bySource counts`);
    }
    let count = 0;
    for (const range of this.ranges) count += body.bySource[range] ?? 0;
    return { at, count };
  }
}
