// Turns the baseline's measurements into its tables, ratios, budget check and notes (pure, apart from the
// fixed-rate chart that baseline-rates.ts writes on full runs).

import type { PeerLimits } from '../contenders/peer-limits.js';
import { cores, count, median, micros, ms, msDelta, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import type { RunSettings, ScenarioOutcome, Section } from '../scenario.js';
import { errorCount, type WrkFigures } from '../wrk-output.js';
import { type RatesInput, summarizeRates } from './baseline-rates.js';

export interface BaselineRoute {
  path: string;
  about: string;
}

export interface BaselineMeasurement {
  route: string;
  contender: string;
  round: number;
  wrk: WrkFigures;
  /** Average cores used during the run by the proxy's process group, the origin, wrk, work the harness
   * did not start, and the whole machine (interrupts included). */
  cores: { proxy?: number; origin: number; wrk: number; others: number; machine: number };
}

export interface ContenderFigures {
  contender: string;
  label: string;
  requestsPerSecond: number;
  rpsLow: number;
  rpsHigh: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Failed share of all attempts. */
  errorShare: number;
  proxyCores?: number;
  originCores: number;
  wrkCores: number;
  otherCores: number;
  machineCores: number;
}

export interface BaselineInput {
  measurements: readonly BaselineMeasurement[];
  routes: readonly BaselineRoute[];
  /** Contender key → label, in the order they are shown. */
  labels: Record<string, string>;
  settings: RunSettings;
  load: { threads: number; connections: number };
  limits: PeerLimits;
  /** Measurements thrown away and repeated because other work on the machine disturbed them. */
  disturbed: readonly BaselineMeasurement[];
  /** The fixed-rate runs that follow the saturation runs. */
  fixedRates: RatesInput;
}

/** Average CPU time a contender's processes spent per request, in microseconds. */
function cpuPerRequest(f: ContenderFigures): number {
  return f.proxyCores === undefined ? Number.NaN : (f.proxyCores / f.requestsPerSecond) * 1e6;
}

/** The DESIGN.md budget: Breakwater's throughput at least this share of nginx's. */
const NGINX_SHARE_BUDGET = 0.5;

/** Answers per second with a 2xx or 3xx status: wrk's Requests/sec counts error answers too. */
function okPerSecond(w: WrkFigures): number {
  return w.requests === 0 ? 0 : (w.requestsPerSecond * (w.requests - w.badStatus)) / w.requests;
}

/** Share of attempts that failed: error answers and socket errors, over answers and socket errors. */
function errorShare(runs: readonly BaselineMeasurement[]): number {
  const errors = runs.reduce((sum, m) => sum + errorCount(m.wrk), 0);
  const attempts = runs.reduce((sum, m) => sum + errorCount(m.wrk) - m.wrk.badStatus + m.wrk.requests, 0);
  return attempts === 0 ? 1 : errors / attempts;
}

/** Rounds whose CPU per request differs by more than this factor are called out. */
const UNSTEADY_CPU = 1.25;

/** An origin using this many cores is saturated: its one JavaScript thread is the bottleneck. */
const ORIGIN_BOUND_CORES = 0.75;

/** Above this share of failed requests a contender's figures do not describe working proxying. */
const TOLERATED_ERRORS = 0.01;

function figuresFor(
  runs: readonly BaselineMeasurement[],
  contender: string,
  label: string,
): ContenderFigures {
  const rps = runs.map((m) => okPerSecond(m.wrk));
  const proxy = runs.map((m) => m.cores.proxy).filter((c): c is number => c !== undefined);
  return {
    contender,
    label,
    requestsPerSecond: median(rps),
    rpsLow: Math.min(...rps),
    rpsHigh: Math.max(...rps),
    p50Ms: median(runs.map((m) => m.wrk.latencyMs.p50)),
    p99Ms: median(runs.map((m) => m.wrk.latencyMs.p99)),
    errors: runs.reduce((sum, m) => sum + errorCount(m.wrk), 0),
    errorShare: errorShare(runs),
    proxyCores: proxy.length > 0 ? median(proxy) : undefined,
    originCores: median(runs.map((m) => m.cores.origin)),
    wrkCores: median(runs.map((m) => m.cores.wrk)),
    otherCores: median(runs.map((m) => m.cores.others)),
    machineCores: median(runs.map((m) => m.cores.machine)),
  };
}

export function summarizeBaseline(input: BaselineInput): ScenarioOutcome {
  const { measurements, routes, labels, settings, load } = input;
  const byRoute = new Map<string, ContenderFigures[]>();
  for (const route of routes) {
    byRoute.set(
      route.path,
      Object.entries(labels).map(([key, label]) =>
        figuresFor(
          measurements.filter((m) => m.route === route.path && m.contender === key),
          key,
          label,
        ),
      ),
    );
  }
  const get = (path: string, key: string) => byRoute.get(path)!.find((f) => f.contender === key)!;

  const sections: Section[] = [];
  sections.push({
    heading: 'Proxy throughput and latency, no attack (`baseline`)',
    body: [
      `wrk \`-t${load.threads} -c${load.connections} -d${settings.seconds}s --latency\` from 127.0.0.1, ` +
        `${settings.rounds} interleaved round(s) per contender and route (A B C D, then D C B A), after ` +
        `${settings.warmupSeconds} s of warm-up each. Figures are medians over the rounds; "range" is the lowest ` +
        'and highest req/s seen; req/s counts 2xx/3xx answers only. "p99 added" is the p99 through the proxy minus the p99 of the origin measured ' +
        'directly. CPU is in cores (1.00 = one core busy for the whole run), read from /proc; "other work" is ' +
        'CPU used by processes the harness did not start.',
      '',
      'Contenders: `node dist/cli/main.js serve --config breakwater.yaml --upstream … --listen … --control … ' +
        '--data …` (generated breakwater.yaml: `logLevel: error`, health checks on /api/health, ' +
        '`maxConnectionsPerAddress` as below, and the responder allowlisting 127.0.0.1 so its automatic ' +
        'defence does not act on the benchmark client — detection still runs on every request); ' +
        '`nginx -p <scratch>/ -c bench/peers/nginx.conf -e stderr`; `haproxy -f bench/peers/haproxy.cfg -db`.',
      '',
      `Origin: the demo origin (\`node dist/demo/main.js --concurrency 64 --cpu-ms 0\`). Per-address limits of ` +
        `every proxy: ${count(input.limits.connectionsPerAddress)} connections, nginx/HAProxy ` +
        `${count(input.limits.requestsPerSecond)} req/s, set far above the one client so nothing is throttled.`,
    ].join('\n'),
  });
  for (const route of routes) {
    const direct = get(route.path, 'direct');
    const rows = byRoute
      .get(route.path)!
      .map((f) => [
        f.label,
        count(f.requestsPerSecond),
        `${count(f.rpsLow)}–${count(f.rpsHigh)}`,
        ms(f.p50Ms),
        ms(f.p99Ms),
        f.contender === 'direct' ? '—' : msDelta(f.p99Ms - direct.p99Ms),
        count(f.errors),
        f.proxyCores === undefined ? '—' : cores(f.proxyCores),
        cores(f.originCores),
        cores(f.wrkCores),
        cores(f.otherCores),
        f.proxyCores === undefined ? '—' : micros(cpuPerRequest(f)),
      ]);
    sections.push({
      heading: `GET ${route.path} — ${route.about}`,
      body: markdownTable(
        [
          'contender',
          'req/s',
          'range',
          'p50',
          'p99',
          'p99 added',
          'errors',
          'proxy CPU',
          'origin CPU',
          'wrk CPU',
          'other work',
          'proxy CPU per request',
        ],
        rows,
      ),
    });
  }

  const ratioRows = routes.map((route) => {
    const rps = (key: string) => get(route.path, key).requestsPerSecond;
    return [
      `GET ${route.path}`,
      percent(rps('breakwater') / rps('nginx')),
      percent(rps('breakwater') / rps('haproxy')),
      percent(rps('breakwater') / rps('direct')),
      percent(rps('nginx') / rps('direct')),
      percent(rps('haproxy') / rps('direct')),
    ];
  });
  sections.push({
    heading: 'Throughput ratios (median req/s)',
    body: markdownTable(
      [
        'route',
        'Breakwater / nginx',
        'Breakwater / HAProxy',
        'Breakwater / direct',
        'nginx / direct',
        'HAProxy / direct',
      ],
      ratioRows,
    ),
  });

  const fixedRates = summarizeRates(input.fixedRates, !settings.quick);
  sections.push(...fixedRates.sections);

  const shares = routes.map((route) => ({
    path: route.path,
    share: get(route.path, 'breakwater').requestsPerSecond / get(route.path, 'nginx').requestsPerSecond,
    failing: ['breakwater', 'nginx'].filter((key) => get(route.path, key).errorShare > TOLERATED_ERRORS),
  }));
  const budgets = [
    {
      figure: 'proxy throughput, no attack',
      budget: `≥ ${percent(NGINX_SHARE_BUDGET)} of nginx`,
      measured: shares
        .map(
          (s) =>
            `${percent(s.share)} (${s.path})` +
            (s.failing.length > 0 ? ` — not valid, errors from ${s.failing.join(', ')}` : ''),
        )
        .join(', '),
      met: shares.every((s) => s.share >= NGINX_SHARE_BUDGET && s.failing.length === 0),
    },
  ];

  const notes: string[] = [];
  const first = routes[0].path;
  const [bw, nginx, haproxy] = ['breakwater', 'nginx', 'haproxy'].map((key) => get(first, key));
  notes.push(
    `On GET ${first}, Breakwater spent ${micros(cpuPerRequest(bw))} of CPU per proxied request, nginx ` +
      `${micros(cpuPerRequest(nginx))} and HAProxy ${micros(cpuPerRequest(haproxy))} (all their processes and ` +
      "threads, user and kernel time). This figure moves less with the machine's other load than req/s does.",
    `Breakwater (${settings.workers === undefined ? 'one Node.js process, its JavaScript on one thread' : `--workers ${settings.workers}, counting the primary and every worker`}) ` +
      `used ${cores(bw.proxyCores ?? Number.NaN)} cores there; nginx used ${cores(nginx.proxyCores ?? Number.NaN)} across its workers and HAProxy ` +
      `${cores(haproxy.proxyCores ?? Number.NaN)} across its threads.`,
  );
  for (const route of routes) {
    for (const f of byRoute.get(route.path)!) {
      if (f.errorShare > TOLERATED_ERRORS) {
        notes.push(
          `${f.label} failed ${percent(f.errorShare)} of the requests on GET ${route.path} (error answers or ` +
            'socket errors): its figures there do not describe working proxying.',
        );
      }
    }
  }
  for (const route of routes) {
    const all = byRoute.get(route.path)!;
    if (all.every((f) => f.originCores >= ORIGIN_BOUND_CORES)) {
      notes.push(
        `On GET ${route.path} the origin used ${all.map((f) => cores(f.originCores)).join(' / ')} cores ` +
          '(direct / through each proxy): its one JavaScript thread is the limit, so every contender is ' +
          'capped by the origin there and their differences on that route are mostly noise.',
      );
    }
  }
  for (const f of [bw, nginx, haproxy]) {
    const perRequest = measurements
      .filter((m) => m.route === first && m.contender === f.contender && m.cores.proxy !== undefined)
      .map((m) => ((m.cores.proxy ?? 0) / okPerSecond(m.wrk)) * 1e6);
    const [low, high] = [Math.min(...perRequest), Math.max(...perRequest)];
    if (perRequest.length > 1 && high > low * UNSTEADY_CPU) {
      notes.push(
        `${f.label}'s CPU per request on GET ${first} ranged from ${micros(low)} to ${micros(high)} between ` +
          'rounds of the same run, with little other work to blame: the host beneath this machine is shared ' +
          '(a virtual machine), so one round proves little; the medians and the rounds together do.',
      );
    }
  }
  const others = median(measurements.map((m) => m.cores.others));
  notes.push(
    `Other work on the machine (processes the harness did not start) used a median ${cores(others)} cores ` +
      `during the kept runs` +
      (input.disturbed.length > 0
        ? `; ${input.disturbed.length} run(s) disturbed by more were thrown away and measured again.`
        : '.'),
  );
  notes.push(...fixedRates.notes);
  return {
    sections,
    budgets,
    notes,
    raw: {
      load,
      settings,
      limits: input.limits,
      routes,
      summaries: Object.fromEntries(byRoute),
      measurements,
      disturbed: input.disturbed,
      fixedRates: fixedRates.raw,
    },
  };
}
