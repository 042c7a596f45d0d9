// The slow attacks, played by the real slowhttptest: Slowloris (request heads that never end) and slow
// POST (bodies that trickle in), against the unprotected origin, nginx, HAProxy and Breakwater in the
// same rounds and arenas as the drill's attacks, with the drill's legitimate traffic alone beside them.
import { setTimeout as sleep } from 'node:timers/promises';
import { runDrillProcess } from '../clients/drill.js';
import {
  runSlowHttpTest,
  type SlowAttack,
  type SlowHttpTestResult,
  slowhttptestArgs,
} from '../clients/slowhttptest.js';
import { count, ms, percent } from '../figures.js';
import { markdownTable } from '../markdown.js';
import { LOOPBACK } from '../net.js';
import type { RunSettings, Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { ATTACK_LIMITS, CONTENDER_LABELS, CONTENDERS, type ContenderKey } from './attack-contenders.js';
import {
  type AttackMeasurement,
  attackOutcome,
  costCells,
  legitimateBudget,
  medianOf,
  type ServiceFigures,
  seconds,
  serviceFigures,
} from './attack-summary.js';
import { LEGIT_RATE, measureContenders, WARMUP_S } from './attacks.js';

interface SlowSpec {
  /** The benchmark scenario's name, and the drill scenario its legitimate traffic is labelled with. */
  name: 'slowloris' | 'slow-post';
  title: string;
  attack: Omit<SlowAttack, 'seconds'>;
  /** What else a reader needs to read this attack's figures. */
  note?: string;
}

/** As many connections as the drill's slow attacks held (its rate for 10 s), at the same rates. */
const SLOW_ATTACKS: readonly SlowSpec[] = [
  {
    name: 'slowloris',
    title: 'connections that trickle their headers',
    attack: { mode: 'slow-headers', path: '/', connections: 1_000, rate: 100, intervalS: 3 },
  },
  {
    name: 'slow-post',
    title: 'connections that trickle their bodies',
    attack: { mode: 'slow-body', path: '/login', connections: 500, rate: 50, intervalS: 1 },
    note:
      'nginx answers 429 to the connections over its cap at once, but then keeps reading and discarding' +
      ' the rest of each body (lingering close, up to 30 s by default), so slowhttptest still sees them open.',
  },
];

/** Every run attacks for 15 s at least: past the 10 s head and body deadlines every proxy has. */
const attackSeconds = (settings: RunSettings) => Math.max(settings.seconds, 15);

interface SlowMeasurement extends AttackMeasurement {
  slow: SlowHttpTestResult;
}

interface SlowFigures extends ServiceFigures {
  opened: number;
  heldAtPeak: number;
  heldAtEnd: number;
  /** Held at the end over opened: the share of the attack that kept its hold. */
  heldShare: number;
  /** Median over rounds in which most connections were closed; NaN when none did. */
  closedMostS: number;
  closedMostRounds: number;
}

const COLUMNS = [
  'contender',
  'legitimate served',
  'p50',
  'p99',
  'connections opened',
  'held at peak',
  'held at end',
  'most closed after',
  'CPU s',
  'peak RSS',
];

async function measure(ctx: ScenarioContext, spec: SlowSpec): Promise<SlowMeasurement[]> {
  const attack: SlowAttack = { ...spec.attack, seconds: attackSeconds(ctx.settings) };
  return measureContenders(ctx, spec, async (arena) => {
    const [drill, slow] = await Promise.all([
      runDrillProcess({
        scenario: spec.name,
        target: arena.front.url,
        rate: 0, // legitimate traffic alone: slowhttptest is the attack
        legitRate: LEGIT_RATE,
        warmupS: WARMUP_S,
        durationS: attack.seconds,
      }),
      sleep(WARMUP_S * 1000).then(() => runSlowHttpTest(ctx.tools.slowhttptest!, attack, arena.front.url)),
    ]);
    return { drill, slow };
  });
}

function figuresOf(key: ContenderKey, runs: readonly SlowMeasurement[]): SlowFigures {
  const closed = runs.filter((m) => m.slow.closedMostS !== null);
  return {
    ...serviceFigures(key, runs),
    opened: medianOf(runs, (m) => m.slow.opened),
    heldAtPeak: medianOf(runs, (m) => m.slow.heldAtPeak),
    heldAtEnd: medianOf(runs, (m) => m.slow.heldAtEnd),
    heldShare: medianOf(runs, ({ slow }) => (slow.opened === 0 ? null : slow.heldAtEnd / slow.opened)),
    closedMostS: medianOf(closed, (m) => m.slow.closedMostS),
    closedMostRounds: closed.length,
  };
}

function about(spec: SlowSpec, attack: SlowAttack, rounds: number): string {
  const command = slowhttptestArgs(attack, `http://${LOOPBACK}:PORT${attack.path}`, 'FILE').join(' ');
  return [
    `\`slowhttptest ${command}\` for ${attack.seconds} s, after ${WARMUP_S} s of legitimate traffic alone;`,
    `${LEGIT_RATE} legitimate requests/s throughout from other addresses (\`breakwater drill ${spec.name}`,
    '--rate 0`: scripted browsers that solve challenges, no drill attack),',
    `${rounds} round(s) per contender, medians shown. slowhttptest connects from one address, ${LOOPBACK},`,
    `so every proxy's cap of ${ATTACK_LIMITS.connectionsPerAddress} connections per address applies to all`,
    'of it, as to any single-host attack (nginx counts a connection against `limit_conn` only once its',
    'request head is complete). Deadlines: a request head has 10 s in every proxy; a body has 10 s in',
    'HAProxy (`timeout http-request` with `http-buffer-request`), 10 s between two reads in nginx',
    '(`client_body_timeout`), and at least 1 kB/s after 5 s in Breakwater.',
    ...(spec.note === undefined ? [] : [spec.note]),
    '"Held": connections slowhttptest saw open, at the peak and at its last second (it stops early, with',
    'fewer connections opened, once none is left open); "most closed after": first second of the attack from',
    'which at most 10% of the connections it had opened were still held. CPU s and peak RSS are the',
    "defending process's (all its workers).",
  ].join(' ');
}

function summarize(spec: SlowSpec, runs: readonly SlowMeasurement[], settings: RunSettings): ScenarioOutcome {
  const rounds = Math.max(...runs.map((m) => m.round)) + 1;
  const attack: SlowAttack = { ...spec.attack, seconds: attackSeconds(settings) };
  const figures = CONTENDERS.map((key) =>
    figuresOf(
      key,
      runs.filter((m) => m.contender === key),
    ),
  );
  const rows = figures.map((f) => [
    CONTENDER_LABELS[f.key],
    percent(f.legitSuccess),
    ms(f.p50),
    ms(f.p99),
    count(f.opened),
    count(f.heldAtPeak),
    count(f.heldAtEnd),
    seconds(f.closedMostS, f.closedMostRounds, rounds),
    ...costCells(f),
  ]);
  const byKey = new Map(figures.map((f) => [f.key, f]));
  return attackOutcome({
    name: spec.name,
    title: spec.title,
    about: about(spec, attack, rounds),
    table: markdownTable(COLUMNS, rows),
    chart: {
      title: `${spec.name}: legitimate requests served and slowhttptest connections still held at the end`,
      bars: figures.map((f) => ({
        label: CONTENDER_LABELS[f.key],
        legitSuccess: Number.isFinite(f.legitSuccess) ? f.legitSuccess : null,
        reachedShare: Number.isFinite(f.heldShare) ? f.heldShare : null,
      })),
      legend: 'slowhttptest connections still held at the end',
    },
    writeChart: !settings.quick,
    budgets: [
      legitimateBudget(spec.name, byKey.get('breakwater')!.legitSuccess, byKey.get('origin')!.legitSuccess),
    ],
    runs,
    raw: { spec, attack, runs },
  });
}

function slowAttackScenario(spec: SlowSpec): Scenario {
  return {
    name: spec.name,
    title: `${spec.title} (slowhttptest), against every contender`,
    needs: ['nginx', 'haproxy', 'slowhttptest'],
    estimateSeconds: (settings) =>
      settings.rounds * CONTENDERS.length * (WARMUP_S + attackSeconds(settings) + 8),
    run: async (ctx) => summarize(spec, await measure(ctx, spec), ctx.settings),
  };
}

export const SLOW_ATTACK_SCENARIOS: readonly Scenario[] = SLOW_ATTACKS.map(slowAttackScenario);
