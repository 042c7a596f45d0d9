// Opens the data directory's database: creates it if needed, sets WAL mode, runs the migrations, and
// hands back the repositories. SQLite through better-sqlite3; the SQL stays portable to PostgreSQL.
import { constants } from 'node:fs';
import { access, chmod, mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { DecisionRepository } from './decision-repository.js';
import { DetectionRepository } from './detection-repository.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';
import { SecretRepository } from './secret-repository.js';
import { StoreError } from './store-error.js';
import { TokenRepository } from './token-repository.js';

export const DATABASE_FILE = 'breakwater.db';
/** How long a write waits for another process's lock before failing. */
export const BUSY_TIMEOUT_MS = 5_000;

export interface StoreOptions {
  /** Directory for the database file; created (mode 0700) when missing. */
  dataDir: string;
  /** A postgres:// URL: keep the store in PostgreSQL instead of SQLite. */
  database?: string | null;
  now?: () => number;
}

export interface Store {
  db: Kysely<Database>;
  /** Absolute path of the database file. */
  file: string;
  decisions: DecisionRepository;
  detections: DetectionRepository;
  tokens: TokenRepository;
  secrets: SecretRepository;
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? Date.now;
  const dataDir = resolve(options.dataDir);
  const file = join(dataDir, DATABASE_FILE);
  await prepareDirectory(dataDir);
  const created = !(await exists(file));
  const sqlite = openSqlite(file);
  if (created) {
    // The file holds secrets (the challenge key, token hashes): keep it to its owner.
    await chmod(file, 0o600).catch(() => undefined);
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = messageOf(error);
    if (reason.includes('corrupted migrations')) {
      throw new StoreError(
        `${file} was written by a newer version of Breakwater (${reason}); upgrade, or choose another data directory`,
        file,
        { cause: error },
      );
    }
    throw new StoreError(`migrating ${file} failed${failed ? ` at ${failed}` : ''}: ${reason}`, file, {
      cause: error,
    });
  }

  let closed = false;
  return {
    db,
    file,
    decisions: new DecisionRepository(db, now),
    detections: new DetectionRepository(db),
    tokens: new TokenRepository(db, now),
    secrets: new SecretRepository(db, now),
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
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

function openSqlite(file: string): BetterSqlite3.Database {
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
