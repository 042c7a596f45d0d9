// Starts the demo origin (dist/demo/main.js) as its own process: the one application every contender fronts.

import { freePort, LOOPBACK, waitForPort } from '../net.js';
import { DEMO_MAIN } from '../paths.js';
import { startProcess } from '../processes.js';
import { SERVICE_DEADLINE_MS, type Service, serviceUrl } from './service.js';

export interface OriginOptions {
  /** Metered requests worked on at once. */
  concurrency: number;
  /** CPU milliseconds spent on each metered request. */
  cpuMs: number;
  /** Requests waiting for a slot before the origin refuses; the origin's default when omitted. */
  queue?: number;
}

export async function startOrigin(opts: OriginOptions): Promise<Service> {
  const port = await freePort();
  const child = await startProcess({
    name: 'demo origin',
    command: process.execPath,
    args: [
      DEMO_MAIN,
      '--host',
      LOOPBACK,
      '--port',
      String(port),
      '--concurrency',
      String(opts.concurrency),
      '--cpu-ms',
      String(opts.cpuMs),
      ...(opts.queue === undefined ? [] : ['--queue', String(opts.queue)]),
    ],
    deadlineMs: SERVICE_DEADLINE_MS,
  });
  await waitForPort(port, child);
  return { label: 'origin, direct', url: serviceUrl(port, false), port, child };
}
