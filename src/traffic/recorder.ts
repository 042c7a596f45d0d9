// Records the edge's traffic once a second: reads what EdgeStats counted since the last step (requests by
// verdict, origin errors, the latency histogram), writes one TrafficPoint to the store and publishes it on
// the event bus; once an hour it compacts the stored rollups.
import { type EdgeStats, LATENCY_BUCKETS } from '../edge/stats.js';
import type { EventBus } from '../events.js';
import type { Log } from '../log.js';
import { VERDICTS, type Verdict } from '../sentinel/verdict.js';
import type { TrafficPoint, TrafficRepository } from '../store/index.js';
import { percentileMs } from './latency.js';

export const TRAFFIC_STEP_MS = 1000;
export const COMPACT_EVERY_MS = 3_600_000;

export interface TrafficRecorderOptions {
  stats: EdgeStats;
  traffic: Pick<TrafficRepository, 'record' | 'compact'>;
  events: EventBus;
  log: Log;
  now: () => number;
  /** How long rollups are kept. */
  retentionMs: number;
}

/** The counters a point is the difference of. */
interface Reading {
  requests: Float64Array;
  originErrors: number;
  latencyBuckets: Float64Array;
}

const FIELD: Record<Verdict, 'allowed' | 'throttled' | 'challenged' | 'blocked' | 'shed'> = {
  allow: 'allowed',
  throttle: 'throttled',
  challenge: 'challenged',
  block: 'blocked',
  shed: 'shed',
};

export class TrafficRecorder {
  private last: Reading;
  /** Start of the step the counts since `last` belong to. */
  private stepStart: number;
  private timer: NodeJS.Timeout | undefined;
  private compactor: NodeJS.Timeout | undefined;
  private readonly writes = new Set<Promise<void>>();
  private failing = false;

  constructor(private readonly opts: TrafficRecorderOptions) {
    this.last = read(opts.stats);
    this.stepStart = stepOf(opts.now());
  }

  /** Ticks just after each second starts, and compacts now and every hour. */
  start(): void {
    if (this.timer !== undefined) return;
    const schedule = () => {
      this.timer = setTimeout(
        () => {
          this.tick();
          schedule();
        },
        TRAFFIC_STEP_MS - (this.opts.now() % TRAFFIC_STEP_MS) + 5,
      );
      this.timer.unref();
    };
    schedule();
    this.compact();
    this.compactor = setInterval(() => this.compact(), COMPACT_EVERY_MS);
    this.compactor.unref();
  }

  /** Stops ticking and waits for the points being written. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    clearInterval(this.compactor);
    this.timer = undefined;
    this.compactor = undefined;
    await Promise.all(this.writes);
  }

  /**
   * Closes the step(s) that ended since the last tick: records and publishes their point. Returns it, or
   * undefined while the current step is still running.
   */
  tick(): TrafficPoint | undefined {
    const now = this.opts.now();
    const stepStart = stepOf(now);
    if (stepStart <= this.stepStart) return undefined;
    const current = read(this.opts.stats);
    const point = pointBetween(this.last, current, this.stepStart, stepStart - this.stepStart);
    this.last = current;
    this.stepStart = stepStart;
    this.write(point);
    this.opts.events.publish({ type: 'traffic', at: now, point });
    return point;
  }

  private write(point: TrafficPoint): void {
    const write = this.opts.traffic.record(point).then(
      () => {
        if (this.failing) this.opts.log.info('recording traffic works again');
        this.failing = false;
      },
      (error: Error) => {
        // Said once when writes start failing, not once a second.
        if (!this.failing) this.opts.log.error('recording traffic failed', { error: error.message });
        this.failing = true;
      },
    );
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }

  private compact(): void {
    this.opts.traffic
      .compact(this.opts.now(), this.opts.retentionMs)
      .catch((error: Error) => this.opts.log.error('compacting traffic failed', { error: error.message }));
  }
}

function stepOf(ms: number): number {
  return ms - (ms % TRAFFIC_STEP_MS);
}

function read(stats: EdgeStats): Reading {
  return {
    requests: Float64Array.from(stats.requests),
    originErrors: stats.originErrors + stats.originTimeouts,
    latencyBuckets: Float64Array.from(stats.latencyBuckets),
  };
}

function pointBetween(before: Reading, after: Reading, at: number, stepMs: number): TrafficPoint {
  const point: TrafficPoint = {
    at,
    stepMs,
    allowed: 0,
    challenged: 0,
    throttled: 0,
    blocked: 0,
    shed: 0,
    originErrors: after.originErrors - before.originErrors,
    latencyP50Ms: null,
    latencyP95Ms: null,
    latencyP99Ms: null,
  };
  VERDICTS.forEach((verdict, i) => {
    point[FIELD[verdict]] = after.requests[i] - before.requests[i];
  });
  const latency = after.latencyBuckets.map((count, i) => count - before.latencyBuckets[i]);
  point.latencyP50Ms = percentileMs(latency, LATENCY_BUCKETS, 0.5);
  point.latencyP95Ms = percentileMs(latency, LATENCY_BUCKETS, 0.95);
  point.latencyP99Ms = percentileMs(latency, LATENCY_BUCKETS, 0.99);
  return point;
}
