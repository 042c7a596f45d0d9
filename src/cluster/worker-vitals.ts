// A gateway worker's own health, sent with each window: its resident memory, and how late its event loop
// ran timers since the last report (p99), the first sign of a worker too busy to answer in time.

import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface WorkerVitals {
  rssBytes: number;
  /** The 99th percentile of the event loop's delay since the last report, in milliseconds. */
  loopDelayP99Ms: number;
}

/** Resolution of the event-loop delay sampling, in milliseconds. */
const RESOLUTION_MS = 10;

export class VitalSigns {
  private readonly delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });

  constructor() {
    this.delay.enable();
  }

  /** The vitals since the last call. */
  take(): WorkerVitals {
    const p99 = this.delay.count > 0 ? this.delay.percentile(99) : 0;
    this.delay.reset();
    // The histogram counts the timer's own resolution in each delay; what is above it is lateness.
    return { rssBytes: process.memoryUsage.rss(), loopDelayP99Ms: Math.max(0, p99 / 1e6 - RESOLUTION_MS) };
  }
}
