// A fixed-seed subset of the attack-shape matrix against the automatic defence: one case of each address
// spread (with each agent style once), each against a fresh gateway in front of a fresh demo origin of
// the case's capacity, played by `breakwater drill matrix --case N` in a process of its own (so the
// attack keeps its rate beside the gateway). The attack is counted at the origin itself; the bounds are
// DESIGN.md's, made generous for a shared two-core machine. The full matrix is `npm run bench -- matrix`.

import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseResult } from '../src/drill/matrix-case.js';
import { LEGIT_KINDS } from '../src/drill/matrix-legit.js';
import { MATRIX_DEFAULTS, type MatrixReport } from '../src/drill/matrix-run.js';
import { describeCase, generateMatrix } from '../src/drill/matrix-shapes.js';
import { CLI, cleanEnv, ensureBuilt } from './support/cli.js';
import { startStack } from './support/stack.js';

const SEED = MATRIX_DEFAULTS.seed;
/** Cases 2, 3, 7 and 12 of seed 12: one /24, a few /16s, scattered, one address; browsers' agents, one tool, the site's app, random. */
const CASES = [2, 3, 7, 12];
const WARMUP_S = 10;
/** Shortened from 5 minutes, so the warm-up's browsers, app clients and neighbours earn good standing. */
const GOOD_STANDING_AFTER = '4s';
const ATTACK_S = 15;
const MITIGATE_WITHIN_S = 10;
const LEGIT_SUCCESS = 0.95;
/** A kind of legitimate client is judged on its own past this many finished requests. */
const LEAST_FINISHED = 20;

const COUNT = 24;
const matrix = generateMatrix(SEED, COUNT);
const run = promisify(execFile);

/** Plays case `number` of the matrix against the stack, as a user would, and reads its result. */
async function playCase(number: number, stack: Awaited<ReturnType<typeof startStack>>): Promise<CaseResult> {
  const { stdout } = await run(
    process.execPath,
    [
      CLI,
      'drill',
      'matrix',
      '--seed',
      String(SEED),
      '--cases',
      String(COUNT),
      '--case',
      String(number),
      '--target',
      stack.gatewayUrl,
      '--origin',
      stack.origin!.url,
      '--control',
      stack.controlUrl,
      '--token',
      stack.tokens.viewer,
      '--warmup',
      String(WARMUP_S),
      '--duration',
      String(ATTACK_S),
      '--json',
    ],
    { env: cleanEnv(), timeout: (WARMUP_S + ATTACK_S + 20) * 1000, maxBuffer: 16 * 2 ** 20 },
  );
  const report = JSON.parse(stdout) as MatrixReport;
  expect(report.results).toHaveLength(1);
  return report.results[0];
}

function brief(r: CaseResult): string {
  return JSON.stringify(
    {
      legit: r.legit,
      attack: r.attack,
      mitigation: r.figures.mitigation,
      decisions: r.decisions,
      broken: r.broken,
      notes: r.notes,
    },
    null,
    1,
  );
}

describe.sequential(`the attack-shape matrix, seed ${SEED}, cases ${CASES.join(', ')}`, () => {
  beforeAll(() => ensureBuilt(), 240_000);

  for (const number of CASES) {
    const c = matrix[number - 1];
    it(`case ${number} (${describeCase(c)}): mitigated at the origin within ${MITIGATE_WITHIN_S} s, legitimate clients served, none in good standing decided on`, {
      timeout: (WARMUP_S + ATTACK_S + 30) * 1000,
    }, async () => {
      const stack = await startStack({
        config: { responder: { mode: 'enforce', goodStandingAfter: GOOD_STANDING_AFTER } },
        demo: { concurrency: c.origin.concurrency, queue: c.origin.queue, cpuMs: c.origin.cpuMs },
      });
      let result: CaseResult;
      try {
        result = await playCase(number, stack);
      } finally {
        await stack.stop();
        rmSync(stack.dataDir, { recursive: true, force: true });
      }
      const why = brief(result);
      const { mitigation, legitSuccess, decisionsOnGoodStanding, goodStandingTurnedAway } = result.figures;

      expect(result.stoppedBy, why).toBe('duration');
      // the case ran its shape (on a machine shared with the gateway and the origin)
      expect(result.attack.sent, why).toBeGreaterThan(c.rate * ATTACK_S * 0.5);
      expect(mitigation.timeToMitigateS, why).not.toBeNull();
      expect(mitigation.timeToMitigateS!, why).toBeLessThanOrEqual(MITIGATE_WITHIN_S);
      expect(legitSuccess.all!, why).toBeGreaterThanOrEqual(LEGIT_SUCCESS);
      for (const kind of LEGIT_KINDS) {
        const k = legitSuccess.byKind[kind];
        if (k !== undefined && k.finished >= LEAST_FINISHED) {
          expect(k.rate!, `${kind}\n${why}`).toBeGreaterThanOrEqual(LEGIT_SUCCESS);
        }
      }
      expect(decisionsOnGoodStanding, why).toEqual([]);
      expect(goodStandingTurnedAway, why).toBe(0);
    });
  }
});
