// Scenario `baseline`: proxy overhead with no attack. wrk drives the demo origin directly and through
// Breakwater, nginx and HAProxy at saturation, interleaved round by round (A B C D, then D C B A), on two
// routes; then a paced client measures the latency each adds at fixed rates below saturation.
import { startBreakwater } from '../contenders/breakwater.js';
import { startHaproxy } from '../contenders/haproxy.js';
import { startNginx } from '../contenders/nginx.js';
import { startOrigin } from '../contenders/origin.js';
import type { PeerLimits } from '../contenders/peer-limits.js';
import type { Service } from '../contenders/service.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { cores, count, ms } from '../figures.js';
import type { Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { runWrk } from '../wrk.js';
import { errorCount } from '../wrk-output.js';
import { type BaselineMeasurement, type BaselineRoute, summarizeBaseline } from './baseline-summary.js';
import {
  FIXED_RATE_PATH,
  FIXED_RATES,
  inRoundOrder,
  measureFixedRates,
  measureQuietly,
} from './fixed-rates.js';

/** The load: wrk with 2 threads holding 64 keep-alive connections, from one address. */
const LOAD = { threads: 2, connections: 64 };
const LOAD_ADDRESS = '127.0.0.1';
/** Keep-alive connections the paced client may open, as many as wrk holds. */
const PACED_CONNECTIONS = LOAD.connections;

export const BASELINE_ROUTES: readonly BaselineRoute[] = [
  { path: '/api/health', about: 'unmetered, the cheapest answer: proxy overhead shows most' },
  { path: '/api/messages', about: 'metered (origin capacity 64, cpu-ms 0), a 6 KB JSON page' },
];

/**
 * Fairness: every proxy runs its per-address limits, set far above what the single wrk client reaches
 * (it sends from one address), so the baseline measures proxying, not throttling. Breakwater's own
 * defence would rightly see one address sending thousands of requests a second as a flood, so its
 * responder allowlists that address: the sentinel still tallies and judges every request, but no
 * automatic decision is taken against the benchmark client.
 */
export const GENEROUS_LIMITS: PeerLimits = {
  connectionsPerAddress: 4096,
  requestsPerSecond: 100_000,
  burst: 10_000,
};

interface Contender {
  key: string;
  service: Service;
  /** False for the origin measured directly. */
  proxy: boolean;
}

async function checkAnswers(contenders: readonly Contender[]): Promise<void> {
  for (const { service } of contenders) {
    for (const route of BASELINE_ROUTES) {
      const res = await fetch(`${service.url}${route.path}`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status !== 200)
        throw new Error(`bench: ${service.label} answered ${res.status} to ${route.path}`);
    }
  }
}

async function run(ctx: ScenarioContext): Promise<ScenarioOutcome> {
  const { settings, tools, say } = ctx;
  const wrk = tools.wrk!;
  const origin = await startOrigin({ concurrency: 64, cpuMs: 0 });
  const contenders: Contender[] = [
    { key: 'direct', service: origin, proxy: false },
    {
      key: 'breakwater',
      service: await startBreakwater({
        originUrl: origin.url,
        maxConnectionsPerAddress: GENEROUS_LIMITS.connectionsPerAddress,
        allowlist: [LOAD_ADDRESS],
        workers: settings.workers,
      }),
      proxy: true,
    },
    {
      key: 'nginx',
      service: await startNginx(tools.nginx!, origin.port, GENEROUS_LIMITS, undefined, settings.workers),
      proxy: true,
    },
    {
      key: 'haproxy',
      service: await startHaproxy(tools.haproxy!, origin.port, GENEROUS_LIMITS, undefined, settings.workers),
      proxy: true,
    },
  ];
  await checkAnswers(contenders);

  say(`warming up each contender for ${settings.warmupSeconds} s`);
  for (const c of contenders) {
    for (const route of BASELINE_ROUTES) {
      await runWrk(wrk, { url: `${c.service.url}${route.path}`, ...LOAD, seconds: settings.warmupSeconds });
    }
  }

  /** One wrk run at one contender, with the CPU each party used meanwhile. */
  const measure = async (c: Contender, path: string, round: number): Promise<BaselineMeasurement> => {
    const groups: Record<string, number> = { origin: origin.child.pid };
    if (c.proxy) groups.proxy = c.service.child.pid;
    const before = snapshotCpu(groups);
    const figures = await runWrk(wrk, { url: `${c.service.url}${path}`, ...LOAD, seconds: settings.seconds });
    const used = coresBetween(before, snapshotCpu(groups));
    return {
      route: path,
      contender: c.key,
      round,
      wrk: figures,
      cores: {
        proxy: used.groups.proxy,
        origin: used.groups.origin,
        wrk: used.endedChildren,
        others: used.others,
        machine: used.machine,
      },
    };
  };

  const measurements: BaselineMeasurement[] = [];
  const disturbed: BaselineMeasurement[] = [];
  for (const route of BASELINE_ROUTES) {
    for (let round = 1; round <= settings.rounds; round++) {
      for (const c of inRoundOrder(contenders, round)) {
        const m = await measureQuietly(
          ctx,
          `${route.path} ${c.service.label}`,
          () => measure(c, route.path, round),
          disturbed,
        );
        measurements.push(m);
        say(
          `${route.path} round ${round} ${c.service.label}: ${count(m.wrk.requestsPerSecond)} req/s, ` +
            `p99 ${ms(m.wrk.latencyMs.p99)}, errors ${count(errorCount(m.wrk))}, other work ${cores(m.cores.others)} cores`,
        );
      }
    }
  }
  const fixedRates = await measureFixedRates(
    ctx,
    contenders.map((c) => ({
      key: c.key,
      label: c.service.label,
      url: c.service.url,
      proxyGroups: c.proxy ? [c.service.child.pid] : [],
    })),
    origin.child.pid,
    PACED_CONNECTIONS,
  );
  const labels = Object.fromEntries(contenders.map((c) => [c.key, c.service.label]));
  return summarizeBaseline({
    measurements,
    routes: BASELINE_ROUTES,
    labels,
    settings,
    load: LOAD,
    limits: GENEROUS_LIMITS,
    disturbed,
    fixedRates: {
      path: FIXED_RATE_PATH,
      rates: FIXED_RATES,
      labels,
      settings,
      connections: PACED_CONNECTIONS,
      ...fixedRates,
    },
  });
}

export const baseline: Scenario = {
  name: 'baseline',
  title: 'Proxy throughput and latency, no attack',
  needs: ['wrk', 'nginx', 'haproxy'],
  estimateSeconds: (s) =>
    4 * BASELINE_ROUTES.length * (s.warmupSeconds + s.rounds * s.seconds) +
    4 * BASELINE_ROUTES.length * s.rounds +
    4 * FIXED_RATES.length * s.rounds * (s.warmupSeconds + s.seconds + 1) +
    5,
  run,
};
