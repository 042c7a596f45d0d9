// A `breakwater serve` whose data plane is a real HAProxy, all on loopback: its configuration (the HAProxy
// data plane, the client's proxy trusted, the responder enforcing), an admin token in its store, the
// gateway started with the flags given, and HAProxy on the haproxy.cfg `breakwater dataplane
// haproxy-config` prints for it, once Breakwater has reached HAProxy's runtime API.
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExposition } from '../../src/control/exposition.js';
import { freePort, runCli } from './cli.js';
import { type Serving, startServing, stopChild } from './cluster-run.js';
import { callApi } from './control-api.js';
import { emptyMaps, startHaproxy, stopHaproxy, within } from './haproxy-run.js';

export interface DataPlaneGateway {
  serve: Serving;
  haproxy: ChildProcess;
  /** HAProxy's frontend port on 127.0.0.1. */
  port: number;
  token: string;
  /** A sample of the gateway's /metrics, 0 when absent. */
  metric(name: string): Promise<number>;
  stop(): Promise<void>;
}

export interface DataPlaneGatewayOptions {
  /** A folder of its own: configuration, data, maps, HAProxy's files. */
  dir: string;
  originUrl: string;
  /** Flags of `serve` (workers, Redis, database), also given to `token create` where it takes them. */
  serveArgs: string[];
  tokenArgs?: string[];
  env?: Record<string, string>;
  /** More of breakwater.yaml (a cluster's name). */
  settings?: Record<string, unknown>;
  /** The address HAProxy's /healthz is asked from while it starts. */
  probeFrom: string;
}

export async function startDataPlaneGateway(opts: DataPlaneGatewayOptions): Promise<DataPlaneGateway> {
  const { dir, originUrl, env } = opts;
  const mapsDir = join(dir, 'maps');
  emptyMaps(mapsDir);
  const dataPlane = {
    kind: 'haproxy',
    runtimeApi: `unix:${join(dir, 'admin.sock')}`,
    logListen: `127.0.0.1:${await freePort()}`,
    maps: mapsDir,
  };
  const serveConfig = join(dir, 'breakwater.yaml');
  // JSON is YAML
  writeFileSync(
    serveConfig,
    JSON.stringify({
      data: join(dir, 'data'),
      upstreams: [originUrl],
      trustedProxies: ['127.0.0.1'],
      responder: { mode: 'enforce' },
      challenge: { difficulty: 8 },
      dataPlane: { ...dataPlane, resync: '200ms' },
      ...opts.settings,
    }),
  );
  const created = await runCli(
    ['token', 'create', '--role', 'admin', '--config', serveConfig, ...(opts.tokenArgs ?? [])],
    { cwd: dir, env },
  );
  const token = created.stdout.trim();
  const serve = await startServing(['--config', serveConfig, ...opts.serveArgs], {
    cwd: dir,
    env,
    startMs: 180_000,
  });
  const metric = async (name: string) => {
    const answer = await callApi<string>(serve.controlUrl, 'GET', '/metrics', { token });
    return parseExposition(answer.body).samples.get(name) ?? 0;
  };
  let haproxy: ChildProcess | undefined;
  try {
    // the configuration users paste in, as the command prints it for this gateway
    const printConfig = join(dir, 'print.yaml');
    writeFileSync(
      printConfig,
      JSON.stringify({ listen: new URL(serve.url).host, upstreams: [originUrl], dataPlane }),
    );
    const port = await freePort();
    const printed = await runCli(
      ['dataplane', 'haproxy-config', '--config', printConfig, '--bind', `127.0.0.1:${port}`],
      { cwd: dir },
    );
    if (printed.code !== 0) throw new Error(`haproxy-config failed: ${printed.stderr}`);
    const haproxyConfig = join(dir, 'haproxy.cfg');
    writeFileSync(haproxyConfig, printed.stdout);
    haproxy = await startHaproxy(haproxyConfig, port, opts.probeFrom);
    await within(10_000, async () => (await metric('breakwater_dataplane_runtime_api_up')) === 1);
    const running = haproxy;
    return {
      serve,
      haproxy,
      port,
      token,
      metric,
      async stop() {
        await stopHaproxy(running);
        await stopChild(serve.child);
      },
    };
  } catch (error) {
    await stopHaproxy(haproxy);
    await stopChild(serve.child);
    throw error;
  }
}
