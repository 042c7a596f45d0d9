// Helpers for the tests of HAProxy as Breakwater's data plane: whether the haproxy command is there, the
// empty map files it loads, requests through it from a chosen loopback address, waiting for a condition,
// and starting and stopping HAProxy on a configuration file.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { MAP_NAMES } from '../../src/dataplane/haproxy-maps.js';

export function haproxyInstalled(): boolean {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The maps folder HAProxy loads at start, each map file empty. */
export function emptyMaps(dir: string): void {
  mkdirSync(dir);
  for (const map of MAP_NAMES) writeFileSync(join(dir, `${map}.map`), '');
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface SendOptions {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A keep-alive agent bound to the sender's address; without it, one connection from `from`. */
  agent?: http.Agent;
}

/** A request to 127.0.0.1:`port` from the address `from`. */
export function sendFrom(port: number, from: string, options: SendOptions = {}): Promise<Reply> {
  const { path = '/login', method = 'GET', headers, body, agent } = options;
  return new Promise((resolve, reject) => {
    const req = http.request(
      `http://127.0.0.1:${port}${path}`,
      { method, headers, localAddress: agent === undefined ? from : undefined, agent: agent ?? false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Floods `/api/messages` from `from` over 16 keep-alive connections to 127.0.0.1:`port` until one answer is
 * a refusal (403 or 429) or `withinMs` passes; resolves with whether it was refused.
 */
export async function floodUntilRefused(port: number, from: string, withinMs = 20_000): Promise<boolean> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16, localAddress: from });
  const deadline = Date.now() + withinMs;
  let refused = false;
  const connections = Array.from({ length: 16 }, async () => {
    while (!refused && Date.now() < deadline) {
      const { status } = await sendFrom(port, from, {
        path: '/api/messages',
        headers: { accept: 'application/json' },
        agent,
      });
      if (status === 403 || status === 429) refused = true;
    }
  });
  await Promise.all(connections);
  agent.destroy();
  return refused;
}

/** Polls `check` every 20 ms until it holds or `withinMs` passes; resolves with how long it took. */
export async function within(withinMs: number, check: () => Promise<boolean> | boolean): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < withinMs) {
    if (await check()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not within ${withinMs} ms`);
}

/**
 * HAProxy in the foreground on `configFile`, once its /healthz answers on `port` (asked from `from`);
 * `-W` in `mode` runs it as a master with a worker, reloaded by SIGUSR2.
 */
export async function startHaproxy(
  configFile: string,
  port: number,
  from: string,
  mode: string[] = [],
): Promise<ChildProcess> {
  const child = spawn('haproxy', [...mode, '-f', configFile, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await within(10_000, () =>
    sendFrom(port, from, { path: '/healthz' }).then(
      () => true,
      () => {
        if (child.exitCode !== null) throw new Error(`HAProxy exited: ${stderr}`);
        return false;
      },
    ),
  );
  return child;
}

/** SIGTERM, and waits until it has exited. */
export async function stopHaproxy(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
