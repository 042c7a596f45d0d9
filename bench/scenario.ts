// What every benchmark scenario is given and gives back; run.ts runs them, report.ts writes them up.
import type { QuietGate } from './quiet.js';
import type { ContenderKey } from './scenarios/attack-contenders.js';
import type { Tool, ToolPaths } from './tools.js';

export interface RunSettings {
  /** Length of one measured load run. */
  seconds: number;
  /** Times each contender is measured, interleaved with the others. */
  rounds: number;
  /** Unmeasured load before the first round, to warm the JIT and the connection pools. */
  warmupSeconds: number;
  /** Time the whole run may spend waiting for other work on the machine to settle. */
  quietWaitSeconds: number;
  quick: boolean;
  /**
   * Workers of every proxy (`--workers N|auto`): Breakwater's gateway workers, nginx's worker_processes,
   * HAProxy's nbthread. Unset: Breakwater one process, nginx and HAProxy one per core (their defaults).
   */
  workers?: number | 'auto';
  /** The attack-shape matrix's seed (`--seed`). */
  seed?: number;
  /** The attack-shape matrix's contenders (`--only`); unset, all four. */
  contenders?: readonly ContenderKey[];
  /** The attack-shape matrix's cases to run (`--cases`); unset, every one. */
  cases?: readonly number[];
}

export interface ScenarioContext {
  settings: RunSettings;
  tools: ToolPaths;
  /** Waits for other work on the machine to settle before a measurement. */
  quiet: QuietGate;
  /** A progress line on stderr (stdout carries the results). */
  say(line: string): void;
}

/** One figure from DESIGN.md's performance budget, and whether this run met it. */
export interface BudgetCheck {
  figure: string;
  budget: string;
  measured: string;
  met: boolean;
}

export interface Section {
  heading: string;
  /** Markdown: tables and lines. */
  body: string;
}

export interface ScenarioOutcome {
  sections: Section[];
  budgets: BudgetCheck[];
  /** Plain statements on what limits or colours the figures. */
  notes: string[];
  /** Every measurement, for the JSON results file. */
  raw: unknown;
}

export interface Scenario {
  name: string;
  title: string;
  /** Outside programs it drives. */
  needs: readonly Tool[];
  /** Rough length, for the progress line and the run's time limit. */
  estimateSeconds(settings: RunSettings): number;
  run(ctx: ScenarioContext): Promise<ScenarioOutcome>;
}
