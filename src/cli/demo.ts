// `breakwater demo` (what `npm start` runs): the demo webmail origin, the gateway in front of it and
// the control plane, each URL printed, with a fresh demo API token.

import { Command } from 'commander';
import { firstAdminSetupUrl } from '../accounts/first-admin.js';
import { createToken } from '../auth/tokens.js';
import { defaultConfig } from '../config/index.js';
import { startDemoOrigin } from '../demo/origin.js';
import { startBreakwater } from '../runtime.js';
import { reportingConfigErrors } from './errors.js';
import { stopOnSignal } from './lifecycle.js';
import { processLog } from './process-log.js';
import { DATABASE_FLAG_HELP, loadServeConfig, type ServeFlags } from './serve.js';

const DEMO_TOKEN_NAME = 'demo';
/** The demo origin's services, used unless the configuration names its own. */
const DEMO_SERVICES = [
  { name: 'Webmail', paths: ['/'] },
  { name: 'Mail API', paths: ['/api/'] },
];

export function demoCommand(): Command {
  return new Command('demo')
    .description('Run the demo: a webmail-like origin with Breakwater in front of it.')
    .option('--origin-port <port>', 'demo origin port', '3000')
    .option('--listen <host:port>', 'gateway address (default 127.0.0.1:8080)')
    .option('--control <host:port>', 'control plane address (default 127.0.0.1:9400)')
    .option('--data <dir>', 'data directory (default ./.breakwater)')
    .option('--database <url>', DATABASE_FLAG_HELP)
    .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)')
    .action((flags: Omit<ServeFlags, 'upstream'> & { originPort: string }) =>
      reportingConfigErrors(async () => {
        const origin = await startDemoOrigin({ host: '127.0.0.1', port: Number(flags.originPort) });
        const loaded = loadServeConfig({ ...flags, upstream: [origin.url] });
        const ownServices = JSON.stringify(loaded.services) !== JSON.stringify(defaultConfig().services);
        const config = ownServices ? loaded : { ...loaded, services: DEMO_SERVICES };
        const log = processLog(config);
        const bw = await startBreakwater(config, log).catch(async (error) => {
          await origin.close();
          throw error;
        });
        // One demo token at a time: the previous run's is revoked.
        for (const token of await bw.store.tokens.list()) {
          if (token.name === DEMO_TOKEN_NAME && token.revokedAt === null)
            await bw.store.tokens.revoke(token.id);
        }
        const { token } = await createToken({
          store: bw.store,
          role: 'admin',
          name: DEMO_TOKEN_NAME,
          now: Date.now,
        });
        // Until someone has set a password, a one-time link makes the first admin.
        const adminSetup = await firstAdminSetupUrl(bw.store, bw.controlUrl, Date.now());
        process.stdout.write(
          [
            '',
            'Breakwater demo is running.',
            `  demo origin (unprotected):  ${origin.url}`,
            `  gateway (protected):        ${bw.gateway.url}`,
            `  control plane:              ${bw.controlUrl}   (health: ${bw.controlUrl}/api/v1/health)`,
            `  console:                    ${bw.controlUrl}/`,
            ...(adminSetup ? [`  first admin, set up once:   ${adminSetup}`] : []),
            `  demo API token (admin):     ${token}`,
            '',
            'Sign in at the gateway as alice@example.test / correct-horse-battery.',
            'Try:',
            `  curl -H "authorization: Bearer ${token}" ${bw.controlUrl}/api/v1/decisions`,
            `  BREAKWATER_TOKEN=${token} npx breakwater decisions add --scope ip --value 127.0.0.1 --action challenge --ttl 10m`,
            'Press Ctrl+C to stop.',
            '',
          ].join('\n'),
        );
        stopOnSignal(async () => {
          await bw.stop();
          await origin.close();
        });
      }),
    );
}
