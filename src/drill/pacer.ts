// Open-loop pacing: asks for sends at a steady rate whatever the answers do. A send that finds no free
// slot is counted as not sent rather than queued, and a stalled event loop catches up by at most
// MAX_CATCH_UP_MS of sends; the rest are counted as not sent too.

const MAX_CATCH_UP_MS = 250;

export class Pacer {
  private issued = 0;
  /** Sends that were due but found no free slot, or fell behind too far. */
  notSent = 0;

  /**
   * @param rate sends per second
   * @param fire makes one send; returns false when there is no free slot
   * @param startedAt performance.now() at which pacing starts
   */
  constructor(
    private readonly rate: number,
    private readonly fire: () => boolean,
    private readonly startedAt: number,
  ) {}

  /** Makes every send due by `now` (ms, the same clock as startedAt). */
  tick(now: number): void {
    const due = Math.floor((this.rate * Math.max(0, now - this.startedAt)) / 1000);
    let owed = due - this.issued;
    if (owed <= 0) return;
    const most = Math.max(1, Math.ceil((this.rate * MAX_CATCH_UP_MS) / 1000));
    if (owed > most) {
      this.notSent += owed - most;
      owed = most;
    }
    this.issued = due;
    for (let i = 0; i < owed; i++) if (!this.fire()) this.notSent++;
  }
}
