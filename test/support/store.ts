// A store for tests: SQLite in a fresh temp directory, or, when BREAKWATER_TEST_DATABASE names a
// PostgreSQL URL, a fresh schema in that database. The same tests run on both back ends; a test about
// the SQLite file itself opts out with `describe.skipIf(onPostgres)`.

import { rm } from 'node:fs/promises';
import { openStore, type Store } from '../../src/store/index.js';
import { testDatabase } from './postgres.js';
import { tempDataDir } from './stack.js';

/** True when the tests run on PostgreSQL (BREAKWATER_TEST_DATABASE is set). */
export const onPostgres = Boolean(process.env.BREAKWATER_TEST_DATABASE);

export interface TestStore {
  store: Store;
  dataDir: string;
  /** The PostgreSQL URL the store uses, or null for SQLite. */
  database: string | null;
  /** Closes the store and opens the same data again (restart tests). */
  reopen(): Promise<Store>;
  /** Opens a second store on the same data, as another process would; the caller closes it. */
  openAnother(): Promise<Store>;
  /** Closes the store and removes its data. */
  dispose(): Promise<void>;
}

export async function openTestStore(options: { now?: () => number } = {}): Promise<TestStore> {
  const dataDir = tempDataDir();
  const database = await testDatabase();
  const open = () => openStore({ dataDir, database: database?.url ?? null, now: options.now });
  const handle: TestStore = {
    store: await open(),
    dataDir,
    database: database?.url ?? null,
    openAnother: open,
    async reopen() {
      await handle.store.close();
      handle.store = await open();
      return handle.store;
    },
    async dispose() {
      await handle.store.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

export { testDatabase };
