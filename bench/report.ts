// Writes a run up in Markdown: the tables for stdout, and BENCHMARKS.md with the machine, versions,
// budget verdicts and what limits the figures.
import { cores } from './figures.js';
import { markdownTable } from './markdown.js';
import type { RunRecord } from './results.js';
import type { BudgetCheck } from './scenario.js';

function budgets(record: RunRecord): BudgetCheck[] {
  return record.scenarios.flatMap((s) => s.outcome?.budgets ?? []);
}

function budgetTable(checks: readonly BudgetCheck[]): string {
  return markdownTable(
    ['figure (DESIGN.md)', 'budget', 'measured', 'verdict'],
    checks.map((c) => [c.figure, c.budget, c.measured, c.met ? 'met' : '**missed**']),
  );
}

function scenarioSections(record: RunRecord, level: string): string[] {
  const out: string[] = [];
  for (const s of record.scenarios) {
    if (s.error !== undefined) {
      out.push(`${level} ${s.title} (\`${s.name}\`)`, '', `Failed: ${s.error}`, '');
      continue;
    }
    for (const section of s.outcome?.sections ?? [])
      out.push(`${level} ${section.heading}`, '', section.body, '');
  }
  return out;
}

/** The Markdown printed on stdout after a run. */
export function renderResults(record: RunRecord): string {
  const checks = budgets(record);
  const out = [...scenarioSections(record, '##')];
  if (checks.length > 0) out.push('## Budget', '', budgetTable(checks), '');
  const notes = record.scenarios.flatMap((s) => s.outcome?.notes ?? []);
  if (notes.length > 0) out.push('## Notes', '', ...notes.map((n) => `- ${n}`), '');
  return `${out.join('\n')}\n`;
}

/** What limits every run of this harness, whatever the scenario. */
function standingNotes(record: RunRecord): string[] {
  const { machine, settings } = record;
  return [
    `Everything runs on one machine with ${machine.cpus} cores: the load generator (wrk, 2 threads, the ` +
      'Node.js paced or flood client, the drill, slowhttptest), the demo origin and the proxy under test share them, so no program gets a ' +
      'core to itself. The figures compare the contenders under the same squeeze; none shows what a ' +
      'proxy reaches on dedicated hardware.',
    settings.workers === undefined
      ? 'Breakwater is one Node.js process, so its JavaScript runs on one thread; nginx (`worker_processes auto`) ' +
        'and HAProxy (one thread per CPU, its default) spread over every core. The more cores a machine has, ' +
        'the more that favours them.'
      : `Every proxy ran with --workers ${settings.workers}: Breakwater's gateway workers (cluster.workers), ` +
        "nginx's worker_processes and HAProxy's nbthread.",
    'The demo origin is a Node.js process too. On `GET /api/health` the origin, measured directly, is the ' +
      'ceiling no proxy can pass: a proxy adds its own work to a machine the origin and wrk already keep busy.',
    'Loopback only, plain HTTP/1.1 with keep-alive (TLS and HTTP/2 only in h2-rapid-reset): "added latency" ' +
      'is processing and scheduling time, with no network in it.',
    `Load average when the run began: ${machine.loadAverage.join(', ')} (1, 5, 15 min). Other work on the ` +
      'machine adds noise; interleaving the contenders round by round spreads it over all of them, and the ' +
      '"range" column shows how much the rounds differed.',
    'wrk sends from one address. Every proxy keeps its per-address limits on, set above that load, so ' +
      'none of them throttles the benchmark; the cost of checking the limits is included.',
    'Attack scenarios: the drill keeps at most 512 attack requests in flight, so against a slow origin it ' +
      'sends less than its rate (the "attack sent" column). The unprotected origin slows down (p99 of seconds) ' +
      'but still serves most legitimate requests, except where the attack holds its capacity (slow-post): ' +
      '"where the unprotected origin collapses" is mostly not reproduced on this machine.',
    'Attack scenarios: where a peer passes a flood whole (nginx and HAProxy in distributed-flood, where each ' +
      'of 2,000 addresses stays under the per-address limits), its legitimate success depends on whether the ' +
      'origin keeps up with what the drill can send, not on the proxy: a tie at 100% there says the origin ' +
      'coped, not that the flood was stopped (see "reached origin").',
    'Attack scenarios: "reached origin" is counted by the demo origin itself, by source range (the leftmost ' +
      'X-Forwarded-For entry, else the peer), so it holds for every contender; "stopped at the edge" and ' +
      '"time to mitigate" are the drill\'s reading of the answers it got.',
  ];
}

