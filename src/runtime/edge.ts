// The edge part: the challenge, the origin set with its health checks, the gateway, and the traffic
// recorder writing the edge's counters down each second.

import { AccessLog } from '../edge/access-log.js';
import { type Gateway, startGateway } from '../edge/gateway.js';
import { OriginSet } from '../edge/origins.js';
import { EdgeStats } from '../edge/stats.js';
import { Witness } from '../edge/witness.js';
import { TrafficRecorder } from '../traffic/recorder.js';
import { challengeSecrets } from './challenge-keys.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';
import { challengeOf, gatewaySettings, originSettings } from './edge-settings.js';
import { startWorkers } from './workers.js';

export interface EdgePart {
  gateway: Gateway;
  origins: OriginSet;
  stats: EdgeStats;
  /** Writes a traffic point each second; `tick()` drives it by hand. */
  traffic: TrafficRecorder;
  /** What the edge keeps of refused clients for evidence packages; none with workers or when configured off. */
  witness: Witness | undefined;
}

function startOrigins(core: Core): OriginSet {
  const { config, log, now, teardown } = core;
  const origins = new OriginSet({
    ...originSettings(config, now),
    onChange: (state) =>
      state.healthy
        ? log.info('origin healthy again', { origin: state.url })
        : log.warn('origin unhealthy', { origin: state.url, error: state.lastError }),
  });
  origins.start();
  teardown.add(() => origins.close());
  return origins;
}

export async function startEdge(core: Core, defence: DefencePart): Promise<EdgePart> {
  const { config, store, events, table, log, now, teardown } = core;
  const { secret, previousSecret } = await challengeSecrets(store);
  const origins = startOrigins(core);
  const stats = new EdgeStats();
  // Refused clients for evidence packages; kept in this process only, so not with gateway workers.
  const { requestHeads, sources, retention } = config.evidence;
  const witness =
    defence.pooled === undefined && (requestHeads > 0 || sources > 0)
      ? new Witness({ heads: requestHeads, sources, retainMs: retention, now })
      : undefined;
  const accessLog =
    defence.pooled === undefined && config.accessLog.path !== null
      ? new AccessLog({ ...config.accessLog, path: config.accessLog.path, now })
      : undefined;
  if (accessLog) teardown.add(() => accessLog.close());
  const onAbuse = (address: string, what: 'h2-rapid-reset') => {
    if (config.responder.mode === 'off') return;
    const decision = defence.responder.abuse(address, what, now());
    if (decision !== undefined) defence.loop.apply(decision);
  };
  if (defence.pooled !== undefined && (config.verdict.listen !== null || config.accessLog.path !== null)) {
    log.warn('the verdict endpoint and the access log run with one gateway process only: not started', {
      workers: String(config.cluster.workers),
    });
  }
  const gateway: Gateway =
    defence.pooled !== undefined
      ? await startWorkers(core, defence, defence.pooled, { secret, previousSecret, stats, onAbuse })
      : await startGateway({
          ...gatewaySettings(config),
          origins,
          table,
          challenge: challengeOf(config, secret, now, previousSecret),
          stats,
          admission: defence.admission,
          standing: defence.standing,
          reach: defence.reach,
          queries: defence.queries,
          tally: defence.tally,
          witness,
          accessLog,
          verdict:
            config.verdict.listen === null
              ? undefined
              : {
                  listen: config.verdict.listen,
                  failOpen: config.verdict.failOpen,
                  deadlineMs: config.verdict.deadline,
                },
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
