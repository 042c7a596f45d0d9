// What the paced (open-loop) load client reports, and how a scenario runs it as its own process.
import { join } from 'node:path';
import { CLIENTS_DIR } from '../paths.js';
import { runProcess } from '../processes.js';

export interface PacedResult {
  /** The rate asked for, requests per second. */
  rate: number;
  /** Length of the measured part of the sending schedule (after its warm-up). */
  seconds: number;
  sent: number;
  /** Answers with a 2xx or 3xx status. */
  ok: number;
  /** Answers with any other status. */
  badStatus: number;
  /** Requests that got no whole answer, by cause (socket error codes, `timeout`, `unfinished`). */
  errors: Record<string, number>;
  /** Every request, whatever its outcome, from its scheduled send time to its end: queueing counts. */
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** 2xx/3xx answers per second, from the first scheduled send to the last answer. */
  achievedRate: number;
  /** Requests the client itself sent later than its schedule allows (it could not keep up). */
  behind: number;
  /** The latest any request left after its scheduled time. */
  maxLagMs: number;
  /** CPU seconds the client itself used. */
  cpuSeconds: number;
}

export interface PacedOptions {
  /** http://127.x.x.x:PORT/path or http://[::1]:PORT/path */
  url: string;
  rate: number;
  seconds: number;
  /** Unmeasured seconds at the same rate first. */
  warmup: number;
  /** Keep-alive connections the client may open. */
  connections: number;
}

/** The client's own drain time after its schedule ends, plus starting and stopping Node.js. */
const SLACK_SECONDS = 20;

export async function runPacedLoad(opts: PacedOptions): Promise<PacedResult> {
  const child = await runProcess({
    name: `paced load ${opts.rate}/s ${opts.url}`,
    command: process.execPath,
    args: [
      join(CLIENTS_DIR, 'paced-load.js'),
      '--url',
      opts.url,
      '--rate',
      String(opts.rate),
      '--seconds',
      String(opts.seconds),
      '--warmup',
      String(opts.warmup),
      '--connections',
      String(opts.connections),
    ],
    deadlineMs: (opts.warmup + opts.seconds + SLACK_SECONDS) * 1000,
    keepStdout: true,
  });
  return JSON.parse(child.stdout) as PacedResult;
}

/** Requests that got no 2xx/3xx answer: error statuses, socket errors, timeouts and unfinished ones. */
export function pacedFailures(r: PacedResult): number {
  return r.badStatus + Object.values(r.errors).reduce((sum, n) => sum + n, 0);
}
