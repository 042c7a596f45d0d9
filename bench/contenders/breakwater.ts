// Starts Breakwater (`breakwater serve`) in front of an origin with a generated breakwater.yaml, and
// creates control-plane tokens in its data folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, LOOPBACK, waitForPort } from '../net.js';
import { GATEWAY_MAIN } from '../paths.js';
import { runProcess, startProcess } from '../processes.js';
import { makeScratch } from '../scratch.js';
import { SERVICE_DEADLINE_MS, type Service } from './service.js';

export interface BreakwaterOptions {
  originUrl: string;
  /** Data folder (SQLite store); a fresh one when omitted. */
  dataDir?: string;
  /** Open connections allowed from one address: above the load generator's, so it is never capped. */
  maxConnectionsPerAddress: number;
  /** Addresses the automatic responder never acts on (the load generator's, when it is not the attack). */
  allowlist: readonly string[];
}

export interface BreakwaterService extends Service {
  controlUrl: string;
  dataDir: string;
}

/**
 * The benchmark's breakwater.yaml: errors-only logging, cheap health checks, generous connection caps, and
 * the responder's allowlist. Detection still runs on every request; only acting on the listed addresses is off.
 */
function configText(maxPerAddress: number, allowlist: readonly string[]): string {
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
    '',
  ].join('\n');
}

export function breakwaterDataDir(): string {
  return join(makeScratch('breakwater'), 'data');
}

/** A new control-plane token with `role` in `dataDir`, as `breakwater token create` prints it. */
export async function createToken(dataDir: string, role: 'viewer' | 'responder' | 'admin'): Promise<string> {
  const child = await runProcess({
    name: 'breakwater token create',
    command: process.execPath,
    args: [GATEWAY_MAIN, 'token', 'create', '--role', role, '--name', 'bench', '--data', dataDir],
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
  writeFileSync(configFile, configText(opts.maxConnectionsPerAddress, opts.allowlist));
  const [port, controlPort] = [await freePort(), await freePort()];
  const child = await startProcess({
    name: 'Breakwater',
    command: process.execPath,
    args: [
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
    ],
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  await waitForPort(controlPort, child);
  return {
    label: 'Breakwater',
    url: `http://${LOOPBACK}:${port}`,
    port,
    child,
    controlUrl: `http://${LOOPBACK}:${controlPort}`,
    dataDir,
  };
}
