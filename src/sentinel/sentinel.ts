// The sentinel: on every window it runs the detectors, follows their findings as detections (confirmed
// after a few windows, stable ids, cleared after a quiet run), and then lets the baselines learn.
//
// Pure and deterministic: the only clock is the snapshot's start and end. A tick reads the snapshot's
// counters and top-k lists and a bounded set of per-key baselines, so its cost does not depend on how
// many sources the edge has seen: a window summarising a million sources costs what one with ten does.

import { Baselines, type BaselineView, type Learning, type LearnMode } from './baselines.js';
import { ceilingRank, type Detection, type Finding } from './detection.js';
import { type SentinelConfig, type SentinelOverrides, sentinelConfig } from './detectors/config.js';
import { DETECTORS, detectorOf } from './detectors/index.js';
import { windowLength } from './detectors/measure.js';
import type { BaselineGroup } from './detectors/module.js';
import { RecentWindows } from './detectors/recent.js';
import { SustainedRates } from './detectors/sustained.js';
import type { WindowSnapshot } from './window.js';

export { defaultSentinelConfig, type SentinelConfig, type SentinelOverrides } from './detectors/config.js';

export interface SentinelTick {
  /** Detections that started, were seen again, or cleared in this window. */
  detections: Detection[];
  /** Every detection still active after this window. */
  active: Detection[];
}

interface Tracked {
  detection: Detection;
  /** Consecutive windows without a finding. */
  quiet: number;
}

/** A finding not yet confirmed: seen in `windows` windows, none two in a row missing. */
interface Pending {
  windows: number;
  /** Consecutive windows without it. */
  missed: number;
  startedAt: number;
}

const STRICTNESS: Record<LearnMode, number> = { learn: 0, slow: 1, freeze: 2 };

/** A pending finding missing this many windows in a row is forgotten. */
const PENDING_PATIENCE = 2;

export class Sentinel {
  readonly config: SentinelConfig;
  private readonly learned: Baselines;
  /** By finding key. */
  private readonly tracked = new Map<string, Tracked>();
  private readonly pending = new Map<string, Pending>();
  private readonly recent: RecentWindows;
  private readonly sustainedRates: SustainedRates;
  private lastEnd: number | undefined;

  constructor(config: SentinelOverrides = {}) {
    this.config = sentinelConfig(config);
    this.learned = new Baselines(this.config);
    this.recent = new RecentWindows(this.config);
    this.sustainedRates = new SustainedRates(this.config);
  }

  /** What normal looks like so far. */
  get baselines(): BaselineView {
    return this.learned;
  }

  tick(snapshot: WindowSnapshot): SentinelTick {
    const changed: Detection[] = [];
    const { start, end } = this.boundsOf(snapshot);
    if (this.lastEnd !== undefined && start - this.lastEnd > this.config.window.staleAfterMs) {
      // Nobody watched during the gap: what was going on before it is over as far as anyone knows.
      for (const t of this.tracked.values()) changed.push({ ...t.detection, state: 'cleared' });
      this.tracked.clear();
      this.pending.clear();
      this.recent.reset();
      this.sustainedRates.reset();
    }
    this.lastEnd = end;
    const view = this.recent.push(snapshot);
    const sustained = this.sustainedRates.push(snapshot);

    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { detect } of DETECTORS) {
      for (const finding of detect(view, this.learned, this.config, sustained)) {
        if (seen.has(finding.key)) continue;
        seen.add(finding.key);
        findings.push(finding);
      }
    }

