// Helpers for the scale-out tests: waiting for a condition, a paced keep-alive flood from one address
// spread over several gateways, starting a `serve` and finding its worker processes, stopping it for
// good, a fresh PostgreSQL schema for gateways to share, and a Redis of a test's own to stop and start.

import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Redis } from 'ioredis';
import { freePort, startCli } from './cli.js';
import { send } from './client.js';
import { runStatement } from './postgres.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` every 50 ms until it gives a value; throws naming `what` after `ms`. */
export async function until<T>(what: string, read: () => Promise<T | undefined> | T | undefined, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(50);
  }
}

export interface FloodOptions {
  /** Gateways, each sent an equal share. */
  urls: readonly string[];
  /** Requests per second in all. */
  rate: number;
  /** Keep-alive connections per gateway. */
  connections: number;
  localAddress: string;
  stop: () => boolean;
}

/** A paced keep-alive flood; resolves once `stop()` holds and every connection is closed. */
export function pacedFlood(opts: FloodOptions): Promise<void> {
  const senders = opts.urls.length * opts.connections;
  const gap = (1000 * senders) / opts.rate;
  return Promise.all(
    opts.urls.map(async (url) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
      const one = async () => {
        while (!opts.stop()) {
          const started = Date.now();
          await send(url, '/', { agent, localAddress: opts.localAddress, timeoutMs: 2_000 }).catch(() => {});
          await sleep(Math.max(0, gap - (Date.now() - started)));
        }
      };
      await Promise.all(Array.from({ length: opts.connections }, one));
      agent.destroy();
    }),
  ).then(() => undefined);
}

/** Pids of the gateway workers (dist/cluster/worker.js) of the process `parent`. */
export function workerPids(parent: number | undefined): number[] {
  try {
    const out = execFileSync('ps', ['--ppid', String(parent), '-o', 'pid=,args='], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((line) => line.includes('cluster/worker.js'))
      .map((line) => Number.parseInt(line.trim(), 10));
  } catch {
    return [];
  }
}

/** SIGTERM, then SIGKILL if it has not exited within a few seconds. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(8_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export interface Serving {
  child: ChildProcess;
  /** The gateway's base URL. */
  url: string;
  controlUrl: string;
  /** What it wrote on stderr so far. */
  log: string[];
}

/**
 * Starts `breakwater serve` with `args` (origins, data, cluster flags) on free loopback ports, and waits
 * until its control plane answers; its log is in the error when it does not.
 */
export async function startServing(
  args: string[],
  opts: {
    cwd: string;
    env?: Record<string, string>;
    /** How long it may take to answer; default 30 s. */
    startMs?: number;
  },
) {
  const [listen, control] = [await freePort(), await freePort()];
  const child = startCli(
    ['serve', ...args, '--listen', `127.0.0.1:${listen}`, '--control', `127.0.0.1:${control}`],
    opts,
  );
  const log: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  const serving: Serving = {
    child,
    url: `http://127.0.0.1:${listen}`,
    controlUrl: `http://127.0.0.1:${control}`,
    log,
  };
  await until(
    'serve started',
    () =>
      fetch(`${serving.controlUrl}/api/v1/health`).then(
        () => true,
        () => undefined,
      ),
    opts.startMs ?? 30_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${log.join('')}`);
  });
  return serving;
}

/** A fresh schema in the PostgreSQL database `base`, and the URL whose connections use it. */
export async function freshSchema(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bw_cluster_${randomBytes(6).toString('hex')}`;
  await runStatement(base, `create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: () => runStatement(base, `drop schema if exists ${schema} cascade`).then(() => {}),
  };
}

/** A Redis server of the test's own on `port` (no persistence), once it answers. */
export async function startRedisServer(port: number): Promise<ChildProcess> {
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  });
  await until(
    'Redis answering',
    async () => {
      const probe = new Redis({
        port,
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      probe.on('error', () => {});
      const ok = await probe.connect().then(
        () => probe.ping(),
        () => undefined,
      );
      probe.disconnect();
      return ok === 'PONG' ? true : undefined;
    },
    10_000,
  );
  return server;
}
