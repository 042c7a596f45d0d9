// The incident desk: turns the event stream into incidents. A detection opens an incident or joins the
// open one it belongs to (grouping.ts); decisions taken for its detections attach to it; its status
// follows the facts (coverage.ts, transitions.ts), its severity the impact (severity.ts), its figures
// the traffic (figures.ts); responders' edits and notes come through here too (edit.ts). Every change
// is written to the timeline, saved and published as an `incident` event by the ledger (ledger.ts); the
// sweep that keeps figures up to date saves an incident only when something in it moved.
// The desk follows floods only: a phishing incident (phishing/incident.ts) has no detections or traffic
// to follow, and moves by its responders' edits and its campaign alone.
//
// Work is done one event at a time, in order, so the timeline reads as things happened; the decision
// changes that come together (a step of the responder may take hundreds) are handled as one batch, each
// incident's written in one transaction and announced in one event. A detection the sentinel stops
// reporting for a minute (Breakwater restarted, say) counts as cleared.

import type { BreakwaterEvent, EventBus } from '../events.js';
import type { Log } from '../log.js';
import type { Decision } from '../responder/decision.js';
import type { DecisionTable } from '../responder/decision-table.js';
import type { Detection } from '../sentinel/detection.js';
import type { LinkedDecision, Store } from '../store/index.js';
import type { TrafficRepository } from '../store/traffic-repository.js';
import { DecisionCover } from './coverage.js';
import { applyEdit, type IncidentEdit, IncidentRefusal } from './edit.js';
import { BASELINE_MS, trafficStep } from './figures.js';
import {
  absorb,
  attackEnd,
  FACT_OF_STATUS,
  FACT_REASONS,
  type Followed,
  factsAt,
  floodDraft,
  impactSeverity,
  measure,
  type Tracked,
} from './followed.js';
import { incidentFor, type OpenIncidentView, sourceKey } from './grouping.js';
import {
  BREAKWATER_AUTHOR,
  type Incident,
  type IncidentStatus,
  OPEN_STATUSES,
  type TimelineEntry,
} from './incident.js';
import { IncidentLedger, type Note } from './ledger.js';
import { type Service, servicesOf } from './services.js';
import { worse } from './severity.js';
import { automaticStatus, isOpen, refuseManual } from './transitions.js';
import { decisionText, incidentTitle, KIND_LABELS } from './wording.js';

/** Whether the desk follows the incident by the facts: an open flood. */
function isFollowed(incident: Incident): boolean {
  return incident.kind === 'flood' && isOpen(incident.status);
}

type DecisionEvent = Extract<BreakwaterEvent, { type: 'decision' }>;

/** A detection not reported for this long counts as cleared. */
export const STALE_AFTER_MS = 60_000;

export interface IncidentDeskOptions {
  store: Pick<Store, 'incidents' | 'detections'>;
  /** The edge's traffic history, for the figures; without it they count only what detections tell. */
  traffic?: Pick<TrafficRepository, 'range'>;
  events: EventBus;
  table: DecisionTable;
  services: readonly Service[];
  /** Quiet time after the last detection clears before an incident resolves itself. */
  resolveAfterMs: number;
  log: Log;
  now: () => number;
  /** How often figures and quiet periods are checked; 1 s unless given. */
  sweepMs?: number;
}

export class IncidentDesk {
  private readonly followed = new Map<string, Followed>();
  /** Detection id → incident id, for the detections of followed incidents (and active ones of others). */
  private readonly owner = new Map<string, string>();
  private readonly cover: DecisionCover;
  private queue: Promise<unknown> = Promise.resolve();
  /** Decision changes queued as one batch and not yet handled; later ones join it until other work is queued. */
  private batch: DecisionEvent[] | undefined;
  private unsubscribe: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly ledger: IncidentLedger;
  /** A follower gateway of a cluster: the leader's desk writes the incidents (see standBy()). */
  private standingBy = false;

  constructor(private readonly opts: IncidentDeskOptions) {
    this.cover = new DecisionCover(opts.table, opts.now);
    this.ledger = new IncidentLedger(opts.store, opts.events);
  }