    for (const finding of findings) {
      const tracked = this.tracked.get(finding.key);
      if (tracked) {
        tracked.detection = seenAgain(tracked.detection, finding, end);
        tracked.quiet = 0;
        changed.push(tracked.detection);
        continue;
      }
      const pending = this.pending.get(finding.key) ?? { windows: 0, missed: 0, startedAt: start };
      pending.windows++;
      pending.missed = 0;
      this.pending.set(finding.key, pending);
      if (pending.windows >= this.config.lifecycle.confirmWindows[finding.kind]) {
        this.pending.delete(finding.key);
        const detection = started(finding, pending.startedAt, end);
        this.tracked.set(finding.key, { detection, quiet: 0 });
        changed.push(detection);
      }
    }
    for (const [key, pending] of this.pending) {
      if (!seen.has(key) && ++pending.missed >= PENDING_PATIENCE) this.pending.delete(key);
    }
    for (const [key, t] of this.tracked) {
      if (seen.has(key)) continue;
      t.quiet++;
      if (t.quiet >= this.config.lifecycle.clearAfterWindows) {
        changed.push({ ...t.detection, state: 'cleared' });
        this.tracked.delete(key);
      }
    }

    this.learned.update(view, windowLength(snapshot, this.config), this.learning(findings), sustained);
    return { detections: changed, active: [...this.tracked.values()].map((t) => t.detection) };
  }

  /** Usable bounds: a missing or reversed end is read as start + the window's length. */
  private boundsOf(snapshot: WindowSnapshot): { start: number; end: number } {
    const start = Number.isFinite(snapshot.start) ? snapshot.start : (this.lastEnd ?? 0);
    const end =
      Number.isFinite(snapshot.end) && snapshot.end > start
        ? snapshot.end
        : start + windowLength(snapshot, this.config);
    return { start, end };
  }

  /**
   * Which baselines may learn from this window: each detection present (found now, or still active)
   * holds back what its module's unlearning names, the strictest hold winning; the window's targets of
   * a module that excludes them are kept out of the per-source baselines.
   */
  private learning(findings: readonly Finding[]): Learning {
    const learning = { traffic: 'learn', outcomes: 'learn', logins: 'learn', slow: 'learn' } satisfies Record<
      BaselineGroup,
      LearnMode
    > as Record<BaselineGroup, LearnMode>;
    const holdBack = (present: { kind: Finding['kind']; maxAction: Finding['maxAction'] }) => {
      const held = detectorOf(present.kind).unlearning(present.maxAction);
      for (const group of Object.keys(held) as BaselineGroup[])
        if (STRICTNESS[held[group] as LearnMode] > STRICTNESS[learning[group]])
          learning[group] = held[group] as LearnMode;
    };
    for (const f of findings) holdBack(f);
    for (const t of this.tracked.values()) holdBack(t.detection);

    const excludedSources = new Set<string>();
    const excludedPrefixes = new Set<string>();
    for (const f of findings) {
      if (!detectorOf(f.kind).excludesTargets) continue;
      for (const t of f.targets) (t.scope === 'ip' ? excludedSources : excludedPrefixes).add(t.value);
    }
    return { ...learning, excludedSources, excludedPrefixes };
  }
}

function started(finding: Finding, startedAt: number, end: number): Detection {
  return {
    id: `${finding.kind}:${finding.path ?? '*'}:${startedAt}`,
    kind: finding.kind,
    startedAt,
    lastSeenAt: Math.max(startedAt, end),
    state: 'active',
    ...(finding.path !== undefined && { path: finding.path }),
    ...(finding.routeKind !== undefined && { routeKind: finding.routeKind }),
    targets: finding.targets,
    maxAction: finding.maxAction,
    evidence: finding.evidence,
  };
}

/**
 * The detection with this window's finding: latest evidence, and a ceiling that never drops while it is
 * active. Targets are replaced only by a finding at that ceiling or above (as an attack fades, the view
 * reads more like a crowd; the ceiling earned on the attack's targets must not pass to a crowd's).
 */
function seenAgain(detection: Detection, finding: Finding, end: number): Detection {
  const routeKind = finding.routeKind ?? detection.routeKind;
  const atCeiling = ceilingRank(finding.maxAction) >= ceilingRank(detection.maxAction);
  return {
    ...detection,
    lastSeenAt: Math.max(detection.lastSeenAt, end),
    ...(routeKind !== undefined && { routeKind }),
    targets: atCeiling && finding.targets.length > 0 ? finding.targets : detection.targets,
    maxAction: atCeiling ? finding.maxAction : detection.maxAction,
    evidence: finding.evidence,
  };
}
