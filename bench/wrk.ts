// Drives wrk at one URL for a fixed time and returns its figures; the run is killed if it overstays.
import { runProcess } from './processes.js';
import { parseWrk, type WrkFigures } from './wrk-output.js';

export interface WrkLoad {
  url: string;
  threads: number;
  connections: number;
  seconds: number;
}

/** A request slower than this counts as a timeout error in wrk's report. */
const REQUEST_TIMEOUT = '5s';

export async function runWrk(wrk: string, load: WrkLoad): Promise<WrkFigures> {
  const url = new URL(load.url);
  if (!url.hostname.startsWith('127.')) throw new Error(`bench: refusing to load ${load.url}: loopback only`);
  const child = await runProcess({
    name: `wrk ${load.url}`,
    command: wrk,
    args: [
      `-t${load.threads}`,
      `-c${load.connections}`,
      `-d${load.seconds}s`,
      '--latency',
      '--timeout',
      REQUEST_TIMEOUT,
      load.url,
    ],
    deadlineMs: (load.seconds + 20) * 1000,
    keepStdout: true,
  });
  return parseWrk(child.stdout);
}
