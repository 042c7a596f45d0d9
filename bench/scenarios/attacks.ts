// The attack scenarios: the same drill (attack plus constant legitimate traffic, from many loopback
// addresses) against the unprotected origin, nginx, HAProxy and Breakwater in turn, interleaved round
// by round (A B C D, then D C B A), each in front of a fresh origin of bounded capacity, which counts what
// reached it. The slow attacks (slow-attacks.ts) run slowhttptest through the same rounds.
import { runDrillProcess } from '../clients/drill.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { watchPeakRss } from '../memory.js';
import { stopAll } from '../processes.js';
import type { RunSettings, Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { type Arena, CONTENDERS, sitsOut, startArena } from './attack-contenders.js';
import { type AttackMeasurement, type ContenderRun, summarizeAttack } from './attack-summary.js';
import { readOriginSaw } from './origin-saw.js';

export interface AttackSpec {
  /** The drill scenario, and the benchmark scenario's name. */
  name: string;
  title: string;
  /** Attack requests (or new connections) per second: as high as two cores carry beside everything else. */
  rate: number;
  sources?: number;
  /** Breakwater should beat both peers on legitimate success here (DESIGN.md). */
  mustBeatPeers?: boolean;
  /** The proxies serve HTTPS with HTTP/2 by ALPN; the origin alone, HTTP/1.1 only, sits out. */
  tls?: boolean;
  /** What the figures of this scenario cannot tell, for the report. */
  caveat?: string;
}

export const ATTACKS: readonly AttackSpec[] = [
  { name: 'http-flood', title: 'GET flood from one address', rate: 1_000 },
  {
    name: 'distributed-flood',
    title: 'the same flood from 2,000 addresses',
    rate: 1_200,
    sources: 2_000,
    mustBeatPeers: true,
  },
  {
    name: 'cache-bypass',
    title: 'random query strings past any cache',
    rate: 800,
    mustBeatPeers: true,
  },
  { name: 'credential-stuffing', title: 'POST /login with many usernames', rate: 200 },
  { name: 'mixed', title: 'several attacks at once from 2,000 addresses', rate: 1_200, sources: 2_000 },
  {
    name: 'h2-rapid-reset',
    title: 'HTTP/2 streams opened and reset at once, over TLS',
    rate: 2_000,
    tls: true,
    caveat:
      'The drill cannot see past its own reset: it counts a stream as stopped only when the proxy refused ' +
      'it or ended its connection, not when the proxy took it and then answered it itself or dropped it ' +
      'without asking the origin, so "stopped at the edge" and "time to mitigate" understate what the ' +
      'proxies stopped here; "reached origin" is what the origin itself received.',
  },
];

/** Legitimate requests per second, the same in every run, from their own addresses. */
export const LEGIT_RATE = 20;
export const WARMUP_S = 3;
/** Full runs attack for 10 s at least, long enough for every contender to settle. */
const attackSeconds = (settings: RunSettings) => Math.max(settings.seconds, settings.quick ? 3 : 10);

/**
 * Runs `load` (the attack and the legitimate traffic) against every contender, each in a fresh arena,
 * round by round, and measures the defender's CPU and peak memory meanwhile, then what the origin received.
 */
export async function measureContenders<R extends object>(
  ctx: ScenarioContext,
  spec: Pick<AttackSpec, 'name' | 'tls'>,
  load: (arena: Arena) => Promise<R>,
): Promise<(ContenderRun & R)[]> {
  const out: (ContenderRun & R)[] = [];
  for (let round = 0; round < ctx.settings.rounds; round++) {
    const order = round % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse();
    for (const key of order.filter((k) => sitsOut(k, spec.tls) === undefined)) {
      ctx.say(`${spec.name}: round ${round + 1}, ${key}`);
      try {
        const arena = await startArena(key, ctx.tools, spec.tls);
        const pid = arena.defender?.child.pid;
        // The origin is ours too: its CPU must not count as other work on the machine.
        const groups = { origin: arena.origin.child.pid, ...(pid === undefined ? {} : { defender: pid }) };
        const before = snapshotCpu(groups);
        const memory = pid === undefined ? undefined : watchPeakRss(pid);
        const loaded = await load(arena);
        const used = coresBetween(before, snapshotCpu(groups));
        const peakRssBytes = memory?.stop() ?? null;
        out.push({
          contender: key,
          round,
          ...loaded,
          originSaw: await readOriginSaw(arena.origin),
          cpuSeconds: pid === undefined ? null : used.groups.defender * used.wallSeconds,
          peakRssBytes,
          otherWork: used.others,
        });
      } finally {
        await stopAll();
      }
    }
  }
  return out;
}

const measure = (ctx: ScenarioContext, spec: AttackSpec): Promise<AttackMeasurement[]> =>
  measureContenders(ctx, spec, async (arena) => ({
    drill: await runDrillProcess({
      scenario: spec.name,
      target: arena.front.url,
      rate: spec.rate,
      sources: spec.sources,
      legitRate: LEGIT_RATE,
      warmupS: WARMUP_S,
      durationS: attackSeconds(ctx.settings),
    }),
  }));

function attackScenario(spec: AttackSpec): Scenario {
  return {
    name: spec.name,
    title: `${spec.title}, against every contender`,
    needs: spec.tls ? ['nginx', 'haproxy', 'openssl'] : ['nginx', 'haproxy'],
    estimateSeconds: (settings) =>
      settings.rounds * CONTENDERS.length * (WARMUP_S + attackSeconds(settings) + 8),
    async run(ctx): Promise<ScenarioOutcome> {
      return summarizeAttack(spec, await measure(ctx, spec), {
        legitRate: LEGIT_RATE,
        warmupS: WARMUP_S,
        attackS: attackSeconds(ctx.settings),
        writeChart: !ctx.settings.quick,
      });
    },
  };
}

export const ATTACK_SCENARIOS: readonly Scenario[] = ATTACKS.map(attackScenario);
