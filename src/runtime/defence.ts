// The defence part: the tally the edge fills, the sentinel and responder loop over it, and what the loop
// and the edge share: admission under origin distress, clients in good standing, what reaches the origin
// (the closed loop's measure) and the budgets of new queries on routes under a cache bypass.

import { PooledTally } from '../cluster/pooled-tally.js';
import { workerCount } from '../cluster/worker-pool.js';
import { DefenceLoop } from '../defence/loop.js';
import { Admission } from '../edge/admission.js';
import { QueryBudget } from '../edge/query-budget.js';
import { GoodStanding } from '../responder/good-standing.js';
import { Reach } from '../responder/reach.js';
import { Responder } from '../responder/responder.js';
import { Sentinel } from '../sentinel/sentinel.js';
import { Tally } from '../sentinel/tally.js';
import type { ClusterPart } from './cluster.js';
import type { Core } from './core.js';
import { type SharingPart, startSharing } from './sharing.js';

export interface DefencePart {
  tally: Tally;
  responder: Responder;
  admission: Admission;
  standing: GoodStanding;
  reach: Reach;
  queries: QueryBudget;
  /** The sentinel and responder loop; `tick()` drives it by hand. */
  loop: DefenceLoop;
  /** With workers: what the loop reads, their windows merged; the edge's workers drive the loop. */
  pooled?: PooledTally;
  /** Throttle budgets and good standing shared by the workers and the gateways. */
  sharing: SharingPart;
}

/** With `cluster`, the loop reads the cluster's summed windows and acts only while this gateway leads. */
export function startDefence(core: Core, cluster?: ClusterPart): DefencePart {
  const { config, store, events, table, log, now, teardown } = core;
  const tally = new Tally({ now, loginRoutes: config.sentinel.loginRoutes });
  const standing = new GoodStanding({ now, earnAfterMs: config.responder.goodStandingAfter });
  const reach = new Reach(now);
  const queries = new QueryBudget({ now });
  const responder = new Responder({
    dryRun: config.responder.mode === 'dry-run',
    baseTtlMs: config.responder.ttl,
    maxTtlMs: config.responder.maxTtl,
    escalateAfterMs: config.responder.escalateAfter,
    cooldownMs: config.responder.cooldown,
    throttle: { rate: config.responder.throttleRate, burst: config.responder.throttleBurst },
    // Slow-client and HTTP/2-abuse counts see the proxy in front, not its clients: never act on it.
    allowlist: [...config.responder.allowlist, ...config.trustedProxies],
    inGoodStanding: (address) => standing.holds(address),
    seenBefore: (address, at) => standing.seenBefore(address, at),
  });
  const admission = new Admission({ now });
  const pooled = workerCount(config.cluster.workers) > 1 ? new PooledTally(tally) : undefined;
  const loop = new DefenceLoop({
    tally: cluster?.windows(pooled ?? tally) ?? pooled ?? tally,
    leading: cluster?.leading,
    sentinel: new Sentinel(),
    responder,
    mode: config.responder.mode,
    table,
    admission,
    standing,
    reach,
    queries,
    loginRoutes: config.sentinel.loginRoutes,
    store,
    events,
    log,
    tickMs: config.sentinel.tick,
    now,
  });
  if (pooled === undefined) loop.start();
  teardown.add(() => loop.stop());
  const sharing = startSharing(core, standing, cluster);
  return { tally, responder, admission, standing, reach, queries, loop, pooled, sharing };
}
