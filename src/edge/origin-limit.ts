// How many requests the edge lets be in flight at one origin at once. As many as the pool has connections,
// until the origin turns requests away for want of room (its own 503, a refused or reset connection,
// a timeout); then a little under what was in flight when it did, so that the surplus waits at
// the edge, where clients in good standing go first (origins-queue.ts), and not in the origin's own line,
// where they would be refused with everyone. The limit grows back by one a round while no refusal comes:
// quickly up to near where the origin refused, slowly past it, quickly again once that is long ago.
// Refusals count only when they are a real share of a round's answers, so one route that always answers
// 503 does not hold the limit down.

/** The limit never goes below this: an origin's answers are what the edge learns from. */
export const MIN_LIMIT = 8;
/** A round: the limit changes at most once per round. */
const ROUND_MS = 100;
/** A cut sets the limit to this share of what was in flight at the refusal. */
const CUT_TO = 0.85;
/** Refusals in a round that cut the limit: at least this many… */
const REFUSALS_TO_CUT = 2;
/** …and at least this share of the round's answers. */
const REFUSED_SHARE_TO_CUT = 0.05;
/** Past this share of the last refusal's level, the limit grows by one only every this many rounds. */
const NEAR_CEILING = 0.9;
const ROUNDS_PER_STEP_NEAR_CEILING = 10;
/** A refusal older than this no longer slows the growth. */
const CEILING_FORGOTTEN_MS = 30_000;

export class OriginLimit {
  private current: number;
  private roundStart: number;
  private answered = 0;
  private refused = 0;
  /** The most in flight at a refusal this round. */
  private refusedAt = 0;
  /** The limit was reached in this round: only then is there a reason to grow it. */
  private used = false;
  private rounds = 0;
  /** What was in flight at the last cut, and when it came. */
  private ceiling = Number.POSITIVE_INFINITY;
  private ceilingAt = Number.NEGATIVE_INFINITY;
  /** Times the limit was cut, for the metrics. */
  cuts = 0;

  constructor(
    /** The pool's connections: the limit never goes above it. */
    private readonly max: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.current = max;
    this.roundStart = now();
  }

  /** Requests that may be in flight now. */
  get value(): number {
    return this.current;
  }

  /** Says the limit was reached: a request had to wait for it. */
  reached(): void {
    this.used = true;
  }

  /** The time a request is sent at, for settled(). */
  sentAt(): number {
    return this.now();
  }

  /**
   * One request's answer came back (or failed): `refused` when the origin turned it away for want of room,
   * `inFlight` what was in flight at the origin as it did, itself included, `sentAt` when it was sent. A
   * refusal of a request sent before the last cut says nothing new: the cut was made for it; nor does one
   * with no more than MIN_LIMIT in flight (a failing origin, which its health checks are for).
   */
  settled(refused: boolean, inFlight: number, sentAt: number): void {
    const now = this.now();
    if (now - this.roundStart >= ROUND_MS) this.endRound(now);
    this.answered++;
    // with no more in flight than the floor, a refusal says the origin is failing, not full
    if (!refused || sentAt < this.ceilingAt || inFlight <= MIN_LIMIT) return;
    this.refused++;
    if (inFlight > this.refusedAt) this.refusedAt = inFlight;
    if (this.refused >= REFUSALS_TO_CUT && this.refused >= REFUSED_SHARE_TO_CUT * this.answered)
      this.cut(now);
  }

  private cut(now: number): void {
    this.current = Math.max(MIN_LIMIT, Math.min(this.current, Math.floor(CUT_TO * this.refusedAt)));
    this.ceiling = this.refusedAt;
    this.ceilingAt = now;
    this.cuts++;
    this.newRound(now);
  }

  private endRound(now: number): void {
    this.rounds++;
    if (this.used && this.current < this.max) {
      if (now - this.ceilingAt > CEILING_FORGOTTEN_MS) this.ceiling = Number.POSITIVE_INFINITY;
      const near = this.current >= NEAR_CEILING * this.ceiling;
      if (!near || this.rounds % ROUNDS_PER_STEP_NEAR_CEILING === 0) this.current++;
    }
    this.newRound(now);
  }

  private newRound(now: number): void {
    this.roundStart = now;
    this.answered = 0;
    this.refused = 0;
    this.refusedAt = 0;
    this.used = false;
  }
}
