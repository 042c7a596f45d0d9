// Tests for opening the store: a real database file, WAL mode, migrations that run once, data that
// survives a restart, and errors that name the file.
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations/index.js';
import { DATABASE_FILE, openStore, type Store } from './store.js';
import { StoreError } from './store-error.js';

let dir: string;
const open: Store[] = [];

async function openIn(dataDir: string): Promise<Store> {
  const store = await openStore({ dataDir, now: () => 1_000 });
  open.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'breakwater-store-'));
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the directory and the database in WAL mode, readable by its owner only', async () => {
    const dataDir = join(dir, 'nested', 'data');
    const store = await openIn(dataDir);
    expect(store.file).toBe(join(dataDir, DATABASE_FILE));
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    expect(mode.rows[0].journal_mode).toBe('wal');
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    expect(sync.rows[0].synchronous).toBe(1); // NORMAL
    const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
    expect(busy.rows[0].timeout).toBe(5000);
    expect((await stat(store.file)).mode & 0o777).toBe(0o600);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  });

  it('runs each migration once, however often it is opened', async () => {
    const first = await openIn(dir);
    await first.close();
    const second = await openIn(dir);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      second.db,
    );
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' order by name`.execute(second.db);
    expect(tables.rows.map((row) => row.name)).toEqual(
      expect.arrayContaining(['api_tokens', 'decisions', 'secrets']),
    );
  });

  it('keeps data across a restart', async () => {
    const first = await openIn(dir);
    await first.decisions.put({
      id: 'dec_aaaaaaaaaaaaaaaa',
      scope: 'ip',
      value: '192.0.2.1',
      action: 'block',
      reason: 'flood',
      source: 'manual',
      createdAt: 500,
      expiresAt: null,
    });
    const key = await first.secrets.getOrCreate('challenge-key', () => 'k1');
    await first.close();
    const second = await openIn(dir);
    expect((await second.decisions.list()).map((d) => d.id)).toEqual(['dec_aaaaaaaaaaaaaaaa']);
    expect(await second.secrets.getOrCreate('challenge-key', () => 'k2')).toBe(key);
  });

  it('closes once, even when asked twice', async () => {
    const store = await openIn(dir);
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('says so when the file is not a database', async () => {
    await writeFile(join(dir, DATABASE_FILE), 'these are my notes, not a database\n'.repeat(200));
    const failure = await openStore({ dataDir: dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toContain(join(dir, DATABASE_FILE));
    expect((failure as StoreError).message).toMatch(/not a SQLite database/);
    expect((failure as StoreError).path).toBe(join(dir, DATABASE_FILE));
  });

  it('says so when the data directory cannot be made', async () => {
    const blocker = join(dir, 'a-file');
    await writeFile(blocker, '');
    const failure = await openStore({ dataDir: join(blocker, 'data') }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toContain(
      `cannot create the data directory ${join(blocker, 'data')}`,
    );
  });

  it.skipIf(process.getuid?.() === 0)('says so when the data directory is not writable', async () => {
    const { chmod } = await import('node:fs/promises');
    const locked = join(dir, 'locked');
    await openIn(locked).then((store) => store.close());
    await rm(join(locked, DATABASE_FILE));
    await chmod(locked, 0o500);
    const failure = await openStore({ dataDir: locked }).catch((error: unknown) => error);
    await chmod(locked, 0o700);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toContain(`the data directory ${locked} is not writable`);
  });

  it('refuses a database from a newer version', async () => {
    const store = await openIn(dir);
    await sql`insert into kysely_migration (name, timestamp) values ('9999-future', '2099-01-01')`.execute(
      store.db,
    );
    await store.close();
    const failure = await openStore({ dataDir: dir }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).message).toMatch(/written by a newer version of Breakwater/);
    expect(await readdir(dir)).toContain(DATABASE_FILE);
  });
});
