// `breakwater audit verify`: recomputes the audit log's hash chain and names the first entry that was
// edited, removed or inserted (exit 1), or says how many entries are intact.

import { Command } from 'commander';
import { UsageError } from './errors.js';
import { type LocalStoreFlags, localStoreOptions, withLocalStore } from './local-store.js';

export function auditCommand(): Command {
  const command = new Command('audit').description('Check the audit log.');
  command.addCommand(
    localStoreOptions(
      new Command('verify').description('Check that no audit entry was changed, removed or inserted.'),
    ).action((flags: LocalStoreFlags) =>
      withLocalStore(flags, async (store) => {
        const verdict = await store.audit.verify();
        if (!verdict.ok) {
          throw new UsageError(
            `the audit log is broken at entry ${verdict.brokenSeq}: ${verdict.reason} ` +
              `(${verdict.entries} entries before it are intact)`,
            1,
          );
        }
        process.stdout.write(`the audit log is intact: ${verdict.entries} entries\n`);
      }),
    ),
  );
  return command;
}
