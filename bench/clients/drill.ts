// Runs `breakwater drill` against one contender as a process of its own and reads its JSON summary: the
// same attack and legitimate traffic, whatever sits in front of the origin.
import { GATEWAY_MAIN } from '../paths.js';
import { runProcess } from '../processes.js';

export interface DrillRun {
  scenario: string;
  target: string;
  rate: number;
  sources?: number;
  legitRate: number;
  warmupS: number;
  durationS: number;
  /** The defender's control plane and a viewer token: the drill then measures the time to detect too. */
  control?: { url: string; token: string };
}

/** The fields of the drill's summary (DrillSummary, schema 1) the harness reads. */
export interface DrillFigures {
  legitimate: {
    served: number;
    failed: number;
    successRate: number | null;
    latencyMs: { p50: number | null; p99: number | null };
  };
  attack: { sent: number; reachedOrigin: number; stopped: number; unanswered: number };
  timeToMitigateS: number | null;
  /** With `control`: seconds from the attack's start to the first detection. */
  timeToDetectS?: number | null;
}

/** Time the drill may take beyond warm-up and attack: start, drain and hard stop. */
const SLACK_MS = 30_000;

export async function runDrillProcess(run: DrillRun): Promise<DrillFigures> {
  const args = [
    GATEWAY_MAIN,
    'drill',
    run.scenario,
    '--target',
    run.target,
    '--rate',
    String(run.rate),
    '--legit',
    String(run.legitRate),
    '--warmup',
    String(run.warmupS),
    '--duration',
    String(run.durationS),
    '--json',
    ...(run.sources === undefined ? [] : ['--sources', String(run.sources)]),
    ...(run.control === undefined ? [] : ['--control', run.control.url, '--token', run.control.token]),
  ];
  const child = await runProcess({
    name: `drill ${run.scenario}`,
    command: process.execPath,
    args,
    deadlineMs: (run.warmupS + run.durationS) * 1000 + SLACK_MS,
    keepStdout: true,
  });
  try {
    return JSON.parse(child.stdout) as DrillFigures;
  } catch {
    throw new Error(`bench: the drill printed no summary:\n${child.tail()}`);
  }
}