/** Earlier runs listed beside the latest one, at most. */
const MAX_EARLIER = 9;

/** The budget verdicts of earlier full runs beside the latest one. */
function historyTable(record: RunRecord, earlier: readonly RunRecord[]): string[] {
  if (earlier.length === 0) return [];
  const shown = earlier.slice(-MAX_EARLIER);
  const figures = budgets(record).map((c) => c.figure);
  const rows = [...shown, record].map((run) => {
    const checks = budgets(run);
    return [
      `${run.startedAt.slice(0, 16).replace('T', ' ')}${run === record ? ' (latest)' : ''}`,
      ...figures.map((figure) => {
        const check = checks.find((c) => c.figure === figure);
        return check ? `${check.measured} — ${check.met ? 'met' : '**missed**'}` : 'n/a';
      }),
    ];
  });
  return [
    '## Run to run',
    '',
    'The same command on this machine, earlier full runs kept in `bench/results/`: the spread shows how far ' +
      'a single run can be trusted here.',
    '',
    markdownTable(['run (UTC)', ...figures], rows),
    '',
  ];
}

/** BENCHMARKS.md: the latest full run, and the verdicts of earlier ones on the same machine. */
export function renderReportFile(record: RunRecord, earlier: readonly RunRecord[] = []): string {
  const { machine, versions } = record;
  const notes = record.scenarios.flatMap((s) => s.outcome?.notes ?? []);
  const out = [
    "<!-- Breakwater's benchmark figures, written by bench/run.ts from the latest full run; rerun to refresh. -->",
    '# Benchmarks',
    '',
    `Latest full run: ${record.startedAt.slice(0, 16).replace('T', ' ')} UTC, ` +
      `${Math.round(record.durationSeconds)} s in all. Command, from the repository root:`,
    '',
    '```sh',
    record.command,
    '```',
    '',
    "Raw figures of each run: `bench/results/<time>.json` (not committed). Peers' configurations: " +
      '`bench/peers/nginx.conf` (with `bench/peers/nginx-tls.conf` over TLS), `bench/peers/haproxy.cfg`.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cpus} cores (nproc)`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- Kernel: ${machine.kernel}`,
    `- Other work on the machine just before each scenario (CPU of processes the harness did not start): ` +
      record.scenarios
        .map(
          (s) => `${s.name} ${s.otherWorkBefore === undefined ? 'n/a' : `${cores(s.otherWorkBefore)} cores`}`,
        )
        .join(', '),
    '',
    '## Versions',
    '',
    `- Breakwater ${versions.breakwater} on Node.js ${versions.node}`,
    ...(versions.nginx ? [`- ${versions.nginx}`] : []),
    ...(versions.haproxy ? [`- ${versions.haproxy}`] : []),
    ...(versions.wrk ? [`- ${versions.wrk}`] : []),
    ...(versions.slowhttptest ? [`- ${versions.slowhttptest}`] : []),
    '',
    '## Budget',
    '',
    budgetTable(budgets(record)),
    '',
    ...historyTable(record, earlier),
    ...scenarioSections(record, '##'),
    '## What limits these figures',
    '',
    ...[...standingNotes(record), ...notes].map((n) => `- ${n}`),
    '',
  ];
  return out.join('\n');
}
