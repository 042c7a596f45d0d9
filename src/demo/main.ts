// Runs the demo origin on its own: `node dist/demo/main.js --port 3000 --concurrency 16 --cpu-ms 2`.
// Prints one line when it is listening; stops cleanly on SIGINT or SIGTERM. A direct (unproxied)
// GET /.well-known/demo-origin/stats reports its counters, requests received by source range included.
import { parseArgs } from 'node:util';
import { startDemoOrigin } from './origin.js';

const USAGE = `usage: node dist/demo/main.js [--host 127.0.0.1] [--port 3000] [--concurrency 16] [--queue 64] [--cpu-ms 2]`;

function numberFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new Error(`--${name}: expected a number, got "${raw}"`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      concurrency: { type: 'string' },
      queue: { type: 'string' },
      'cpu-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const origin = await startDemoOrigin({
    host: values.host,
    port: numberFlag('port', values.port),
    concurrency: numberFlag('concurrency', values.concurrency),
    queue: numberFlag('queue', values.queue),
    cpuMs: numberFlag('cpu-ms', values['cpu-ms']),
  });
  console.log(`demo origin listening on ${origin.url}`);
  const stop = (): void => {
    origin.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  console.error(USAGE);
  process.exit(2);
});
