// The attack scenarios: the same drill (attack plus constant legitimate traffic, from many loopback
// addresses) against the unprotected origin, nginx, HAProxy and Breakwater in turn, interleaved round
// by round (A B C D, then D C B A), each in front of a fresh origin of bounded capacity.
import { runDrillProcess } from '../clients/drill.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { watchPeakRss } from '../memory.js';
import { stopAll } from '../processes.js';
import type { RunSettings, Scenario, ScenarioContext, ScenarioOutcome } from '../scenario.js';
import { CONTENDERS, startArena } from './attack-contenders.js';
import { type AttackMeasurement, summarizeAttack } from './attack-summary.js';

export interface AttackSpec {
  /** The drill scenario, and the benchmark scenario's name. */
  name: string;
  title: string;
  /** Attack requests (or new connections) per second: as high as two cores carry beside everything else. */
  rate: number;
  sources?: number;
  /** Breakwater should beat both peers on legitimate success here (DESIGN.md). */
  mustBeatPeers?: boolean;
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
  { name: 'slowloris', title: 'connections that trickle their headers', rate: 100 },
  { name: 'slow-post', title: 'connections that trickle their bodies', rate: 50 },
  { name: 'credential-stuffing', title: 'POST /login with many usernames', rate: 200 },
  { name: 'mixed', title: 'several attacks at once from 2,000 addresses', rate: 1_200, sources: 2_000 },
];

/** Legitimate requests per second, the same in every run, from their own addresses. */
const LEGIT_RATE = 20;
const WARMUP_S = 3;
/** Full runs attack for 10 s at least, long enough for every contender to settle. */
const attackSeconds = (settings: RunSettings) => Math.max(settings.seconds, settings.quick ? 3 : 10);

async function measure(ctx: ScenarioContext, spec: AttackSpec): Promise<AttackMeasurement[]> {
  const out: AttackMeasurement[] = [];
  for (let round = 0; round < ctx.settings.rounds; round++) {
    const order = round % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse();
    for (const key of order) {
      ctx.say(`${spec.name}: round ${round + 1}, ${key}`);
      try {
        const arena = await startArena(key, ctx.tools);
        const pid = arena.defender?.child.pid;
        // The origin is ours too: its CPU must not count as other work on the machine.
        const groups = { origin: arena.origin.child.pid, ...(pid === undefined ? {} : { defender: pid }) };
        const before = snapshotCpu(groups);
        const memory = pid === undefined ? undefined : watchPeakRss(pid);
        const drill = await runDrillProcess({
          scenario: spec.name,
          target: arena.front.url,
          rate: spec.rate,
          sources: spec.sources,
          legitRate: LEGIT_RATE,
          warmupS: WARMUP_S,
          durationS: attackSeconds(ctx.settings),
        });
        const used = coresBetween(before, snapshotCpu(groups));
        out.push({
          contender: key,
          round,
          drill,
          cpuSeconds: pid === undefined ? null : used.groups.defender * used.wallSeconds,
          peakRssBytes: memory?.stop() ?? null,
          otherWork: used.others,
        });
      } finally {
        await stopAll();
      }
    }
  }
  return out;
}

function attackScenario(spec: AttackSpec): Scenario {
  return {
    name: spec.name,
    title: `${spec.title}, against every contender`,
    needs: ['nginx', 'haproxy'],
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
