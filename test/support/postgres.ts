// Schemas for tests on PostgreSQL: each store gets a fresh schema in BREAKWATER_TEST_DATABASE, named after
// the test run so that the run's global teardown drops what its tests left, and nothing of another run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestSchema {
  /** The database URL with every connection's search_path set to the schema. */
  url: string;
  schema: string;
  drop(): Promise<void>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names the schemas of this test run: bw_test_<run>_<random>. */
    postgresRun: string;
  }
}

export const SCHEMA_PREFIX = 'bw_test_';

/** Runs one statement on `base` (schema names come from us, never from input). */
export async function runStatement(base: string, statement: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL schema when BREAKWATER_TEST_DATABASE is set; undefined for SQLite. */
export async function testDatabase(): Promise<TestSchema | undefined> {
  const base = process.env.BREAKWATER_TEST_DATABASE;
  return base ? createTestSchema(base) : undefined;
}

export async function createTestSchema(base: string): Promise<TestSchema> {
  const run = inject('postgresRun') ?? 'solo';
  const schema = `${SCHEMA_PREFIX}${run}_${randomBytes(6).toString('hex')}`;
  await runStatement(base, `create schema ${schema}`);
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    schema,
    drop: async () => {
      await runStatement(base, `drop schema if exists ${schema} cascade`);
    },
  };
}
