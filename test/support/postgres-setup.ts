// Global setup of the tests on PostgreSQL: waits for the server, names this run, and at the end drops
// every schema the run's tests created and did not drop themselves (stacks kept for restarts, failures).
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { runStatement, SCHEMA_PREFIX } from './postgres.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const base = process.env.BREAKWATER_TEST_DATABASE ?? project.config.env.BREAKWATER_TEST_DATABASE;
  if (!base) throw new Error('BREAKWATER_TEST_DATABASE names no PostgreSQL database to test on');
  const run = randomBytes(4).toString('hex');
  project.provide('postgresRun', run);
  await runStatement(base, 'select 1');
  return async () => {
    const { rows } = await runStatement(
      base,
      `select nspname from pg_namespace where nspname like '${SCHEMA_PREFIX}${run}\\_%'`,
    );
    for (const { nspname } of rows) await runStatement(base, `drop schema if exists ${nspname} cascade`);
  };
}