  /** Picks up the incidents still open in the store, then follows the event stream. */
  async start(): Promise<void> {
    await this.followOpen();
    this.unsubscribe = this.opts.events.subscribe((event) => {
      if (this.standingBy) return;
      if (event.type === 'detection') this.handle(() => this.onDetection(event.detection, event.at));
      else if (event.type === 'decision') this.decided(event);
    });
    // sweep() queues itself; its failure is logged there.
    this.timer = setInterval(() => this.sweep().catch(() => undefined), this.opts.sweepMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    clearInterval(this.timer);
    await this.settled();
  }

  /** Resolves once every event received so far has been handled. */
  async settled(): Promise<void> {
    await this.queue;
  }

  /**
   * In a cluster of gateways only the leader's desk writes incidents, so that one attack is one incident:
   * a follower stands by (it ignores events and skips sweeps) and, when it comes to lead, takes up the
   * incidents the store holds open.
   */
  standBy(): void {
    this.standingBy = true;
    this.followed.clear();
    this.owner.clear();
  }

  takeOver(): Promise<void> {
    this.standingBy = false;
    return this.enqueue(() => this.followOpen());
  }

  private async followOpen(): Promise<void> {
    const open = await this.opts.store.incidents.list({ kind: 'flood', status: OPEN_STATUSES, limit: 1000 });
    for (const incident of open) if (!this.followed.has(incident.id)) await this.follow(incident);
  }

  /** Refreshes the open incidents' figures and quiet periods; runs on a timer, callable by hand. */
  sweep(): Promise<void> {
    if (this.standingBy) return Promise.resolve();
    return this.enqueue(async () => {
      const at = this.opts.now();
      for (const f of [...this.followed.values()]) {
        await this.readTraffic(f, at);
        await this.evaluate(f, at);
        if (isOpen(f.incident.status)) await this.ledger.saveChanges(f.incident);
      }
    });
  }

  /** A responder's change; resolves to the incident as it now is. */
  edit(id: string, edit: IncidentEdit, author: string): Promise<Incident> {
    return this.enqueue(async () => {
      const f = await this.load(id);
      const incident = f.incident;
      if (edit.status !== undefined) {
        const refusal = refuseManual(incident.status, edit.status);
        if (refusal !== undefined) throw new IncidentRefusal('conflict', refusal, 'body/status');
      }
      const at = this.opts.now();
      const previous = structuredClone(incident);
      const notes = applyEdit(incident, edit, author);
      if (notes.length > 0) {
        const change = previous.severity !== incident.severity ? 'severity' : 'updated';
        await this.ledger.commit(incident, { at, notes, change, previous });
      }
      if (edit.status !== undefined && edit.status !== incident.status) {
        f.quietFrom = at;
        await this.setStatus(f, edit.status, author, at, 'set by hand');
      }
      return structuredClone(f.incident);
    });
  }

  /** Adds a responder's note to the timeline; resolves to the entry. */
  addNote(id: string, text: string, author: string): Promise<TimelineEntry> {
    return this.enqueue(async () => {
      const f = await this.load(id);
      const at = this.opts.now();
      const previous = structuredClone(f.incident);
      const notes = [{ kind: 'note' as const, author, text }];
      const [entry] = await this.ledger.commit(f.incident, { at, notes, change: 'updated', previous });
      return entry;
    });
  }

  /** Runs work in turn with nobody waiting on it: a failure is logged (by enqueue) and goes no further. */
  private handle(work: () => Promise<unknown>): void {
    this.enqueue(work).catch(() => undefined);
  }

  /**
   * A decision change joins the batch queued last, or starts one. The batch is handled when its turn
   * comes; work queued after it (a detection, a sweep, an edit) closes it, so that order is kept.
   */
  private decided(event: DecisionEvent): void {
    if (this.batch !== undefined) {
      this.batch.push(event);
      return;
    }
    const batch = [event];
    this.handle(() => {
      if (this.batch === batch) this.batch = undefined;
      return this.onDecisions(batch);
    });
    this.batch = batch;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    this.batch = undefined;
    const run = this.queue.then(work);
    this.queue = run.catch((error: Error) => {
      if (!(error instanceof IncidentRefusal)) {
        this.opts.log.error('incident desk failed', { error: error.message });
      }
    });
    return run;
  }

  /** The followed incident, or the stored one (a resolved or closed incident being edited). */
  private async load(id: string): Promise<Followed> {
    const followed = this.followed.get(id);
    if (followed !== undefined) return followed;
    const incident = await this.opts.store.incidents.get(id);
    if (incident === undefined) throw new IncidentRefusal('not_found', `no incident has id ${id}`);
    return this.follow(incident);
  }

  /** Rebuilds what the desk knows of a stored incident; follows it when it is open. */
  private async follow(incident: Incident): Promise<Followed> {
    this.ledger.loaded(incident);
    const detections = new Map<string, Tracked>();
    for (const id of incident.detectionIds) {
      const detection = await this.opts.store.detections.get(id);
      if (detection === undefined) continue;
      detections.set(id, {
        detection,
        clearedAt: detection.state === 'cleared' ? detection.lastSeenAt : null,
      });
    }
    const decisions = new Map<string, Decision>();
    for (const id of incident.decisionIds) {
      const decision = this.opts.table.get(id);
      if (decision !== undefined) decisions.set(id, decision);
    }
    const f: Followed = {
      incident,
      detections,
      decisions,
      fact: FACT_OF_STATUS[incident.status],
      quietFrom: incident.updatedAt,
      traffic: [],
      legitimateShare: 0,
    };
    if (isFollowed(incident)) this.watch(f);
    return f;
  }

  private watch(f: Followed): void {
    this.followed.set(f.incident.id, f);
    for (const id of f.detections.keys()) this.owner.set(id, f.incident.id);
  }

  private async onDetection(detection: Detection, at: number): Promise<void> {
    const ownerId = this.owner.get(detection.id);
    if (ownerId !== undefined) {
      const f = this.followed.get(ownerId);
      if (f !== undefined) await this.update(f, detection, at);
      else if (detection.state === 'cleared') this.owner.delete(detection.id);
      return;
    }
    if (detection.state === 'cleared') return;
    const services = servicesOf(detection, this.opts.services);
    const views: OpenIncidentView[] = [...this.followed.values()].map((f) => {
      const tracked = [...f.detections.values()].map((t) => t.detection);
      return {
        id: f.incident.id,
        services: f.incident.services,
        sources: new Set(tracked.flatMap((d) => d.targets.map(sourceKey))),
        lastActiveAt: Math.max(f.incident.openedAt, ...tracked.map((d) => d.lastSeenAt)),
      };
    });
    const joinId = incidentFor(detection, services, views, this.opts.resolveAfterMs);
    const joined = joinId === undefined ? undefined : this.followed.get(joinId);
    if (joined !== undefined) await this.join(joined, detection, services, at);
    else await this.open(detection, services, at);
  }

  private async open(detection: Detection, services: string[], at: number): Promise<void> {
    const incident = await this.opts.store.incidents.create(floodDraft(detection, services, at));
    this.ledger.loaded(incident);
    const f: Followed = {
      incident,
      detections: new Map([[detection.id, { detection, clearedAt: null }]]),
      decisions: new Map(),
      fact: 'detected',
      quietFrom: at,
      traffic: [],
      legitimateShare: 0,
    };
    this.watch(f);
    const text = `Incident opened. ${detection.evidence.summary}`;
    const data = { detectionId: detection.id, kind: detection.kind };
    const notes = [{ kind: 'opened' as const, author: BREAKWATER_AUTHOR, text, data }];
    await this.ledger.commit(incident, { at, notes, change: 'opened', save: false });
    await this.evaluate(f, at);
  }

  private async join(f: Followed, detection: Detection, services: string[], at: number): Promise<void> {
    const incident = f.incident;
    const previous = structuredClone(incident);
    const automaticTitle = incidentTitle(incident.attackClasses, incident.services);
    await this.ledger.linkDetection(incident, detection.id);
    f.detections.set(detection.id, { detection, clearedAt: null });
    this.owner.set(detection.id, incident.id);
    for (const s of services) if (!incident.services.includes(s)) incident.services.push(s);
    if (!incident.attackClasses.includes(detection.kind)) incident.attackClasses.push(detection.kind);
    if (incident.title === automaticTitle)
      incident.title = incidentTitle(incident.attackClasses, incident.services);
    incident.figures.attackStartedAt = Math.min(incident.figures.attackStartedAt, detection.startedAt);
    absorb(incident, detection);
    const text = `${KIND_LABELS[detection.kind]} joined the incident. ${detection.evidence.summary}`;
    const data = { detectionId: detection.id, kind: detection.kind };
    const notes = [{ kind: 'detection' as const, author: BREAKWATER_AUTHOR, text, data }];
    await this.ledger.commit(incident, { at, notes, change: 'updated', previous });
    await this.evaluate(f, at);
  }

  private async update(f: Followed, detection: Detection, at: number): Promise<void> {
    const tracked = f.detections.get(detection.id);
    if (tracked === undefined) return;
    const wasActive = tracked.clearedAt === null;
    tracked.detection = detection;
    if (detection.state === 'cleared' && wasActive)
      await this.cleared(f, tracked, 'quiet since its last window', at);
    absorb(f.incident, detection);
    if (!(await this.evaluate(f, at))) await this.ledger.saveChanges(f.incident);
  }

  private async cleared(f: Followed, tracked: Tracked, why: string, at: number): Promise<void> {
    tracked.clearedAt = tracked.detection.lastSeenAt;
    const text = `${KIND_LABELS[tracked.detection.kind]} cleared: ${why}.`;
    const data = { detectionId: tracked.detection.id, state: 'cleared' };
    await this.ledger.note(f.incident, at, { kind: 'detection', author: BREAKWATER_AUTHOR, text, data });
  }

  /**
   * Decision changes that came together: each incident whose detections they were taken for gets them
   * all at once (attach); when any was put, the other incidents still detected are looked at again, once,
   * since a decision may cover another incident's targets too (one taken by hand, or left by an earlier
   * attack).
   */
  private async onDecisions(events: readonly DecisionEvent[]): Promise<void> {
    const at = events[events.length - 1].at;
    const owned = new Map<Followed, DecisionEvent[]>();
    let put = false;
    for (const event of events) {
      const { change, decision, dryRun } = event;
      if (!dryRun) this.cover.track(change, decision);
      if (!dryRun && change === 'put') put = true;
      const ownerId = decision.detectionId === undefined ? undefined : this.owner.get(decision.detectionId);
      const f = ownerId === undefined ? undefined : this.followed.get(ownerId);
      if (f === undefined || change === 'expire') continue;
      const changes = owned.get(f);
      if (changes === undefined) owned.set(f, [event]);
      else changes.push(event);
    }
    const evaluated = new Set<Followed>();
    for (const [f, changes] of owned) if (await this.attach(f, changes, at)) evaluated.add(f);
    if (!put) return;
    for (const f of [...this.followed.values()])
      if (!evaluated.has(f) && f.fact === 'detected') await this.evaluate(f, at);
  }

  /**
   * An incident's decision changes of one batch: every decision kept as it now is and the lines telling
   * of them written in one transaction (the incident takes the new ones once they are written), then the
   * incident looked at again and, when something it should tell changed, saved and announced once. True
   * when it was looked at again.
   */
  private async attach(f: Followed, changes: readonly DecisionEvent[], at: number): Promise<boolean> {
    const incident = f.incident;
    const snapshot = structuredClone(incident);
    const positions = new Map(incident.decisionIds.map((id, i) => [id, i]));
    const added: string[] = [];
    const linked: LinkedDecision[] = [];
    const notes: Note[] = [];
    let news = false;
    let removed = false;
    for (const { change, decision, dryRun } of changes) {
      const data = {
        decisionId: decision.id,
        action: decision.action,
        scope: decision.scope,
        value: decision.value,
        ...(dryRun ? { dryRun: true } : {}),
      };
      const note = (text: string): Note => ({ kind: 'decision', author: BREAKWATER_AUTHOR, text, data });
      if (dryRun) {
        notes.push(note(`Dry run, not enforced: ${decisionText(decision, undefined, false)}`));
        continue;
      }
      const previous = f.decisions.get(decision.id);
      if (change === 'remove') {
        if (previous === undefined) continue;
        f.decisions.delete(decision.id);
        notes.push(note(decisionText(decision, undefined, true)));
        removed = true;
        continue;
      }
      f.decisions.set(decision.id, decision);
      let position = positions.get(decision.id);
      if (position === undefined) {
        position = incident.decisionIds.length + added.length;
        positions.set(decision.id, position);
        added.push(decision.id);
      }
      linked.push({ decision, position });
      // A renewal or a shorter lifetime at the same rung is not news.
      if (previous !== undefined && previous.action === decision.action) continue;
      notes.push(note(decisionText(decision, previous, false)));
      news = true;
    }
    await this.ledger.decisions(incident, at, linked, notes);
    incident.decisionIds.push(...added);
    if (!news && !removed) return false;
    if (news) incident.updatedAt = at;
    // The evaluation may save the incident with a new status; the attachment is published after it.
    const saved = await this.evaluate(f, at);
    if (news)
      await this.ledger.commit(incident, {
        at,
        notes: [],
        change: 'updated',
        previous: snapshot,
        save: !saved,
      });
    return true;
  }

  /**
   * Brings status, severity and figures up to date with the facts at `at`. True when it saved the
   * incident (a status or severity change); other changes are saved by the caller or the next sweep.
   */
  private async evaluate(f: Followed, at: number): Promise<boolean> {
    const incident = f.incident;
    if (!isFollowed(incident)) return false;
    for (const tracked of f.detections.values()) {
      if (tracked.clearedAt === null && tracked.detection.lastSeenAt < at - STALE_AFTER_MS) {
        await this.cleared(f, tracked, 'no longer reported by the sentinel', at);
      }
    }
    const { fact, endedAt } = factsAt(f, at, this.cover, this.opts.resolveAfterMs);
    if (incident.figures.mitigatedAt === null && fact !== 'detected') {
      incident.figures.mitigatedAt = fact === 'mitigated' ? at : (endedAt ?? at);
    }
    measure(f, endedAt, at);

    let saved = false;
    const severity = impactSeverity(f);
    if (!incident.severityLocked && worse(severity, incident.severity)) {
      const previous = structuredClone(incident);
      const text = `Severity ${incident.severity} → ${severity}, from the impact.`;
      incident.severity = severity;
      const data = { from: previous.severity, to: severity };
      const notes = [{ kind: 'severity' as const, author: BREAKWATER_AUTHOR, text, data }];
      await this.ledger.commit(incident, { at, notes, change: 'severity', previous });
      saved = true;
    }
    if (fact !== f.fact) {
      f.fact = fact;
      const next = automaticStatus(incident.status, fact);
      if (next !== undefined) {
        await this.setStatus(f, next, BREAKWATER_AUTHOR, at, FACT_REASONS[fact]);
        saved = true;
      }
    }
    return saved;
  }

  private async readTraffic(f: Followed, at: number): Promise<void> {
    if (this.opts.traffic === undefined) return;
    try {
      const since = f.incident.figures.attackStartedAt - BASELINE_MS;
      f.traffic = await this.opts.traffic.range({ since, until: at, stepMs: trafficStep(since, at) });
    } catch (error) {
      this.opts.log.warn('reading traffic for an incident failed', {
        incident: f.incident.id,
        error: (error as Error).message,
      });
    }
  }

  private async setStatus(f: Followed, to: IncidentStatus, author: string, at: number, reason: string) {
    const incident = f.incident;
    const previous = structuredClone(incident);
    const from = incident.status;
    incident.status = to;
    if (to === 'resolved') {
      incident.resolvedAt = at;
      if (incident.kind === 'flood') {
        await this.readTraffic(f, at);
        const ended = [...f.detections.values()].every((t) => t.clearedAt !== null);
        measure(f, ended ? attackEnd(f) : null, at);
      }
    } else if (to === 'closed') incident.closedAt = at;
    else incident.resolvedAt = null;
    if (isFollowed(incident)) this.watch(f);
    else {
      this.followed.delete(incident.id);
      // Updates of a detection still going keep their incident; the others are forgotten.
      for (const [id, t] of f.detections) if (t.clearedAt !== null) this.owner.delete(id);
    }
    const text = `Status ${from} → ${to}: ${reason}.`;
    const notes = [{ kind: 'status' as const, author, text, data: { from, to } }];
    await this.ledger.commit(incident, {
      at,
      notes,
      change: to === 'resolved' ? 'resolved' : 'status',
      previous,
    });
  }
}
