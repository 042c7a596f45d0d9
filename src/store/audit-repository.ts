// The audit log: append-only, each entry chained to the one before by
// hash = SHA-256(previous hash + canonical JSON of the entry), so an edited or removed entry shows.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { AuditLogTable } from './tables/accounts.js';

export const AUDIT_ACTOR_KINDS = ['user', 'token', 'anonymous', 'system'] as const;

export interface AuditActor {
  kind: (typeof AUDIT_ACTOR_KINDS)[number];
  id: string | null;
  /** The user's email or the token's name. */
  name: string | null;
}

export interface AuditInput {
  actor: AuditActor;
  /** Client address, or null for the command line. */
  address: string | null;
  /** Such as `login`, `login_failed` or `DELETE /api/v1/decisions/:id`. */
  action: string;
  target: Record<string, unknown>;
  detail: Record<string, unknown>;
}

export interface AuditEntry extends AuditInput {
  seq: number;
  at: number;
  prevHash: string;
  hash: string;
}

export type AuditVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenSeq: number; reason: string };

/** The previous hash of the first entry. */
export const AUDIT_GENESIS = '0'.repeat(64);
const APPEND_ATTEMPTS = 5;
const BATCH = 500;

export class AuditRepository {
  /** Appends in this process, one at a time, so each sees the last hash. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  append(input: AuditInput): Promise<AuditEntry> {
    const next = this.tail.then(() => this.appendWithRetry(input));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Newest first, `limit` entries with a sequence number below `before`. */
  async page(options: { before?: number; limit: number }): Promise<AuditEntry[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (options.before !== undefined) query = query.where('seq', '<', options.before);
    const rows = await query.orderBy('seq', 'desc').limit(options.limit).execute();
    return rows.map(toEntry);
  }

  /** Every entry, oldest first, read in batches. */
  async *entries(): AsyncGenerator<AuditEntry> {
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      for (const row of rows) yield toEntry(row);
      if (rows.length < BATCH) return;
      after = Number(rows[rows.length - 1].seq);
    }
  }

  /** Recomputes the chain; names the first entry whose hash, link or place in the sequence is wrong. */
  async verify(): Promise<AuditVerdict> {
    let prevHash = AUDIT_GENESIS;
    let expectedSeq = 1;
    let count = 0;
    for await (const entry of this.entries()) {
      const broken = (reason: string): AuditVerdict => ({
        ok: false,
        entries: count,
        brokenSeq: entry.seq,
        reason,
      });
      if (entry.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (entry.prevHash !== prevHash) return broken('its link to the previous entry does not match');
      if (entryHash(prevHash, entry) !== entry.hash) return broken('its content does not match its hash');
      prevHash = entry.hash;
      expectedSeq += 1;
      count += 1;
    }
    return { ok: true, entries: count };
  }

  private async appendWithRetry(input: AuditInput): Promise<AuditEntry> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendOnce(input);
      } catch (error) {
        // Another process appended the same sequence number first: read the new tail and try again.
        if (attempt >= APPEND_ATTEMPTS) throw error;
      }
    }
  }

  private appendOnce(input: AuditInput): Promise<AuditEntry> {
    return this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const seq = last === undefined ? 1 : Number(last.seq) + 1;
      const prevHash = last?.hash ?? AUDIT_GENESIS;
      const entry = { ...input, seq, at: this.now(), prevHash, hash: '' };
      entry.hash = entryHash(prevHash, entry);
      await trx
        .insertInto('audit_log')
        .values({
          seq,
          at: entry.at,
          actor_kind: entry.actor.kind,
          actor_id: entry.actor.id,
          actor_name: entry.actor.name,
          address: entry.address,
          action: entry.action,
          target: JSON.stringify(entry.target),
          detail: JSON.stringify(entry.detail),
          prev_hash: prevHash,
          hash: entry.hash,
          keyed: 0,
        })
        .execute();
      return entry;
    });
  }
}

/** SHA-256 hex of the previous hash followed by the entry's canonical JSON (its hashes left out). */
export function entryHash(prevHash: string, entry: Omit<AuditEntry, 'prevHash' | 'hash'>): string {
  const { seq, at, actor, address, action, target, detail } = entry;
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ seq, at, actor, address, action, target, detail }))
    .digest('hex');
}

/** JSON with object keys sorted at every depth, so equal values always serialise alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    return { unparsable: text };
  }
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: Number(row.at),
    actor: {
      kind: row.actor_kind as AuditActor['kind'],
      id: row.actor_id,
      name: row.actor_name,
    },
    address: row.address,
    action: row.action,
    target: parseObject(row.target),
    detail: parseObject(row.detail),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
