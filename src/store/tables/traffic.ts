// Tables of the store: Per-second traffic rollups.

/**
 * One row per recorded step: 1-second rows as the recorder writes them, 1-minute rows once compacted.
 * Several gateways sharing a database each write their own rows; readers sum rows that share a step.
 */
export interface TrafficTable {
  /** Start of the step, ms since the epoch. */
  at: number | string;
  step_ms: number;
  allowed: number | string;
  challenged: number | string;
  throttled: number | string;
  blocked: number | string;
  shed: number | string;
  /** Origin errors and timeouts. */
  origin_errors: number | string;
  latency_p50_ms: number | null;
  latency_p95_ms: number | null;
  latency_p99_ms: number | null;
}

export interface TrafficTables {
  traffic: TrafficTable;
}
