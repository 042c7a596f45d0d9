// Running counters the edge keeps for /metrics: requests by verdict, latency histogram, connections.
// Plain numbers and typed arrays, updated in O(1) on the hot path; the control plane renders them.

import { VERDICTS, type Verdict } from '../sentinel/verdict.js';

/** Upper bounds in seconds of the latency histogram buckets (Prometheus `le`). */
export const LATENCY_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
] as const;

const verdictIndex: Record<Verdict, number> = { allow: 0, throttle: 1, challenge: 2, block: 3, shed: 4 };

export class EdgeStats {
  /** Requests answered, by verdict (index in VERDICTS). */
  readonly requests = new Float64Array(VERDICTS.length);
  /** Per-bucket counts of total request latency for forwarded requests (last slot: +Inf). */
  readonly latencyBuckets = new Float64Array(LATENCY_BUCKETS.length + 1);
  latencySum = 0;
  latencyCount = 0;
  openConnections = 0;
  acceptedConnections = 0;
  /** Connections closed at accept because the address is blocked. */
  refusedAtAccept = 0;
  /** Connections closed because a per-address or total cap was reached. */
  refusedOverCap = 0;
  /** Requests rejected as malformed (400, 413, 431) or timed out while being read (408). */
  rejectedMalformed = 0;
  slowClientsClosed = 0;
  originErrors = 0;
  originTimeouts = 0;
  h2ResetFloodsClosed = 0;
  /** Requests turned away after waiting too long for a busy origin (origins-queue.ts). */
  originBusyShed = 0;

  countVerdict(verdict: Verdict): void {
    this.requests[verdictIndex[verdict]]++;
  }

  observeLatency(seconds: number): void {
    let i = 0;
    while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]) i++;
    this.latencyBuckets[i]++;
    this.latencySum += seconds;
    this.latencyCount++;
  }

  requestsFor(verdict: Verdict): number {
    return this.requests[verdictIndex[verdict]];
  }
}
