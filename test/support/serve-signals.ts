// Helpers for the tests of `serve`'s signals (SIGHUP reload, SIGTERM drain): an origin that names itself
// and answers /slow late, a configuration file to rewrite, waiting for a log line, and plain GETs.

import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { type Serving, until } from './cluster-run.js';
import { startTinyOrigin, type TinyOrigin } from './tiny-origin.js';

export interface NamedOrigin extends TinyOrigin {
  /** Requests for /slow that arrived. */
  readonly slowArrived: number;
}

/** An origin answering its `id`; /slow after `slowMs`. */
export async function namedOrigin(id: string, slowMs: number): Promise<NamedOrigin> {
  let slowArrived = 0;
  const origin = await startTinyOrigin((req, res) => {
    const answer = () => res.end(JSON.stringify({ id, url: req.url }));
    if (req.url === '/slow') {
      slowArrived++;
      setTimeout(answer, slowMs);
    } else answer();
  });
  return Object.defineProperty(origin, 'slowArrived', { get: () => slowArrived }) as NamedOrigin;
}

/** Writes breakwater.yaml (JSON is YAML) with `settings`. */
export function writeConfig(file: string, settings: Record<string, unknown>): void {
  writeFileSync(file, JSON.stringify({ logLevel: 'info', responder: { mode: 'off' }, ...settings }, null, 2));
}

/** Waits for a line of the served process's log matching `pattern`, after the first `skip` chunks. */
export function logLine(serving: Serving, pattern: RegExp, ms = 10_000, skip = 0): Promise<string> {
  return until(
    `a log line like ${pattern}`,
    () =>
      serving.log
        .slice(skip)
        .join('')
        .split('\n')
        .find((line) => pattern.test(line)),
    ms,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${serving.log.join('')}`);
  });
}

export interface Answer {
  status: number;
  /** The origin that answered, or undefined. */
  id?: string;
}

/** GET `path` on `url`, on `agent`'s connections or a fresh one. */
export function get(url: string, path: string, agent?: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}${path}`, { agent: agent ?? false, timeout: 15_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        let id: string | undefined;
        try {
          id = (JSON.parse(body) as { id?: string }).id;
        } catch {}
        resolve({ status: res.statusCode ?? 0, id });
      });
    });
    req.on('timeout', () => req.destroy(new Error('no answer in time')));
    req.on('error', reject);
  });
}

/** A keep-alive agent with one connection: how many it opened, and the last one. */
export function oneConnection(): { agent: http.Agent; connections: () => number; socket: () => Duplex } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let opened: Duplex[] = [];
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback) => {
    const socket = create(options, callback);
    if (socket) opened = [...opened, socket];
    return socket;
  };
  return { agent, connections: () => opened.length, socket: () => opened[opened.length - 1] };
}
