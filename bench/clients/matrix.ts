// Runs `breakwater drill matrix --case N` against one contender as a process of its own and reads the
// case's result from its JSON report: the same attack shape and legitimate mix, whatever sits in front.
import { GATEWAY_MAIN } from '../paths.js';
import { runProcess } from '../processes.js';

export interface MatrixCaseRun {
  seed: number;
  cases: number;
  /** 1-based. */
  number: number;
  target: string;
  origin: string;
  /** Breakwater's control plane and a viewer token, to check its automatic decisions. */
  control?: { url: string; token: string };
  warmupS: number;
  durationS: number;
}

/** The fields of a matrix case's result (CaseResult in src/drill/matrix-case.ts) the harness reads. */
export interface MatrixCaseFigures {
  case: { number: number; rate: number; sources: number };
  attack: { sent: number; notSent: number; reachedOrigin: number };
  figures: {
    legitSuccess: { all: number | null; byKind: Record<string, { finished: number; rate: number | null }> };
    mitigation: {
      timeToMitigateS: number | null;
      sentAfter: number;
      reachedAfter: number;
      shareAfter: number | null;
    };
    decisionsOnGoodStanding: string[] | null;
    goodStandingTurnedAway: number;
  };
  decisions: string[] | null;
  broken: string[];
}

/** Time the drill may take beyond warm-up and attack: start, drain and hard stop. */
const SLACK_MS = 30_000;

export async function runMatrixCaseProcess(run: MatrixCaseRun): Promise<MatrixCaseFigures> {
  const args = [
    GATEWAY_MAIN,
    'drill',
    'matrix',
    '--seed',
    String(run.seed),
    '--cases',
    String(run.cases),
    '--case',
    String(run.number),
    '--target',
    run.target,
    '--origin',
    run.origin,
    '--warmup',
    String(run.warmupS),
    '--duration',
    String(run.durationS),
    '--json',
    ...(run.control === undefined ? [] : ['--control', run.control.url, '--token', run.control.token]),
  ];
  const child = await runProcess({
    name: `drill matrix case ${run.number}`,
    command: process.execPath,
    args,
    deadlineMs: (run.warmupS + run.durationS) * 1000 + SLACK_MS,
    keepStdout: true,
  });
  try {
    const report = JSON.parse(child.stdout) as { results: MatrixCaseFigures[] };
    if (report.results.length === 1) return report.results[0];
  } catch {
    // reported below
  }
  throw new Error(`bench: the matrix drill printed no case result:\n${child.tail()}`);
}
