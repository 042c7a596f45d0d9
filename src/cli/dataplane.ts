// `breakwater dataplane haproxy-config`: prints the haproxy.cfg that makes HAProxy Breakwater's data
// plane, from the configuration's dataPlane section, gateway address and upstreams.
import { Command } from 'commander';
import { loadConfig } from '../config/index.js';
import { haproxyConfig } from '../dataplane/haproxy-config.js';
import { reportingConfigErrors } from './errors.js';

interface HaproxyConfigFlags {
  config?: string;
  bind: string;
}

export function dataplaneCommand(): Command {
  const command = new Command('dataplane').description('HAProxy as the data plane, Breakwater deciding.');
  command.addCommand(
    new Command('haproxy-config')
      .description(
        'Print the haproxy.cfg (runtime API, frontend ACLs and maps, log-format, backends) to paste in.',
      )
      .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)')
      .option('--bind <address>', "the frontend's bind address", '*:80')
      .action(async (flags: HaproxyConfigFlags) => {
        const config = await reportingConfigErrors(async () => loadConfig({ file: flags.config }));
        const { dataPlane } = config;
        process.stdout.write(
          haproxyConfig({
            bind: flags.bind,
            runtimeApi: dataPlane.runtimeApi,
            logListen: dataPlane.logListen,
            mapsDir: dataPlane.maps,
            gateway: config.listen,
            upstreams: config.upstreams,
          }),
        );
      }),
  );
  return command;
}
