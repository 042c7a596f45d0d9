// The leader lease: which gateway of a cluster runs the sentinel over the summed windows. A Redis key set
// with NX and a TTL, renewed by its holder (compare-and-renew in one script), taken by another gateway
// once it lapses.
//
// Why Redis and not a PostgreSQL advisory lock: an advisory lock lives as long as the holder's database
// session, so a leader that dies with its machine or behind a cut link is only replaced when PostgreSQL
// notices the dead connection (TCP keepalive: minutes to hours unless tuned); a lease lapses after its TTL
// whatever happened. Each term is numbered (INCR), so work done under a lapsed lease can be told apart.
//
// Timing: TTL 1.2 s, every 300 ms the holder renews and the others try; a leader that dies is replaced
// within TTL + one try (≤ 1.5 s). A holder that cannot renew stops leading when its own lease would
// have lapsed, before anyone else can take it.

import type { Redis } from 'ioredis';

export interface LeaderLeaseOptions {
  redis: Redis;
  /** The lease's key, one per cluster. */
  key: string;
  /** This gateway's id. */
  holder: string;
  ttlMs?: number;
  tryEveryMs?: number;
  now?: () => number;
  /** Told when this gateway starts or stops leading. */
  onChange?: (leading: boolean, term: number) => void;
  onError?: (error: Error) => void;
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class LeaderLease {
  private readonly ttlMs: number;
  private readonly tryEveryMs: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  /** Until when the lease is surely ours: the start of the last successful renewal plus the TTL. */
  private validUntil = 0;
  private currentTerm = 0;
  private busy = false;

  constructor(private readonly opts: LeaderLeaseOptions) {
    this.ttlMs = opts.ttlMs ?? 1_200;
    this.tryEveryMs = opts.tryEveryMs ?? 300;
    this.now = opts.now ?? Date.now;
  }

  /** This gateway holds the lease and it has not lapsed. */
  get leading(): boolean {
    return this.held && this.now() < this.validUntil;
  }

  get term(): number {
    return this.currentTerm;
  }

  /** The holder's id as Redis has it, or undefined when nobody leads. */
  async leader(): Promise<string | undefined> {
    return (await this.opts.redis.get(this.opts.key)) ?? undefined;
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.turn(), this.tryEveryMs);
    this.timer.unref();
    void this.turn();
  }

  /** Stops trying and gives the lease up at once, so another gateway leads without waiting for the TTL. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!this.held) return;
    this.set(false);
    await this.opts.redis.eval(RELEASE, 1, this.opts.key, this.opts.holder).catch(() => {});
  }

  /** One attempt: renew when holding, take when free. Public so that tests can drive it. */
  async turn(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const { redis, key, holder } = this.opts;
    const started = this.now();
    try {
      if (this.held) {
        const renewed = await redis.eval(RENEW, 1, key, holder, String(this.ttlMs));
        if (renewed === 1) this.validUntil = started + this.ttlMs;
        else this.set(false);
      } else if ((await redis.set(key, holder, 'PX', this.ttlMs, 'NX')) === 'OK') {
        this.currentTerm = await redis.incr(`${key}:term`);
        this.validUntil = started + this.ttlMs;
        this.set(true);
      }
    } catch (error) {
      this.opts.onError?.(error as Error);
    } finally {
      this.busy = false;
      if (this.held && this.now() >= this.validUntil) this.set(false);
    }
  }

  private set(leading: boolean): void {
    if (this.held === leading) return;
    this.held = leading;
    this.opts.onChange?.(leading, this.currentTerm);
  }
}
