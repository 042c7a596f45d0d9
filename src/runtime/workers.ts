// The edge's data path in worker processes (`cluster.workers` > 1): the primary keeps the decision table,
// the defence loop and the control plane, and drives the loop over the workers' merged windows each tick.

import { driveDefence, type PooledTally } from '../cluster/pooled-tally.js';
import { WorkerPool, workerCount } from '../cluster/worker-pool.js';
import type { EdgeStats } from '../edge/stats.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';

export interface WorkerEdgeInputs {
  secret: Buffer;
  previousSecret?: Buffer;
  stats: EdgeStats;
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
    stats: inputs.stats,
    reach: defence.reach,
    underAttack: () => defence.standing.underAttack,
    onAbuse: inputs.onAbuse,
    log,
    windowWaitMs: Math.max(20, config.sentinel.tick / 2),
  });
  await pool.start();
  teardown.add(driveDefence(pool, pooled, defence.loop, config.sentinel.tick));
  log.info('gateway workers listening', { workers: pool.workers().length });
  return pool;
}
