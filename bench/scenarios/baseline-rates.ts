// The baseline's fixed-rate part: latency added by each proxy at request rates below saturation, as a
// table, a chart (full runs only) and notes on any rate a contender or the client did not carry (pure,
// apart from writing the chart).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupedBarChart } from '../chart.js';
import { type PacedResult, pacedFailures } from '../clients/paced-load-result.js';
import { cores, count, median, ms, msDelta } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { CHARTS_DIR } from '../paths.js';
import type { RunSettings, Section } from '../scenario.js';

export interface PacedMeasurement {
  rate: number;
  contender: string;
  round: number;
  load: PacedResult;
  /** Average cores used during the run by the proxy's process group, the origin, the paced client, work
   * the harness did not start, and the whole machine (interrupts included). */
  cores: { proxy?: number; origin: number; client: number; others: number; machine: number };
}

export interface RatesInput {
  path: string;
  rates: readonly number[];
  measurements: readonly PacedMeasurement[];
  /** Contender key → label, in the order they are shown; 'direct' is the origin without a proxy. */
  labels: Record<string, string>;
  settings: RunSettings;
  /** Keep-alive connections the paced client may open. */
  connections: number;
  /** Measurements thrown away and repeated because other work on the machine disturbed them. */
  disturbed: readonly PacedMeasurement[];
}

interface RateFigures {
  rate: number;
  contender: string;
  label: string;
  achieved: number;
  p50Ms: number;
  p99Ms: number;
  sent: number;
  failures: number;
  behind: number;
  maxLagMs: number;
  proxyCores?: number;
  clientCores: number;
}

/** A contender whose 2xx/3xx answers per second fall below this share of the rate did not carry it. */
const CARRIED_SHARE = 0.97;

const CHART_NAME = 'baseline.svg';

function figuresFor(
  runs: readonly PacedMeasurement[],
  rate: number,
  contender: string,
  label: string,
): RateFigures {
  const proxy = runs.map((m) => m.cores.proxy).filter((c): c is number => c !== undefined);
  return {
    rate,
    contender,
    label,
    achieved: median(runs.map((m) => m.load.achievedRate)),
    p50Ms: median(runs.map((m) => m.load.latencyMs.p50)),
    p99Ms: median(runs.map((m) => m.load.latencyMs.p99)),
    sent: runs.reduce((sum, m) => sum + m.load.sent, 0),
    failures: runs.reduce((sum, m) => sum + pacedFailures(m.load), 0),
    behind: runs.reduce((sum, m) => sum + m.load.behind, 0),
    maxLagMs: Math.max(...runs.map((m) => m.load.maxLagMs)),
    proxyCores: proxy.length > 0 ? median(proxy) : undefined,
    clientCores: median(runs.map((m) => m.load.cpuSeconds / m.load.seconds)),
  };
}

/** Which kinds of failure a contender's runs at one rate met, such as `timeout 12, 503 status 4`. */
function failureKinds(runs: readonly PacedMeasurement[]): string {
  const kinds: Record<string, number> = {};
  for (const { load } of runs) {
    if (load.badStatus > 0) kinds['error status'] = (kinds['error status'] ?? 0) + load.badStatus;
    for (const [why, n] of Object.entries(load.errors)) kinds[why] = (kinds[why] ?? 0) + n;
  }
  return Object.entries(kinds)
    .map(([why, n]) => `${why} ${count(n)}`)
    .join(', ');
}

