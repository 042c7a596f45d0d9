// Reports one sender may make in an hour over SMTP: a sliding window per address, with the table of
// senders bounded so a flood of invented addresses cannot grow it without end.
const HOUR_MS = 3_600_000;
/** Senders remembered at most; the one seen least recently is forgotten first. */
const MAX_SENDERS = 10_000;

export class SenderRate {
  private readonly seen = new Map<string, number[]>();

  constructor(
    private readonly perHour: number,
    private readonly now: () => number,
  ) {}

  /** Counts one report from `sender`; false when it has used its hour's share already. */
  take(sender: string): boolean {
    const at = this.now();
    const key = sender.toLowerCase();
    const times = (this.seen.get(key) ?? []).filter((t) => t > at - HOUR_MS);
    this.seen.delete(key);
    if (times.length >= this.perHour) {
      this.seen.set(key, times);
      return false;
    }
    times.push(at);
    this.seen.set(key, times);
    if (this.seen.size > MAX_SENDERS) this.seen.delete(this.seen.keys().next().value as string);
    return true;
  }
}
