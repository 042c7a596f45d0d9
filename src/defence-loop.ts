// The control loop that runs in seconds, not minutes: every tick it ends the tally's window, runs the
// sentinel over it, hands what changed to the responder, and applies the decisions that come back.
// Automatic decisions are enforced first and saved after: an attack must not wait on a disk write,
// and the detector would decide the same again after a restart. While an origin-distress detection is
// active it also keeps the edge's admission by priority on (renewed each tick, so it lapses if we stop).

import type { Admission } from './edge/admission.js';
import type { EventBus } from './events.js';
import type { Log } from './log.js';
import type { Decision } from './responder/decision.js';
import type { DecisionTable } from './responder/decision-table.js';
import type { Responder } from './responder/responder.js';
import type { Detection } from './sentinel/detection.js';
import type { Sentinel } from './sentinel/sentinel.js';
import type { Tally } from './sentinel/tally.js';
import type { Store } from './store/index.js';

export type ResponderMode = 'enforce' | 'dry-run' | 'off';

export interface DefenceLoopOptions {
  tally: Tally;
  sentinel: Sentinel;
  responder: Responder;
  mode: ResponderMode;
  table: DecisionTable;
  /** Admission by priority at the edge, switched on under origin distress. */
  admission?: Admission;
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
      const { detections, active } = opts.sentinel.tick(opts.tally.rotate());
      for (const detection of detections) this.report(detection);
      this.admitByPriority(active.some((d) => d.kind === 'origin-distress'));
      if (opts.mode === 'off' || detections.length === 0) return;
      for (const decision of opts.responder.respond(detections, opts.now())) this.apply(decision);
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
