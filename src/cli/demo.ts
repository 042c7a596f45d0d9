// `breakwater demo` (what `npm start` runs): the demo webmail origin, the gateway in front of it and
// the control plane, each URL printed, with a fresh demo API token.

import { Command } from 'commander';
import { createToken } from '../auth/tokens.js';
import { startDemoOrigin } from '../demo/origin.js';
import { createLog } from '../log.js';
import { startBreakwater } from '../runtime.js';
import { reportingConfigErrors } from './errors.js';
import { stopOnSignal } from './lifecycle.js';
import { loadServeConfig } from './serve.js';

const DEMO_TOKEN_NAME = 'demo';

export function demoCommand(): Command {
  return new Command('demo')
    .description('Run the demo: a webmail-like origin with Breakwater in front of it.')
    .option('--origin-port <port>', 'demo origin port', '3000')
    .option('--listen <host:port>', 'gateway address (default 127.0.0.1:8080)')
    .option('--control <host:port>', 'control plane address (default 127.0.0.1:9400)')
    .option('--data <dir>', 'data directory (default ./.breakwater)')
    .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)')
    .action(
      (flags: { originPort: string; listen?: string; control?: string; data?: string; config?: string }) =>
        reportingConfigErrors(async () => {
          const origin = await startDemoOrigin({ host: '127.0.0.1', port: Number(flags.originPort) });
          const config = loadServeConfig({ ...flags, upstream: [origin.url] });
          const log = createLog(config.logLevel);
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
          process.stdout.write(
            [
              '',
              'Breakwater demo is running.',
              `  demo origin (unprotected):  ${origin.url}`,
              `  gateway (protected):        ${bw.gateway.url}`,
              `  control plane:              ${bw.controlUrl}   (health: ${bw.controlUrl}/api/v1/health)`,
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
