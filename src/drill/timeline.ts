// The drill's record, second by second: attack sends and outcomes, legitimate sends and results.
// A send counts in the second it left; an outcome or result in the second it arrived.

import { type AttackOutcome, STOPPED_OUTCOMES } from './outcome.js';

export interface AttackCounts {
  sent: number;
  /** Stopped before the origin: blocked + challenged + throttled + shed. */
  stopped: number;
  reached: number;
  blocked: number;
  challenged: number;
  throttled: number;
  shed: number;
  unanswered: number;
}

export interface LegitCounts {
  sent: number;
  served: number;
  failed: number;
}

export interface SecondCounts {
  /** Seconds since the drill started (0-based). */
  second: number;
  attack: AttackCounts;
  legit: LegitCounts;
}

function emptyAttack(): AttackCounts {
  return { sent: 0, stopped: 0, reached: 0, blocked: 0, challenged: 0, throttled: 0, shed: 0, unanswered: 0 };
}

function emptySecond(second: number): SecondCounts {
  return { second, attack: emptyAttack(), legit: { sent: 0, served: 0, failed: 0 } };
}

export class Timeline {
  readonly seconds: SecondCounts[] = [];
  readonly attack: AttackCounts = emptyAttack();
  readonly legit: LegitCounts = { sent: 0, served: 0, failed: 0 };
  /** Latency of each served legitimate request, in ms. */
  readonly servedLatencies: number[] = [];

  /** @param now milliseconds on the same clock as startedAt (performance.now() by default) */
  constructor(
    private readonly startedAt: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The bucket of the current second, created (with any empty seconds before it) on first use. */
  current(): SecondCounts {
    const second = Math.max(0, Math.floor((this.now() - this.startedAt) / 1000));
    while (this.seconds.length <= second) this.seconds.push(emptySecond(this.seconds.length));
    return this.seconds[second];
  }

  attackSent(): void {
    this.current().attack.sent++;
    this.attack.sent++;
  }

  attackOutcome(outcome: AttackOutcome): void {
    const bucket = this.current().attack;
    bucket[outcome]++;
    this.attack[outcome]++;
    if (STOPPED_OUTCOMES.has(outcome)) {
      bucket.stopped++;
      this.attack.stopped++;
    }
  }

  legitSent(): void {
    this.current().legit.sent++;
    this.legit.sent++;
  }

  legitDone(served: boolean, latencyMs: number): void {
    const bucket = this.current().legit;
    if (served) {
      bucket.served++;
      this.legit.served++;
      this.servedLatencies.push(latencyMs);
    } else {
      bucket.failed++;
      this.legit.failed++;
    }
  }
}
