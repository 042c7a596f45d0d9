// The messages between a gateway's primary process and its workers (node:cluster IPC, structured clone).
// The primary owns the decision table, the sentinel and the control plane; workers run the data path.

import type { Config } from '../config/index.js';
import type { DrainOutcome } from '../edge/drain.js';
import type { QueryGuard } from '../edge/query-budget.js';
import type { WitnessBatch } from '../edge/witness.js';
import type { StandingEntry } from '../responder/good-standing.js';
import type { ReachWindow } from '../responder/reach.js';
import type { Announcement, TableImage } from './decision-feed.js';
import type { SightingsBatch } from './shared-standing-sightings.js';
import type { WorkerVitals } from './worker-vitals.js';

/** The edge's running counters, as a worker reports them with each window. */
export interface EdgeFigures {
  requests: number[];
  latencyBuckets: number[];
  latencySum: number;
  latencyCount: number;
  openConnections: number;
  acceptedConnections: number;
  refusedAtAccept: number;
  refusedOverCap: number;
  rejectedMalformed: number;
  slowClientsClosed: number;
  originErrors: number;
  originTimeouts: number;
  h2ResetFloodsClosed: number;
  originBusyShed: number;
}

export type ToWorker =
  /** Everything a worker needs before it accepts: it loads the table, then listens. */
  | {
      t: 'init';
      config: Config;
      challengeSecret: string;
      challengePreviousSecret?: string;
      seeds: [number, number];
      image: TableImage;
      /** How many workers share the gateway's budgets (admission, query budgets, access log lines). */
      workers: number;
    }
  | { t: 'announce'; announcement: Announcement }
  /** The changes after the seq a worker asked from, or the whole table when they are gone. */
  | { t: 'catch-up'; changes: Announcement[] }
  | { t: 'image'; image: TableImage }
  /**
   * End the tally window and send it; `distressed` carries admission by priority to the worker,
   * `underAttack` stops its clients earning good standing during an attack, and `guards` are the routes
   * whose new queries are on a budget (the worker takes its share).
   */
  | { t: 'cut'; tick: number; distressed: boolean; underAttack: boolean; guards: QueryGuard[] }
  /** Take the live settings of this configuration (a reload: SIGHUP); answered with 'reloaded'. */
  | { t: 'reload'; config: Config }
  /** Stop accepting and let the requests in flight finish, within the deadline; answered with 'drained'. */
  | { t: 'drain'; deadlineMs: number }
  /** A budget flush's totals spent everywhere (shared-budget.ts) and this worker's share of each budget. */
  | { t: 'budget'; seq: number; totals: number[]; scale: number }
  /** Clients in good standing, as the gateway's owner decided or adopted them (shared-standing.ts). */
  | { t: 'standing'; entries: StandingEntry[] }
  /** Close the listeners and connections, then exit. */
  | { t: 'stop' };

export type FromWorker =
  /** The worker listens for messages: the primary sends init (messages sent earlier would be lost). */
  | { t: 'hello' }
  | { t: 'ready'; port: number; url: string; verdictUrl?: string }
  | { t: 'failed'; error: string }
  /** The tally window, counters and reach of the tick, and the refusals witnessed in it (for evidence). */
  | {
      t: 'window';
      tick: number;
      window: Uint8Array;
      figures: EdgeFigures;
      reach: ReachWindow;
      witness?: WitnessBatch;
      vitals?: WorkerVitals;
    }
  | { t: 'gap'; seq: number }
  /** What the worker spent of shared budgets since its last flush; answered with 'budget'. */
  | { t: 'budget'; seq: number; keys: string[]; counts: number[] }
  /** Whom the worker let through this tick, for the gateway's good standing. */
  | { t: 'seen'; batch: SightingsBatch }
  /** The reload applied, or why not (the worker keeps its settings). */
  | { t: 'reloaded'; error?: string }
  | { t: 'drained'; outcome: DrainOutcome }
  | { t: 'abuse'; address: string; what: 'h2-rapid-reset' };
