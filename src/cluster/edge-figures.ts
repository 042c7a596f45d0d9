// The edge's running counters across a gateway's workers: each worker reports its own with every window;
// the primary keeps their sum in the EdgeStats that /metrics reads. Counters of a worker that exited are
// kept, so totals never go backwards when a worker is restarted; gauges (open connections) are not. What
// the primary counts into the same EdgeStats itself (the HAProxy data plane's requests, from its logs) is
// kept too, added to the workers' sum.

import type { EdgeStats } from '../edge/stats.js';
import type { EdgeFigures } from './worker-messages.js';

const COUNTERS = [
  'latencySum',
  'latencyCount',
  'acceptedConnections',
  'refusedAtAccept',
  'refusedOverCap',
  'rejectedMalformed',
  'slowClientsClosed',
  'originErrors',
  'originTimeouts',
  'h2ResetFloodsClosed',
  'originBusyShed',
] as const;

export function figuresOf(stats: EdgeStats): EdgeFigures {
  const figures = { requests: [...stats.requests], latencyBuckets: [...stats.latencyBuckets] } as EdgeFigures;
  for (const key of COUNTERS) figures[key] = stats[key];
  figures.openConnections = stats.openConnections;
  return figures;
}

export class EdgeTotals {
  private readonly live = new Map<number, EdgeFigures>();
  private retired: EdgeFigures | undefined;
  /** What the primary counted itself, between the sums it wrote. */
  private own: EdgeFigures | undefined;
  /** The figures last written, to tell the primary's own counts from them. */
  private written: EdgeFigures | undefined;

  constructor(private readonly into: EdgeStats) {}

  /** The latest figures of worker `id`. */
  report(id: number, figures: EdgeFigures): void {
    this.live.set(id, figures);
    this.write();
  }

  /** Worker `id` exited: its counters stay in the totals. */
  retire(id: number): void {
    const last = this.live.get(id);
    this.live.delete(id);
    if (last === undefined) return;
    this.retired = this.retired === undefined ? { ...last, openConnections: 0 } : add(this.retired, last);
    this.retired.openConnections = 0;
    this.write();
  }

  /** A live worker's latest figures, for per-worker metrics. */
  of(id: number): EdgeFigures | undefined {
    return this.live.get(id);
  }

  private write(): void {
    const stats = this.into;
    const now = figuresOf(stats);
    const counted = this.written === undefined ? now : add(now, this.written, -1);
    this.own = this.own === undefined ? counted : add(this.own, counted);
    this.own.openConnections = 0;
    const all = [...this.live.values(), this.own];
    if (this.retired !== undefined) all.push(this.retired);
    stats.requests.fill(0);
    stats.latencyBuckets.fill(0);
    for (const key of COUNTERS) stats[key] = 0;
    stats.openConnections = 0;
    for (const f of all) {
      for (let i = 0; i < stats.requests.length; i++) stats.requests[i] += f.requests[i] ?? 0;
      for (let i = 0; i < stats.latencyBuckets.length; i++)
        stats.latencyBuckets[i] += f.latencyBuckets[i] ?? 0;
      for (const key of COUNTERS) stats[key] += f[key];
      stats.openConnections += f.openConnections;
    }
    this.written = figuresOf(stats);
  }
}

/** a + b, or a − b with `sign` −1. */
function add(a: EdgeFigures, b: EdgeFigures, sign: 1 | -1 = 1): EdgeFigures {
  const sum = {
    ...a,
    requests: a.requests.map((n, i) => n + sign * (b.requests[i] ?? 0)),
    latencyBuckets: a.latencyBuckets.map((n, i) => n + sign * (b.latencyBuckets[i] ?? 0)),
  };
  for (const key of COUNTERS) sum[key] = a[key] + sign * b[key];
  return sum;
}
