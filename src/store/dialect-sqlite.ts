// Opens the SQLite store: the data directory (mode 0700) and its database file (mode 0600), in WAL mode
// with a busy timeout, so that several processes may share it.
import { constants } from 'node:fs';
import { access, chmod, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { OpenedDatabase } from './dialect.js';
import type { Database } from './schema.js';
import { messageOf, StoreError } from './store-error.js';

export const DATABASE_FILE = 'breakwater.db';
/** How long a write waits for another process's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

export async function openSqliteDatabase(dataDir: string): Promise<OpenedDatabase> {
  const directory = resolve(dataDir);
  const file = join(directory, DATABASE_FILE);
  await prepareDirectory(directory);
  const created = !(await exists(file));
  const sqlite = openFile(file);
  if (created) {
    // The file holds secrets (the challenge key, token hashes): keep it to its owner.
    await chmod(file, 0o600).catch(() => undefined);
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    location: file,
    elsewhere: 'another data directory',
  };
}

async function prepareDirectory(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StoreError(`cannot create the data directory ${dataDir}: ${messageOf(error)}`, dataDir, {
      cause: error,
    });
  }
  try {
    await access(dataDir, constants.W_OK);
  } catch (error) {
    throw new StoreError(
      `the data directory ${dataDir} is not writable; give the Breakwater user write access or choose another directory`,
      dataDir,
      { cause: error },
    );
  }
}

function openFile(file: string): BetterSqlite3.Database {
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
    // The first statement reads the header: a file that is not a database fails here.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    return sqlite;
  } catch (error) {
    sqlite?.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new StoreError(
        `${file} is not a SQLite database (${messageOf(error)}); move it aside or choose another data directory`,
        file,
        { cause: error },
      );
    }
    throw new StoreError(`cannot open the database ${file}: ${messageOf(error)}`, file, { cause: error });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
