// The delivery queue: runs a few deliveries at a time, gives each attempt a deadline, retries failed ones
// with exponential backoff and jitter, and holds a bounded number waiting (beyond it the oldest is dropped).

import { formatDuration } from '../config/index.js';
import type { Log } from '../log.js';
import { type Channel, type Delivery, DeliveryFailure } from './channel.js';

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** Wait before the first retry; it doubles for each one after, up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** One attempt that takes longer fails. */
  timeoutMs: number;
}

/** How a delivery ended: delivered, or given up after `attempts` with the last attempt's error. */
export interface Outcome {
  channel: Channel;
  delivery: Delivery;
  attempts: number;
  error?: string;
}

export interface DeliveryQueueOptions {
  policy: RetryPolicy;
  /** Deliveries waiting (for their turn or for a retry) at most. */
  capacity: number;
  /** Attempts in flight at once. */
  concurrency?: number;
  /** Called once per delivery that ends, delivered or not; not for those dropped or cut short by close(). */
  onOutcome(outcome: Outcome): void;
  log: Log;
  random?: () => number;
}

interface Job {
  channel: Channel;
  delivery: Delivery;
  attempts: number;
  /** Order of arrival: the lowest is the oldest. */
  seq: number;
  retryTimer?: NodeJS.Timeout;
}

const DEFAULT_CONCURRENCY = 8;
const ERROR_MAX = 200;

/** The wait before retry number `retry` (1 for the first): between half and all of backoff·2^(retry-1), capped. */
export function retryDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class DeliveryQueue {
  private readonly ready: Job[] = [];
  private readonly backingOff = new Set<Job>();
  private readonly running = new Set<Promise<void>>();
  private readonly closing = new AbortController();
  private readonly concurrency: number;
  private readonly random: () => number;
  private seq = 0;

  constructor(private readonly options: DeliveryQueueOptions) {
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.random = options.random ?? Math.random;
  }

  /** Queues a delivery and returns at once. */
  push(channel: Channel, delivery: Delivery): void {
    if (this.closing.signal.aborted) return;
    if (this.ready.length + this.backingOff.size >= this.options.capacity) this.dropOldest();
    this.ready.push({ channel, delivery, attempts: 0, seq: this.seq++ });
    this.pump();
  }

  /** Deliveries not yet ended: waiting, backing off or in flight. */
  get size(): number {
    return this.ready.length + this.backingOff.size + this.running.size;
  }

  /** Cuts attempts in flight short and forgets the rest; resolves with how many deliveries did not end. */
  async close(): Promise<number> {
    const unfinished = this.size;
    this.closing.abort();
    for (const job of this.backingOff) clearTimeout(job.retryTimer);
    this.backingOff.clear();
    this.ready.length = 0;
    await Promise.allSettled(this.running);
    return unfinished;
  }

  private pump(): void {
    while (this.running.size < this.concurrency && this.ready.length > 0) {
      const job = this.ready.shift()!;
      const run: Promise<void> = this.attempt(job).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
  }

  private async attempt(job: Job): Promise<void> {
    job.attempts++;
    const failure = await this.tryOnce(job);
    if (this.closing.signal.aborted) return;
    const { channel, delivery, attempts } = job;
    if (failure === undefined) {
      this.options.onOutcome({ channel, delivery, attempts });
      return;
    }
    if (failure.permanent || attempts > this.options.policy.retries) {
      this.options.onOutcome({ channel, delivery, attempts, error: failure.message });
      return;
    }
    const wait = retryDelay(attempts, this.options.policy, this.random);
    this.options.log.warn('notification attempt failed; retrying', {
      ...describeJob(job),
      attempt: attempts,
      error: failure.message,
      retryInMs: wait,
    });
    job.retryTimer = setTimeout(() => {
      this.backingOff.delete(job);
      this.ready.push(job);
      this.pump();
    }, wait);
    job.retryTimer.unref();
    this.backingOff.add(job);
  }

  /** One attempt under its deadline; the failure, or undefined when it succeeded. */
  private async tryOnce(job: Job): Promise<DeliveryFailure | undefined> {
    const { timeoutMs } = this.options.policy;
    const attempt = new AbortController();
    const stop = () => attempt.abort(new DeliveryFailure('stopped'));
    this.closing.signal.addEventListener('abort', stop, { once: true });
    const timer = setTimeout(
      () => attempt.abort(new DeliveryFailure(`no answer within ${formatDuration(timeoutMs)}`)),
      timeoutMs,
    );
    try {
      await untilAborted(job.channel.deliver(job.delivery, attempt.signal), attempt.signal);
      return undefined;
    } catch (error) {
      if (attempt.signal.aborted) return attempt.signal.reason as DeliveryFailure;
      return error instanceof DeliveryFailure ? error : new DeliveryFailure(describeError(error));
    } finally {
      clearTimeout(timer);
      this.closing.signal.removeEventListener('abort', stop);
    }
  }

  private dropOldest(): void {
    let oldest: Job | undefined;
    for (const job of [...this.ready, ...this.backingOff]) {
      if (oldest === undefined || job.seq < oldest.seq) oldest = job;
    }
    if (oldest === undefined) return;
    if (this.backingOff.delete(oldest)) clearTimeout(oldest.retryTimer);
    else this.ready.splice(this.ready.indexOf(oldest), 1);
    this.options.log.warn('notification queue full; the oldest delivery was dropped', {
      ...describeJob(oldest),
      capacity: this.options.capacity,
    });
  }
}

/** Settles as `work` does, or rejects with the signal's reason as soon as it aborts. */
function untilAborted(work: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function describeJob(job: Job) {
  return {
    channel: job.channel.kind,
    target: job.channel.target,
    incident: job.delivery.notice.incident.id,
    delivery: job.delivery.id,
  };
}

/** The error's message on one line, short; the code when there is no message. */
function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message =
    error instanceof Error && error.message ? error.message : typeof code === 'string' ? code : String(error);
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > ERROR_MAX ? `${line.slice(0, ERROR_MAX - 1)}…` : line;
}
