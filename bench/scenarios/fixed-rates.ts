// Latency at fixed request rates, shared by the `baseline` and `data-plane` scenarios: the paced client
// through each contender at each rate, interleaved round by round, with the CPU each party used meanwhile;
// a run disturbed by other work on the machine is measured again.
import { pacedFailures, runPacedLoad } from '../clients/paced-load-result.js';
import { coresBetween, snapshotCpu } from '../cpu.js';
import { cores, count, ms } from '../figures.js';
import { DISTURBED_CORES } from '../quiet.js';
import type { ScenarioContext } from '../scenario.js';
import type { PacedMeasurement } from './baseline-rates.js';

/** Fixed request rates (req/s) for the latency runs: all below what every contender carries at saturation. */
export const FIXED_RATES = [1_000, 3_000, 6_000];
export const FIXED_RATE_PATH = '/api/health';
/** Times a run disturbed by other work on the machine is measured again, while the waiting budget lasts. */
const REPEATS = 2;

export interface RateContender {
  /** 'direct' for the origin without a proxy. */
  key: string;
  label: string;
  url: string;
  /** Process groups whose CPU is the proxy's (HAProxy and Breakwater for the data plane); none for the origin. */
  proxyGroups: readonly number[];
}

/**
 * Runs `measure` once the machine is quiet, and again (while the waiting budget lasts) when other work
 * disturbed it; the thrown-away runs go to `disturbed`.
 */
export async function measureQuietly<M extends { cores: { others: number } }>(
  ctx: ScenarioContext,
  what: string,
  measure: () => Promise<M>,
  disturbed: M[],
): Promise<M> {
  const { quiet, say } = ctx;
  await quiet.settle();
  let m = await measure();
  for (let again = 0; again < REPEATS && m.cores.others > DISTURBED_CORES && quiet.hasBudget; again++) {
    say(`${what}: disturbed by ${cores(m.cores.others)} cores of other work; again`);
    disturbed.push(m);
    await quiet.settle();
    m = await measure();
  }
  return m;
}

/** Round `round`'s order: A B C D in odd rounds, D C B A in even ones. */
export function inRoundOrder<T>(items: readonly T[], round: number): readonly T[] {
  return round % 2 === 1 ? items : [...items].reverse();
}

/** The paced client at each fixed rate through every contender, interleaved round by round. */
export async function measureFixedRates(
  ctx: ScenarioContext,
  contenders: readonly RateContender[],
  originGroup: number,
  connections: number,
): Promise<{ measurements: PacedMeasurement[]; disturbed: PacedMeasurement[] }> {
  const { settings, say } = ctx;
  const measure = async (c: RateContender, rate: number, round: number): Promise<PacedMeasurement> => {
    const groups: Record<string, number> = { origin: originGroup };
    for (const [i, group] of c.proxyGroups.entries()) groups[`proxy${i}`] = group;
    const before = snapshotCpu(groups);
    const load = await runPacedLoad({
      url: `${c.url}${FIXED_RATE_PATH}`,
      rate,
      seconds: settings.seconds,
      warmup: settings.warmupSeconds,
      connections,
    });
    const used = coresBetween(before, snapshotCpu(groups));
    const proxy = c.proxyGroups.map((_, i) => used.groups[`proxy${i}`]);
    return {
      rate,
      contender: c.key,
      round,
      load,
      cores: {
        proxy: proxy.length === 0 ? undefined : proxy.reduce((sum, n) => sum + n, 0),
        origin: used.groups.origin,
        client: used.endedChildren,
        others: used.others,
        machine: used.machine,
      },
    };
  };

  const measurements: PacedMeasurement[] = [];
  const disturbed: PacedMeasurement[] = [];
  for (const rate of FIXED_RATES) {
    for (let round = 1; round <= settings.rounds; round++) {
      for (const c of inRoundOrder(contenders, round)) {
        const m = await measureQuietly(
          ctx,
          `${count(rate)} req/s ${c.label}`,
          () => measure(c, rate, round),
          disturbed,
        );
        measurements.push(m);
        say(
          `${count(rate)} req/s round ${round} ${c.label}: achieved ${count(m.load.achievedRate)}/s, ` +
            `p50 ${ms(m.load.latencyMs.p50)}, p99 ${ms(m.load.latencyMs.p99)}, ` +
            `failed ${count(pacedFailures(m.load))}, sent late ${count(m.load.behind)}`,
        );
      }
    }
  }
  return { measurements, disturbed };
}
