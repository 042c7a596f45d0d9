// Publishes what Breakwater learns as STIX 2.1 into its TAXII collection: decisions become indicators
// (a new version when they change, revoked when removed early), detections become attack patterns and
// sightings, incidents become campaigns, tied together by relationships. Work runs one event at a time,
// except that the decision changes that come together (a step of the responder may make hundreds) are
// one batch, written in one transaction (publisher-batch.ts); other work queued after them closes it.
// An open incident's decisions already tied to its campaign are remembered, so that each of its events
// (one a second or more in a flood of thousands of decisions) looks up only the decisions it newly lists,
// and ties them to the campaign in one transaction (publisher-plan.ts).

import type { BreakwaterEvent, EventBus } from '../events.js';
import type { Incident } from '../incidents/incident.js';
import { isOpen } from '../incidents/transitions.js';
import type { Log } from '../log.js';
import type { Detection, DetectionKind } from '../sentinel/detection.js';
import type { StixObjectRepository, Store } from '../store/index.js';
import {
  applyIndicatorChanges,
  type IndicatorChange,
  readIndicatorPlan,
  relationshipKey,
} from './publisher-batch.js';
import { IdTaken, type PlanContext, PublishPlan } from './publisher-plan.js';
import { nextVersion } from './publisher-versions.js';
import {
  attackPatternObject,
  campaignObject,
  identityObject,
  isPublished,
  type Provenance,
  type RelationshipType,
  relationshipObject,
  type StixObject,
  sightingObject,
  type Version,
} from './stix/objects.js';
import { indicatorPattern } from './stix/patterns.js';
import { type TlpLevel, tlpMarking } from './stix/tlp.js';

/** A sighting still going on gets a new version at most this often. */
export const SIGHTING_REFRESH_MS = 60_000;
/** Settled objects remembered at most. */
const MAX_SETTLED = 100_000;
/** Events waiting at most; beyond, new ones are dropped (and logged) so that a flood cannot pile up work. */
export const MAX_PENDING_EVENTS = 10_000;
/** Decision changes in one batch at most; later ones start the next. */
export const MAX_BATCH = 1_000;
/** Times a batch is read and worked out again when another writer gave one of its new keys an id. */
const BATCH_ATTEMPTS = 3;

type DecisionEvent = Extract<BreakwaterEvent, { type: 'decision' }>;

export interface PublisherOptions {
  store: Pick<Store, 'stixObjects'>;
  events: EventBus;
  /** The collection published into. */
  collectionId: string;
  /** Our organization's name. */
  identity: string;
  tlp: TlpLevel;
  log: Log;
  now: () => number;
}

export class Publisher {
  private queue: Promise<void> = Promise.resolve();
  /** Decision changes queued as one batch and not yet handled; later ones join it until other work is queued. */
  private batch: DecisionEvent[] | undefined;
  private pending = 0;
  private dropped = 0;
  private unsubscribe: (() => void) | undefined;
  private provenance: Provenance | undefined;
  /** The decision each published indicator currently stands for, so a replaced one is not revoked. */
  private readonly indicatorDecision = new Map<string, string>();
  private readonly sightingPublishedAt = new Map<string, number>();
  /** Ids of objects whose content never changes (attack patterns, relationships), once published. */
  private readonly settled = new Map<string, string>();
  /** Per open incident, the decisions whose indicators are tied to its campaign. */
  private readonly relatedDecisions = new Map<string, Set<string>>();

  constructor(private readonly opts: PublisherOptions) {}

  start(): void {
    this.unsubscribe ??= this.opts.events.subscribe((event) => {
      if (event.type === 'decision') this.decided(event);
      else this.enqueue(() => this.handle(event));
    });
  }

  /** Stops listening; `idle()` then waits for the work already queued. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Resolves once every event received so far has been published. */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * A decision change joins the batch queued last, or starts one. The batch is handled when its turn
   * comes; work queued after it closes it, so that order is kept.
   */
  private decided(event: DecisionEvent): void {
    if (this.batch !== undefined && this.batch.length < MAX_BATCH) {
      if (this.admit()) this.batch.push(event);
      return;
    }
    const batch = [event];
    const queued = this.enqueue(
      () => {
        if (this.batch === batch) this.batch = undefined;
        return this.decisions(batch);
      },
      () => batch.length,
    );
    if (queued) this.batch = batch;
  }

