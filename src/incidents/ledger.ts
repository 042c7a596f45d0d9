// An incident's changes made durable and known, in one place and one order: the change's timeline notes
// written, the incident saved, the change published on the event bus as an `incident` event. Each write
// is one pass however many notes or decisions it carries. A link to a detection or decision is written
// as it is made, never again by a save; and the ledger remembers what it last saved of each incident, so
// that a save that would write the same fields (a sweep in which nothing moved) is skipped.

import type { EventBus } from '../events.js';
import type { LinkedDecision, Store, TimelineLine } from '../store/index.js';
import type { Incident, IncidentChange, TimelineEntry, TimelineKind } from './incident.js';

/** A line for an incident's timeline. */
export interface Note {
  kind: TimelineKind;
  author: string;
  text: string;
  data?: Record<string, unknown>;
  /** Shown on the public status page. */
  public?: boolean;
}

/** One change of an incident, already made to it in memory. */
export interface IncidentCommit {
  at: number;
  notes: readonly Note[];
  /** What the event calls the change. */
  change: IncidentChange;
  /** The incident as it was before the change; none for one just opened. */
  previous?: Incident;
  /** False for an incident the store has just created as it is. */
  save?: boolean;
}

export class IncidentLedger {
  /** The fields of each incident as last saved or read, in the form of `fieldsOf`. */
  private readonly stored = new WeakMap<Incident, string>();

  constructor(
    private readonly store: Pick<Store, 'incidents'>,
    private readonly events: EventBus,
  ) {}

  /** Takes note of an incident as the store holds it (just read). */
  loaded(incident: Incident): void {
    this.stored.set(incident, fieldsOf(incident));
  }

  /** Saves the incident's fields. */
  async save(incident: Incident): Promise<void> {
    await this.store.incidents.save(incident);
    this.loaded(incident);
  }

  /** Saves the incident's fields when they differ from those last saved or read; true when it did. */
  async saveChanges(incident: Incident): Promise<boolean> {
    if (this.stored.get(incident) === fieldsOf(incident)) return false;
    await this.save(incident);
    return true;
  }

  /** Writes the notes, saves the incident (stamped as updated at the change's time) and publishes the change. */
  async commit(incident: Incident, commit: IncidentCommit): Promise<TimelineEntry[]> {
    const { at } = commit;
    const entries = await this.store.incidents.appendTimelineLines(incident.id, at, commit.notes.map(line));
    incident.updatedAt = at;
    if (commit.save !== false) await this.save(incident);
    this.events.publish({
      type: 'incident',
      at,
      change: commit.change,
      incident: structuredClone(incident),
      ...(commit.previous === undefined ? {} : { previous: commit.previous }),
    });
    return entries;
  }

  /** Links a detection to the incident, after those it has; the incident takes it once it is written. */
  async linkDetection(incident: Incident, detectionId: string): Promise<void> {
    await this.store.incidents.linkDetection(incident.id, detectionId, incident.detectionIds.length);
    incident.detectionIds.push(detectionId);
  }

  /** Writes a line on the incident's timeline alone: a change nobody else is told of. */
  note(incident: Incident, at: number, note: Note): Promise<TimelineEntry> {
    return this.store.incidents.appendTimeline(incident.id, { at, ...line(note) });
  }

  /**
   * Writes a batch of decisions taken for the incident (each linked at its position) with the lines that
   * tell of them, in one transaction; nobody is told yet (commit does that).
   */
  decisions(
    incident: Incident,
    at: number,
    decisions: readonly LinkedDecision[],
    notes: readonly Note[],
  ): Promise<TimelineEntry[]> {
    return this.store.incidents.recordDecisions(incident.id, at, decisions, notes.map(line));
  }
}

/** The fields a save writes, as one string: all but the links. */
function fieldsOf(incident: Incident): string {
  return JSON.stringify(incident, (key, value) =>
    key === 'detectionIds' || key === 'decisionIds' ? undefined : value,
  );
}

function line(note: Note): TimelineLine {
  return {
    kind: note.kind,
    author: note.author,
    text: note.text,
    ...(note.data === undefined ? {} : { data: note.data }),
    public: note.public ?? false,
  };
}
