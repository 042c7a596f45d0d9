// Commands that work on the store itself rather than through the control plane: the flags that say
// which store (--data, --database, --config), and opening it for the length of one command.

import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/index.js';
import { openStore, type Store } from '../store/index.js';
import { reportingConfigErrors } from './errors.js';
import { DATABASE_FLAG_HELP } from './serve.js';

export interface LocalStoreFlags {
  data?: string;
  database?: string;
  config?: string;
}

export function localStoreOptions(command: Command): Command {
  return command
    .option('--data <dir>', "data directory (default ./.breakwater, or the configuration's)")
    .option('--database <url>', DATABASE_FLAG_HELP)
    .option('--config <file>', 'configuration file (default ./breakwater.yaml when present)');
}

/** Opens the configured store, runs `body`, and closes the store. */
export async function withLocalStore<T>(
  flags: LocalStoreFlags,
  body: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = await reportingConfigErrors(async () =>
    loadConfig({ file: flags.config, overrides: { data: flags.data, database: flags.database } }),
  );
  const store = await openStore({ dataDir: config.data, database: config.database });
  try {
    return await body(store, config);
  } finally {
    await store.close();
  }
}
