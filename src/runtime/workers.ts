// The edge's data path in worker processes (`cluster.workers` > 1): the primary keeps the decision table,
// the defence loop and the control plane, and drives the loop over the workers' merged windows each tick.
// Each tick carries the loop's admission by priority and query budgets to the workers, and brings back what
// they witnessed of refused clients, into the one witness evidence packages read.

import { driveDefence, type PooledTally } from '../cluster/pooled-tally.js';
import { WorkerPool, workerCount } from '../cluster/worker-pool.js';
import type { EdgeStats } from '../edge/stats.js';
import type { Witness } from '../edge/witness.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';

export interface WorkerEdgeInputs {
  secret: Buffer;
  previousSecret?: Buffer;
  stats: EdgeStats;
  /** The gateway's witness, which takes in the workers'; none when configured off. */
  witness: Witness | undefined;
  onAbuse: (address: string, what: 'h2-rapid-reset') => void;
}

export async function startWorkers(
  core: Core,
  defence: DefencePart,
  pooled: PooledTally,
  inputs: WorkerEdgeInputs,
): Promise<WorkerPool> {
  const { config, table, log, teardown } = core;
  const pool = new WorkerPool({
    workers: workerCount(config.cluster.workers),
    config,
    table,
    challengeSecret: inputs.secret,
    challengePreviousSecret: inputs.previousSecret,
    admission: defence.admission,
    queries: defence.queries,
    witness: inputs.witness,
    stats: inputs.stats,
    reach: defence.reach,
    underAttack: () => defence.standing.underAttack,
    onAbuse: inputs.onAbuse,
    budgets: defence.sharing.budgets,
    standing: defence.sharing.standing,
    log,
    windowWaitMs: Math.max(20, config.sentinel.tick / 2),
  });
  await pool.start();
  teardown.add(driveDefence(pool, pooled, defence.loop, config.sentinel.tick));
  log.info('gateway workers listening', { workers: pool.workers().length });
  return pool;
}
