// Incidents on disk: the incident itself, its links to detections and decisions, and its timeline.
// Saving an incident writes its own row alone: its links are written as they are made (linkDetection,
// putDecisions, recordDecisions), so a save costs one statement however many decisions it holds.
// Ids are numbered per year from a counter row bumped in one statement, so two writers never share one;
// timeline entries are numbered and clamped in time the same way, under the incident's own row. No
// transaction is held across statements (a SQLite writer waiting on another would stall both), so a
// write that fails halfway may leave a gap in the numbers, never a duplicate — except for a batch of
// decisions (recordDecisions): its links and timeline lines are one transaction, which writes from its
// first statement and waits on nothing but its own statements.
import type { Kysely, Selectable } from 'kysely';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  type Incident,
  type IncidentKind,
  type IncidentStatus,
  SEVERITIES,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineKind,
} from '../incidents/incident.js';
import type { Decision } from '../responder/decision.js';
import type { Database } from './schema.js';
import { StoreError } from './store-error.js';
import type { IncidentsTable, IncidentTimelineTable } from './tables/incidents.js';

export interface IncidentFilter {
  kind?: IncidentKind;
  status?: readonly IncidentStatus[];
  /** Incidents still open, or resolved at or after this time (ms). */
  since?: number;
  /** Incidents opened at or before this time (ms). */
  until?: number;
  /** 100 unless given. */
  limit?: number;
}

export interface NewTimelineEntry {
  at: number;
  kind: TimelineKind;
  author: string;
  text: string;
  data?: Record<string, unknown>;
  public?: boolean;
}

/** A timeline line of a batch: all of a batch's lines are written at one time. */
export type TimelineLine = Omit<NewTimelineEntry, 'at'>;

/** A decision linked to an incident at its position in the incident's decisionIds. */
export interface LinkedDecision {
  decision: Decision;
  position: number;
}

type LinkKind = 'detection' | 'decision';

/** Rows per multi-row insert, well under every driver's parameter limit. */
const LINK_CHUNK = 200;

export function incidentId(year: number, number: number): string {
  return `INC-${year}-${String(number).padStart(4, '0')}`;
}

