// What the processes and gateways of one defence share beside decisions and windows (docs/scale-out.md):
// throttle budgets (../cluster/shared-budget.ts) and good standing (../cluster/shared-standing.ts). The
// primary keeps both for its gateway; with `cluster.redis` they are shared with the other gateways too.

import { SharedBudgets } from '../cluster/shared-budget.js';
import { BudgetSync } from '../cluster/shared-budget-sync.js';
import { StandingHub } from '../cluster/shared-standing.js';
import { StandingChannel } from '../cluster/shared-standing-channel.js';
import { TokenBuckets } from '../edge/token-buckets.js';
import type { GoodStanding } from '../responder/good-standing.js';
import type { ClusterPart } from './cluster.js';
import type { Core } from './core.js';

export interface SharingPart {
  /** The gateway's count of its shared budgets (its workers flush to it). */
  budgets: SharedBudgets;
  /** The gateway's one good standing, told its workers' sightings and announcing its changes. */
  standing: StandingHub;
  /** The token buckets of this process's own gateway (without workers), their shared budgets synced. */
  buckets: TokenBuckets;
  /** Good standing to and from the other gateways, in a cluster. */
  channel?: StandingChannel;
}

export function startSharing(core: Core, standing: GoodStanding, cluster?: ClusterPart): SharingPart {
  const { config, log, now, teardown } = core;
  const budgets = new SharedBudgets({
    link: cluster?.link,
    prefix: `${config.cluster.name}:budget:`,
    gateways: () => 1 + (cluster?.shared?.peers().length ?? 0),
    log,
    now,
  });
  budgets.start();
  teardown.add(() => budgets.stop());
  const hub = new StandingHub({ standing, tickMs: config.sentinel.tick });
  hub.start();
  teardown.add(() => hub.stop());
  const buckets = new TokenBuckets(now);
  if (cluster === undefined) return { budgets, standing: hub, buckets };

  // Without workers this process's own buckets flush to the gateway's count directly.
  const sync = new BudgetSync(
    buckets,
    (seq, spend) => sync.settle(seq, budgets.settle(spend), budgets.scale),
    now,
  );
  sync.start();
  teardown.add(() => sync.stop());
  const channel = new StandingChannel({
    link: cluster.link,
    key: `${config.cluster.name}:standing`,
    gateway: cluster.gateway,
    secret: cluster.standingSecret,
    hub,
    log,
  });
  channel.start();
  teardown.add(() => channel.stop());
  cluster.sharing = { budgets, standing: hub, buckets, channel };
  return cluster.sharing;
}
