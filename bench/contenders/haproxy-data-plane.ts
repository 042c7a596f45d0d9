// Starts HAProxy as Breakwater's data plane in front of an origin: Breakwater (`breakwater serve` with the
// dataPlane section) and HAProxy running the haproxy.cfg Breakwater generates, its maps in a scratch
// folder, its runtime API on a unix socket there and its logs sent to Breakwater over loopback UDP.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, LOOPBACK, waitForPort } from '../net.js';
import { startProcess } from '../processes.js';
import { built } from '../scenarios/origin-saw.js';
import { makeScratch } from '../scratch.js';
import { type BreakwaterService, startBreakwater } from './breakwater.js';
import { SERVICE_DEADLINE_MS, type Service, serviceUrl } from './service.js';

/** What the built gateway exports for writing HAProxy's configuration. */
interface HaproxyConfigModule {
  haproxyConfig(input: {
    bind: string;
    runtimeApi: { path: string };
    logListen: { host: string; port: number };
    mapsDir: string;
    gateway: { host: string; port: number };
    upstreams: string[];
  }): string;
}
interface MapsModule {
  MAP_NAMES: readonly string[];
}

/** Time for Breakwater to find HAProxy's runtime API and fill its maps the first time. */
const FIRST_SYNC_MS = 1_500;

export interface DataPlaneService extends Service {
  /** Breakwater, the decisions and the sentinel (its gateway serves challenged clients only). */
  breakwater: BreakwaterService;
}

export async function startHaproxyDataPlane(
  haproxy: string,
  origin: Service,
  opts: { allowlist: readonly string[]; maxConnectionsPerAddress: number },
): Promise<DataPlaneService> {
  const dir = makeScratch('haproxy-data-plane');
  const maps = join(dir, 'maps');
  const { MAP_NAMES } = await built<MapsModule>('dataplane/haproxy-maps.js');
  mkdirSync(maps);
  for (const name of MAP_NAMES) writeFileSync(join(maps, `${name}.map`), '');
  const socket = join(dir, 'admin.sock');
  const logPort = await freePort();
  const breakwater = await startBreakwater({
    originUrl: origin.url,
    ...opts,
    dataPlane: { runtimeApi: `unix:${socket}`, logListen: `${LOOPBACK}:${logPort}`, maps },
  });
  const port = await freePort();
  const { haproxyConfig } = await built<HaproxyConfigModule>('dataplane/haproxy-config.js');
  const configFile = join(dir, 'haproxy.cfg');
  writeFileSync(
    configFile,
    haproxyConfig({
      bind: `${LOOPBACK}:${port}`,
      runtimeApi: { path: socket },
      logListen: { host: LOOPBACK, port: logPort },
      mapsDir: maps,
      gateway: { host: LOOPBACK, port: breakwater.port },
      upstreams: [origin.url],
    }),
  );
  const child = await startProcess({
    name: 'HAProxy data plane',
    command: haproxy,
    args: ['-f', configFile, '-db'],
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  await new Promise((resolve) => setTimeout(resolve, FIRST_SYNC_MS));
  return { label: 'HAProxy + Breakwater', url: serviceUrl(port, false), port, child, breakwater };
}