export function summarizeRates(
  input: RatesInput,
  writeChart: boolean,
): { sections: Section[]; notes: string[]; raw: unknown } {
  const { path, rates, measurements, labels, settings } = input;
  const runsOf = (rate: number, key: string) =>
    measurements.filter((m) => m.rate === rate && m.contender === key);
  const byRate = rates.map((rate) =>
    Object.entries(labels).map(([key, label]) => figuresFor(runsOf(rate, key), rate, key, label)),
  );

  const rows = byRate.flatMap((all) => {
    const direct = all.find((f) => f.contender === 'direct')!;
    return all.map((f) => [
      `${count(f.rate)}/s`,
      f.label,
      `${count(f.achieved)}/s`,
      ms(f.p50Ms),
      ms(f.p99Ms),
      f.contender === 'direct' ? '—' : msDelta(f.p99Ms - direct.p99Ms),
      count(f.failures),
      count(f.behind),
      f.proxyCores === undefined ? '—' : cores(f.proxyCores),
      cores(f.clientCores),
    ]);
  });
  if (writeChart) {
    writeFileSync(
      join(CHARTS_DIR, CHART_NAME),
      groupedBarChart(
        `GET ${path}: p99 latency at fixed request rates`,
        Object.values(labels),
        byRate.map((all) => ({ label: `${count(all[0].rate)} req/s`, values: all.map((f) => f.p99Ms) })),
        'ms',
      ),
    );
  }
  const body = [
    'A paced client (`node dist/bench/clients/paced-load.js`, one Node.js process with an undici pool of up ' +
      `to ${input.connections} keep-alive connections) sends GET ${path} from 127.0.0.1 at fixed rates of ` +
      `${rates.map((r) => count(r)).join(', ')} req/s, ${settings.seconds} s per run, ${settings.rounds} ` +
      'interleaved round(s) per contender and rate (A B C D, then D C B A), each run after ' +
      `${settings.warmupSeconds} s of unmeasured requests at the same rate from the same client process; ` +
      'these runs follow the saturation runs above, with the same servers. Open loop: request i is sent at ' +
      'i / rate from the start whatever the earlier answers did, and its latency runs from that scheduled ' +
      'time to the end of its answer, so time spent queueing (in the client, the proxy or the origin) ' +
      'counts; a request without its whole answer within 5 s fails. Latency covers every request, failed ' +
      'ones included. Figures are medians over the rounds; "achieved" counts 2xx/3xx answers per second; ' +
      '"errors" (error answers, socket errors, timeouts) and "sent late" (requests the client itself sent ' +
      'more than 50 ms after their scheduled time: it did not keep up) are totals. "p99 added" is the p99 ' +
      'through the proxy minus the p99 of the origin measured directly at the same rate. CPU in cores as ' +
      "above; the client's is its own, over the measured part.",
    '',
    markdownTable(
      [
        'rate',
        'contender',
        'achieved',
        'p50',
        'p99',
        'p99 added',
        'errors',
        'sent late',
        'proxy CPU',
        'client CPU',
      ],
      rows,
    ),
    ...(writeChart ? ['', `![baseline](bench/charts/${CHART_NAME})`] : []),
  ].join('\n');

  const notes: string[] = [];
  for (const f of byRate.flat()) {
    if (f.failures > 0 || f.achieved < f.rate * CARRIED_SHARE) {
      notes.push(
        `${f.label} did not carry ${count(f.rate)} req/s on GET ${path}: ${count(f.achieved)} answers/s, ` +
          `${count(f.failures)} of ${count(f.sent)} requests failed` +
          (f.failures > 0 ? ` (${failureKinds(runsOf(f.rate, f.contender))})` : '') +
          '; its latency there is mostly queueing, not proxying.',
      );
    }
    if (f.behind > 0) {
      notes.push(
        `At ${count(f.rate)} req/s towards ${f.label}, the paced client sent ${count(f.behind)} requests ` +
          `more than 50 ms late (at worst ${ms(f.maxLagMs)}; client CPU ${cores(f.clientCores)} cores): it ` +
          'did not keep up with its own schedule, so those latencies include its delay.',
      );
    }
  }
  if (input.disturbed.length > 0) {
    notes.push(
      `${input.disturbed.length} fixed-rate run(s) disturbed by other work on the machine were thrown away ` +
        'and measured again.',
    );
  }
  return {
    sections: [{ heading: `Latency at fixed request rates, GET ${path}`, body }],
    notes,
    raw: {
      path,
      rates,
      connections: input.connections,
      summaries: byRate,
      measurements,
      disturbed: input.disturbed,
    },
  };
}
