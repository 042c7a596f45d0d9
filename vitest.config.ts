// Test runner settings: unit tests live beside the code, cross-process tests in test/.
// Under CI a JSON report is written too, from which .ci/run prints its summary line.
//
// Two projects. The drills of test/defence.test.ts and test/quiet-traffic.test.ts load both cores for
// minutes and measure timings, so they run after every other file has finished (groupOrder 1), one file
// at a time: they neither slow the others' timing-sensitive tests nor are slowed by them.
import { configDefaults, defineConfig } from 'vitest/config';

const DRILLS = ['test/defence.test.ts', 'test/quiet-traffic.test.ts'];

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
          exclude: [...configDefaults.exclude, ...DRILLS],
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
    ],
  },
});
