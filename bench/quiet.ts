// Keeps other work on the machine out of the figures as far as it can: waits, within a time budget shared
// by a whole run, for CPU use by processes the harness did not start to settle before measuring.
import { coresBetween, snapshotCpu } from './cpu.js';
import { cores } from './figures.js';

/** Other work below this many cores counts as quiet. */
export const QUIET_CORES = 0.25;
/** A measurement during which other work averaged more than this is repeated while the budget lasts. */
export const DISTURBED_CORES = 0.35;
const SAMPLE_MS = 500;
/** Longest single wait before one measurement. */
const LONGEST_WAIT_SECONDS = 20;

/** Cores used by processes the harness did not start, over one short sample. */
export async function otherWork(): Promise<number> {
  const before = snapshotCpu({});
  await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
  return coresBetween(before, snapshotCpu({})).others;
}

export class QuietGate {
  private spentMs = 0;

  constructor(
    private readonly budgetSeconds: number,
    private readonly say: (line: string) => void,
  ) {}

  /** True while some of the waiting budget is left. */
  get hasBudget(): boolean {
    return this.spentMs < this.budgetSeconds * 1000;
  }

  /** Waits until the machine is quiet or the budget (or the longest single wait) runs out; returns the last sample. */
  async settle(): Promise<number> {
    const started = Date.now();
    const limitMs = Math.min(LONGEST_WAIT_SECONDS * 1000, this.budgetSeconds * 1000 - this.spentMs);
    let others = await otherWork();
    let told = false;
    while (others > QUIET_CORES && Date.now() - started < limitMs) {
      if (!told) {
        this.say(`other work on the machine uses ${cores(others)} cores; waiting for it to settle`);
        told = true;
      }
      others = await otherWork();
    }
    this.spentMs += Date.now() - started;
    if (others > QUIET_CORES && told)
      this.say(`still ${cores(others)} cores of other work; measuring anyway`);
    return others;
  }
}
