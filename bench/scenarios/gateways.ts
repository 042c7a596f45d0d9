// Scenario `gateways`: three gateways as one defence (the machine's Redis and PostgreSQL) against one
// gateway alone. A keep-alive flood from one address is split evenly over the three, each share under what
// one gateway would call a flood; the same flood goes through the gateway alone. For each: the time to
// detect (the first detection the control plane reports), the time to mitigate counted at the origin, and
// the share of the flood that reached the origin. Then decisions added on one gateway of the three, and
// their propagation to the two others (p50/p99, from each gateway's GET /api/v1/cluster).
import os from 'node:os';
import { type BreakwaterService, createToken, startBreakwater } from '../contenders/breakwater.js';
import { startOrigin } from '../contenders/origin.js';
import type { Service } from '../contenders/service.js';
import { count, median, ms, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { writeMarkedSection } from '../marked-section.js';
import { stopAll } from '../processes.js';
import type {
  BudgetCheck,
  RunSettings,
  Scenario,
  ScenarioContext,
  ScenarioOutcome,
  Section,
} from '../scenario.js';
import { type Cluster, readClusterReport, startCluster } from './gateways-cluster.js';
import { SLOT_MS, type SplitFloodFigures, splitFlood } from './gateways-flood.js';
import { built } from './origin-saw.js';

const GATEWAYS = 3;
/** The drill's http-flood range (127.10.x.y): the origin counts arrivals by it. */
const FLOOD_RANGE = 10;
/** Decisions added on one gateway of the three to time their propagation. */
const DECISIONS = 50;
/** DESIGN.md's bound on the time from a decision on one gateway to its enforcement on all. */
const PROPAGATION_P99_MS = 100;
const BEGIN = '<!-- gateways:begin (written by `npm run bench -- gateways`) -->';
const END = '<!-- gateways:end -->';
const HEADING = 'Three gateways as one defence';

/**
 * Requests a second from one address: 90 is split 30 to each of three gateways, under the 50 a second one
 * gateway calls a flood, so only the sum shows it; 300 is over it on each.
 */
const rates = (settings: RunSettings) => (settings.quick ? [90] : [90, 300]);
const floodSeconds = (settings: RunSettings) => (settings.quick ? 8 : 12);

type Layout = 'three' | 'one';

interface FloodOutcome {
  layout: Layout;
  rate: number;
  round: number;
  source: string;
  timeToDetectS: number | null;
  timeToMitigateS: number | null;
  sent: number;
  reached: number;
  shareAfter: number | null;
  /** 1-minute load average when the flood began. */
  load: number;
  slots: SplitFloodFigures;
}

interface Propagation {
  /** Of each of the two other gateways. */
  lagP50Ms: number[];
  lagP99Ms: number[];
  received: number[];
  load: number;
}

interface Mitigation {
  timeToMitigateS: number | null;
  shareAfter: number | null;
}
type MitigationAtOrigin = (sent: readonly number[], reached: readonly number[]) => Mitigation;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const seconds = (s: number | null) => (s === null ? 'not within the run' : `${s.toFixed(2)} s`);
const load1 = () => Math.round(os.loadavg()[0] * 100) / 100;

async function flood(
  ctx: ScenarioContext,
  layout: Layout,
  targets: { gateways: BreakwaterService[]; token: string },
  run: { rate: number; round: number; source: string; origin: Service },
  mitigationAtOrigin: MitigationAtOrigin,
): Promise<FloodOutcome> {
  await ctx.quiet.settle();
  const load = load1();
  const slots = await splitFlood({
    urls: targets.gateways.map((g) => `${g.url}/`),
    rate: run.rate,
    source: run.source,
    seconds: floodSeconds(ctx.settings),
    origin: run.origin,
    control: { url: targets.gateways[0].controlUrl, token: targets.token },
  });
  // mitigationAtOrigin counts in slots; its time is the slot's index
  const m = mitigationAtOrigin(slots.sent, slots.reached);
  const outcome: FloodOutcome = {
    layout,
    rate: run.rate,
    round: run.round,
    source: run.source,
    timeToDetectS: slots.timeToDetectS,
    timeToMitigateS: m.timeToMitigateS === null ? null : (m.timeToMitigateS * SLOT_MS) / 1000,
    sent: sum(slots.sent),
    reached: sum(slots.reached),
    shareAfter: m.shareAfter,
    load,
    slots,
  };
  ctx.say(
    `${run.rate}/s on ${layout === 'three' ? 'three gateways' : 'one gateway'} (round ${run.round}): ` +
      `detected ${seconds(outcome.timeToDetectS)}, mitigated ${seconds(outcome.timeToMitigateS)}, ` +
      `${count(outcome.reached)} of ${count(outcome.sent)} reached the origin, load ${load}`,
  );
  return outcome;
}

async function propagation(ctx: ScenarioContext, cluster: Cluster): Promise<Propagation> {
  const [first, ...others] = cluster.gateways;
  const before = await Promise.all(others.map((g) => readClusterReport(g, cluster.token)));
  const load = load1();
  for (let i = 1; i <= DECISIONS; i++) {
    const res = await fetch(`${first.controlUrl}/api/v1/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cluster.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'ip', value: `198.51.100.${i}`, action: 'block', ttl: '10m' }),
      signal: AbortSignal.timeout(5_000),
    });
    if (res.status !== 201) throw new Error(`bench: POST /api/v1/decisions answered ${res.status}`);
  }
  const deadline = Date.now() + 15_000;
  for (;;) {
    const after = await Promise.all(others.map((g) => readClusterReport(g, cluster.token)));
    const arrived = after.every((r, i) => r.decisions.received - before[i].decisions.received >= DECISIONS);
    if (arrived || Date.now() > deadline) {
      const out = {
        lagP50Ms: after.map((r) => r.decisions.lagP50Ms),
        lagP99Ms: after.map((r) => r.decisions.lagP99Ms),
        received: after.map((r, i) => r.decisions.received - before[i].decisions.received),
        load,
      };
      ctx.say(
        `decision propagation: p50 ${out.lagP50Ms.map(ms).join(' / ')}, p99 ${out.lagP99Ms.map(ms).join(' / ')}`,
      );
      return out;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function summarize(floods: FloodOutcome[], prop: Propagation, settings: RunSettings): ScenarioOutcome {
  const label = (layout: Layout) =>
    layout === 'three' ? `${GATEWAYS} gateways, a third each` : 'one gateway';
  const rows = floods.map((f) => [
    label(f.layout),
    `${f.rate}/s`,
    String(f.round),
    seconds(f.timeToDetectS),
    seconds(f.timeToMitigateS),
    `${percent(f.reached / f.sent)} (${count(f.reached)} of ${count(f.sent)})`,
    f.shareAfter === null ? 'n/a' : percent(f.shareAfter),
    String(f.load),
  ]);
  const medianOf = (layout: Layout, rate: number, pick: (f: FloodOutcome) => number | null) => {
    const values = floods
      .filter((f) => f.layout === layout && f.rate === rate)
      .map(pick)
      .filter((v): v is number => v !== null);
    return values.length === 0 ? 'n/a' : `${median(values).toFixed(2)} s`;
  };
  const comparison = rates(settings).map((rate) => [
    `${rate}/s`,
    medianOf('three', rate, (f) => f.timeToDetectS),
    medianOf('one', rate, (f) => f.timeToDetectS),
    medianOf('three', rate, (f) => f.timeToMitigateS),
    medianOf('one', rate, (f) => f.timeToMitigateS),
  ]);
  const p99 = Math.max(...prop.lagP99Ms);
  const body = [
    BEGIN,
    `A keep-alive flood from one address (2 connections to each gateway), ${floodSeconds(settings)} s, split ` +
      `evenly over ${GATEWAYS} gateways sharing Redis and PostgreSQL, or sent to one gateway alone (SQLite). ` +
      'Time to detect: from its first request to the start of the first window that showed the first ' +
      'detection the control plane reports (its `startedAt`: up to one sentinel tick before the detection ' +
      `was made). Time to mitigate: to the first ${SLOT_MS} ms slot from which at most 10% of what was sent each slot reached the ` +
      'origin (counted by the origin itself), held to the end. Load: the 1-minute load average at the start ' +
      '(the machine has 2 cores; above 2 it was busy with other work).',
    '',
    markdownTable(
      [
        'flood through',
        'rate',
        'round',
        'time to detect',
        'time to mitigate',
        'reached the origin',
        'after mitigation',
        'load',
      ],
      rows,
    ),
    '',
    'Medians:',
    '',
    markdownTable(['rate', 'detect: three', 'detect: one', 'mitigate: three', 'mitigate: one'], comparison),
    '',
    `Decision propagation: ${DECISIONS} decisions added on one gateway, from the change there to its ` +
      `enforcement on each of the two others (their GET /api/v1/cluster, over every decision they received ` +
      `in the run): p50 ${prop.lagP50Ms.map(ms).join(' and ')}, p99 ${prop.lagP99Ms.map(ms).join(' and ')} ` +
      `(load ${prop.load}; ${prop.received.join(' and ')} of the ${DECISIONS} received).`,
    END,
  ].join('\n');
  const section: Section = { heading: HEADING, body };
  if (!settings.quick) writeMarkedSection(section, BEGIN, END);
  const budgets: BudgetCheck[] = [
    {
      figure: 'decision propagation p99 across three gateways',
      budget: `≤ ${PROPAGATION_P99_MS} ms on loopback`,
      measured: ms(p99),
      met: p99 <= PROPAGATION_P99_MS,
    },
  ];
  return {
    sections: [section],
    budgets,
    notes: [
      'The gateways, the origin, Redis, PostgreSQL and the load all share one machine; the load average ' +
        'next to each run says how busy it was.',
    ],
    raw: { floods, propagation: prop },
  };
}

export const gateways: Scenario = {
  name: 'gateways',
  title: 'a flood split over three gateways (Redis, PostgreSQL) against the same flood on one gateway',
  needs: [],
  estimateSeconds: (s) => s.rounds * rates(s).length * 2 * (floodSeconds(s) + 6) + 60,
  async run(ctx) {
    const { settings } = ctx;
    const { mitigationAtOrigin } = await built<{ mitigationAtOrigin: MitigationAtOrigin }>(
      'drill/matrix-figures.js',
    );
    const origin = await startOrigin({ concurrency: 64, cpuMs: 0 });
    const limits = { maxConnectionsPerAddress: 64, workers: settings.workers };
    ctx.say(`starting one gateway alone and ${GATEWAYS} as one cluster`);
    const alone = await startBreakwater({ originUrl: origin.url, allowlist: [], ...limits });
    const one = { gateways: [alone], token: await createToken(alone.dataDir, 'viewer') };
    const cluster = await startCluster(origin, GATEWAYS, limits);
    try {
      const floods: FloodOutcome[] = [];
      let host = 0;
      for (let round = 1; round <= settings.rounds; round++) {
        for (const rate of rates(settings)) {
          const order: Layout[] = (round + rate) % 2 === 1 ? ['three', 'one'] : ['one', 'three'];
          for (const layout of order) {
            host += 1;
            const source = `127.${FLOOD_RANGE}.${Math.floor(host / 254)}.${(host % 254) + 1}`;
            const targets = layout === 'three' ? cluster : one;
            floods.push(
              await flood(ctx, layout, targets, { rate, round, source, origin }, mitigationAtOrigin),
            );
          }
        }
      }
      const prop = await propagation(ctx, cluster);
      return summarize(floods, prop, settings);
    } finally {
      await stopAll();
      await cluster.forget();
    }
  },
};
