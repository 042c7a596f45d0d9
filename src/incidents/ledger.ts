// An incident's changes made durable and known, in one place and one order: the change's timeline notes
// written, the incident saved, the change published on the event bus as an `incident` event. Each write
// is one pass however many notes or decisions it carries.

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
  constructor(
    private readonly store: Pick<Store, 'incidents'>,
    private readonly events: EventBus,
  ) {}

  /** Writes the notes, saves the incident (stamped as updated at the change's time) and publishes the change. */
  async commit(incident: Incident, commit: IncidentCommit): Promise<TimelineEntry[]> {
    const { at } = commit;
    const entries = await this.store.incidents.appendTimelineLines(incident.id, at, commit.notes.map(line));
    incident.updatedAt = at;
    if (commit.save !== false) await this.store.incidents.save(incident);
    this.events.publish({
      type: 'incident',
      at,
      change: commit.change,
      incident: structuredClone(incident),
      ...(commit.previous === undefined ? {} : { previous: commit.previous }),
    });
    return entries;
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

function line(note: Note): TimelineLine {
  return {
    kind: note.kind,
    author: note.author,
    text: note.text,
    ...(note.data === undefined ? {} : { data: note.data }),
    public: note.public ?? false,
  };
}
