// How often the audit log takes an entry about refused requests and TAXII reads: at most one a minute per
// source (such as an address and a status, or an account and a collection), and at most 60 a minute in
// all, each carrying the count of those left out before it, so a flood cannot fill the log. Bounded in
// memory: past 10,000 sources the oldest is forgotten.

const EVERY_MS = 60_000;
const MAX_PER_MINUTE = 60;
const MAX_SOURCES = 10_000;

export class AuditAllowance {
  private readonly last = new Map<string, { at: number; skipped: number }>();
  private minuteStart = 0;
  private inMinute = 0;
  /** Entries left out by the overall limit, reported with the next one written. */
  private skippedOverall = 0;

  constructor(private readonly now: () => number) {}

  /** undefined: leave this one out; else how many were left out (for any source, past the cap) since. */
  admit(source: string): number | undefined {
    const at = this.now();
    const seen = this.last.get(source);
    if (seen && at - seen.at < EVERY_MS) {
      seen.skipped += 1;
      return undefined;
    }
    if (at - this.minuteStart >= EVERY_MS) {
      this.minuteStart = at;
      this.inMinute = 0;
    }
    if (this.inMinute >= MAX_PER_MINUTE) {
      this.skippedOverall += 1;
      return undefined;
    }
    this.inMinute += 1;
    this.last.delete(source);
    if (this.last.size >= MAX_SOURCES) this.last.delete(this.last.keys().next().value as string);
    this.last.set(source, { at, skipped: 0 });
    const skipped = (seen?.skipped ?? 0) + this.skippedOverall;
    this.skippedOverall = 0;
    return skipped;
  }
}
