// Test runner settings: unit tests live beside the code, cross-process tests in test/.
// Under CI a JSON report is written too, from which .ci/run prints its summary line.
//
// Three projects. The drills (DRILLS: the defence, quiet traffic and the attack-shape matrix) load both cores for
// minutes and measure timings, so they run after every other file has finished (groupOrder 1), one file
// at a time: they neither slow the others' timing-sensitive tests nor are slowed by them.
// The postgres project runs the store-backed tests again on PostgreSQL (see ON_POSTGRES).
import { configDefaults, defineConfig } from 'vitest/config';

const DRILLS = ['test/defence.test.ts', 'test/quiet-traffic.test.ts', 'test/matrix.test.ts'];

// The store-backed tests run a second time on PostgreSQL, each store in a fresh schema of this database.
const TEST_DATABASE = 'postgres://postgres@127.0.0.1:5432/test';
const ON_POSTGRES = [
  'src/store/**/*.test.ts',
  'src/control/**/*.test.ts',
  'src/incidents/**/*.test.ts',
  'src/accounts/**/*.test.ts',
  'src/intel/**/*.test.ts',
  'src/traffic/**/*.test.ts',
  'src/auth/tokens.test.ts',
  'test/persistence.test.ts',
  'test/decisions.test.ts',
  'test/incidents*.test.ts',
  'test/evidence.test.ts',
  'test/evidence-edge.test.ts',
  'test/traffic*.test.ts',
  'test/accounts-{signin,guard,admin,passkeys}.test.ts',
  'test/{login-throttle,token-creators,audit-refusals}.test.ts',
];
/** Tests of the SQLite file itself. */
const SQLITE_ONLY = ['src/store/store.test.ts'];
/** Tests of PostgreSQL itself. */
const POSTGRES_ONLY = ['src/store/dialect-postgres.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DRILLS, ...POSTGRES_ONLY],
        },
      },
      {
        extends: true,
        test: {
          name: 'drills',
          include: DRILLS,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ON_POSTGRES,
          exclude: [...configDefaults.exclude, ...SQLITE_ONLY],
          env: { BREAKWATER_TEST_DATABASE: TEST_DATABASE },
          globalSetup: ['test/support/postgres-setup.ts'],
        },
      },
    ],
  },
});
