// Decision changes that came together (a step of the responder may make hundreds), published as they
// would be one by one: an indicator per address or network (a new version when its decision changed,
// revoked when removed early), the decision's alias, the indicator's "indicates" relationship to its
// attack pattern. What the batch needs is read first (ids, latest versions) and what it makes is written
// after, in the caller's transaction, a few multi-row statements per 200 objects instead of some thirty
// statements and two transactions per decision.

import { randomUUID } from 'node:crypto';
import type { Decision } from '../responder/decision.js';
import type { DecisionChangeType } from '../responder/decision-table.js';
import { DETECTION_KINDS, type DetectionKind } from '../sentinel/detection.js';
import type { StixObjectRepository } from '../store/index.js';
import { type HeldVersion, nextVersion } from './publisher-versions.js';
import {
  attackPatternObject,
  indicatorObject,
  type Provenance,
  type PublishedDecision,
  relationshipObject,
  type StixObject,
  type Version,
} from './stix/objects.js';

export interface IndicatorChange {
  change: DecisionChangeType;
  decision: PublishedDecision;
  pattern: string;
}

export interface BatchContext {
  collectionId: string;
  from: Provenance;
  now: () => number;
  /** The decision each published indicator stands for, by indicator key. */
  indicatorDecision: ReadonlyMap<string, string>;
  /** Ids of objects whose content never changes, once published, by key. */
  settled: ReadonlyMap<string, string>;
}

/** What the publisher remembers after the batch is written. */
export interface BatchOutcome {
  /** Indicator key → the decision it now stands for; null when it stands for none any more. */
  indicatorDecision: Map<string, string | null>;
  settled: Map<string, string>;
}

/** Another writer made an id for one of the batch's new keys meanwhile: read again and start over. */
export class IdTaken extends Error {}

const indicatorKey = (d: Decision) => `indicator:${d.scope}:${d.value}`;
const attackPatternKey = (kind: DetectionKind) => `attack-pattern:${kind}`;
const indicatesKey = (indicatorId: string, attackPatternId: string) =>
  `relationship:${indicatorId}:indicates:${attackPatternId}`;

function detectionKindOf(decision: Decision): DetectionKind | undefined {
  const kind = decision.detectionId?.split(':')[0];
  return (DETECTION_KINDS as readonly (string | undefined)[]).includes(kind)
    ? (kind as DetectionKind)
    : undefined;
}

/** Publishes the changes in order through `objects` (bound to the caller's transaction). */
export async function publishIndicators(
  objects: StixObjectRepository,
  changes: readonly IndicatorChange[],
  ctx: BatchContext,
): Promise<BatchOutcome> {
  const plan = await IndicatorPlan.read(objects, changes, ctx);
  for (const change of changes) plan.apply(change);
  await plan.write(objects);
  return plan.outcome;
}

/** The batch worked out in memory over what the store held when it began. */
class IndicatorPlan {
  readonly outcome: BatchOutcome = { indicatorDecision: new Map(), settled: new Map() };
  private readonly ids: Map<string, string>;
  private readonly added: StixObject[] = [];
  private readonly aliases = new Map<string, string>();

  private constructor(
    private readonly ctx: BatchContext,
    /** The ids the keys read stood for when the batch began. */
    private readonly held: ReadonlyMap<string, string>,
    private readonly latest: Map<string, HeldVersion>,
  ) {
    this.ids = new Map(held);
  }

  /** Reads the ids of the keys the changes touch and the latest versions of the objects they stand for. */
  static async read(
    objects: StixObjectRepository,
    changes: readonly IndicatorChange[],
    ctx: BatchContext,
  ): Promise<IndicatorPlan> {
    const kinds = new Set(changes.map((c) => detectionKindOf(c.decision)).filter((k) => k !== undefined));
    const keys = new Set(changes.map((c) => indicatorKey(c.decision)));
    for (const kind of kinds) if (!ctx.settled.has(attackPatternKey(kind))) keys.add(attackPatternKey(kind));
    const held = await objects.knownIds([...keys]);
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
    for (const [key, id] of await objects.knownIds([...relationships])) held.set(key, id);
    const latest = await objects.latestAll(ctx.collectionId, [...new Set(held.values())]);
    return new IndicatorPlan(ctx, held, latest);
  }

  /** One change, as `Publisher` handled a decision event on its own. */
  apply({ change, decision, pattern }: IndicatorChange): void {
    const { from, now } = this.ctx;
    const key = indicatorKey(decision);
    if (change === 'put') {
      const id = this.publish(key, 'indicator', (v) => indicatorObject(v, from, decision, pattern, false));
      this.outcome.indicatorDecision.set(key, decision.id);
      this.aliases.set(`decision:${decision.id}`, id);
      const kind = detectionKindOf(decision);
      if (kind === undefined) return;
      const patternId = this.publishOnce(attackPatternKey(kind), 'attack-pattern', (v) =>
        attackPatternObject(v, from, kind),
      );
      this.publishOnce(indicatesKey(id, patternId), 'relationship', (v) =>
        relationshipObject(v, from, id, 'indicates', patternId),
      );
      return;
    }
    const ended = decision.expiresAt !== null && decision.expiresAt <= now();
    const current = this.standsFor(key);
    if (change === 'expire' || ended || (current !== undefined && current !== decision.id)) return;
    if (!this.ids.has(key)) return;
    // Removed before it expired: revoke it; a later decision on the same value starts a new indicator.
    this.publish(key, 'indicator', (v) => indicatorObject(v, from, decision, pattern, true));
    this.ids.delete(key);
    this.outcome.indicatorDecision.set(key, null);
  }

  /** The objects, then the ids: new keys claimed (none taken by another writer meanwhile), the rest set. */
  async write(objects: StixObjectRepository): Promise<void> {
    await objects.addAll(this.ctx.collectionId, this.added);
    const claimed = new Map<string, string>();
    const forgotten: string[] = [];
    const moved = new Map(this.aliases);
    for (const key of this.held.keys()) if (!this.ids.has(key)) forgotten.push(key);
    for (const [key, id] of this.ids) {
      if (!this.held.has(key)) claimed.set(key, id);
      else if (this.held.get(key) !== id) moved.set(key, id);
    }
    await objects.forgetAll(forgotten);
    const stored = await objects.claimIds(claimed);
    for (const [key, id] of claimed)
      if (stored.get(key) !== id) throw new IdTaken(`${key} was given an id meanwhile`);
    await objects.setIds(moved);
  }

  private standsFor(key: string): string | undefined {
    const changed = this.outcome.indicatorDecision.get(key);
    return changed === undefined ? this.ctx.indicatorDecision.get(key) : (changed ?? undefined);
  }

  private publishOnce(key: string, type: string, build: (version: Version) => StixObject): string {
    const known = this.ctx.settled.get(key) ?? this.outcome.settled.get(key);
    if (known !== undefined) return known;
    const id = this.publish(key, type, build);
    this.outcome.settled.set(key, id);
    return id;
  }

  private publish(key: string, type: string, build: (version: Version) => StixObject): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `${type}--${randomUUID()}`;
      this.ids.set(key, id);
    }
    const object = nextVersion(id, this.latest.get(id), this.ctx.now(), build);
    if (object !== undefined) {
      this.added.push(object);
      this.latest.set(id, { object, version: String(object.modified) });
    }
    return id;
  }
}
