// Scenario `data-plane`: HAProxy as Breakwater's data plane. wrk drives the demo origin through HAProxy
// alone, through HAProxy with Breakwater deciding (maps, and every request's log line tallied) and
// through Breakwater's own gateway, interleaved round by round; the paced client then measures the latency
// each adds over the origin at fixed rates; then a GET flood from one address goes through the HAProxy
// data plane, and the drill measures the time to detect and mitigate it and what of it reached the origin.
import { runDrillProcess } from '../clients/drill.js';
import { createToken, startBreakwater } from '../contenders/breakwater.js';
import { startHaproxy } from '../contenders/haproxy.js';
import { startHaproxyDataPlane } from '../contenders/haproxy-data-plane.js';
import { startOrigin } from '../contenders/origin.js';
import type { Service } from '../contenders/service.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { cores, count, median, ms, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { LOOPBACK } from '../net.js';
import { stopAll } from '../processes.js';
import type { RunSettings, Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { runWrk } from '../wrk.js';
import type { WrkFigures } from '../wrk-output.js';
import { ATTACK_LIMITS } from './attack-contenders.js';
import { LEGIT_RATE, WARMUP_S } from './attacks.js';
import { GENEROUS_LIMITS } from './baseline.js';
import { type RatesInput, summarizeRates } from './baseline-rates.js';
import { FIXED_RATE_PATH, FIXED_RATES, measureFixedRates, type RateContender } from './fixed-rates.js';
import { readOriginSaw } from './origin-saw.js';

/** The load of the baseline: wrk with 2 threads holding 64 keep-alive connections, from 127.0.0.1. */
const LOAD = { threads: 2, connections: 64 };
const PATH = '/api/health';
/** The flood of the `http-flood` scenario. */
const FLOOD = { scenario: 'http-flood', rate: 1_000 };
const floodSeconds = (settings: RunSettings) => Math.max(settings.seconds, settings.quick ? 3 : 10);

interface Contender {
  key: string;
  label: string;
  service: Service;
  /** The processes whose CPU is the contender's: one proxy, or HAProxy and Breakwater. */
  pids: Record<string, number>;
  /** Reads how many requests Breakwater tallied so far (the data plane: log lines received). */
  tallied?: () => Promise<number>;
}

interface Measurement {
  contender: string;
  round: number;
  wrk: WrkFigures;
  /** Cores used by each of the contender's processes. */
  cores: Record<string, number>;
  otherWork: number;
  /** Requests Breakwater tallied during the run, for the data plane. */
  tallied?: number;
}

/** Requests Breakwater counted as allowed, from its /metrics. */
async function allowedCount(controlUrl: string, token: string): Promise<number> {
  const res = await fetch(`${controlUrl}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  const line = /^breakwater_requests_total\{verdict="allow"\} (\d+)/m.exec(text);
  if (line === null) throw new Error(`bench: no allow count in Breakwater's /metrics (${res.status})`);
  return Number(line[1]);
}

async function startContenders(ctx: ScenarioContext, origin: Service): Promise<Contender[]> {
  const { tools, settings } = ctx;
  const limits = {
    maxConnectionsPerAddress: GENEROUS_LIMITS.connectionsPerAddress,
    allowlist: [LOOPBACK],
  };
  const haproxy = await startHaproxy(
    tools.haproxy!,
    origin.port,
    GENEROUS_LIMITS,
    undefined,
    settings.workers,
  );
  const dataPlane = await startHaproxyDataPlane(tools.haproxy!, origin, limits);
  const token = await createToken(dataPlane.breakwater.dataDir, 'viewer');
  const gateway = await startBreakwater({ originUrl: origin.url, ...limits, workers: settings.workers });
  return [
    { key: 'haproxy', label: 'HAProxy alone', service: haproxy, pids: { haproxy: haproxy.child.pid } },
    {
      key: 'data-plane',
      label: 'HAProxy + Breakwater data plane',
      service: dataPlane,
      pids: { haproxy: dataPlane.child.pid, breakwater: dataPlane.breakwater.child.pid },
      tallied: () => allowedCount(dataPlane.breakwater.controlUrl, token),
    },
    {
      key: 'gateway',
      label: 'Breakwater gateway',
      service: gateway,
      pids: { breakwater: gateway.child.pid },
    },
  ];
}

/** Throughput at saturation, then latency at fixed rates (the origin measured directly as well). */
async function measureThroughput(
  ctx: ScenarioContext,
): Promise<{ throughput: Measurement[]; rates: RatesInput }> {
  const { settings, tools, say, quiet } = ctx;
  const origin = await startOrigin({ concurrency: 64, cpuMs: 0 });
  const contenders = await startContenders(ctx, origin);
  for (const c of contenders) {
    await runWrk(tools.wrk!, { url: `${c.service.url}${PATH}`, ...LOAD, seconds: settings.warmupSeconds });
  }
  const out: Measurement[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const c of round % 2 === 1 ? contenders : [...contenders].reverse()) {
      await quiet.settle();
      const before = snapshotCpu(c.pids);
      const talliedBefore = await c.tallied?.();
      const wrk = await runWrk(tools.wrk!, {
        url: `${c.service.url}${PATH}`,
        ...LOAD,
        seconds: settings.seconds,
      });
      const used = coresBetween(before, snapshotCpu(c.pids));
      // log lines still in flight when wrk stops
      await new Promise((resolve) => setTimeout(resolve, 500));
      const talliedAfter = await c.tallied?.();
      const tallied =
        talliedBefore === undefined || talliedAfter === undefined ? undefined : talliedAfter - talliedBefore;
      out.push({ contender: c.key, round, wrk, cores: used.groups, otherWork: used.others, tallied });
      say(
        `${c.label} round ${round}: ${count(wrk.requestsPerSecond)} req/s, p99 ${ms(wrk.latencyMs.p99)}` +
          (tallied === undefined ? '' : `, tallied ${percent(tallied / wrk.requests)}`) +
          `, other work ${cores(used.others)} cores`,
      );
    }
  }
  const rateContenders: RateContender[] = [
    { key: 'direct', label: 'origin direct', url: origin.url, proxyGroups: [] },
    ...contenders.map((c) => ({
      key: c.key,
      label: c.label,
      url: c.service.url,
      proxyGroups: Object.values(c.pids),
    })),
  ];
  const fixed = await measureFixedRates(ctx, rateContenders, origin.child.pid, LOAD.connections);
  await stopAll();
  return {
    throughput: out,
    rates: {
      path: FIXED_RATE_PATH,
      rates: FIXED_RATES,
      labels: Object.fromEntries(rateContenders.map((c) => [c.key, c.label])),
      settings,
      connections: LOAD.connections,
      ...fixed,
    },
  };
}

async function measureFlood(ctx: ScenarioContext) {
  const { tools, settings, say } = ctx;
  say(`${FLOOD.scenario} at ${FLOOD.rate}/s through the HAProxy data plane`);
  const origin = await startOrigin({ concurrency: 32, cpuMs: 2 });
  const dataPlane = await startHaproxyDataPlane(tools.haproxy!, origin, {
    maxConnectionsPerAddress: ATTACK_LIMITS.connectionsPerAddress,
    allowlist: [],
  });
  const token = await createToken(dataPlane.breakwater.dataDir, 'viewer');
  try {
    const drill = await runDrillProcess({
      ...FLOOD,
      target: dataPlane.url,
      legitRate: LEGIT_RATE,
      warmupS: WARMUP_S,
      durationS: floodSeconds(settings),
      control: { url: dataPlane.breakwater.controlUrl, token },
    });
    return { drill, originSaw: await readOriginSaw(origin) };
  } finally {
    await stopAll();
  }
}

function summarize(
  { throughput, rates }: Awaited<ReturnType<typeof measureThroughput>>,
  flood: Awaited<ReturnType<typeof measureFlood>>,
  settings: RunSettings,
): ScenarioOutcome {
  const latency = summarizeRates(rates, false);
  const labels: Record<string, string> = {
    haproxy: 'HAProxy alone',
    'data-plane': 'HAProxy + Breakwater data plane',
    gateway: 'Breakwater gateway',
  };
  const of = (key: string) => throughput.filter((m) => m.contender === key);
  const haproxyRate = median(of('haproxy').map((m) => m.wrk.requestsPerSecond));
  const rows = Object.entries(labels).map(([key, label]) => {
    const runs = of(key);
    const rate = median(runs.map((m) => m.wrk.requestsPerSecond));
    const used = (name: string) => median(runs.map((m) => m.cores[name] ?? Number.NaN));
    const tallied = runs.every((m) => m.tallied !== undefined)
      ? percent(median(runs.map((m) => (m.tallied as number) / m.wrk.requests)))
      : '—';
    return [
      label,
      count(rate),
      percent(rate / haproxyRate),
      ms(median(runs.map((m) => m.wrk.latencyMs.p99))),
      key === 'gateway' ? '—' : cores(used('haproxy')),
      key === 'haproxy' ? '—' : cores(used('breakwater')),
      tallied,
      cores(median(runs.map((m) => m.otherWork))),
    ];
  });
  const { drill, originSaw } = flood;
  const attack = drill.attack;
  const outcomes = attack.stopped + attack.reachedOrigin + attack.unanswered;
  const seconds = (s: number | null | undefined) =>
    s === null || s === undefined ? 'not within the run' : `${s} s`;
  const floodTable = markdownTable(
    [
      'time to detect',
      'time to mitigate',
      'attack reaching the origin',
      'origin saw (attack)',
      'legitimate served',
    ],
    [
      [
        seconds(drill.timeToDetectS),
        seconds(drill.timeToMitigateS),
        outcomes === 0 ? 'n/a' : percent(attack.reachedOrigin / outcomes),
        count(originSaw.attack),
        drill.legitimate.successRate === null ? 'n/a' : percent(drill.legitimate.successRate),
      ],
    ],
  );
  return {
    sections: [
      {
        heading: 'Throughput, no attack',
        body: markdownTable(
          [
            'contender',
            'req/s (median)',
            'of HAProxy alone',
            'p99',
            'HAProxy cores',
            'Breakwater cores',
            'requests tallied',
            'other work (cores)',
          ],
          rows,
        ),
      },
      ...latency.sections,
      {
        heading: `A GET flood (${FLOOD.rate}/s from one address) through the HAProxy data plane`,
        body: floodTable,
      },
    ],
    budgets: [],
    notes: [
      `wrk -t${LOAD.threads} -c${LOAD.connections} for ${settings.seconds} s on ${PATH} of the demo origin, ` +
        `${settings.rounds} rounds interleaved, after a ${settings.warmupSeconds} s warm-up of each.`,
      'The machine has 2 cores shared with other work; wrk, the origin, HAProxy and Breakwater share them too.',
      'Requests tallied: the allowed requests Breakwater counted from HAProxy’s log lines during a run, over ' +
        'those wrk completed; below 100% the UDP log lines were dropped (a full socket buffer) or were late.',
      `The flood: \`breakwater drill ${FLOOD.scenario}\` at ${FLOOD.rate}/s with ${LEGIT_RATE}/s of legitimate ` +
        `traffic, ${WARMUP_S} s of warm-up, ${floodSeconds(settings)} s of attack; the origin takes 32 requests ` +
        'at once at 2 ms of CPU each, as in the attack scenarios.',
      ...latency.notes,
    ],
    raw: { throughput, rates: latency.raw, flood },
  };
}

export const dataPlane: Scenario = {
  name: 'data-plane',
  title: 'HAProxy as the data plane, Breakwater deciding: throughput, latency at fixed rates, a flood',
  needs: ['wrk', 'haproxy'],
  estimateSeconds: (s) =>
    3 * (s.warmupSeconds + s.rounds * (s.seconds + 1)) +
    4 * FIXED_RATES.length * s.rounds * (s.warmupSeconds + s.seconds + 1) +
    WARMUP_S +
    floodSeconds(s) +
    20,
  async run(ctx) {
    const measured = await measureThroughput(ctx);
    const flood = await measureFlood(ctx);
    return summarize(measured, flood, ctx.settings);
  },
};
