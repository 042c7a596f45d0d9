// runMatrix: the seeded attack-shape matrix against one loopback gateway, case after case, with a pause
// between them, and the matrix's figures: medians, the worst case, and the invariants each case breaks.

import type { ControlPlane } from './detection-watch.js';
import { type CaseResult, runMatrixCase } from './matrix-case.js';
import { MATRIX_INVARIANTS, median, medianTimeToMitigate } from './matrix-figures.js';
import { generateMatrix, MATRIX_BOUNDS } from './matrix-shapes.js';
import { DrillOptionError } from './options.js';
import { startPuzzleSolver } from './puzzle-solver.js';
import { checkReachable } from './reachability.js';
import { resolveLoopbackTarget } from './target.js';

export interface MatrixOptions {
  /** The gateway: an http(s) URL on loopback. */
  target: string;
  /** The demo origin behind it, reached directly (its counters say what of the attack arrived). */
  origin: string;
  control?: ControlPlane;
  seed?: number;
  /** Cases in the matrix; default 24. */
  cases?: number;
  /** Run only this case of the matrix (1-based), e.g. on a fresh gateway of its own. */
  only?: number;
  warmupS?: number;
  durationS?: number;
  /** Quiet seconds between cases, so the gateway's decisions and baselines settle. */
  pauseS?: number;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
  /** Called as each case ends. */
  onCase?: (result: CaseResult) => void;
}

export interface MatrixReport {
  schema: 1;
  seed: number;
  /** Cases in the matrix (results may hold fewer: --case, or an interruption). */
  cases: number;
  target: string;
  origin: string;
  startedAt: string;
  warmupS: number;
  durationS: number;
  results: CaseResult[];
  medians: { legitSuccess: number | null; timeToMitigateS: number | null; reachedAfterShare: number | null };
  worst: { legitSuccess: Worst | null; timeToMitigateS: Worst | null; reachedAfterShare: Worst | null };
  /** Invariants of the whole matrix it breaks (the median time to mitigate). */
  broken: string[];
}

export interface Worst {
  case: number;
  value: number | null;
}

export const MATRIX_DEFAULTS = { seed: 12, warmupS: 10, durationS: 15, pauseS: 5 } as const;
const BOUNDS = {
  warmupS: { min: 0, max: 60 },
  durationS: { min: 5, max: 120 },
  pauseS: { min: 0, max: 60 },
};

export async function runMatrix(options: MatrixOptions): Promise<MatrixReport> {
  const seed = options.seed ?? MATRIX_DEFAULTS.seed;
  const count = options.cases ?? MATRIX_BOUNDS.cases.default;
  whole('--seed', seed, 0, 2 ** 31 - 1);
  whole('--cases', count, MATRIX_BOUNDS.cases.min, MATRIX_BOUNDS.cases.max);
  if (options.only !== undefined) whole('--case', options.only, 1, count);
  const warmupS = within('--warmup', options.warmupS ?? MATRIX_DEFAULTS.warmupS, BOUNDS.warmupS);
  const durationS = within('--duration', options.durationS ?? MATRIX_DEFAULTS.durationS, BOUNDS.durationS);
  const pauseS = within('--pause', options.pauseS ?? MATRIX_DEFAULTS.pauseS, BOUNDS.pauseS);
  const target = await resolveLoopbackTarget(options.target);
  if (target.family === 6) {
    throw new DrillOptionError(
      '--target: the matrix spreads sources over 127.0.0.0/8; use 127.0.0.1, not ::1',
    );
  }
  const origin = await resolveLoopbackTarget(options.origin).catch((error: Error) => {
    throw Object.assign(error, { message: error.message.replace('--target', '--origin') });
  });
  await checkReachable(target);
  await checkReachable(origin);

  const all = generateMatrix(seed, count);
  const chosen = options.only === undefined ? all : [all[options.only - 1]];
  const startedAt = new Date();
  const solver = startPuzzleSolver();
  const results: CaseResult[] = [];
  try {
    for (const [i, matrixCase] of chosen.entries()) {
      if (options.signal?.aborted) break;
      if (i > 0) await pause(pauseS, options.signal);
      const result = await runMatrixCase({
        matrixCase,
        target,
        origin,
        control: options.control,
        warmupS,
        durationS,
        solver,
        signal: options.signal,
        onProgress: options.onProgress,
      });
      results.push(result);
      options.onCase?.(result);
    }
  } finally {
    await solver.close();
  }
  return {
    schema: 1,
    seed,
    cases: count,
    target: options.target,
    origin: options.origin,
    startedAt: startedAt.toISOString(),
    warmupS,
    durationS,
    results,
    ...matrixFigures(results),
  };
}

/** Medians, the worst case of each figure, and the matrix-wide invariant. */
export function matrixFigures(
  results: readonly CaseResult[],
): Pick<MatrixReport, 'medians' | 'worst' | 'broken'> {
  const legit = results.map((r) => r.figures.legitSuccess.all);
  const times = results.map((r) => r.figures.mitigation.timeToMitigateS);
  const shares = results.map((r) => r.figures.mitigation.shareAfter);
  const medianTime = medianTimeToMitigate(times);
  const broken: string[] = [];
  if (results.length > 0 && (medianTime === null || medianTime > MATRIX_INVARIANTS.medianTimeToMitigateS)) {
    broken.push(`median time to mitigate ${medianTime === null ? 'never reached' : `${medianTime} s`} > 2 s`);
  }
  return {
    medians: {
      legitSuccess: median(legit.filter((v) => v !== null)),
      timeToMitigateS: medianTime,
      reachedAfterShare: median(shares.filter((v) => v !== null)),
    },
    worst: {
      legitSuccess: worst(results, legit, (a, b) => a < b),
      timeToMitigateS: worst(
        results,
        times.map((t) => t ?? Number.POSITIVE_INFINITY),
        (a, b) => a > b,
      ),
      reachedAfterShare: worst(results, shares, (a, b) => a > b),
    },
    broken,
  };
}

function worst(
  results: readonly CaseResult[],
  values: readonly (number | null)[],
  worse: (a: number, b: number) => boolean,
): Worst | null {
  let at = -1;
  values.forEach((value, i) => {
    if (value !== null && (at < 0 || worse(value, values[at] as number))) at = i;
  });
  if (at < 0) return null;
  const value = values[at] as number;
  return { case: results[at].case.number, value: Number.isFinite(value) ? value : null };
}

function pause(seconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, seconds * 1000);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function whole(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DrillOptionError(`${name}: expected a whole number from ${min} to ${max}, found ${value}`);
  }
}

function within(name: string, value: number, range: { min: number; max: number }): number {
  if (!Number.isFinite(value) || value < range.min || value > range.max) {
    throw new DrillOptionError(
      `${name}: expected a number from ${range.min} to ${range.max}, found ${value}`,
    );
  }
  return value;
}
