// Starts Breakwater (`breakwater serve`) in front of an origin with a generated breakwater.yaml (HTTPS with
// HTTP/2 when given a certificate), and creates control-plane tokens in its data folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, LOOPBACK, waitForPort } from '../net.js';
import { GATEWAY_MAIN, gatewayNodeFlags } from '../paths.js';
import { runProcess, startProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';
import type { Certificate } from './certificate.js';
import { SERVICE_DEADLINE_MS, type Service, serviceUrl } from './service.js';

export interface BreakwaterOptions {
  originUrl: string;
  /** Data folder (SQLite store); a fresh one when omitted. */
  dataDir?: string;
  /** Open connections allowed from one address: above the load generator's, so it is never capped. */
  maxConnectionsPerAddress: number;
  /** Addresses the automatic responder never acts on (the load generator's, when it is not the attack). */
  allowlist: readonly string[];
  /** Serve HTTPS (HTTP/2 by ALPN, HTTP/1.1 fallback) with this certificate; plain HTTP when omitted. */
  tls?: Certificate;
  /** responder.goodStandingAfter, shortened so a run's warm-up can earn clients their standing. */
  goodStandingAfter?: string;
  /** Gateway worker processes (cluster.workers); one process when omitted. */
  workers?: number | 'auto';
  /** HAProxy as the data plane (the dataPlane section, kind haproxy); the gateway forwards when omitted. */
  dataPlane?: { runtimeApi: string; logListen: string; maps: string };
  /** A gateway of a cluster (cluster.name, --redis, --database, the shared store key); alone when omitted. */
  cluster?: ClusterMembership;
}

/** What every gateway of one cluster shares: its name in Redis, Redis, the PostgreSQL store and its key. */
export interface ClusterMembership {
  name: string;
  redis: string;
  database: string;
  storeKey: string;
}

/** The flags and environment that put a `breakwater` command on a cluster's shared store. */
function storeOf(cluster: ClusterMembership | undefined) {
  return cluster === undefined
    ? { args: [], env: undefined }
    : {
        args: ['--database', cluster.database],
        env: { ...process.env, BREAKWATER_STORE_KEY: cluster.storeKey },
      };
}

export interface BreakwaterService extends Service {
  controlUrl: string;
  dataDir: string;
}

/**
 * The benchmark's breakwater.yaml: errors-only logging, cheap health checks, generous connection caps, the
 * responder's allowlist, and the certificate when it serves TLS (its http2 settings keep their defaults).
 * Detection still runs on every request; only acting on the listed addresses is off.
 */
function configText(opts: BreakwaterOptions): string {
  const { maxConnectionsPerAddress: maxPerAddress, allowlist, tls } = opts;
  return [
    '# Written by the benchmark harness (bench/contenders/breakwater.ts).',
    'logLevel: error',
    'healthCheck:',
    '  path: /api/health',
    'limits:',
    `  maxConnectionsPerAddress: ${maxPerAddress}`,
    `  maxConnections: ${Math.max(20_000, maxPerAddress)}`,
    'responder:',
    allowlist.length > 0 ? '  allowlist:' : '  allowlist: []',
    ...allowlist.map((address) => `    - ${address}`),
    ...(opts.goodStandingAfter === undefined ? [] : [`  goodStandingAfter: ${opts.goodStandingAfter}`]),
    ...(tls === undefined ? [] : ['tls:', `  cert: ${tls.certFile}`, `  key: ${tls.keyFile}`]),
    ...(opts.workers === undefined && opts.cluster === undefined ? [] : ['cluster:']),
    ...(opts.workers === undefined ? [] : [`  workers: ${opts.workers}`]),
    ...(opts.cluster === undefined ? [] : [`  name: ${opts.cluster.name}`]),
    // HAProxy hands challenged clients to the gateway from loopback: its X-Forwarded-For is believed.
    ...(opts.dataPlane === undefined
      ? []
      : [
          `trustedProxies: [${LOOPBACK}]`,
          'dataPlane:',
          '  kind: haproxy',
          ...Object.entries(opts.dataPlane).map(([k, v]) => `  ${k}: ${v}`),
        ]),
    '',
  ].join('\n');
}

export function breakwaterDataDir(): string {
  return join(makeScratch('breakwater'), 'data');
}

/** A new control-plane token with `role` in `dataDir` (or the cluster's store), as `breakwater token create` prints it. */
export async function createToken(
  dataDir: string,
  role: 'viewer' | 'responder' | 'admin',
  cluster?: ClusterMembership,
): Promise<string> {
  const store = storeOf(cluster);
  const child = await runProcess({
    name: 'breakwater token create',
    command: process.execPath,
    args: [
      GATEWAY_MAIN,
      'token',
      'create',
      '--role',
      role,
      '--name',
      'bench',
      '--data',
      dataDir,
      ...store.args,
    ],
    env: store.env,
    deadlineMs: 30_000,
    keepStdout: true,
  });
  const token = child.stdout.trim().split('\n').at(-1)?.trim();
  if (!token) throw new Error('bench: `breakwater token create` printed no token');
  return token;
}

export async function startBreakwater(opts: BreakwaterOptions): Promise<BreakwaterService> {
  const dataDir = opts.dataDir ?? breakwaterDataDir();
  const configFile = join(makeScratch('breakwater-config'), 'breakwater.yaml');
  writeFileSync(configFile, configText(opts));
  const [port, controlPort] = [await freePort(), await freePort()];
  const store = storeOf(opts.cluster);
  const child = await startProcess({
    name: 'Breakwater',
    command: process.execPath,
    args: [
      ...gatewayNodeFlags(),
      GATEWAY_MAIN,
      'serve',
      '--config',
      configFile,
      '--upstream',
      opts.originUrl,
      '--listen',
      `${LOOPBACK}:${port}`,
      '--control',
      `${LOOPBACK}:${controlPort}`,
      '--data',
      dataDir,
      ...store.args,
      ...(opts.cluster === undefined ? [] : ['--redis', opts.cluster.redis]),
    ],
    env: store.env,
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  await waitForPort(controlPort, child);
  return {
    label: 'Breakwater',
    url: serviceUrl(port, opts.tls !== undefined),
    port,
    child,
    controlUrl: `http://${LOOPBACK}:${controlPort}`,
    dataDir,
  };
}
