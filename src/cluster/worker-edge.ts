// A worker's edge: the origins, the challenge, the gateway's listeners and its verdict endpoint, built from
// the Config the primary sent (with the same settings as a gateway without workers), around the worker's
// own decision table replica and tally. Of the gateway's budgets each of its N workers takes 1/N: the
// unknown clients' admission under distress, each guarded route's new queries, the access log's whole
// lines a second and the refused heads kept per tick. Every worker appends to the one access log file,
// as nginx's workers do: opened for appending (O_APPEND), each write lands whole at the file's end.

import type { Config } from '../config/index.js';
import { Admission } from '../edge/admission.js';
import { type Gateway, startGateway } from '../edge/gateway.js';
import { OriginSet } from '../edge/origins.js';
import { QueryBudget } from '../edge/query-budget.js';
import { EdgeStats } from '../edge/stats.js';
import type { Witness } from '../edge/witness.js';
import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { Reach } from '../responder/reach.js';
import {
  accessLogOf,
  challengeOf,
  gatewaySettings,
  originSettings,
  verdictSettings,
  witnessOf,
} from '../runtime/edge-settings.js';
import type { Tally } from '../sentinel/tally.js';
import type { WorkerSharing } from './worker-sharing.js';

export interface WorkerEdgeOptions {
  config: Config;
  table: DecisionTable;
  /** The gateway's challenge key, so a pass issued by one worker is good on all. */
  challengeSecret: Buffer;
  /** The key before the last rotation, still accepted. */
  challengePreviousSecret?: Buffer;
  tally: Tally;
  /** The gateway's workers, this one included: each takes 1/N of the gateway's budgets. */
  workers: number;
  /** The gateway's shared throttle budgets and good standing, this worker's side (worker-sharing.ts). */
  sharing?: WorkerSharing;
  onAbuse: (address: string, what: 'h2-rapid-reset') => void;
  log: Log;
  now?: () => number;
}

export interface WorkerEdge {
  gateway: Gateway;
  tally: Tally;
  stats: EdgeStats;
  admission: Admission;
  /** Clients in good standing (the primary's, or its own without sharing); what it let reach the origin. */
  standing: GoodStanding;
  reach: Reach;
  /** Its part of the gateway's budgets: 1/N. */
  share: number;
  /** Its share of the primary's query budgets, renewed each tick. */
  queries: QueryBudget;
  /** What it refused since the last tick, handed to the primary with its window; none when off. */
  witness: Witness | undefined;
  /** The origin set it started with (a reload puts another in its place: runtime/reload-worker.ts). */
  origins: OriginSet;
  close(): Promise<void>;
}

export async function startEdge(opts: WorkerEdgeOptions): Promise<WorkerEdge> {
  const { config } = opts;
  const now = opts.now ?? Date.now;
  const origins = new OriginSet(originSettings(config, now));
  origins.start();
  const stats = new EdgeStats();
  const share = 1 / opts.workers;
  const admission = new Admission({ now, share });
  const standing = opts.sharing?.standing ?? new GoodStanding({ now });
  const reach = new Reach(now);
  const queries = new QueryBudget({ now });
  const witness = witnessOf(config, now, share);
  const accessLog = accessLogOf(config, now, share);
  try {
    const gateway = await startGateway({
      ...gatewaySettings(config),
      origins,
      table: opts.table,
      challenge: challengeOf(config, opts.challengeSecret, now, opts.challengePreviousSecret),
      stats,
      admission,
      standing,
      reach,
      queries,
      buckets: opts.sharing?.buckets,
      tally: opts.tally,
      witness,
      accessLog,
      verdict: verdictSettings(config),
      onAbuse: opts.onAbuse,
      log: opts.log,
      now,
    });
    return {
      gateway,
      tally: opts.tally,
      stats,
      admission,
      standing,
      reach,
      share,
      queries,
      witness,
      origins,
      async close() {
        await gateway.close();
        await origins.close();
        await accessLog?.close();
      },
    };
  } catch (error) {
    await origins.close();
    await accessLog?.close();
    throw error;
  }
}