  /** Counts one more event waiting, unless too many are: then it is dropped, and the first drop logged. */
  private admit(): boolean {
    if (this.pending >= MAX_PENDING_EVENTS) {
      if (this.dropped++ === 0) this.opts.log.warn('threat intelligence publisher behind: dropping events');
      return false;
    }
    this.pending++;
    return true;
  }

  /** Queues `work` for `events()` events (one unless told); false when it was dropped. */
  private enqueue(work: () => Promise<void>, events = () => 1): boolean {
    this.batch = undefined;
    if (!this.admit()) return false;
    this.queue = this.queue
      .then(work)
      .catch((error: Error) =>
        this.opts.log.error('publishing threat intelligence failed', { error: error.message }),
      )
      .finally(() => {
        this.pending -= events();
        if (this.pending === 0 && this.dropped > 0) {
          this.opts.log.warn('threat intelligence publisher caught up', { dropped: this.dropped });
          this.dropped = 0;
        }
      });
    return true;
  }

  private async handle(event: BreakwaterEvent): Promise<void> {
    if (event.type === 'detection') {
      await this.detection(event.detection);
    } else if (event.type === 'incident') {
      await this.incident(event.incident);
    }
  }

  /** A batch of decision changes: their indicators, aliases and relationships, in one transaction. */
  private async decisions(events: readonly DecisionEvent[]): Promise<void> {
    const changes: IndicatorChange[] = [];
    for (const { change, decision, dryRun } of events) {
      if (dryRun || !isPublished(decision)) continue;
      const pattern = indicatorPattern(decision);
      if (pattern !== undefined) changes.push({ change, decision, pattern });
    }
    if (changes.length === 0) return;
    const context = {
      ...this.planContext(),
      from: await this.from(),
      indicatorDecision: this.indicatorDecision,
    };
    const indicators = await this.planned(
      (objects) => readIndicatorPlan(objects, changes, context),
      (plan) => applyIndicatorChanges(plan, changes, context),
    );
    for (const [key, decisionId] of indicators) {
      if (decisionId === null) this.indicatorDecision.delete(key);
      else this.indicatorDecision.set(key, decisionId);
    }
  }

  private planContext(): PlanContext {
    return { collectionId: this.opts.collectionId, now: this.opts.now, settled: this.settled };
  }

