// Decision changes that came together (a step of the responder may make hundreds), published as they
// would be one by one: an indicator per address or network (a new version when its decision changed,
// revoked when removed early), the decision's alias, the indicator's "indicates" relationship to its
// attack pattern. What the batch needs is read first (ids, latest versions) and what it makes is written
// after, in the caller's transaction, a few multi-row statements per 200 objects instead of some thirty
// statements and two transactions per decision.

import type { Decision } from '../responder/decision.js';
import type { DecisionChangeType } from '../responder/decision-table.js';
import { DETECTION_KINDS, type DetectionKind } from '../sentinel/detection.js';
import type { StixObjectRepository } from '../store/index.js';
import { type PlanContext, PublishPlan } from './publisher-plan.js';
import {
  attackPatternObject,
  indicatorObject,
  type Provenance,
  type PublishedDecision,
  type RelationshipType,
  relationshipObject,
} from './stix/objects.js';

export interface IndicatorChange {
  change: DecisionChangeType;
  decision: PublishedDecision;
  pattern: string;
}

export interface BatchContext extends PlanContext {
  from: Provenance;
  /** The decision each published indicator stands for, by indicator key. */
  indicatorDecision: ReadonlyMap<string, string>;
}

const indicatorKey = (d: Decision) => `indicator:${d.scope}:${d.value}`;
const attackPatternKey = (kind: DetectionKind) => `attack-pattern:${kind}`;
const indicatesKey = (indicatorId: string, attackPatternId: string) =>
  relationshipKey(indicatorId, 'indicates', attackPatternId);

export const relationshipKey = (sourceRef: string, type: RelationshipType, targetRef: string) =>
  `relationship:${sourceRef}:${type}:${targetRef}`;

function detectionKindOf(decision: Decision): DetectionKind | undefined {
  const kind = decision.detectionId?.split(':')[0];
  return (DETECTION_KINDS as readonly (string | undefined)[]).includes(kind)
    ? (kind as DetectionKind)
    : undefined;
}

/**
 * Applies the changes in order to a plan read by `readIndicatorPlan`; returns, by indicator key, the
 * decision each indicator touched now stands for (null: none any more).
 */
export function applyIndicatorChanges(
  plan: PublishPlan,
  changes: readonly IndicatorChange[],
  ctx: BatchContext,
): Map<string, string | null> {
  const indicators = new IndicatorPlan(ctx, plan);
  for (const change of changes) indicators.apply(change);
  return indicators.indicatorDecision;
}

/** Reads the ids of the keys the changes touch and the latest versions of the objects they stand for. */
export function readIndicatorPlan(
  objects: StixObjectRepository,
  changes: readonly IndicatorChange[],
  ctx: BatchContext,
): Promise<PublishPlan> {
  const kinds = new Set(changes.map((c) => detectionKindOf(c.decision)).filter((k) => k !== undefined));
  const keys = new Set(changes.map((c) => indicatorKey(c.decision)));
  for (const kind of kinds) if (!ctx.settled.has(attackPatternKey(kind))) keys.add(attackPatternKey(kind));
  return PublishPlan.read(objects, ctx, keys, (held) => {
    const relationships = new Set<string>();
    for (const { decision } of changes) {
      const kind = detectionKindOf(decision);
      const indicatorId = held.get(indicatorKey(decision));
      if (kind === undefined || indicatorId === undefined) continue;
      const patternKey = attackPatternKey(kind);
      const patternId = ctx.settled.get(patternKey) ?? held.get(patternKey);
      if (patternId === undefined) continue;
      const key = indicatesKey(indicatorId, patternId);
      if (!ctx.settled.has(key)) relationships.add(key);
    }
    return relationships;
  });
}

/** The batch's changes applied in order to a plan. */
class IndicatorPlan {
  readonly indicatorDecision = new Map<string, string | null>();

  constructor(
    private readonly ctx: BatchContext,
    readonly plan: PublishPlan,
  ) {}

  /** One change, as `Publisher` handled a decision event on its own. */
  apply({ change, decision, pattern }: IndicatorChange): void {
    const { from, now } = this.ctx;
    const plan = this.plan;
    const key = indicatorKey(decision);
    if (change === 'put') {
      const id = plan.publish(key, 'indicator', (v) => indicatorObject(v, from, decision, pattern, false));
      this.indicatorDecision.set(key, decision.id);
      plan.alias(`decision:${decision.id}`, id);
      const kind = detectionKindOf(decision);
      if (kind === undefined) return;
      const patternId = plan.publishOnce(attackPatternKey(kind), 'attack-pattern', (v) =>
        attackPatternObject(v, from, kind),
      );
      plan.publishOnce(indicatesKey(id, patternId), 'relationship', (v) =>
        relationshipObject(v, from, id, 'indicates', patternId),
      );
      return;
    }
    const ended = decision.expiresAt !== null && decision.expiresAt <= now();
    const current = this.standsFor(key);
    if (change === 'expire' || ended || (current !== undefined && current !== decision.id)) return;
    if (plan.idOf(key) === undefined) return;
    // Removed before it expired: revoke it; a later decision on the same value starts a new indicator.
    plan.publish(key, 'indicator', (v) => indicatorObject(v, from, decision, pattern, true));
    plan.forget(key);
    this.indicatorDecision.set(key, null);
  }

  private standsFor(key: string): string | undefined {
    const changed = this.indicatorDecision.get(key);
    return changed === undefined ? this.ctx.indicatorDecision.get(key) : (changed ?? undefined);
  }
}
