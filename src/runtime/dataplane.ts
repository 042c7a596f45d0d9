// The data-plane part, with `dataPlane.kind: haproxy`: HAProxy forwards the traffic; its maps are kept
// equal to the decision table through its runtime API, and its request logs feed the defence's tally.

import { LogListener } from '../dataplane/log-listener.js';
import { MapSync } from '../dataplane/map-sync.js';
import { RuntimeApi } from '../dataplane/runtime-api.js';
import { RoutePolicy } from '../edge/route-policy.js';
import type { EdgeStats } from '../edge/stats.js';
import type { Core } from './core.js';
import type { DefencePart } from './defence.js';

export interface DataPlanePart {
  maps: MapSync;
  logs: LogListener;
  /** The UDP port HAProxy's logs are received on. */
  logPort: number;
}

/** Starts the HAProxy data plane when the configuration asks for one; undefined otherwise. */
export async function startDataPlane(
  core: Core,
  defence: DefencePart,
  stats: EdgeStats,
): Promise<DataPlanePart | undefined> {
  const { config, table, log, now, teardown } = core;
  const { dataPlane } = config;
  if (dataPlane.kind !== 'haproxy') return undefined;
  const logs = new LogListener({
    listen: dataPlane.logListen,
    tally: defence.tally,
    stats,
    reach: defence.reach,
    standing: defence.standing,
    routes: new RoutePolicy(config.routes),
    log,
    now,
  });
  const logPort = await logs.start();
  teardown.add(() => logs.stop());
  const maps = new MapSync({
    api: new RuntimeApi(dataPlane.runtimeApi),
    table,
    mapsDir: dataPlane.maps,
    checkEveryMs: dataPlane.resync,
    log,
  });
  maps.start();
  teardown.add(() => maps.stop());
  log.info('HAProxy data plane started', { logListen: `${dataPlane.logListen.host}:${logPort}` });
  return { maps, logs, logPort };
}