export class IncidentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** Saves a new incident under the next id of the year it opened in, and returns it with that id. */
  async create(draft: Omit<Incident, 'id'>): Promise<Incident> {
    const year = new Date(draft.openedAt).getUTCFullYear();
    const { last } = await this.db
      .insertInto('incident_counters')
      .values({ year, last: 1 })
      .onConflict((oc) =>
        oc.column('year').doUpdateSet((eb) => ({ last: eb('incident_counters.last', '+', 1) })),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    const incident: Incident = { ...draft, id: incidentId(year, Number(last)) };
    await this.db
      .insertInto('incidents')
      .values({ ...toRow(incident), timeline_seq: 0, timeline_at: incident.openedAt })
      .execute();
    await this.link(incident);
    return incident;
  }

  /**
   * Writes the incident's fields; its detectionIds and decisionIds are left as the store has them (a
   * link is written when it is made: linkDetection, putDecisions).
   */
  async save(incident: Incident): Promise<void> {
    const { id, ...changes } = toRow(incident);
    const result = await this.db
      .updateTable('incidents')
      .set(changes)
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new StoreError(`no incident has id ${id}`, 'incidents');
  }

  /** Links a detection to the incident at `position` in its detectionIds; a known link keeps its place. */
  async linkDetection(incidentId: string, detectionId: string, position: number): Promise<void> {
    await this.insertLinks([linkRow(incidentId, 'detection', detectionId, position, this.now())]);
  }

  async get(id: string): Promise<Incident | undefined> {
    const row = await this.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined) return undefined;
    return (await this.withLinks([row]))[0];
  }

  /** Newest first (by opening time). */
  async list(filter: IncidentFilter = {}): Promise<Incident[]> {
    let query = this.db.selectFrom('incidents').selectAll();
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
    if (filter.status !== undefined) {
      if (filter.status.length === 0) return [];
      query = query.where('status', 'in', [...filter.status]);
    }
    const { since, until } = filter;
    if (since !== undefined) {
      query = query.where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', since)]));
    }
    if (until !== undefined) query = query.where('opened_at', '<=', until);
    const rows = await query
      .orderBy('opened_at', 'desc')
      .orderBy('id', 'desc')
      .limit(filter.limit ?? 100)
      .execute();
    return this.withLinks(rows);
  }

  /** The incident's timeline in the order it was recorded. */
  async timeline(incidentId: string): Promise<TimelineEntry[]> {
    const rows = await this.db
      .selectFrom('incident_timeline')
      .selectAll()
      .where('incident_id', '=', incidentId)
      .orderBy('seq')
      .execute();
    return rows.map(toEntry);
  }

  /**
   * Adds an entry after the last one: its seq is the next number, and its time is moved up to the
   * previous entry's when it is earlier (clocks of different detectors may disagree by a little).
   */
  async appendTimeline(incidentId: string, entry: NewTimelineEntry): Promise<TimelineEntry> {
    const [saved] = await this.appendTimelineLines(incidentId, entry.at, [entry]);
    return saved;
  }

  /**
   * Adds lines after the last one, numbered in their order, all at `at` (moved up to the previous
   * entry's time when it is earlier): one update, and one insert per LINK_CHUNK lines.
   */
  async appendTimelineLines(
    incidentId: string,
    at: number,
    lines: readonly TimelineLine[],
  ): Promise<TimelineEntry[]> {
    if (lines.length === 0) return [];
    const position = await this.db
      .updateTable('incidents')
      .set((eb) => ({
        timeline_seq: eb('timeline_seq', '+', lines.length),
        timeline_at: eb.case().when('timeline_at', '>', at).then(eb.ref('timeline_at')).else(at).end(),
      }))
      .where('id', '=', incidentId)
      .returning(['timeline_seq', 'timeline_at'])
      .executeTakeFirst();
    if (position === undefined) throw new StoreError(`no incident has id ${incidentId}`, 'incidents');
    const first = Number(position.timeline_seq) - lines.length + 1;
    const savedAt = Number(position.timeline_at);
    const saved = lines.map(
      (line, i): TimelineEntry => ({
        seq: first + i,
        incidentId,
        at: savedAt,
        kind: line.kind,
        author: line.author,
        text: line.text,
        ...(line.data === undefined ? {} : { data: line.data }),
        public: line.public ?? false,
      }),
    );
    for (let i = 0; i < saved.length; i += LINK_CHUNK) {
      await this.db
        .insertInto('incident_timeline')
        .values(saved.slice(i, i + LINK_CHUNK).map(timelineRow))
        .execute();
    }
    return saved;
  }

  /**
   * Links a decision to the incident at `position` in its decisionIds, and keeps the decision as it now
   * is (decisions leave the decision table when they expire; the report still shows them).
   */
  async putDecision(incidentId: string, decision: Decision, position: number): Promise<void> {
    await this.putDecisions(incidentId, [{ decision, position }]);
  }

  /** putDecision for many decisions: one upsert per LINK_CHUNK of them. */
  async putDecisions(incidentId: string, decisions: readonly LinkedDecision[]): Promise<void> {
    const at = this.now();
    for (let i = 0; i < decisions.length; i += LINK_CHUNK) {
      const rows = decisions
        .slice(i, i + LINK_CHUNK)
        .map(({ decision, position }) =>
          linkRow(incidentId, 'decision', decision.id, position, at, JSON.stringify(decision)),
        );
      await this.db
        .insertInto('incident_links')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['incident_id', 'kind', 'ref_id'])
            .doUpdateSet((eb) => ({ detail: eb.ref('excluded.detail') })),
        )
        .execute();
    }
  }

  /**
   * A batch of decisions taken for the incident and the timeline lines that tell of them, written in one
   * transaction: the links (putDecisions), then the lines (appendTimelineLines).
   */
  recordDecisions(
    incidentId: string,
    at: number,
    decisions: readonly LinkedDecision[],
    lines: readonly TimelineLine[],
  ): Promise<TimelineEntry[]> {
    if (decisions.length === 0) return this.appendTimelineLines(incidentId, at, lines);
    return this.db.transaction().execute(async (trx) => {
      const within = new IncidentRepository(trx, this.now);
      await within.putDecisions(incidentId, decisions);
      return within.appendTimelineLines(incidentId, at, lines);
    });
  }

  /** The decisions taken for the incident, as last seen, in the order they were taken. */
  async decisions(incidentId: string): Promise<Decision[]> {
    const rows = await this.db
      .selectFrom('incident_links')
      .select('detail')
      .where('incident_id', '=', incidentId)
      .where('kind', '=', 'decision')
      .where('detail', 'is not', null)
      .orderBy('position')
      .execute();
    return rows.map((row) => JSON.parse(row.detail as string) as Decision);
  }

  /** Inserts the links the incident was created with. */
  private link(incident: Incident): Promise<void> {
    const at = this.now();
    return this.insertLinks([
      ...incident.detectionIds.map((ref, i) => linkRow(incident.id, 'detection', ref, i, at)),
      ...incident.decisionIds.map((ref, i) => linkRow(incident.id, 'decision', ref, i, at)),
    ]);
  }

  /** Inserts the links the store lacks, one insert per LINK_CHUNK; known links keep their place. */
  private async insertLinks(rows: readonly ReturnType<typeof linkRow>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += LINK_CHUNK) {
      await this.db
        .insertInto('incident_links')
        .values(rows.slice(i, i + LINK_CHUNK))
        .onConflict((oc) => oc.columns(['incident_id', 'kind', 'ref_id']).doNothing())
        .execute();
    }
  }

  private async withLinks(rows: Selectable<IncidentsTable>[]): Promise<Incident[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom('incident_links')
      .select(['incident_id', 'kind', 'ref_id'])
      .where(
        'incident_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('position')
      .execute();
    const byIncident = new Map<string, { detection: string[]; decision: string[] }>();
    for (const row of rows) byIncident.set(row.id, { detection: [], decision: [] });
    for (const link of links) byIncident.get(link.incident_id)?.[link.kind as LinkKind]?.push(link.ref_id);
    return rows.map((row) => {
      const linked = byIncident.get(row.id) ?? { detection: [], decision: [] };
      return toIncident(row, linked.detection, linked.decision);
    });
  }
}

