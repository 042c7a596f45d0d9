// The demo origin's bounded capacity: a fixed number of requests worked on at once, a bounded
// waiting line behind them, and a refusal (counted) when both are full.

/** A request's place at the origin: cancel it when the client leaves before it was started. */
export interface Place {
  /** Drop the request from the waiting line; does nothing once it has started. */
  cancel(): void;
}

type Start = (release: () => void) => void;

export class Capacity {
  readonly concurrency: number;
  readonly queueLimit: number;
  private working = 0;
  private refused = 0;
  /** Insertion-ordered, so the first entry is the longest waiter; deletion is O(1). */
  private readonly line = new Set<Start>();

  constructor(concurrency: number, queueLimit: number) {
    this.concurrency = concurrency;
    this.queueLimit = queueLimit;
  }

  get inFlight(): number {
    return this.working;
  }

  get queued(): number {
    return this.line.size;
  }

  get rejected(): number {
    return this.refused;
  }

  /**
   * Admits a request. `start` runs now when a slot is free, or later when one frees up; it receives
   * `release`, to call exactly once when the work is over (extra calls are ignored).
   * Returns undefined, and counts a rejection, when every slot and every place in line is taken.
   */
  admit(start: Start): Place | undefined {
    if (this.working < this.concurrency) {
      this.begin(start);
      return { cancel() {} };
    }
    if (this.line.size >= this.queueLimit) {
      this.refused++;
      return undefined;
    }
    this.line.add(start);
    return { cancel: () => this.line.delete(start) };
  }

  private begin(start: Start): void {
    this.working++;
    let released = false;
    start(() => {
      if (released) return;
      released = true;
      this.working--;
      this.drain();
    });
  }

  private drain(): void {
    while (this.working < this.concurrency && this.line.size > 0) {
      const next = this.line.values().next().value as Start;
      this.line.delete(next);
      this.begin(next);
    }
  }
}
