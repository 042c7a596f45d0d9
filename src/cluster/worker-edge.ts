// A worker's edge: the origins, the challenge and the gateway's listeners, built from the Config the
// primary sent (with the same settings as a gateway without workers), around the worker's own decision
// table replica and tally.

import type { Config } from '../config/index.js';
import { Admission } from '../edge/admission.js';
import { type Gateway, startGateway } from '../edge/gateway.js';
import { OriginSet } from '../edge/origins.js';
import { QueryBudget } from '../edge/query-budget.js';
import { EdgeStats } from '../edge/stats.js';
import type { Log } from '../log.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { GoodStanding } from '../responder/good-standing.js';
import { Reach } from '../responder/reach.js';
import { challengeOf, gatewaySettings, originSettings } from '../runtime/edge-settings.js';
import type { Tally } from '../sentinel/tally.js';

export interface WorkerEdgeOptions {
  config: Config;
  table: DecisionTable;
  /** The gateway's challenge key, so a pass issued by one worker is good on all. */
  challengeSecret: Buffer;
  /** The key before the last rotation, still accepted. */
  challengePreviousSecret?: Buffer;
  tally: Tally;
  onAbuse: (address: string, what: 'h2-rapid-reset') => void;
  log: Log;
  now?: () => number;
}

export interface WorkerEdge {
  gateway: Gateway;
  tally: Tally;
  stats: EdgeStats;
  admission: Admission;
  /** This worker's own: clients it saw in good standing, what it let reach the origin, query budgets. */
  standing: GoodStanding;
  reach: Reach;
  close(): Promise<void>;
}

export async function startEdge(opts: WorkerEdgeOptions): Promise<WorkerEdge> {
  const { config } = opts;
  const now = opts.now ?? Date.now;
  const origins = new OriginSet(originSettings(config, now));
  origins.start();
  const stats = new EdgeStats();
  const admission = new Admission({ now });
  const standing = new GoodStanding({ now });
  const reach = new Reach(now);
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
      queries: new QueryBudget({ now }),
      tally: opts.tally,
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
      async close() {
        await gateway.close();
        await origins.close();
      },
    };
  } catch (error) {
    await origins.close();
    throw error;
  }
}
