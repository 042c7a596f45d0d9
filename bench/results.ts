// A run's full record, and where it is kept: bench/results/<start time>.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine, Versions } from './machine.js';
import { RESULTS_DIR } from './paths.js';
import type { RunSettings, ScenarioOutcome } from './scenario.js';

export interface ScenarioRecord {
  name: string;
  title: string;
  outcome?: ScenarioOutcome;
  /** Cores used by processes the harness did not start, just before the scenario began. */
  otherWorkBefore?: number;
  /** Why it failed, when it did. */
  error?: string;
}

export interface RunRecord {
  startedAt: string;
  durationSeconds: number;
  command: string;
  settings: RunSettings;
  machine: Machine;
  versions: Versions;
  scenarios: ScenarioRecord[];
}

/** Writes the record as JSON; returns the file's path. */
export function writeResults(record: RunRecord): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${record.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}

/**
 * Earlier complete, full-length runs of every scenario kept in bench/results on a machine like this one
 * (same CPU model and count), oldest first: how much the verdicts move from run to run.
 */
export function earlierFullRuns(current: RunRecord): RunRecord[] {
  let files: string[];
  try {
    files = readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  const names = current.scenarios.map((s) => s.name).join(',');
  const runs: RunRecord[] = [];
  for (const file of files.sort()) {
    let run: RunRecord;
    try {
      run = JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as RunRecord;
    } catch {
      continue; // not a record this harness wrote
    }
    const complete = run.scenarios?.every((s) => s.outcome !== undefined && s.error === undefined);
    if (
      run.startedAt !== current.startedAt &&
      !run.settings?.quick &&
      complete &&
      run.scenarios.map((s) => s.name).join(',') === names &&
      run.machine?.cpuModel === current.machine.cpuModel &&
      run.machine?.cpus === current.machine.cpus
    ) {
      runs.push(run);
    }
  }
  return runs;
}
