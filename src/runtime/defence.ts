// The defence part: the tally the edge fills, the sentinel and responder loop over it, and admission
// under origin distress, which the loop sets and the edge reads.

import { PooledTally } from '../cluster/pooled-tally.js';
import { workerCount } from '../cluster/worker-pool.js';
import { DefenceLoop } from '../defence-loop.js';
import { Admission } from '../edge/admission.js';
import { Responder } from '../responder/responder.js';
import { Sentinel } from '../sentinel/sentinel.js';
import { Tally } from '../sentinel/tally.js';
import type { Core } from './core.js';

export interface DefencePart {
  tally: Tally;
  responder: Responder;
  admission: Admission;
  /** The sentinel and responder loop; `tick()` drives it by hand. */
  loop: DefenceLoop;
  /** With workers: what the loop reads, their windows merged; the edge's workers drive the loop. */
  pooled?: PooledTally;
}

export function startDefence(core: Core): DefencePart {
  const { config, store, events, table, log, now, teardown } = core;
  const tally = new Tally({ now, loginRoutes: config.sentinel.loginRoutes });
  const responder = new Responder({
    dryRun: config.responder.mode === 'dry-run',
    baseTtlMs: config.responder.ttl,
    maxTtlMs: config.responder.maxTtl,
    escalateAfterMs: config.responder.escalateAfter,
    cooldownMs: config.responder.cooldown,
    throttle: { rate: config.responder.throttleRate, burst: config.responder.throttleBurst },
    allowlist: config.responder.allowlist,
  });
  const admission = new Admission({ now });
  const pooled = workerCount(config.cluster.workers) > 1 ? new PooledTally(tally) : undefined;
  const loop = new DefenceLoop({
    tally: pooled ?? tally,
    sentinel: new Sentinel(),
    responder,
    mode: config.responder.mode,
    table,
    admission,
    store,
    events,
    log,
    tickMs: config.sentinel.tick,
    now,
  });
  if (pooled === undefined) loop.start();
  teardown.add(() => loop.stop());
  return { tally, responder, admission, loop, pooled };
}