function linkRow(
  incidentId: string,
  kind: LinkKind,
  refId: string,
  position: number,
  at: number,
  detail: string | null = null,
) {
  return { incident_id: incidentId, kind, ref_id: refId, position, linked_at: at, detail };
}

function timelineRow(entry: TimelineEntry) {
  return {
    incident_id: entry.incidentId,
    seq: entry.seq,
    at: entry.at,
    kind: entry.kind,
    author: entry.author,
    text: entry.text,
    data: entry.data === undefined ? null : JSON.stringify(entry.data),
    public: entry.public ? 1 : 0,
  };
}

function toRow(i: Incident): Omit<IncidentsTable, 'timeline_seq' | 'timeline_at'> {
  return {
    id: i.id,
    kind: i.kind,
    title: i.title,
    severity: i.severity,
    severity_locked: i.severityLocked ? 1 : 0,
    status: i.status,
    services: JSON.stringify(i.services),
    attack_classes: JSON.stringify(i.attackClasses),
    top_sources: JSON.stringify(i.topSources),
    top_fingerprints: JSON.stringify(i.topFingerprints),
    assignee: i.assignee,
    public_update: i.publicUpdate,
    opened_at: i.openedAt,
    updated_at: i.updatedAt,
    resolved_at: i.resolvedAt,
    closed_at: i.closedAt,
    figures: JSON.stringify(i.figures),
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: string, field: string, id: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new StoreError(`incident ${id} in the database has an unknown ${field} '${value}'`, 'incidents');
}

const orNull = (value: number | string | null) => (value === null ? null : Number(value));

function toIncident(
  row: Selectable<IncidentsTable>,
  detectionIds: string[],
  decisionIds: string[],
): Incident {
  return {
    id: row.id,
    kind: oneOf(INCIDENT_KINDS, row.kind, 'kind', row.id),
    title: row.title,
    severity: oneOf(SEVERITIES, row.severity, 'severity', row.id),
    severityLocked: Number(row.severity_locked) === 1,
    status: oneOf(INCIDENT_STATUSES, row.status, 'status', row.id),
    services: JSON.parse(row.services),
    attackClasses: JSON.parse(row.attack_classes),
    topSources: JSON.parse(row.top_sources),
    topFingerprints: JSON.parse(row.top_fingerprints),
    detectionIds,
    decisionIds,
    assignee: row.assignee,
    publicUpdate: row.public_update,
    openedAt: Number(row.opened_at),
    updatedAt: Number(row.updated_at),
    resolvedAt: orNull(row.resolved_at),
    closedAt: orNull(row.closed_at),
    figures: JSON.parse(row.figures),
  };
}

function toEntry(row: Selectable<IncidentTimelineTable>): TimelineEntry {
  return {
    seq: Number(row.seq),
    incidentId: row.incident_id,
    at: Number(row.at),
    kind: oneOf(TIMELINE_KINDS, row.kind, 'timeline kind', row.incident_id),
    author: row.author,
    text: row.text,
    ...(row.data === null ? {} : { data: JSON.parse(row.data) }),
    public: Number(row.public) === 1,
  };
}
