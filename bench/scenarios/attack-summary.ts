// Figures of one attack scenario: medians over rounds per contender, the Markdown table, the chart,
// and DESIGN.md's targets for it (Breakwater serves ≥ 99% of legitimate requests; in the distributed
// and cache-bypass floods it serves more of them than nginx and HAProxy).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barChart } from '../chart.js';
import type { DrillFigures } from '../clients/drill.js';
import { cores, count, median, ms, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { CHARTS_DIR } from '../paths.js';
import type { BudgetCheck, ScenarioOutcome } from '../scenario.js';
import { ATTACK_LIMITS, CONTENDER_LABELS, CONTENDERS, type ContenderKey } from './attack-contenders.js';
import type { AttackSpec } from './attacks.js';

export interface AttackMeasurement {
  contender: ContenderKey;
  round: number;
  drill: DrillFigures;
  /** CPU seconds of the defending process group over the run; null for the unprotected origin. */
  cpuSeconds: number | null;
  peakRssBytes: number | null;
  /** Cores used by processes the harness did not start, during the run. */
  otherWork: number;
}

export interface AttackRunShape {
  legitRate: number;
  warmupS: number;
  attackS: number;
  writeChart: boolean;
}

interface ContenderFigures {
  key: ContenderKey;
  legitSuccess: number;
  p50: number;
  p99: number;
  attackSent: number;
  reached: number;
  reachedShare: number;
  /** Median over rounds that mitigated at all; NaN when none did. */
  mitigateS: number;
  mitigatedRounds: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

/** Legitimate success at which the target counts as met. */
const LEGIT_TARGET = 0.99;

const medianOf = (runs: readonly AttackMeasurement[], pick: (m: AttackMeasurement) => number | null) =>
  median(runs.map(pick).filter((v): v is number => v !== null && Number.isFinite(v)));

function figuresOf(key: ContenderKey, runs: readonly AttackMeasurement[]): ContenderFigures {
  const mitigated = runs.filter((m) => m.drill.timeToMitigateS !== null);
  return {
    key,
    legitSuccess: medianOf(runs, (m) => m.drill.legitimate.successRate),
    p50: medianOf(runs, (m) => m.drill.legitimate.latencyMs.p50),
    p99: medianOf(runs, (m) => m.drill.legitimate.latencyMs.p99),
    attackSent: medianOf(runs, (m) => m.drill.attack.sent),
    reached: medianOf(runs, (m) => m.drill.attack.reachedOrigin),
    reachedShare: medianOf(runs, ({ drill: { attack } }) => {
      const outcomes = attack.stopped + attack.reachedOrigin + attack.unanswered;
      return outcomes === 0 ? null : attack.reachedOrigin / outcomes;
    }),
    mitigateS: medianOf(mitigated, (m) => m.drill.timeToMitigateS),
    mitigatedRounds: mitigated.length,
    cpuSeconds: medianOf(runs, (m) => m.cpuSeconds),
    peakRssMiB: medianOf(runs, (m) => (m.peakRssBytes === null ? null : m.peakRssBytes / 2 ** 20)),
  };
}

function seconds(value: number, rounds: number, of: number): string {
  if (!Number.isFinite(value)) return 'never';
  const text = `${value.toFixed(0)} s`;
  return rounds < of ? `${text} (${rounds} of ${of} rounds)` : text;
}

function budgets(spec: AttackSpec, byKey: Map<ContenderKey, ContenderFigures>): BudgetCheck[] {
  const bw = byKey.get('breakwater')!;
  const checks: BudgetCheck[] = [
    {
      figure: `legitimate success through Breakwater, ${spec.name}`,
      budget: `≥ ${percent(LEGIT_TARGET)} (origin alone: ${percent(byKey.get('origin')!.legitSuccess)})`,
      measured: percent(bw.legitSuccess),
      met: bw.legitSuccess >= LEGIT_TARGET,
    },
  ];
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
  const rows = [...byKey.values()].map((f) => [
    CONTENDER_LABELS[f.key],
    percent(f.legitSuccess),
    ms(f.p50),
    ms(f.p99),
    count(f.attackSent),
    count(f.reached),
    percent(f.reachedShare),
    seconds(f.mitigateS, f.mitigatedRounds, rounds),
    f.key === 'origin' ? '—' : cores(f.cpuSeconds),
    f.key === 'origin' ? '—' : `${f.peakRssMiB.toFixed(0)} MiB`,
  ]);
  const table = markdownTable(
    [
      'contender',
      'legitimate served',
      'p50',
      'p99',
      'attack sent',
      'reached origin',
      'share reached',
      'time to mitigate',
      'CPU s',
      'peak RSS',
    ],
    rows,
  );
  const chartName = `${spec.name}.svg`;
  if (shape.writeChart) {
    writeFileSync(
      join(CHARTS_DIR, chartName),
      barChart(
        `${spec.name}: legitimate requests served and attack reaching the origin`,
        [...byKey.values()].map((f) => ({
          label: CONTENDER_LABELS[f.key],
          legitSuccess: Number.isFinite(f.legitSuccess) ? f.legitSuccess : null,
          reachedShare: Number.isFinite(f.reachedShare) ? f.reachedShare : null,
        })),
      ),
    );
  }
  const busiest = Math.max(...runs.map((m) => m.otherWork));
  const about = [
    `\`breakwater drill ${spec.name}\` at ${count(spec.rate)}/s${spec.sources ? ` from ${count(spec.sources)} addresses` : ''}`,
    `for ${shape.attackS} s after ${shape.warmupS} s of legitimate traffic alone; ${shape.legitRate} legitimate requests/s`,
    `throughout (scripted browsers that solve challenges), ${rounds} round(s) per contender, medians shown.`,
    `Per-address limits of every proxy: ${ATTACK_LIMITS.requestsPerSecond} req/s, burst ${ATTACK_LIMITS.burst},`,
    `${ATTACK_LIMITS.connectionsPerAddress} connections. "Time to mitigate": first second with ≥ 90% of attack`,
    `requests stopped before the origin. CPU s and peak RSS are the defending process's (all its workers).`,
  ].join(' ');
  return {
    sections: [
      {
        heading: `${spec.name}: ${spec.title}`,
        body: [
          about,
          '',
          table,
          '',
          ...(shape.writeChart ? [`![${spec.name}](bench/charts/${chartName})`] : []),
        ].join('\n'),
      },
    ],
    budgets: budgets(spec, byKey),
    notes:
      busiest > 0.35
        ? [`${spec.name}: other work on the machine reached ${cores(busiest)} cores during a run.`]
        : [],
    raw: { spec, runs },
  };
}
