// What a gateway's defence loop reads when workers run its data path: the windows they send each tick,
// merged with the primary's own (idle) tally's, and the timer that collects them and then runs the loop.

import type { Tally, TallyWindow } from '../sentinel/tally.js';
import type { WindowSnapshot } from '../sentinel/window.js';
import { mergeWindows } from './tally-merge.js';

/**
 * What the defence loop reads as its tally in a gateway with workers: the primary's own (idle) tally's
 * window merged with the workers' windows collected for this tick.
 */
export class PooledTally {
  private collected: TallyWindow[] = [];

  constructor(private readonly own: Tally) {}

  accept(windows: TallyWindow[]): void {
    this.collected.push(...windows);
  }

  /** The window of the whole gateway, with its sketches. */
  cut(): TallyWindow {
    const windows = [this.own.cut(), ...this.collected];
    this.collected = [];
    return mergeWindows(windows);
  }

  rotate(): WindowSnapshot {
    return this.cut().snapshot;
  }
}

/**
 * Runs the defence loop every `tickMs` over the workers' windows: collect, then tick. Ticks never overlap;
 * returns the stop.
 */
export function driveDefence(
  pool: { collect(): Promise<TallyWindow[]> },
  tally: PooledTally,
  defence: { tick(): void },
  tickMs: number,
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pool
      .collect()
      .then((windows) => {
        tally.accept(windows);
        defence.tick();
      })
      .finally(() => {
        running = false;
      });
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
