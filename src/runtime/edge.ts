// The edge part: the challenge, the origin set with its health checks, the gateway, and the traffic
// recorder writing the edge's counters down each second.

import { type Gateway, startGateway } from '../edge/gateway.js';
import { EdgeStats } from '../edge/stats.js';
import type { Witness } from '../edge/witness.js';
import { TrafficRecorder } from '../traffic/recorder.js';
import { challengeSecrets } from './challenge-keys.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';
import { accessLogOf, challengeOf, gatewaySettings, verdictSettings, witnessOf } from './edge-settings.js';
import { OriginsInForce, startOriginSet } from './reload-origins.js';
import { startWorkers } from './workers.js';

export interface EdgePart {
  gateway: Gateway;
  /** The origin set in force (with workers, the one whose health the control plane reports). */
  origins: OriginsInForce;
  stats: EdgeStats;
  /** Writes a traffic point each second; `tick()` drives it by hand. */
  traffic: TrafficRecorder;
  /** What the edge keeps of refused clients for evidence packages (with workers, theirs taken in each tick);
   * none when configured off. */
  witness: Witness | undefined;
}

function startOrigins(core: Core): OriginsInForce {
  const { config, log, now, teardown } = core;
  const origins = new OriginsInForce(startOriginSet(config, log, now), log, now);
  teardown.add(() => origins.close());
  return origins;
}

export async function startEdge(core: Core, defence: DefencePart): Promise<EdgePart> {
  const { config, store, events, table, log, now, teardown } = core;
  const { secret, previousSecret } = await challengeSecrets(store);
  const origins = startOrigins(core);
  const stats = new EdgeStats();
  const witness = witnessOf(config, now);
  // With workers, each appends to the access log itself.
  const accessLog = defence.pooled === undefined ? accessLogOf(config, now) : undefined;
  if (accessLog) teardown.add(() => accessLog.close());
  const onAbuse = (address: string, what: 'h2-rapid-reset') => {
    if (config.responder.mode === 'off') return;
    const decision = defence.responder.abuse(address, what, now());
    if (decision !== undefined) defence.loop.apply(decision);
  };
  const gateway: Gateway =
    defence.pooled !== undefined
      ? await startWorkers(core, defence, defence.pooled, { secret, previousSecret, stats, witness, onAbuse })
      : await startGateway({
          ...gatewaySettings(config),
          origins: origins.current,
          table,
          challenge: challengeOf(config, secret, now, previousSecret),
          stats,
          admission: defence.admission,
          standing: defence.standing,
          reach: defence.reach,
          queries: defence.queries,
          buckets: defence.sharing.buckets,
          tally: defence.tally,
          witness,
          accessLog,
          verdict: verdictSettings(config),
          onAbuse,
          log,
          now,
        });
  teardown.add(() => gateway.close());
  const traffic = new TrafficRecorder({
    stats,
    traffic: store.traffic,
    events,
    log,
    now,
    retentionMs: config.traffic.retention,
  });
  traffic.start();
  teardown.add(() => traffic.stop());
  return { gateway, origins, stats, traffic, witness };
}
