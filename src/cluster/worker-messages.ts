// The messages between a gateway's primary process and its workers (node:cluster IPC, structured clone).
// The primary owns the decision table, the sentinel and the control plane; workers run the data path.

import type { Config } from '../config/index.js';
import type { ReachWindow } from '../responder/reach.js';
import type { Announcement, TableImage } from './decision-feed.js';

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
    }
  | { t: 'announce'; announcement: Announcement }
  /** The changes after the seq a worker asked from, or the whole table when they are gone. */
  | { t: 'catch-up'; changes: Announcement[] }
  | { t: 'image'; image: TableImage }
  /**
   * End the tally window and send it; `distressed` carries admission by priority to the worker, and
   * `underAttack` stops its clients earning good standing during an attack.
   */
  | { t: 'cut'; tick: number; distressed: boolean; underAttack: boolean }
  /** Close the listeners and connections, then exit. */
  | { t: 'stop' };

export type FromWorker =
  /** The worker listens for messages: the primary sends init (messages sent earlier would be lost). */
  | { t: 'hello' }
  | { t: 'ready'; port: number; url: string }
  | { t: 'failed'; error: string }
  | { t: 'window'; tick: number; window: Uint8Array; figures: EdgeFigures; reach: ReachWindow }
  | { t: 'gap'; seq: number }
  | { t: 'abuse'; address: string; what: 'h2-rapid-reset' };
