// Tests for the store on PostgreSQL: migrations kept in the store's own schema, a database from a newer
// version refused, and errors a person can act on when the server is unreachable or refuses the login.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '../../test/support/postgres.js';
import { migrations } from './migrations/index.js';
import { openStore, type Store } from './store.js';
import { StoreError } from './store-error.js';

const base = process.env.BREAKWATER_TEST_DATABASE ?? '';
/**
 * PostgreSQL needs no data directory: opening the store never creates this one (sealing a secret does, for
 * the store key, so it is this process's own and removed at the end).
 */
const unusedDir = join(tmpdir(), `breakwater-unused-data-dir-${process.pid}`);
const schemas: TestSchema[] = [];
const open: Store[] = [];

async function freshStore(): Promise<{ store: Store; schema: TestSchema }> {
  const schema = await createTestSchema(base);
  schemas.push(schema);
  const store = await openStore({ dataDir: unusedDir, database: schema.url });
  open.push(store);
  return { store, schema };
}

async function failure(database: string): Promise<StoreError> {
  const error = await openStore({ dataDir: unusedDir, database }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

function withUrl(change: (url: URL) => void): string {
  const url = new URL(base);
  change(url);
  return url.toString();
}

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  for (const schema of schemas.splice(0)) await schema.drop();
});

afterAll(() => rmSync(unusedDir, { recursive: true, force: true }));

describe('the store on PostgreSQL', () => {
  it('keeps its tables and its migration record in its own schema', async () => {
    const { store, schema } = await freshStore();
    // A second schema in the same database is migrated on its own, not taken for the first.
    const other = await freshStore();
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      other.store.db,
    );
    expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations));
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${schema.schema}`.execute(
      store.db,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['api_tokens', 'decisions', 'secrets', 'kysely_migration']),
    );
    expect(existsSync(unusedDir)).toBe(false);
    // What the store sees of the database is its own schema, whatever other schemas hold.
    await sql`create table ${sql.id(other.schema.schema, 'intruder')} (id integer)`.execute(other.store.db);
    const seen = (await store.db.introspection.getTables()).map((table) => table.name);
    expect(seen).toEqual(expect.arrayContaining(['api_tokens', 'decisions', 'traffic']));
    expect(seen).not.toContain('intruder');
    expect(seen).not.toContain('kysely_migration');
  });

  it('runs each migration once, however often it is opened, and keeps data across a restart', async () => {
    const { store, schema } = await freshStore();
    await store.secrets.getOrCreate('challenge-key', () => 'k1');
    await store.close();
    const again = await openStore({ dataDir: unusedDir, database: schema.url });
    open.push(again);
    expect(await again.secrets.getOrCreate('challenge-key', () => 'k2')).toBe('k1');
    const applied = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(again.db);
    expect(Number(applied.rows[0].n)).toBe(Object.keys(migrations).length);
  });

  it('refuses a database from a newer version', async () => {
    const { store, schema } = await freshStore();
    await sql`insert into kysely_migration (name, timestamp) values ('9999-future', '2099-01-01')`.execute(
      store.db,
    );
    await store.close();
    const error = await failure(schema.url);
    expect(error.message).toMatch(/written by a newer version of Breakwater.*choose another database/);
  });

  it('says so when the server is unreachable', async () => {
    const error = await failure(
      withUrl((url) => {
        url.port = '1';
      }),
    );
    expect(error.message).toMatch(
      /^cannot reach PostgreSQL at postgres:\/\/.*127\.0\.0\.1:1\/.*check that it is running/,
    );
  });

  it('says so when the login is refused, without showing the password', async () => {
    const error = await failure(
      withUrl((url) => {
        url.username = 'no_such_breakwater_user';
        url.password = 'hunter2';
      }),
    );
    expect(error.message).toMatch(/refused the login.*check the user name and password/);
    expect(error.message).not.toContain('hunter2');
    expect(error.path).not.toContain('hunter2');
  });

  it('says so when the database does not exist', async () => {
    const error = await failure(
      withUrl((url) => {
        url.pathname = '/no_such_breakwater_db';
      }),
    );
    expect(error.message).toMatch(/no_such_breakwater_db.*does not exist.*create it/);
  });
});
