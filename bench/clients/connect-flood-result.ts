// What the connection-flood client reports, and how a scenario runs it as its own process.
import { join } from 'node:path';
import { CLIENTS_DIR } from '../paths.js';
import { runProcess } from '../processes.js';

export interface FloodResult {
  /** Time the loops ran, from the first connection to the deadline. */
  seconds: number;
  attempts: number;
  /** Reset by the server (ECONNRESET) before a byte arrived. */
  reset: number;
  /** Closed by the server without a byte and without a reset. */
  closed: number;
  /** The server sent something: the connection was not refused. */
  answered: number;
  /** Still open, silent, after the per-connection time limit: not refused either. */
  hung: number;
  /** Other errors by code, such as ECONNREFUSED or EADDRNOTAVAIL. */
  errors: Record<string, number>;
  /** CPU seconds the client itself used while flooding. */
  cpuSeconds: number;
}

export interface FloodOptions {
  port: number;
  /** Local address the connections come from (127.0.0.0/8). */
  from: string;
  concurrency: number;
  seconds: number;
}

export async function runConnectFlood(opts: FloodOptions): Promise<FloodResult> {
  const child = await runProcess({
    name: 'connection flood',
    command: process.execPath,
    args: [
      join(CLIENTS_DIR, 'connect-flood.js'),
      '--port',
      String(opts.port),
      '--from',
      opts.from,
      '--concurrency',
      String(opts.concurrency),
      '--seconds',
      String(opts.seconds),
    ],
    deadlineMs: (opts.seconds + 20) * 1000,
    keepStdout: true,
  });
  return JSON.parse(child.stdout) as FloodResult;
}
