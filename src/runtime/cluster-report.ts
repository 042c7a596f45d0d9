// What GET /api/v1/cluster shows, read from the edge's workers and the cluster part when there are any.

import { WorkerPool } from '../cluster/worker-pool.js';
import type { ClusterReport, SharedReport } from '../control/routes/cluster.js';
import type { ClusterPart } from './cluster.js';
import type { Core } from './core.js';
import type { EdgePart } from './edge.js';
import type { SharingPart } from './sharing.js';

export function clusterReport(
  core: Core,
  edge: EdgePart,
  cluster?: ClusterPart,
): () => Promise<ClusterReport> {
  const pool = edge.gateway instanceof WorkerPool ? edge.gateway : undefined;
  return async () => {
    const decisions = cluster?.decisions;
    const leader = cluster?.link.up ? await cluster.lease.leader().catch(() => undefined) : undefined;
    return {
      gateway: cluster?.gateway ?? 'alone',
      leading: cluster?.leading() ?? true,
      leader: leader ?? null,
      redis: cluster === undefined ? 'none' : cluster.link.up ? 'up' : 'down',
      store: core.config.database === null ? 'sqlite' : 'postgresql',
      workers: pool?.workers() ?? [],
      workerRestarts: pool?.restarts ?? 0,
      peers: cluster?.shared?.peers() ?? [],
      decisions: {
        lagP50Ms: decisions?.lag.quantile(0.5) ?? 0,
        lagP99Ms: decisions?.lag.quantile(0.99) ?? 0,
        received: decisions?.lag.count ?? 0,
        pending: decisions?.pending ?? 0,
        dropped: decisions?.dropped ?? 0,
      },
      windowsDropped: cluster?.shared?.dropped ?? 0,
      shared: cluster?.sharing && sharedReport(cluster.sharing),
    };
  };
}

function sharedReport({ budgets, standing, channel }: SharingPart): SharedReport {
  const figures = budgets.report;
  return {
    budgetFlushes: figures.flushes,
    budgetErrors: figures.errors,
    budgetFallbacks: figures.fallbacks,
    budgetFallback: figures.fallback,
    budgets: figures.budgets,
    standingAnnounced: standing.announced,
    standingAdopted: channel?.adopted ?? 0,
    standingDropped: channel?.dropped ?? 0,
  };
}
