// Figures of one attack scenario: medians over rounds per contender, the Markdown table, the chart,
// and DESIGN.md's targets for it (Breakwater serves ≥ 99% of legitimate requests; in the distributed
// and cache-bypass floods it serves more of them than nginx and HAProxy). The slow attacks, driven by
// slowhttptest (slow-attacks.ts), share its legitimate figures, cost cells, budget and section.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barChart, type ChartBar } from '../chart.js';
import type { DrillFigures } from '../clients/drill.js';
import { cores, count, median, ms, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { CHARTS_DIR } from '../paths.js';
import type { BudgetCheck, ScenarioOutcome } from '../scenario.js';
import {
  ATTACK_LIMITS,
  CONTENDER_LABELS,
  CONTENDERS,
  type ContenderKey,
  sitsOut,
  TLS_SETUP,
} from './attack-contenders.js';
import type { AttackSpec } from './attacks.js';
import type { OriginSaw } from './origin-saw.js';

/** One contender's run of an attack scenario: which, in which round, and what the defence cost. */
export interface ContenderRun {
  contender: ContenderKey;
  round: number;
  /** CPU seconds of the defending process group over the run; null for the unprotected origin. */
  cpuSeconds: number | null;
  peakRssBytes: number | null;
  /** Cores used by processes the harness did not start, during the run. */
  otherWork: number;
  /** What the origin itself received from the drill's legitimate and attack ranges. */
  originSaw: OriginSaw;
}

export interface AttackMeasurement extends ContenderRun {
  /** The drill's summary: its attack and the legitimate traffic beside it. */
  drill: DrillFigures;
}

export interface AttackRunShape {
  legitRate: number;
  warmupS: number;
  attackS: number;
  writeChart: boolean;
}

/** What every attack scenario shows per contender, whatever the attack: legitimate service and cost. */
export interface ServiceFigures {
  key: ContenderKey;
  legitSuccess: number;
  p50: number;
  p99: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

interface ContenderFigures extends ServiceFigures {
  attackSent: number;
  /** Attack requests the origin received, and their share of those the drill sent. */
  reached: number;
  reachedShare: number;
  /** Share of the attack the drill saw the edge answer itself (blocked, challenged, throttled, shed). */
  stoppedShare: number;
  /** Median over rounds that mitigated at all; NaN when none did. */
  mitigateS: number;
  mitigatedRounds: number;
}

const COLUMNS = [
  'contender',
  'legitimate served',
  'p50',
  'p99',
  'attack sent',
  'reached origin',
  'share reached',
  'stopped at the edge',
  'time to mitigate',
  'CPU s',
  'peak RSS',
];

/** Legitimate success at which the target counts as met. */
const LEGIT_TARGET = 0.99;

/** Median over rounds of a figure, leaving out rounds without it. */
export const medianOf = <M>(runs: readonly M[], pick: (m: M) => number | null) =>
  median(runs.map(pick).filter((v): v is number => v !== null && Number.isFinite(v)));

/** Medians of `key`'s runs: the drill's legitimate traffic, and the defender's CPU and memory. */
export function serviceFigures(key: ContenderKey, runs: readonly AttackMeasurement[]): ServiceFigures {
  return {
    key,
    legitSuccess: medianOf(runs, (m) => m.drill.legitimate.successRate),
    p50: medianOf(runs, (m) => m.drill.legitimate.latencyMs.p50),
    p99: medianOf(runs, (m) => m.drill.legitimate.latencyMs.p99),
    cpuSeconds: medianOf(runs, (m) => m.cpuSeconds),
    peakRssMiB: medianOf(runs, (m) => (m.peakRssBytes === null ? null : m.peakRssBytes / 2 ** 20)),
  };
}

/** The CPU s and peak RSS cells; none for the unprotected origin, which has no defender. */
export function costCells(f: ServiceFigures): string[] {
  return f.key === 'origin' ? ['—', '—'] : [cores(f.cpuSeconds), `${f.peakRssMiB.toFixed(0)} MiB`];
}

function figuresOf(key: ContenderKey, runs: readonly AttackMeasurement[]): ContenderFigures {
  const mitigated = runs.filter((m) => m.drill.timeToMitigateS !== null);
  return {
    ...serviceFigures(key, runs),
    attackSent: medianOf(runs, (m) => m.drill.attack.sent),
    reached: medianOf(runs, (m) => m.originSaw.attack),
    reachedShare: medianOf(runs, ({ drill: { attack }, originSaw }) =>
      attack.sent === 0 ? null : Math.min(1, originSaw.attack / attack.sent),
    ),
    stoppedShare: medianOf(runs, ({ drill: { attack } }) => {
      const outcomes = attack.stopped + attack.reachedOrigin + attack.unanswered;
      return outcomes === 0 ? null : attack.stopped / outcomes;
    }),
    mitigateS: medianOf(mitigated, (m) => m.drill.timeToMitigateS),
    mitigatedRounds: mitigated.length,
  };
}

/** Whole seconds, 'never' when no round got there, and how many rounds did when not all of them. */
export function seconds(value: number, rounds: number, of: number): string {
  if (!Number.isFinite(value)) return 'never';
  const text = `${value.toFixed(0)} s`;
  return rounds < of ? `${text} (${rounds} of ${of} rounds)` : text;
}

/** DESIGN.md's target in every attack scenario: Breakwater serves ≥ 99% of legitimate requests. */
export function legitimateBudget(scenario: string, breakwater: number, origin: number): BudgetCheck {
  return {
    figure: `legitimate success through Breakwater, ${scenario}`,
    budget: `≥ ${percent(LEGIT_TARGET)} (origin alone: ${percent(origin)})`,
    measured: percent(breakwater),
    met: breakwater >= LEGIT_TARGET,
  };
}

function budgets(spec: AttackSpec, byKey: Map<ContenderKey, ContenderFigures>): BudgetCheck[] {
  const bw = byKey.get('breakwater')!;
  const checks = [legitimateBudget(spec.name, bw.legitSuccess, byKey.get('origin')!.legitSuccess)];
  if (spec.mustBeatPeers) {
    const nginx = byKey.get('nginx')!.legitSuccess;
    const haproxy = byKey.get('haproxy')!.legitSuccess;
    checks.push({
      figure: `legitimate success, Breakwater against nginx and HAProxy, ${spec.name}`,
      budget: 'higher than both',
      measured: `${percent(bw.legitSuccess)} vs nginx ${percent(nginx)}, HAProxy ${percent(haproxy)}`,
      met: bw.legitSuccess > nginx && bw.legitSuccess > haproxy,
    });
  }
  return checks;
}

export function summarizeAttack(
  spec: AttackSpec,
  runs: readonly AttackMeasurement[],
  shape: AttackRunShape,
): ScenarioOutcome {
  const rounds = Math.max(...runs.map((m) => m.round)) + 1;
  const byKey = new Map(
    CONTENDERS.map(
      (key) =>
        [
          key,
          figuresOf(
            key,
            runs.filter((m) => m.contender === key),
          ),
        ] as const,
    ),
  );
  const rows = [...byKey.values()].map((f) => {
    const reason = sitsOut(f.key, spec.tls);
    if (reason !== undefined) return [CONTENDER_LABELS[f.key], reason, ...COLUMNS.slice(2).map(() => '—')];
    return [
      CONTENDER_LABELS[f.key],
      percent(f.legitSuccess),
      ms(f.p50),
      ms(f.p99),
      count(f.attackSent),
      count(f.reached),
      percent(f.reachedShare),
      percent(f.stoppedShare),
      seconds(f.mitigateS, f.mitigatedRounds, rounds),
      ...costCells(f),
    ];
  });
  const table = markdownTable(COLUMNS, rows);
  const about = [
    `\`breakwater drill ${spec.name}\` at ${count(spec.rate)}/s${spec.sources ? ` from ${count(spec.sources)} addresses` : ''}`,
    `for ${shape.attackS} s after ${shape.warmupS} s of legitimate traffic alone; ${shape.legitRate} legitimate requests/s`,
    `throughout (scripted browsers that solve challenges), ${rounds} round(s) per contender, medians shown.`,
    `Per-address limits of every proxy: ${ATTACK_LIMITS.requestsPerSecond} req/s, burst ${ATTACK_LIMITS.burst},`,
    `${ATTACK_LIMITS.connectionsPerAddress} connections. "Reached origin": attack requests the origin itself`,
    'received, counted by source address (the leftmost X-Forwarded-For entry, which every proxy adds);',
    '"share reached": their share of the attack requests the drill sent. "Stopped at the edge": share of the',
    "attack the drill saw answered by the edge itself (blocked, challenged, throttled or shed), by the drill's",
    'reading of each answer. "Time to mitigate": first second in which the drill saw ≥ 90% of attack',
    `requests stopped at the edge. CPU s and peak RSS are the defending process's (all its workers).`,
    ...(spec.tls ? [TLS_SETUP] : []),
    ...(spec.caveat ? [spec.caveat] : []),
  ].join(' ');
  return attackOutcome({
    name: spec.name,
    title: spec.title,
    about,
    table,
    chart: {
      title: `${spec.name}: legitimate requests served and attack reaching the origin`,
      bars: [...byKey.values()].map((f) => ({
        label: CONTENDER_LABELS[f.key],
        legitSuccess: Number.isFinite(f.legitSuccess) ? f.legitSuccess : null,
        reachedShare: Number.isFinite(f.reachedShare) ? f.reachedShare : null,
      })),
    },
    writeChart: shape.writeChart,
    budgets: budgets(spec, byKey),
    runs,
    raw: { spec, runs },
  });
}

/** What an attack scenario's summary is made of, whatever the attack. */
export interface AttackReport {
  name: string;
  title: string;
  /** The paragraph above the table: what ran, and how to read the columns. */
  about: string;
  table: string;
  /** `legend` names the attack bar; the chart's default (attack requests reaching the origin) without it. */
  chart: { title: string; bars: ChartBar[]; legend?: string };
  /** Full runs only: a quick run leaves bench/charts as it is. */
  writeChart: boolean;
  budgets: BudgetCheck[];
  runs: readonly ContenderRun[];
  raw: unknown;
}

/** The scenario's section (paragraph, table, chart), its budgets, and a note when other work was heavy. */
export function attackOutcome(report: AttackReport): ScenarioOutcome {
  const chartName = `${report.name}.svg`;
  if (report.writeChart) {
    writeFileSync(
      join(CHARTS_DIR, chartName),
      barChart(report.chart.title, report.chart.bars, report.chart.legend),
    );
  }
  const busiest = Math.max(...report.runs.map((m) => m.otherWork));
  return {
    sections: [
      {
        heading: `${report.name}: ${report.title}`,
        body: [
          report.about,
          '',
          report.table,
          '',
          ...(report.writeChart ? [`![${report.name}](bench/charts/${chartName})`] : []),
        ].join('\n'),
      },
    ],
    budgets: report.budgets,
    notes:
      busiest > 0.35
        ? [`${report.name}: other work on the machine reached ${cores(busiest)} cores during a run.`]
        : [],
    raw: report.raw,
  };
}
