// The attack-shape matrix written up: the per-case table (legitimate success of every contender, attack
// reaching the origin after mitigation, time to mitigate), medians and the worst case per contender, the
// cases that break an invariant, named; and the one section of BENCHMARKS.md it owns, rewritten in place
// between its markers so the rest of the file is left as it is.
import type { MatrixCaseFigures } from '../clients/matrix.js';
import { percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { writeMarkedSection } from '../marked-section.js';
import type { BudgetCheck, Section } from '../scenario.js';
import { CONTENDER_LABELS, type ContenderKey } from './attack-contenders.js';
import { built } from './origin-saw.js';

/** The exports of the built src/drill/matrix-shapes.js the harness uses. */
export interface MatrixShapes {
  generateMatrix(
    seed: number,
    count: number,
  ): ({ number: number; origin: { concurrency: number; queue: number; cpuMs: number } } & object)[];
  describeCase(c: object): string;
}

/** The exports of the built src/drill/matrix-figures.js the harness uses. */
interface MatrixFigures {
  brokenInvariants(f: MatrixCaseFigures['figures'], unprotected?: number | null): string[];
  medianTimeToMitigate(times: readonly (number | null)[]): number | null;
  median(values: readonly number[]): number | null;
}

type Run = MatrixCaseFigures | { error: string };

export interface MatrixRow {
  number: number;
  shape: string;
  runs: Partial<Record<ContenderKey, Run>>;
}

export interface MatrixShape {
  seed: number;
  /** The contenders run; the others' columns read "not run". */
  contenders: readonly ContenderKey[];
  cases: number;
  attackS: number;
  warmupS: Record<ContenderKey, number>;
  /** Breakwater's responder.goodStandingAfter in the runs. */
  goodStandingAfter: string;
}

const BEGIN = '<!-- matrix:begin (written by `npm run bench -- matrix`) -->';
const END = '<!-- matrix:end -->';
const HEADING = 'Attack-shape matrix (`matrix`)';

const ok = (run: Run | undefined): run is MatrixCaseFigures => run !== undefined && !('error' in run);
const legit = (run: Run | undefined) => (ok(run) ? run.figures.legitSuccess.all : null);
const share = (run: Run | undefined) => (ok(run) ? run.figures.mitigation.shareAfter : null);
const time = (run: Run | undefined) => (ok(run) ? run.figures.mitigation.timeToMitigateS : null);
const shown = (value: number | null, run: Run | undefined) =>
  run === undefined ? 'not run' : !ok(run) ? 'failed' : value === null ? '–' : percent(value);
const secondsCell = (run: Run | undefined) =>
  run === undefined ? 'not run' : !ok(run) ? 'failed' : time(run) === null ? 'never' : `${time(run)} s`;

export async function matrixSection(
  rows: readonly MatrixRow[],
  shape: MatrixShape,
): Promise<{ section: Section; budgets: BudgetCheck[]; notes: string[] }> {
  const figures = await built<MatrixFigures>('drill/matrix-figures.js');
  const broken = new Map<number, string[]>();
  for (const row of rows) {
    const bw = row.runs.breakwater;
    broken.set(
      row.number,
      ok(bw) ? figures.brokenInvariants(bw.figures, legit(row.runs.origin)) : ['the run failed'],
    );
  }
  const table = markdownTable(
    [
      '#',
      'shape',
      'legit: Breakwater',
      'origin alone',
      'nginx',
      'HAProxy',
      'attack sent',
      'reaching origin after mitigation: Breakwater',
      'nginx',
      'HAProxy',
      'origin alone',
      'time to mitigate: Breakwater',
      'nginx',
      'HAProxy',
      'invariants Breakwater breaks',
    ],
    rows.map((row) => {
      const { breakwater: bw, origin, nginx, haproxy } = row.runs;
      return [
        String(row.number),
        row.shape,
        shown(legit(bw), bw),
        shown(legit(origin), origin),
        shown(legit(nginx), nginx),
        shown(legit(haproxy), haproxy),
        ok(bw) ? String(bw.attack.sent) : 'failed',
        shown(share(bw), bw),
        shown(share(nginx), nginx),
        shown(share(haproxy), haproxy),
        shown(share(origin), origin),
        secondsCell(bw),
        secondsCell(nginx),
        secondsCell(haproxy),
        (broken.get(row.number) ?? []).join('; ') || 'none',
      ];
    }),
  );
  const summaryRows = shape.contenders.map((key) => {
    const runs = rows.map((row) => row.runs[key]);
    const values = (pick: (run: Run | undefined) => number | null) =>
      runs.map(pick).filter((v): v is number => v !== null);
    const worstOf = (
      pick: (run: Run | undefined) => number | null,
      worse: (a: number, b: number) => boolean,
    ) => {
      let at = -1;
      runs.forEach((run, i) => {
        const v = pick(run);
        if (v !== null && (at < 0 || worse(v, pick(runs[at]) as number))) at = i;
      });
      return at < 0 ? '–' : `${percent(pick(runs[at]) as number)} (case ${rows[at].number})`;
    };
    const medianTime = figures.medianTimeToMitigate(runs.filter(ok).map(time));
    const neverMitigated = runs.filter((r) => ok(r) && time(r) === null).length;
    const slowest = Math.max(...values(time));
    return [
      CONTENDER_LABELS[key],
      percent(figures.median(values(legit)) ?? Number.NaN),
      worstOf(legit, (a, b) => a < b),
      percent(figures.median(values(share)) ?? Number.NaN),
      worstOf(share, (a, b) => a > b),
      medianTime === null ? 'never' : `${medianTime} s`,
      neverMitigated > 0
        ? `never, in ${neverMitigated} cases`
        : Number.isFinite(slowest)
          ? `${slowest} s`
          : '–',
    ];
  });
  const summary = markdownTable(
    [
      'contender',
      'legit success, median',
      'worst',
      'attack reaching origin after mitigation, median',
      'worst',
      'time to mitigate, median',
      'worst',
    ],
    summaryRows,
  );
  const breaking = rows.filter((row) => (broken.get(row.number) ?? []).length > 0);
  const bwRuns = rows.map((row) => row.runs.breakwater).filter(ok);
  const medianTime = figures.medianTimeToMitigate(bwRuns.map(time));
  const belowOrigin = rows.filter((row) => {
    const bw = legit(row.runs.breakwater);
    const alone = legit(row.runs.origin);
    return bw !== null && (bw < 0.99 || (alone !== null && bw < alone));
  });
  const body = [
    `Seed ${shape.seed}, ${shape.cases} cases (\`breakwater drill matrix --seed ${shape.seed} --cases ${shape.cases}\`), ` +
      `${shape.attackS} s of attack each, one run per contender per case, each in a fresh arena (a fresh demo ` +
      "origin with the case's capacity, and the proxy). Legitimate success counts the requests sent under " +
      `attack, after a warm-up of legitimate traffic alone (${shape.warmupS.breakwater} s for Breakwater, which ` +
      `learns who is normal then, with \`responder.goodStandingAfter: ${shape.goodStandingAfter}\` so its clients can ` +
      `earn good standing in it; ${shape.warmupS.nginx} s for the others, which keep no such memory). The ` +
      'attack reaching the origin is counted by the origin itself, by source /16, with what the neighbours ' +
      "inside the attack's /24s brought subtracted; time to mitigate is from the attack's start to the first " +
      'second from which at most 10% of the attack sent reached the origin, held to the end ("never" when the ' +
      'last second let more through). The shape column reads: spread ×addresses @rate per address = total ' +
      'rate, agents, route kind, origin concurrency×CPU ms per request.',
    '',
    table,
    '',
    summary,
    '',
    `Cases where Breakwater breaks an invariant: ${
      breaking.map((row) => `${row.number} (${(broken.get(row.number) ?? []).join('; ')})`).join(', ') ||
      'none'
    }.`,
  ].join('\n');
  const budgets: BudgetCheck[] = [
    {
      figure: 'time to mitigate, median across the attack-shape matrix',
      budget: '≤ 2 s',
      measured: medianTime === null ? 'never (most cases not mitigated)' : `${medianTime} s`,
      met: medianTime !== null && medianTime <= 2,
    },
    {
      figure: 'legitimate success under attack vs the unprotected origin, attack-shape matrix',
      budget: 'never lower, and ≥ 99%',
      measured: `${belowOrigin.length} of ${rows.length} cases below`,
      met: belowOrigin.length === 0,
    },
  ];
  return {
    section: { heading: HEADING, body: `${BEGIN}\n${body}\n${END}` },
    budgets,
    notes: [
      'The matrix runs each case once per contender: its figures carry the noise of a single run on a shared machine.',
    ],
  };
}

/** `text` with the matrix section of `before` (heading and all) at its end, when `before` has one and `text` not. */
export function keepMatrixSection(text: string, before: string): string {
  const begin = before.indexOf(BEGIN);
  const end = before.indexOf(END);
  if (text.includes(BEGIN) || begin < 0 || end < begin) return text;
  return `${text.trimEnd()}\n\n## ${HEADING}\n\n${before.slice(begin, end + END.length)}\n`;
}

/** Puts the matrix section into BENCHMARKS.md: in place of the last one between the markers, else at the end. */
export function writeMatrixSection(section: Section): void {
  writeMarkedSection(section, BEGIN, END);
}
