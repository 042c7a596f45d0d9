// Detections on disk: the sentinel's findings followed across windows, kept for the API and incidents.
import type { Kysely, Selectable } from 'kysely';
import type { Detection, DetectionKind, ResponseCeiling } from '../sentinel/detection.js';
import type { Database, DetectionsTable } from './schema.js';

export interface DetectionFilter {
  /** Detections seen at or after this time (ms). */
  since?: number;
  /** Detections that started at or before this time (ms). */
  until?: number;
  kind?: DetectionKind;
  state?: Detection['state'];
  limit?: number;
}

export class DetectionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts the detection, or updates the one with the same id. */
  async put(detection: Detection): Promise<void> {
    const row = toRow(detection);
    const { id: _id, ...changes } = row;
    await this.db
      .insertInto('detections')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }

  /** Newest first. */
  async list(filter: DetectionFilter = {}): Promise<Detection[]> {
    let query = this.db.selectFrom('detections').selectAll();
    if (filter.since !== undefined) query = query.where('last_seen_at', '>=', filter.since);
    if (filter.until !== undefined) query = query.where('started_at', '<=', filter.until);
    if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
    if (filter.state !== undefined) query = query.where('state', '=', filter.state);
    const rows = await query
      .orderBy('started_at', 'desc')
      .orderBy('id')
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map(toDetection);
  }

  async get(id: string): Promise<Detection | undefined> {
    const row = await this.db.selectFrom('detections').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toDetection(row);
  }
}

function toRow(d: Detection): DetectionsTable {
  return {
    id: d.id,
    kind: d.kind,
    state: d.state,
    started_at: d.startedAt,
    last_seen_at: d.lastSeenAt,
    path: d.path ?? null,
    route_kind: d.routeKind ?? null,
    max_action: d.maxAction,
    targets: JSON.stringify(d.targets),
    evidence: JSON.stringify(d.evidence),
  };
}

function toDetection(row: Selectable<DetectionsTable>): Detection {
  return {
    id: row.id,
    kind: row.kind as DetectionKind,
    state: row.state as Detection['state'],
    startedAt: Number(row.started_at),
    lastSeenAt: Number(row.last_seen_at),
    ...(row.path === null ? {} : { path: row.path }),
    ...(row.route_kind === null ? {} : { routeKind: row.route_kind as 'api' | 'browser' }),
    maxAction: row.max_action as ResponseCeiling,
    targets: JSON.parse(row.targets),
    evidence: JSON.parse(row.evidence),
  };
}
