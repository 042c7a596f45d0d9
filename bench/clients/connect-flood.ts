// A loopback-only connection flood: opens TCP connections from one local address as fast as it can for
// a fixed time, sends nothing, counts how each ended, and prints one JSON line (a FloodResult).
// `node dist/bench/clients/connect-flood.js --port 8080 --from 127.0.0.66 --concurrency 64 --seconds 10`
import net from 'node:net';
import { parseArgs } from 'node:util';
import type { FloodResult } from './connect-flood-result.js';

/** A connection that neither answers nor closes within this is counted as hung and dropped. */
const SILENCE_MS = 2_000;
const LONGEST_SECONDS = 120;

function loopback(address: string, flag: string): string {
  if (net.isIPv4(address) && address.startsWith('127.')) return address;
  throw new Error(`--${flag}: expected a loopback address (127.0.0.0/8), got '${address}'`);
}

function whole(text: string | undefined, flag: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${flag}: expected a whole number from ${min} to ${max}, got '${text}'`);
  }
  return value;
}

function flood(
  host: string,
  port: number,
  from: string,
  concurrency: number,
  seconds: number,
): Promise<FloodResult> {
  const result: FloodResult = {
    seconds: 0,
    attempts: 0,
    reset: 0,
    closed: 0,
    answered: 0,
    hung: 0,
    errors: {},
    cpuSeconds: 0,
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  return new Promise((resolve) => {
    let loops = concurrency;
    const finish = () => {
      const cpu = process.cpuUsage(cpuBefore);
      result.seconds = Math.min(performance.now(), deadline) / 1000 - started / 1000;
      result.cpuSeconds = (cpu.user + cpu.system) / 1e6;
      resolve(result);
    };
    const next = (): void => {
      if (performance.now() >= deadline) {
        if (--loops === 0) finish();
        return;
      }
      result.attempts++;
      let answered = false;
      let failure: string | undefined;
      let hung = false;
      const socket = net.connect({ host, port, localAddress: from });
      socket.setTimeout(SILENCE_MS, () => {
        hung = true;
        socket.destroy();
      });
      socket.on('data', () => {
        answered = true;
        socket.destroy();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => {
        failure = error.code ?? 'error';
      });
      socket.on('close', () => {
        if (answered) result.answered++;
        else if (hung) result.hung++;
        else if (failure === 'ECONNRESET') result.reset++;
        else if (failure === undefined) result.closed++;
        else result.errors[failure] = (result.errors[failure] ?? 0) + 1;
        next();
      });
    };
    for (let i = 0; i < concurrency; i++) next();
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      from: { type: 'string', default: '127.0.0.1' },
      concurrency: { type: 'string', default: '64' },
      seconds: { type: 'string', default: '10' },
    },
    strict: true,
  });
  const result = await flood(
    loopback(values.host, 'host'),
    whole(values.port, 'port', 1, 65535),
    loopback(values.from, 'from'),
    whole(values.concurrency, 'concurrency', 1, 10_000),
    whole(values.seconds, 'seconds', 1, LONGEST_SECONDS),
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`connect-flood: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
