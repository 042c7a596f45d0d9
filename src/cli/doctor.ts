// `breakwater doctor`: checks this installation before it goes live, and in CI: the configuration, the
// store, the running gateway's TLS, the machine's Node.js and the dependencies. Each finding says why it
// matters and how to fix it; --json for scripts; exit code 1 when any finding is high.
import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../config/index.js';
import { npmAudit } from '../doctor/dependency-advisories.js';
import { describeExamination, examine } from '../doctor/examine.js';
import { interfaceAddresses } from '../doctor/origin-direct.js';
import { openStore, type Store } from '../store/index.js';
import { reportingConfigErrors } from './errors.js';
import { type LocalStoreFlags, localStoreOptions } from './local-store.js';

export function doctorCommand(): Command {
  return localStoreOptions(
    new Command('doctor')
      .description(
        'Check the configuration, the store and the running gateway for weaknesses; exit 1 on a high one.',
      )
      .option('--json', 'one JSON document: findings and counts'),
  ).action(async (flags: LocalStoreFlags & { json?: boolean }) => {
    const config = await reportingConfigErrors(async () =>
      loadConfig({ file: flags.config, overrides: { data: flags.data, database: flags.database } }),
    );
    // Doctor reads what is there; it never makes a data directory of its own.
    const store: Store | undefined =
      config.database !== null || existsSync(config.data)
        ? await openStore({ dataDir: config.data, database: config.database }).catch(() => undefined)
        : undefined;
    try {
      const examination = await examine({
        config,
        store,
        env: process.env,
        now: Date.now,
        nodeVersion: process.version,
        audit: npmAudit,
        otherAddresses: interfaceAddresses,
      });
      process.stdout.write(
        flags.json ? `${JSON.stringify(examination, null, 2)}\n` : describeExamination(examination),
      );
      if (examination.counts.high > 0) process.exitCode = 1;
    } finally {
      await store?.close();
    }
  });
}
