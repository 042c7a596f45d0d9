// The control loop that runs in seconds, not minutes: every tick it ends the tally's window, runs the
// sentinel over it, measures each request flood's residual (what of it still reaches the origin), hands
// what changed to the responder, and applies the decisions that come back. Automatic decisions are
// enforced first and saved after: an attack must not wait on a disk write, and the detector would decide
// the same again after a restart. While an origin-distress detection is active it also keeps the edge's
// admission by priority on, and while a cache bypass is on a route, that route's budget of new queries
// (both renewed each tick, so they lapse if we stop). Detections naming only clients in good standing
// decide nothing, and nobody earns good standing while an attack is underway.

import type { Admission } from '../edge/admission.js';
import type { QueryBudget } from '../edge/query-budget.js';
import type { EventBus } from '../events.js';
import type { Log } from '../log.js';
import type { Decision } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import { type GoodStanding, spareGoodStanding } from '../responder/good-standing.js';
import { type Reach, type ReachWindow, type Residual, residualOf } from '../responder/reach.js';
import type { Responder } from '../responder/responder.js';
import type { Detection } from '../sentinel/detection.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import type { Tally } from '../sentinel/tally.js';
import type { WindowSnapshot } from '../sentinel/window.js';
import type { Store } from '../store/index.js';

export type ResponderMode = 'enforce' | 'dry-run' | 'off';

/** What reached the origin is measured over windows this long (see reached()). */
const REACH_WINDOW_MS = 1_000;
/** Queries in one window on another route, almost all new, that put it on a budget during a bypass. */
const SIBLING_QUERY_FLOOR = 5;

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
  /** Budgets of new query strings, put on routes under a cache bypass (and on sign-in routes). */
  queries?: QueryBudget;
  /** The sign-in routes: under a credential-stuffing flood naming no one, every attempt pays. */
  loginRoutes?: readonly string[];
  store: Pick<Store, 'decisions' | 'detections'>;
  events: EventBus;
  log: Log;
  tickMs: number;
  now: () => number;
  /**
   * In a cluster of gateways: whether this one leads. A follower's sentinel reads the same summed windows
   * (so it is warm when it comes to lead) but it neither reports detections nor decides. Always when unset.
   */
  leading?: () => boolean;
}

export class DefenceLoop {
  private timer: NodeJS.Timeout | undefined;
  /** Active detections already announced in the log. */
  private readonly announced = new Set<string>();
  /** Origin distress was active on the last tick (set by this loop, or only logged in a dry run). */
  private distress = false;
  /** The latest window of what reached the origin. */
  private reachWindow: ReachWindow | undefined;

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
      const reached = this.reached();
      const snapshot = opts.tally.rotate();
      const { detections: found, active } = opts.sentinel.tick(snapshot);
      if (opts.leading !== undefined && !opts.leading()) return;
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
      this.answerOnRoutes(active, snapshot);
      if (opts.mode === 'off' || detections.length === 0) return;
      this.applyAll([...opts.responder.respond(detections, opts.now(), residuals)]);
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
   * What reached the origin over the last second or so: a window a second long (not a tick) tells an
   * address sending the attack's requests several times a second from one person's page loads.
   */
  private reached(): ReachWindow | undefined {
    const { reach, now } = this.opts;
    if (reach === undefined) return undefined;
    if (this.reachWindow === undefined || now() - this.reachWindow.end >= REACH_WINDOW_MS)
      this.reachWindow = reach.rotate();
    return this.reachWindow;
  }

  /**
   * While a cache bypass is on, puts its route on a budget of new queries (renewed every tick), sized from
   * the route's baseline; and every other route of this window whose queries are almost all new and
   * many, since a flood spreading its queries over routes would otherwise meet the budget one route at a
   * time, each one only once it crosses the detector's rate floor. Past it the attack's never-seen
   * queries meet a challenge or a throttle; known queries, and clients in good standing, pass. A
   * credential-stuffing flood that names no one puts the sign-in routes on such a budget, for every
   * attempt (sized from the usual failure rate, at least 2 a second).
   */
  private answerOnRoutes(active: readonly Detection[], snapshot: WindowSnapshot): void {
    const { queries, mode, sentinel } = this.opts;
    if (queries === undefined || mode !== 'enforce') return;
    // a spread sign-in flood names no one: every attempt from a stranger pays on the sign-in routes
    for (const d of active)
      if (d.kind === 'credential-stuffing' && d.targets.length === 0)
        for (const route of this.opts.loginRoutes ?? []) queries.guard(route, d.evidence.baselineRate, true);
    const bypasses = active.filter((d) => d.kind === 'cache-bypass' && d.path !== undefined);
    if (bypasses.length === 0) return;
    for (const d of bypasses) queries.guard(d.path!, d.evidence.baselineRate);
    const unique = sentinel.config.cacheBypass.uniqueQueryShare;
    for (const path of snapshot.paths) {
      if (path.withQuery < SIBLING_QUERY_FLOOR || path.distinctQueries < unique * path.withQuery) continue;
      if (!queries.isGuarded(path.path)) queries.guard(path.path, sentinel.baselines.pathRate(path.path));
    }
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
    this.applyAll([decision]);
  }

  /**
   * Puts a step's decisions in the table (in a dry run only says so) and saves those put in one write,
   * also when one of them is refused by the table.
   */
  private applyAll(decisions: readonly Decision[]): void {
    const { opts } = this;
    if (opts.mode === 'dry-run') {
      for (const decision of decisions) {
        opts.events.publish({ type: 'decision', at: opts.now(), change: 'put', decision, dryRun: true });
        opts.log.info('dry run: would decide', {
          action: decision.action,
          scope: decision.scope,
          value: decision.value,
        });
      }
      return;
    }
    const put: Decision[] = [];
    try {
      for (const decision of decisions) {
        opts.table.put(decision);
        put.push(decision);
        opts.log.info('decided', {
          action: decision.action,
          scope: decision.scope,
          value: decision.value,
          route: decision.route,
          reason: decision.reason,
        });
      }
    } finally {
      if (put.length > 0)
        opts.store.decisions.putAll(put).catch((error: Error) =>
          opts.log.error('saving decisions failed', {
            ids: put.map((d) => d.id).join(','),
            error: error.message,
          }),
        );
    }
  }
}
