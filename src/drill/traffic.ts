// What every attack generator offers the run: one paced send at a time, and a close that ends
// everything it opened and accounts for what was still open.

import type { AttackOutcome } from './outcome.js';

export interface AttackPart {
  /** The scenario this part plays, e.g. 'cache-bypass'. */
  readonly name: string;
  /** Sends per second the run paces this part at. */
  readonly rate: number;
  /** Makes one send (a request, a connection or a stream); false when no slot is free. */
  fire(): boolean;
  /** Sends still waiting for an answer that the drain after the attack should wait for. */
  pending(): number;
  /** Facts the summary should carry, e.g. how many sessions the server ended. */
  notes?(): string[];
  /** Cuts whatever is still open, records its outcome, and releases every socket. */
  close(): Promise<void>;
}

/** Where an attack part reports to: the run's timeline. */
export interface AttackRecorder {
  sent(): void;
  outcome(outcome: AttackOutcome): void;
}

/** Resolves once `pending()` is zero, or after `ms` whatever it is. */
export function settled(pending: () => number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      if (pending() === 0 || Date.now() - started >= ms) resolve();
      else setTimeout(check, 10);
    };
    check();
  });
}
