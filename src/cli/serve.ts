// `breakwater serve`: the gateway and the control plane in front of the configured upstreams, until SIGTERM
// or SIGINT (drained, then stopped); SIGHUP reloads the configuration.

import { Command } from 'commander';
import { type Config, loadConfig } from '../config/index.js';
import { ConfigReload } from '../runtime/reload.js';
import { LeveledLog } from '../runtime/reload-log.js';
import { missingV8Flags } from '../runtime/v8-flags.js';
import { type Breakwater, startBreakwater } from '../runtime.js';
import { reportingConfigErrors, UsageError } from './errors.js';
import { reloadOnHangUp, stopOnSignal } from './lifecycle.js';
import { processLog } from './process-log.js';

export interface ServeFlags {
  upstream?: string[];
  listen?: string;
  control?: string;
  data?: string;
  database?: string;
  config?: string;
  workers?: string;
  redis?: string;
}

export function loadServeConfig(flags: ServeFlags): Config {
  return loadConfig({
    file: flags.config,
    overrides: {
      upstreams: flags.upstream,
      listen: flags.listen,
      control: flags.control,
      data: flags.data,
      database: flags.database,
      workers: flags.workers,
      redis: flags.redis,
    },
  });
}

/** Stops accepting, lets the requests in flight finish (`timeouts.shutdown` at most), then stops. */
async function drainAndStop(bw: Breakwater, reload: ConfigReload, log: LeveledLog): Promise<void> {
  const deadlineMs = reload.config.timeouts.shutdown;
  log.info('draining: no new connections; requests in flight may finish', { deadlineMs });
  const drained = await bw.gateway.drain?.(deadlineMs);
  if (drained) log.info('drained', { inFlight: drained.inFlight, cut: drained.cut, ms: drained.ms });
  await reload.close();
  await bw.stop();
  log.info('stopped');
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export const DATABASE_FLAG_HELP = 'PostgreSQL URL for the store (default: SQLite in the data directory)';

export function serveCommand(): Command {
  return new Command('serve')
    .description('Run the gateway in front of one or more origins, with the control plane.')
    .option('--upstream <url>', 'origin URL; repeat for several origins', collect)
    .option('--listen <host:port>', 'gateway address (default 127.0.0.1:8080)')
    .option('--control <host:port>', 'control plane address (default 127.0.0.1:9400)')
    .option('--data <dir>', 'data directory (default ./.breakwater)')
    .option('--database <url>', DATABASE_FLAG_HELP)
    .option('--workers <n|auto>', 'gateway worker processes; auto is one per core (default 1)')
    .option('--redis <url>', 'Redis shared by the gateways of one cluster (default: this gateway alone)')
    .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)')
    .action((flags: ServeFlags) =>
      reportingConfigErrors(async () => {
        const read = () => loadServeConfig(flags);
        const config = read();
        if (config.upstreams.length === 0) {
          throw new UsageError(
            'no origin to protect: give --upstream URL or list upstreams in the configuration',
          );
        }
        const log = new LeveledLog(processLog({ ...config, logLevel: 'debug' }), config.logLevel);
        const bw = await startBreakwater(config, log);
        log.info('gateway listening', { url: bw.gateway.url, upstreams: config.upstreams.join(',') });
        log.info('control plane listening', { url: bw.controlUrl });
        const missing = missingV8Flags();
        if (missing.length > 0) {
          log.info(
            'started without some of the gateway’s V8 flags: a burst after a quiet spell is slower (docs/performance.md, V8 flags)',
            {
              missing: missing.join(' '),
            },
          );
        }
        const reload = new ConfigReload({
          started: config,
          read,
          log,
          gateway: bw.gateway,
          origins: bw.origins,
        });
        reloadOnHangUp(() => reload.reload());
        stopOnSignal(() => drainAndStop(bw, reload, log));
      }),
    );
}
