// Decisions on disk, so that manual, detector and intel decisions survive a restart.
import type { Kysely, Selectable } from 'kysely';
import { ACTIONS, type Decision, SCOPES, SOURCES } from '../responder/decision.js';
import type { Database, DecisionsTable } from './schema.js';
import { StoreError } from './store-error.js';

export class DecisionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** Decisions that have not expired, oldest first. */
  async list(): Promise<Decision[]> {
    const rows = await this.db
      .selectFrom('decisions')
      .selectAll()
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', this.now())]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toDecision);
  }

  /** Inserts the decision, or replaces the one with the same id. */
  async put(decision: Decision): Promise<void> {
    const row = toRow(decision);
    const { id: _id, ...changes } = row;
    await this.db
      .insertInto('decisions')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(changes))
      .execute();
  }

  /** False when there was no such decision. */
  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('decisions').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Deletes decisions that expired at or before `now`; returns how many. */
  async pruneExpired(now: number): Promise<number> {
    const result = await this.db
      .deleteFrom('decisions')
      .where('expires_at', 'is not', null)
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toRow(decision: Decision): DecisionsTable {
  return {
    id: decision.id,
    scope: decision.scope,
    value: decision.value,
    action: decision.action,
    throttle_rate: decision.throttle?.rate ?? null,
    throttle_burst: decision.throttle?.burst ?? null,
    difficulty: decision.difficulty ?? null,
    reason: decision.reason,
    source: decision.source,
    created_at: decision.createdAt,
    expires_at: decision.expiresAt,
    detection_id: decision.detectionId ?? null,
    route: decision.route ?? null,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: string, field: string, id: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new StoreError(`decision ${id} in the database has an unknown ${field} '${value}'`, 'decisions');
}

function toDecision(row: Selectable<DecisionsTable>): Decision {
  const decision: Decision = {
    id: row.id,
    scope: oneOf(SCOPES, row.scope, 'scope', row.id),
    value: row.value,
    action: oneOf(ACTIONS, row.action, 'action', row.id),
    reason: row.reason,
    source: oneOf(SOURCES, row.source, 'source', row.id),
    createdAt: Number(row.created_at),
    expiresAt: row.expires_at === null ? null : Number(row.expires_at),
  };
  if (row.throttle_rate !== null) {
    decision.throttle = { rate: Number(row.throttle_rate), burst: Number(row.throttle_burst ?? 0) };
  }
  if (row.difficulty !== null) decision.difficulty = Number(row.difficulty);
  if (row.detection_id !== null) decision.detectionId = row.detection_id;
  if (row.route !== null) decision.route = row.route;
  return decision;
}
