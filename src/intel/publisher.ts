// Publishes what Breakwater learns as STIX 2.1 into its TAXII collection: decisions become indicators
// (a new version when they change, revoked when removed early), detections become attack patterns and
// sightings, incidents become campaigns, tied together by relationships. Work runs one event at a time.
// An open incident's decisions already tied to its campaign are remembered, so that each of its events
// (one a second or more in a flood of thousands of decisions) looks up only the decisions it newly lists.

import type { BreakwaterEvent, EventBus } from '../events.js';
import type { Incident } from '../incidents/incident.js';
import { isOpen } from '../incidents/transitions.js';
import type { Log } from '../log.js';
import type { Decision } from '../responder/decision.js';
import { DETECTION_KINDS, type Detection, type DetectionKind } from '../sentinel/detection.js';
import type { Store } from '../store/index.js';
import {
  attackPatternObject,
  campaignObject,
  identityObject,
  indicatorObject,
  isPublished,
  type Provenance,
  type RelationshipType,
  relationshipObject,
  type StixObject,
  sightingObject,
  type Version,
} from './stix/objects.js';
import { indicatorPattern } from './stix/patterns.js';
import { readTimestamp, stixTimestamp } from './stix/timestamps.js';
import { type TlpLevel, tlpMarking } from './stix/tlp.js';

/** A sighting still going on gets a new version at most this often. */
export const SIGHTING_REFRESH_MS = 60_000;
/** Settled objects remembered at most. */
const MAX_SETTLED = 100_000;
/** Events waiting at most; beyond, new ones are dropped (and logged) so that a flood cannot pile up work. */
export const MAX_PENDING_EVENTS = 10_000;

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
    this.unsubscribe ??= this.opts.events.subscribe((event) => this.enqueue(() => this.handle(event)));
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

  private enqueue(work: () => Promise<void>): void {
    if (this.pending >= MAX_PENDING_EVENTS) {
      if (this.dropped++ === 0) this.opts.log.warn('threat intelligence publisher behind: dropping events');
      return;
    }
    this.pending++;
    this.queue = this.queue
      .then(work)
      .catch((error: Error) =>
        this.opts.log.error('publishing threat intelligence failed', { error: error.message }),
      )
      .finally(() => {
        this.pending--;
        if (this.pending === 0 && this.dropped > 0) {
          this.opts.log.warn('threat intelligence publisher caught up', { dropped: this.dropped });
          this.dropped = 0;
        }
      });
  }

  private async handle(event: BreakwaterEvent): Promise<void> {
    if (event.type === 'decision') {
      if (!event.dryRun) await this.decision(event.change, event.decision);
    } else if (event.type === 'detection') {
      await this.detection(event.detection);
    } else if (event.type === 'incident') {
      await this.incident(event.incident);
    }
  }

  private async decision(change: 'put' | 'remove' | 'expire', decision: Decision): Promise<void> {
    if (!isPublished(decision)) return;
    const pattern = indicatorPattern(decision);
    if (pattern === undefined) return;
    const key = `indicator:${decision.scope}:${decision.value}`;
    const from = await this.from();
    if (change === 'put') {
      const id = await this.publish(key, 'indicator', (v) =>
        indicatorObject(v, from, decision, pattern, false),
      );
      this.indicatorDecision.set(key, decision.id);
      await this.opts.store.stixObjects.alias(`decision:${decision.id}`, id);
      const kind = decision.detectionId?.split(':')[0];
      if (isDetectionKind(kind)) await this.relate(id, 'indicates', await this.attackPattern(kind));
      return;
    }
    const ended = decision.expiresAt !== null && decision.expiresAt <= this.opts.now();
    const current = this.indicatorDecision.get(key);
    if (change === 'expire' || ended || (current !== undefined && current !== decision.id)) return;
    if ((await this.opts.store.stixObjects.knownId(key)) === undefined) return;
    // Removed before it expired: revoke it; a later decision on the same value starts a new indicator.
    await this.publish(key, 'indicator', (v) => indicatorObject(v, from, decision, pattern, true));
    await this.opts.store.stixObjects.forget(key);
    this.indicatorDecision.delete(key);
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
    for (const decisionId of incident.decisionIds) {
      if (related.has(decisionId)) continue;
      const indicatorId = await this.opts.store.stixObjects.knownId(`decision:${decisionId}`);
      if (indicatorId === undefined) continue;
      await this.relate(indicatorId, 'indicates', campaignId);
      related.add(decisionId);
    }
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
    await this.publishOnce(`relationship:${sourceRef}:${type}:${targetRef}`, 'relationship', (v) =>
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
    // Only a shortcut: forgetting costs a look-up in the store, never a duplicate.
    if (this.settled.size >= MAX_SETTLED) this.settled.clear();
    this.settled.set(key, id);
    return id;
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
    const at = now();
    if (previous === undefined) {
      const created = stixTimestamp(at);
      await store.stixObjects.add(collectionId, [build({ id, created, modified: created })]);
      return id;
    }
    const created = String(previous.object.created);
    const after = readTimestamp(previous.version)?.ms ?? at;
    const object = build({ id, created, modified: stixTimestamp(Math.max(at, after + 1)) });
    if (sameContent(previous.object, object)) return id;
    await store.stixObjects.add(collectionId, [object]);
    return id;
  }
}

function isDetectionKind(kind: string | undefined): kind is DetectionKind {
  return (DETECTION_KINDS as readonly (string | undefined)[]).includes(kind);
}

function sameContent(a: StixObject, b: StixObject): boolean {
  return JSON.stringify({ ...a, modified: undefined }) === JSON.stringify({ ...b, modified: undefined });
}