  /**
   * Publications worked out by `work` on a plan that `read` reads, written in one transaction (read and
   * worked out again when another writer gave one of its new keys an id meanwhile).
   */
  private async planned<T>(
    read: (objects: StixObjectRepository) => Promise<PublishPlan>,
    work: (plan: PublishPlan) => T,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { plan, result } = await this.opts.store.stixObjects.inTransaction(async (objects) => {
          const plan = await read(objects);
          const result = work(plan);
          await plan.write(objects);
          return { plan, result };
        });
        for (const [key, id] of plan.settled) this.settle(key, id);
        return result;
      } catch (error) {
        if (!(error instanceof IdTaken) || attempt === BATCH_ATTEMPTS) throw error;
      }
    }
  }

  private async detection(detection: Detection): Promise<void> {
    const attackPatternId = await this.attackPattern(detection.kind);
    const last = this.sightingPublishedAt.get(detection.id);
    const at = this.opts.now();
    const cleared = detection.state === 'cleared';
    if (!cleared && last !== undefined && at - last < SIGHTING_REFRESH_MS) return;
    const from = await this.from();
    await this.publish(`sighting:${detection.id}`, 'sighting', (v) =>
      sightingObject(v, from, detection, attackPatternId),
    );
    if (cleared) this.sightingPublishedAt.delete(detection.id);
    else this.sightingPublishedAt.set(detection.id, at);
  }

  private async incident(incident: Incident): Promise<void> {
    // A phishing incident is published by the phishing desk, under the TLP a responder chooses, once its
    // campaign is confirmed (phishing/sharing.ts).
    if (incident.kind !== 'flood') return;
    const from = await this.from();
    const campaignId = await this.publish(`campaign:${incident.id}`, 'campaign', (v) =>
      campaignObject(v, from, incident),
    );
    for (const kind of incident.attackClasses) {
      await this.relate(campaignId, 'uses', await this.attackPattern(kind));
    }
    const related = this.relatedDecisions.get(incident.id) ?? new Set<string>();
    const listed = incident.decisionIds.filter((id) => !related.has(id)).map((id) => `decision:${id}`);
    const indicators = await this.opts.store.stixObjects.knownIds(listed);
    // Each decision's indicator, in the incident's order, "indicates" the campaign: all in one transaction.
    const ties = incident.decisionIds.flatMap((decisionId) => {
      const indicatorId = related.has(decisionId) ? undefined : indicators.get(`decision:${decisionId}`);
      return indicatorId === undefined
        ? []
        : [{ decisionId, key: relationshipKey(indicatorId, 'indicates', campaignId), indicatorId }];
    });
    const untied = ties.filter((tie) => !this.settled.has(tie.key));
    if (untied.length > 0) {
      await this.planned(
        (objects) =>
          PublishPlan.read(
            objects,
            this.planContext(),
            untied.map((tie) => tie.key),
          ),
        (plan) => {
          for (const { key, indicatorId } of untied)
            plan.publishOnce(key, 'relationship', (v) =>
              relationshipObject(v, from, indicatorId, 'indicates', campaignId),
            );
        },
      );
    }
    for (const { decisionId } of ties) related.add(decisionId);
    if (isOpen(incident.status)) this.relatedDecisions.set(incident.id, related);
    else this.relatedDecisions.delete(incident.id);
  }

  private async attackPattern(kind: DetectionKind): Promise<string> {
    const from = await this.from();
    return this.publishOnce(`attack-pattern:${kind}`, 'attack-pattern', (v) =>
      attackPatternObject(v, from, kind),
    );
  }

  private async relate(sourceRef: string, type: RelationshipType, targetRef: string): Promise<void> {
    const from = await this.from();
    await this.publishOnce(relationshipKey(sourceRef, type, targetRef), 'relationship', (v) =>
      relationshipObject(v, from, sourceRef, type, targetRef),
    );
  }

  /** `publish` for objects whose content never changes: after the first time, no store work at all. */
  private async publishOnce(
    key: string,
    type: string,
    build: (version: Version) => StixObject,
  ): Promise<string> {
    const known = this.settled.get(key);
    if (known !== undefined) return known;
    const id = await this.publish(key, type, build);
    this.settle(key, id);
    return id;
  }

  private settle(key: string, id: string): void {
    // Only a shortcut: forgetting costs a look-up in the store, never a duplicate.
    if (this.settled.size >= MAX_SETTLED) this.settled.clear();
    this.settled.set(key, id);
  }

  /** Our identity and the TLP marking, published on first use. */
  private async from(): Promise<Provenance> {
    if (this.provenance) return this.provenance;
    const { identity, tlp, collectionId, store } = this.opts;
    await store.stixObjects.add(collectionId, [tlpMarking(tlp) as unknown as StixObject]);
    const identityId = await this.publish('identity', 'identity', (v) => identityObject(v, identity, tlp));
    this.provenance = { identityId, tlp };
    return this.provenance;
  }

  /**
   * Publishes the object that `key` stands for: a new object the first time, a new version (same id and
   * created, later modified) when its content changed, nothing when it did not. Returns its id.
   */
  private async publish(key: string, type: string, build: (version: Version) => StixObject): Promise<string> {
    const { store, collectionId, now } = this.opts;
    const id = await store.stixObjects.idFor(key, type);
    const previous = await store.stixObjects.latest(collectionId, id);
    const object = nextVersion(id, previous, now(), build);
    if (object !== undefined) await store.stixObjects.add(collectionId, [object]);
    return id;
  }
}
