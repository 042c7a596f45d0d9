// When an attack counts as stopped (the incident's "mitigated"). A request flood under the responder's
// closed loop carries its residual (what of its signature still reached the origin in the latest window)
// and is mitigated while that stays at or under its ceiling: the same measure the responder escalates on,
// not "a decision exists". Other detections (slow clients, credential stuffing) are mitigated when they
// name targets and decisions in force (block, challenge or throttle, not a dry run) cover targets
// carrying at least 90% of their rate. Origin distress is the harm, not the attack: it neither counts as
// mitigated nor holds mitigation back. An incident with nothing but detections that name no one and are
// not measured is not mitigated; it moves on when they clear.

import type { Decision } from '../responder/decision.js';
import type { DecisionChangeType, DecisionTable } from '../responder/decision-table.js';
import type { Detection, DetectionTarget } from '../sentinel/detection.js';

/** Share of a detection's target rate that decisions must cover. */
export const MITIGATED_SHARE = 0.9;

/**
 * Decisions in force by target: addresses through the decision table (which knows prefixes that
 * contain them), prefixes and fingerprints by exact value, kept up to date from decision changes.
 */
export class DecisionCover {
  private readonly byTarget = new Map<string, Map<string, Decision>>();
  private readonly targetOf = new Map<string, string>();

  constructor(
    private readonly table: DecisionTable,
    private readonly now: () => number,
  ) {
    for (const decision of table.list()) this.track('put', decision);
  }

  track(change: DecisionChangeType, decision: Decision): void {
    const previous = this.targetOf.get(decision.id);
    if (previous !== undefined) {
      this.byTarget.get(previous)?.delete(decision.id);
      this.targetOf.delete(decision.id);
    }
    if (change !== 'put' || decision.scope === 'ip' || decision.action === 'allow') return;
    const key = `${decision.scope}:${decision.value}`;
    const held = this.byTarget.get(key) ?? new Map<string, Decision>();
    held.set(decision.id, decision);
    this.byTarget.set(key, held);
    this.targetOf.set(decision.id, key);
  }

  covers(target: DetectionTarget): boolean {
    if (target.scope === 'ip') {
      const decision = this.table.forAddress(target.value);
      return decision !== undefined && decision.action !== 'allow';
    }
    const at = this.now();
    for (const decision of this.byTarget.get(`${target.scope}:${target.value}`)?.values() ?? []) {
      if (decision.expiresAt === null || decision.expiresAt > at) return true;
    }
    return false;
  }
}

export function detectionMitigated(detection: Detection, cover: DecisionCover): boolean {
  const { residual } = detection.evidence;
  if (residual !== undefined) return residual.rate <= residual.ceiling;
  if (detection.targets.length === 0) return false;
  const total = detection.targets.reduce((sum, t) => sum + t.rate, 0);
  if (total === 0) return detection.targets.every((t) => cover.covers(t));
  const covered = detection.targets.filter((t) => cover.covers(t)).reduce((sum, t) => sum + t.rate, 0);
  return covered >= MITIGATED_SHARE * total;
}

/** True when the incident's active detections count as stopped (see the file's comment). */
export function attackMitigated(active: readonly Detection[], cover: DecisionCover): boolean {
  const attacks = active.filter((d) => d.kind !== 'origin-distress');
  return attacks.length > 0 && attacks.every((d) => detectionMitigated(d, cover));
}
