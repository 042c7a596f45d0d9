// The control loop that runs in seconds, not minutes: every tick it ends the tally's window, runs the
// sentinel over it, measures each request flood's residual (what of it still reaches the origin), hands
// what changed to the responder, and applies the decisions that come back. Automatic decisions are
// enforced first and saved after: an attack must not wait on a disk write, and the detector would decide
// the same again after a restart. While an origin-distress detection is active it also keeps the edge's
// admission by priority on, and while a cache bypass is on a route, that route's budget of new queries
// (both renewed each tick, so they lapse if we stop). Detections naming only clients in good standing
// decide nothing, and nobody earns good standing while an attack is underway.

import type { Admission } from './edge/admission.js';
import type { QueryBudget } from './edge/query-budget.js';
import type { EventBus } from './events.js';
import type { Log } from './log.js';
import type { Decision } from './responder/decision.js';
import type { DecisionTable } from './responder/decision-table.js';
import { type GoodStanding, spareGoodStanding } from './responder/good-standing.js';
import { type Reach, type Residual, residualOf } from './responder/reach.js';
import type { Responder } from './responder/responder.js';
import type { Detection } from './sentinel/detection.js';
import type { Sentinel } from './sentinel/sentinel.js';
import type { Tally } from './sentinel/tally.js';
import type { Store } from './store/index.js';

export type ResponderMode = 'enforce' | 'dry-run' | 'off';

/** Failed sign-ins from one address in one window that cost it its good standing. */
const FAILED_LOGINS_TO_LOSE_STANDING = 3;

const round = (n: number) => Math.round(n * 10) / 10;

export interface DefenceLoopOptions {
  /** What the loop reads each tick: the edge's tally, or the windows of a gateway's workers merged. */
  tally: Pick<Tally, 'rotate'>;
  sentinel: Sentinel;
  responder: Responder;
  mode: ResponderMode;
  table: DecisionTable;
  /** Admission by priority at the edge, switched on under origin distress. */
  admission?: Admission;
  /** Clients in good standing, as the edge keeps them. */
  standing?: GoodStanding;
  /** What reaches the origin, as the edge counts it: closes the responder's loop. */
  reach?: Pick<Reach, 'rotate'>;
  /** Budgets of new query strings, put on routes under a cache bypass. */
  queries?: QueryBudget;
  store: Pick<Store, 'decisions' | 'detections'>;
  events: EventBus;
  log: Log;
  tickMs: number;
  now: () => number;
}

export class DefenceLoop {
  private timer: NodeJS.Timeout | undefined;
  /** Active detections already announced in the log. */
  private readonly announced = new Set<string>();
  /** Origin distress was active on the last tick (set by this loop, or only logged in a dry run). */
  private distress = false;

  constructor(private readonly opts: DefenceLoopOptions) {}

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.opts.tickMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One turn of the loop; public so that it can be driven by hand. Never throws. */
  tick(): void {
    const { opts } = this;
    try {
      const reached = opts.reach?.rotate();
      const snapshot = opts.tally.rotate();
      const { detections: found, active } = opts.sentinel.tick(snapshot);
      const { standing } = opts;
      if (standing !== undefined) {
        standing.underAttack = active.length > 0;
        for (const failing of snapshot.logins.topSources)
          if (failing.count >= FAILED_LOGINS_TO_LOSE_STANDING) standing.failed(failing.key);
      }
      const residuals = new Map<string, Residual>();
      const detections = found.map((detection) => {
        const spared = standing === undefined ? detection : spareGoodStanding(detection, standing);
        const residual = reached && spared.state === 'active' ? residualOf(spared, reached) : undefined;
        if (residual === undefined) return spared;
        residuals.set(spared.id, residual);
        const measured = { rate: round(residual.rate), ceiling: round(residual.ceiling) };
        return { ...spared, evidence: { ...spared.evidence, residual: measured } };
      });
      for (const detection of detections) this.report(detection);
      this.admitByPriority(active.some((d) => d.kind === 'origin-distress'));
      this.answerCacheBypass(active);
      if (opts.mode === 'off' || detections.length === 0) return;
      for (const decision of opts.responder.respond(detections, opts.now(), residuals)) this.apply(decision);
    } catch (error) {
      opts.log.error('defence loop tick failed', { error: (error as Error).message });
    }
  }

  /**
   * Keeps admission by priority on while the origin is in distress: renewed every tick, cleared when the
   * distress clears. Distress set by someone else is left to its own TTL.
   */
  private admitByPriority(distress: boolean): void {
    const { opts } = this;
    if (opts.admission === undefined || opts.mode === 'off') return;
    const changed = distress !== this.distress;
    this.distress = distress;
    if (opts.mode === 'dry-run') {
      if (changed)
        opts.log.info(
          distress
            ? 'dry run: would admit by priority (origin in distress)'
            : 'dry run: would admit everyone again',
        );
      return;
    }
    if (distress) opts.admission.renew();
    else if (changed) opts.admission.clear();
    if (changed)
      opts.log[distress ? 'warn' : 'info'](
        distress ? 'origin in distress: admitting by priority' : 'origin recovered: admitting everyone',
      );
  }

  /**
   * Puts each route under an active cache bypass on a budget of new queries (renewed every tick), sized
   * from the route's baseline: the attack's never-seen queries meet a challenge or a throttle past it.
   */
  private answerCacheBypass(active: readonly Detection[]): void {
    const { queries, mode } = this.opts;
    if (queries === undefined || mode !== 'enforce') return;
    for (const d of active)
      if (d.kind === 'cache-bypass' && d.path !== undefined) queries.guard(d.path, d.evidence.baselineRate);
  }

  private report(detection: Detection): void {
    const { opts } = this;
    opts.events.publish({ type: 'detection', at: opts.now(), detection });
    if (detection.state === 'cleared') {
      this.announced.delete(detection.id);
      opts.log.info('detection cleared', { id: detection.id });
    } else if (!this.announced.has(detection.id)) {
      this.announced.add(detection.id);
      opts.log.warn('attack detected', { id: detection.id, summary: detection.evidence.summary });
    }
    opts.store.detections
      .put(detection)
      .catch((error: Error) => opts.log.error('saving a detection failed', { error: error.message }));
  }

  /** Applies a decision the responder made outside the loop (abuse the edge caught itself). */
  apply(decision: Decision): void {
    const { opts } = this;
    if (opts.mode === 'dry-run') {
      opts.events.publish({ type: 'decision', at: opts.now(), change: 'put', decision, dryRun: true });
      opts.log.info('dry run: would decide', {
        action: decision.action,
        scope: decision.scope,
        value: decision.value,
      });
      return;
    }
    opts.table.put(decision);
    opts.log.info('decided', {
      action: decision.action,
      scope: decision.scope,
      value: decision.value,
      reason: decision.reason,
    });
    opts.store.decisions
      .put(decision)
      .catch((error: Error) =>
        opts.log.error('saving a decision failed', { id: decision.id, error: error.message }),
      );
  }
}
