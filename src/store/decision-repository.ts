// Decisions on disk, so that manual, detector and intel decisions survive a restart.
import type { Kysely, Selectable } from 'kysely';
import { ACTIONS, type Decision, SCOPES, SOURCES } from '../responder/decision.js';
import type { Database, DecisionsTable } from './schema.js';
import { StoreError } from './store-error.js';

/** Decisions per multi-row upsert, well under every driver's parameter limit. */
const PUT_CHUNK = 200;

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
  put(decision: Decision): Promise<void> {
    return upsert(this.db, [decision]);
  }

  /**
   * put for many decisions (a step of the responder may take hundreds): one statement per PUT_CHUNK of
   * them, in one transaction when there are more. A decision listed twice is stored as listed last.
   */
  async putAll(decisions: readonly Decision[]): Promise<void> {
    const latest = [...new Map(decisions.map((d) => [d.id, d])).values()];
    if (latest.length <= PUT_CHUNK) return upsert(this.db, latest);
    await this.db.transaction().execute(async (trx) => {
      for (let i = 0; i < latest.length; i += PUT_CHUNK) await upsert(trx, latest.slice(i, i + PUT_CHUNK));
    });
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

/** Inserts the decisions (distinct ids), replacing every column of those already stored. */
async function upsert(db: Kysely<Database>, decisions: readonly Decision[]): Promise<void> {
  if (decisions.length === 0) return;
  const rows = decisions.map(toRow);
  const columns = Object.keys(rows[0]).filter((column) => column !== 'id') as (keyof DecisionsTable)[];
  await db
    .insertInto('decisions')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
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
