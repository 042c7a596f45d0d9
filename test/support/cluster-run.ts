// Helpers for the scale-out tests: waiting for a condition, a paced keep-alive flood from one address
// spread over several gateways, the worker processes of a `serve`, and stopping a `serve` for good.

import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { send } from './client.js';

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
