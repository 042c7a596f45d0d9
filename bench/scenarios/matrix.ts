// The attack-shape matrix side by side: every case of the seeded matrix (src/drill/matrix-shapes.ts)
// against the unprotected origin, nginx, HAProxy and Breakwater, each in a fresh arena whose origin has
// the case's capacity. Per case: each contender's legitimate success, and what of the attack still reached
// the origin after mitigation and the time to mitigate, both counted by the origin itself; then medians,
// the worst case, and the invariants Breakwater breaks, by case. `--seed` picks another matrix and `--only`
// fewer contenders, `--cases` fewer cases. A full run of every case and all four also writes its section into BENCHMARKS.md (matrix-report.ts).
import { runMatrixCaseProcess } from '../clients/matrix.js';
import { type BreakwaterService, breakwaterDataDir, createToken } from '../contenders/breakwater.js';
import { stopAll } from '../processes.js';
import type { RunSettings, Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { CONTENDERS, type ContenderKey, startArena } from './attack-contenders.js';
import { type MatrixRow, type MatrixShapes, matrixSection, writeMatrixSection } from './matrix-report.js';
import { built } from './origin-saw.js';

export const MATRIX_SEED = 12;
const seedOf = (settings: RunSettings) => settings.seed ?? MATRIX_SEED;
const contendersOf = (settings: RunSettings) => settings.contenders ?? CONTENDERS;
const cases = (settings: RunSettings) => (settings.quick ? 4 : 24);
/** Attack seconds per run: the drill's least (5 s) in a quick run, 10 s at least in a full one. */
const attackSeconds = (settings: RunSettings) => (settings.quick ? 5 : Math.max(10, settings.seconds));
/** Breakwater learns who is normal during the warm-up; the others keep no memory of clients to learn. */
const WARMUP_S: Record<ContenderKey, number> = { origin: 3, nginx: 3, haproxy: 3, breakwater: 10 };
/** Breakwater's responder.goodStandingAfter (5 minutes by default), so the warm-up's clients can earn it. */
export const GOOD_STANDING_AFTER = '4s';
/** Start, drain and stop around each run. */
const OVERHEAD_S = 8;

async function runCase(
  ctx: ScenarioContext,
  shapes: MatrixShapes,
  number: number,
  order: readonly ContenderKey[],
): Promise<MatrixRow> {
  const c = shapes.generateMatrix(seedOf(ctx.settings), cases(ctx.settings))[number - 1];
  const row: MatrixRow = { number, shape: shapes.describeCase(c), runs: {} };
  for (const key of order) {
    ctx.say(`matrix: case ${number}, ${key}`);
    try {
      const dataDir = key === 'breakwater' ? breakwaterDataDir() : undefined;
      const token = dataDir === undefined ? undefined : await createToken(dataDir, 'viewer');
      const arena = await startArena(key, ctx.tools, false, {
        origin: c.origin,
        dataDir,
        goodStandingAfter: GOOD_STANDING_AFTER,
      });
      const control =
        token === undefined ? undefined : { url: (arena.defender as BreakwaterService).controlUrl, token };
      row.runs[key] = await runMatrixCaseProcess({
        seed: seedOf(ctx.settings),
        cases: cases(ctx.settings),
        number,
        target: arena.front.url,
        origin: arena.origin.url,
        control,
        warmupS: WARMUP_S[key],
        durationS: attackSeconds(ctx.settings),
      });
    } catch (error) {
      row.runs[key] = { error: error instanceof Error ? error.message : String(error) };
      ctx.say(`matrix: case ${number}, ${key} failed: ${(error as Error).message}`);
    } finally {
      await stopAll();
    }
  }
  return row;
}

export const matrix: Scenario = {
  name: 'matrix',
  title: `the seeded attack-shape matrix (seed ${MATRIX_SEED} unless --seed), against every contender (about 40 min; not in all)`,
  needs: ['nginx', 'haproxy'],
  estimateSeconds: (settings) =>
    (settings.cases?.length ?? cases(settings)) *
    contendersOf(settings).reduce(
      (sum, key) => sum + WARMUP_S[key] + attackSeconds(settings) + OVERHEAD_S,
      0,
    ),
  async run(ctx): Promise<ScenarioOutcome> {
    const shapes = await built<MatrixShapes>('drill/matrix-shapes.js');
    const rows: MatrixRow[] = [];
    const every = Array.from({ length: cases(ctx.settings) }, (_, i) => i + 1);
    for (const number of ctx.settings.cases ?? every) {
      const contenders = contendersOf(ctx.settings);
      const order = number % 2 === 1 ? contenders : [...contenders].reverse();
      rows.push(await runCase(ctx, shapes, number, order));
    }
    const section = await matrixSection(rows, {
      seed: seedOf(ctx.settings),
      contenders: contendersOf(ctx.settings),
      cases: cases(ctx.settings),
      attackS: attackSeconds(ctx.settings),
      warmupS: WARMUP_S,
      goodStandingAfter: GOOD_STANDING_AFTER,
    });
    const whole = ctx.settings.cases === undefined && contendersOf(ctx.settings).length === CONTENDERS.length;
    if (!ctx.settings.quick && whole) writeMatrixSection(section.section);
    return {
      sections: [section.section],
      budgets: section.budgets,
      notes: section.notes,
      raw: rows,
    };
  },
};
