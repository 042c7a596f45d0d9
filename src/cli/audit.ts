// `breakwater audit verify`: recomputes the audit log's hash chain and names the first entry that was
// edited, removed or inserted (exit 1), or says how many entries are intact.

import { Command } from 'commander';
import { loadConfig } from '../config/index.js';
import { openStore } from '../store/index.js';
import { reportingConfigErrors, UsageError } from './errors.js';

export function auditCommand(): Command {
  const command = new Command('audit').description('Check the audit log.');
  command.addCommand(
    new Command('verify')
      .description('Check that no audit entry was changed, removed or inserted.')
      .option('--data <dir>', "data directory (default ./.breakwater, or the configuration's)")
      .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)')
      .action(async (flags: { data?: string; config?: string }) => {
        const config = await reportingConfigErrors(async () =>
          loadConfig({ file: flags.config, overrides: { data: flags.data } }),
        );
        const store = await openStore({ dataDir: config.data, database: config.database });
        try {
          const verdict = await store.audit.verify();
          if (!verdict.ok) {
            throw new UsageError(
              `the audit log is broken at entry ${verdict.brokenSeq}: ${verdict.reason} ` +
                `(${verdict.entries} entries before it are intact)`,
              1,
            );
          }
          process.stdout.write(`the audit log is intact: ${verdict.entries} entries\n`);
        } finally {
          await store.close();
        }
      }),
  );
  return command;
}
