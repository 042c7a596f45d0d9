// runDrill: one bounded drill against a loopback target. Legitimate traffic starts at once, the attack
// after the warm-up; both stop at the end of the duration (or on abort), answers still in flight get
// a short drain, then every socket is closed and the summary is computed. A hard-stop timer ends the
// run whatever happens, a few seconds after it should have ended on its own.

import { type PlannedPart, planAttack } from './attack-plan.js';
import { DetectionWatch } from './detection-watch.js';
import { LegitTraffic } from './legit-traffic.js';
import {
  DrillOptionError,
  type DrillOptions,
  type DrillProgress,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
import { Pacer } from './pacer.js';
import { type PuzzleSolver, startPuzzleSolver } from './puzzle-solver.js';
import { checkReachable } from './reachability.js';
import { LIMITS } from './scenarios.js';
import { type DrillSummary, summarize } from './summary.js';
import { type DrillTarget, resolveLoopbackTarget } from './target.js';
import { Timeline } from './timeline.js';

export type { DrillOptions, DrillProgress } from './options.js';
export type { DrillSummary } from './summary.js';

/** How often the pacers are given the clock. */
const TICK_MS = 5;

type StopReason = DrillSummary['stoppedBy'];

export async function runDrill(options: DrillOptions): Promise<DrillSummary> {
  const resolved = resolveOptions(options);
  const target = await resolveLoopbackTarget(options.target);
  if (resolved.scenario === 'h2-rapid-reset' && !target.tls) {
    throw new DrillOptionError(
      'h2-rapid-reset needs an https:// target: the gateway speaks HTTP/2 only over TLS (ALPN h2)',
    );
  }
  await checkReachable(target);
  return new DrillRun(options, resolved, target).execute();
}

class DrillRun {
  private readonly random: () => number;
  private readonly notes: string[] = [];
  private readonly startedAt = new Date();
  private readonly t0 = performance.now();
  private readonly timeline = new Timeline(this.t0);
  private readonly solver: PuzzleSolver = startPuzzleSolver();
  private readonly watch: DetectionWatch | undefined;
  private readonly attackStart: number;
  private attackEnd: number;
  private parts: PlannedPart[] = [];
  private legit: LegitTraffic | undefined;
  private pacers: Pacer[] = [];
  private legitPacer: Pacer | undefined;
  private drainingSince: number | undefined;
  private reportedSeconds = 0;
  private stopReason: StopReason = 'duration';
  private finish: (reason: StopReason) => void = () => {};

  constructor(
    private readonly options: DrillOptions,
    private readonly o: ResolvedOptions,
    private readonly target: DrillTarget,
  ) {
    this.random = options.random ?? Math.random;
    this.watch = options.control ? new DetectionWatch(options.control) : undefined;
    this.attackStart = this.t0 + o.warmupS * 1000;
    this.attackEnd = this.attackStart + o.durationS * 1000;
    if (target.family === 6) {
      this.notes.push(
        'IPv6 loopback target: ::1 is the only IPv6 loopback address, so every client shares it; use 127.0.0.1 to spread sources',
      );
    }
  }

  async execute(): Promise<DrillSummary> {
    const finished = new Promise<StopReason>((resolve) => {
      this.finish = resolve;
    });
    const hardStopMs = (this.o.warmupS + this.o.durationS) * 1000 + LIMITS.drainMs + LIMITS.hardStopGraceMs;
    const hardStop = setTimeout(() => this.finish('hard-stop'), hardStopMs);
    let loop: NodeJS.Timeout | undefined;
    try {
      await this.watch?.start();
      this.start();
      loop = setInterval(() => this.tick(), TICK_MS);
      const onAbort = () => {
        this.stopReason = 'interrupted';
        this.attackEnd = Math.min(this.attackEnd, performance.now());
      };
      if (this.options.signal?.aborted) onAbort();
      this.options.signal?.addEventListener('abort', onAbort, { once: true });
      this.stopReason = (await finished) === 'hard-stop' ? 'hard-stop' : this.stopReason;
      this.options.signal?.removeEventListener('abort', onAbort);
    } finally {
      clearInterval(loop);
      clearTimeout(hardStop);
      await this.closeAll();
    }
    return this.summary();
  }

  private start(): void {
    const { o, timeline } = this;
    this.parts = planAttack({
      scenario: o.scenario,
      rate: o.rate,
      sources: o.sources,
      target: this.target,
      maxInFlight: o.maxInFlight,
      maxOpen: o.maxOpen,
      random: this.random,
      record: { sent: () => timeline.attackSent(), outcome: (outcome) => timeline.attackOutcome(outcome) },
    });
    this.pacers = this.parts.map(({ part }) => new Pacer(part.rate, () => part.fire(), this.attackStart));
    if (o.legitRate > 0) {
      const legit = new LegitTraffic({
        target: this.target,
        rate: o.legitRate,
        solver: this.solver,
        random: this.random,
        record: { sent: () => timeline.legitSent(), done: (served, ms) => timeline.legitDone(served, ms) },
      });
      this.legit = legit;
      this.legitPacer = new Pacer(o.legitRate, () => legit.fire(), this.t0);
    }
    if (o.warmupS === 0) this.watch?.attackStarted(Date.now());
    else setTimeout(() => this.watch?.attackStarted(Date.now()), o.warmupS * 1000).unref();
  }

  private tick(): void {
    const now = performance.now();
    this.timeline.current();
    if (now < this.attackEnd) {
      this.legitPacer?.tick(now);
      if (now >= this.attackStart) for (const pacer of this.pacers) pacer.tick(now);
    } else {
      this.drainingSince ??= now;
      const pending = this.parts.reduce((sum, { part }) => sum + part.pending(), this.legit?.pending() ?? 0);
      if (pending === 0 || now - this.drainingSince >= LIMITS.drainMs) this.finish(this.stopReason);
    }
    this.report(now);
  }

  /** Calls onProgress once for each second that has ended. */
  private report(now: number): void {
    const elapsed = Math.floor((now - this.t0) / 1000);
    if (!this.options.onProgress || elapsed <= this.reportedSeconds) return;
    this.reportedSeconds = elapsed;
    const last = this.timeline.seconds[elapsed - 1];
    if (last === undefined) return;
    const { warmupS, durationS } = this.o;
    const progress: DrillProgress = {
      elapsedS: elapsed,
      phase: last.second < warmupS ? 'warmup' : last.second < warmupS + durationS ? 'attack' : 'draining',
      last: structuredClone(last),
      totals: { attack: { ...this.timeline.attack }, legit: { ...this.timeline.legit } },
    };
    this.options.onProgress(progress);
  }

  private async closeAll(): Promise<void> {
    const closing = Promise.allSettled([
      ...this.parts.map(({ part }) => part.close()),
      this.legit?.close(),
      this.solver.close(),
      this.watch?.close(),
    ]);
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, LIMITS.hardStopGraceMs);
    });
    await Promise.race([closing, limit]);
    clearTimeout(timer);
  }

  private summary(): DrillSummary {
    const { o, target } = this;
    const sources = target.family === 6 ? 1 : this.parts.reduce((sum, p) => sum + p.sources, 0);
    return summarize(this.timeline, {
      scenario: o.scenario,
      parts: this.parts.map(({ part, sources }) => ({
        name: part.name,
        rate: Math.round(part.rate * 10) / 10,
        sources,
      })),
      target: this.options.target,
      targetAddress: target.address,
      startedAt: this.startedAt,
      durationS: o.durationS,
      warmupS: o.warmupS,
      elapsedS: (performance.now() - this.t0) / 1000,
      stoppedBy: this.stopReason,
      rate: o.rate,
      sources,
      legitRate: o.legitRate,
      notSent: this.pacers.reduce((sum, pacer) => sum + pacer.notSent, 0),
      timeToDetectS: this.watch?.timeToDetectS(),
      notes: [
        ...this.notes,
        ...this.parts.flatMap(({ part }) => part.notes?.() ?? []),
        ...(this.watch?.unavailable ? [`time to detect unknown: ${this.watch.unavailable}`] : []),
      ],
    });
  }
}
