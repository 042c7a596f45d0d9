// One window of traffic as the edge's tally saw it (for example 250 ms): the only thing detectors read.
// Produced by Tally.rotate(); plain data, so a recorded stream of windows replays a detector exactly.

import type { Verdict } from './verdict.js';

/** A key (address, prefix, fingerprint, path) and its estimated request count in the window. */
export interface KeyCount {
  key: string;
  count: number;
}

/** What happened on one path (the request path without its query string) in the window. */
export interface PathWindow {
  path: string;
  /** 'api' or 'browser', as the edge's route policy classified most of its requests. */
  kind: 'api' | 'browser';
  requests: number;
  /** Requests that carried a query string. */
  withQuery: number;
  /** Estimated distinct query strings (HyperLogLog). */
  distinctQueries: number;
  /** Estimated distinct sources on this path (HyperLogLog). */
  distinctSources: number;
}

export interface OutcomeWindow {
  /** Answers from the origin by status class. */
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  /** Connection failures and timeouts talking to the origin. */
  originErrors: number;
  /** Origin latency quantiles over forwarded requests, in milliseconds (0 when none). */
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Forwarded requests whose latency was measured. */
  latencyCount: number;
}

export interface LoginWindow {
  /** Failed logins on the configured login routes (by status or marker). */
  failures: number;
  /** Successful logins. */
  successes: number;
  topSources: KeyCount[];
  topPrefixes: KeyCount[];
  /** Estimated distinct sources with a failure. */
  distinctSources: number;
}

export interface SlowWindow {
  /** Connections closed for being slow (header deadline, body rate), by address and by prefix. */
  closed: number;
  topSources: KeyCount[];
  topPrefixes: KeyCount[];
  /**
   * Open connections right now that have not yet completed their first request head, by address and
   * prefix (a kept-alive connection that has served requests is not counted).
   */
  pendingTopSources: KeyCount[];
  pendingTopPrefixes: KeyCount[];
  pending: number;
}

export interface WindowSnapshot {
  /** Window bounds, ms since the epoch (from the injected clock). */
  start: number;
  end: number;
  /** Every request the edge judged in the window. */
  requests: number;
  byVerdict: Record<Verdict, number>;
  /** Estimated distinct source addresses (HyperLogLog). */
  distinctSources: number;
  /** Distinct sources never seen before this window (first-seen filter), and their requests. */
  newSources: number;
  newSourceRequests: number;
  /** Requests that carried a valid challenge pass (verified clients). */
  verifiedRequests: number;
  /** Space-saving top-k with count-min estimates; k is the tally's setting (for example 32). */
  topSources: KeyCount[];
  /** The same by prefix and by fingerprint, over requests without a pass (no decision covers those). */
  topPrefixes: KeyCount[];
  topFingerprints: KeyCount[];
  /** The busiest paths with their detail, busiest first. */
  paths: PathWindow[];
  outcomes: OutcomeWindow;
  logins: LoginWindow;
  slow: SlowWindow;
}
