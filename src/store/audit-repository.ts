// The audit log: append-only, each entry chained to the one before by
// hash = HMAC-SHA256(audit key, previous hash + canonical JSON of the entry), so an edited or removed entry
// shows, and someone who can write the database but holds no key cannot rebuild the chain. The audit key
// is derived from the store key, kept outside the database; a signed checkpoint of the newest entry, kept
// with the key, shows entries cut from the end. Entries written before the chain was keyed (plain SHA-256)
// still verify, but none may follow a keyed one.
import { createHash, createHmac } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { AuditCheckpoint } from './audit-checkpoint.js';
import type { Database } from './schema.js';
import type { AuditLogTable } from './tables/accounts.js';

export const AUDIT_ACTOR_KINDS = ['user', 'token', 'taxii', 'anonymous', 'system'] as const;

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
  /** True when `hash` is an HMAC under the audit key; false on entries written before the chain was keyed. */
  keyed: boolean;
}

/** The audit key and the checkpoint kept with it. */
export interface AuditChainKeys {
  key(): Promise<Buffer>;
  checkpoint: AuditCheckpoint;
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
  private readonly listeners = new Set<(entry: AuditEntry) => void>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly keys: AuditChainKeys,
  ) {}

  append(input: AuditInput): Promise<AuditEntry> {
    const next = this.tail.then(() => this.appendWithRetry(input));
    this.tail = next.then(
      (entry) => {
        for (const listener of this.listeners) listener(entry);
      },
      () => undefined,
    );
    return next;
  }

  /** Calls `listener` (which must not throw) with each entry this process appends; returns its stop. */
  onAppend(listener: (entry: AuditEntry) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
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

  /**
   * Recomputes the chain; names the first entry whose hash, link or place in the sequence is wrong, and
   * compares the end of the log with the signed checkpoint: a log cut short or rebuilt shows.
   */
  async verify(): Promise<AuditVerdict> {
    const key = await this.keys.key();
    const reading = await this.keys.checkpoint.read(key);
    const file = this.keys.checkpoint.file;
    let prevHash = AUDIT_GENESIS;
    let expectedSeq = 1;
    let count = 0;
    let keyedSince: number | undefined;
    let hashAtCheckpoint: string | undefined;
    for await (const entry of this.entries()) {
      const broken = (reason: string): AuditVerdict => ({
        ok: false,
        entries: count,
        brokenSeq: entry.seq,
        reason,
      });
      if (entry.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (entry.prevHash !== prevHash) return broken('its link to the previous entry does not match');
      if (entry.keyed) keyedSince ??= entry.seq;
      else if (keyedSince !== undefined) {
        return broken(`it is not keyed, but entry ${keyedSince} before it is: the log was rebuilt`);
      }
      if (entryHash(prevHash, entry, entry.keyed ? key : undefined) !== entry.hash) {
        return broken(
          entry.keyed
            ? 'its content does not match its hash under the audit key'
            : 'its content does not match its hash',
        );
      }
      if (reading.state === 'ok' && entry.seq === reading.checkpoint.seq) hashAtCheckpoint = entry.hash;
      prevHash = entry.hash;
      expectedSeq += 1;
      count += 1;
    }
    const end = (reason: string, brokenSeq = expectedSeq): AuditVerdict => ({
      ok: false,
      entries: count,
      brokenSeq,
      reason,
    });
    if (reading.state === 'forged') return end(`the checkpoint ${file} is not signed with the audit key`);
    if (reading.state === 'none') {
      return keyedSince === undefined
        ? { ok: true, entries: count }
        : end(`the checkpoint ${file} is missing`);
    }
    const { checkpoint } = reading;
    const seen = `a checkpoint of ${new Date(checkpoint.at).toISOString()} saw entry ${checkpoint.seq}`;
    if (count < checkpoint.seq) {
      return end(`the log ends at entry ${count}, but ${seen}: entries were removed from its end`);
    }
    if (hashAtCheckpoint !== checkpoint.hash) {
      return end(`entry ${checkpoint.seq} is not the one ${seen}: the log was rebuilt`, checkpoint.seq);
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

  private async appendOnce(input: AuditInput): Promise<AuditEntry> {
    const key = await this.keys.key();
    const entry = await this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const seq = last === undefined ? 1 : Number(last.seq) + 1;
      const prevHash = last?.hash ?? AUDIT_GENESIS;
      const entry = { ...input, seq, at: this.now(), prevHash, hash: '', keyed: true };
      entry.hash = entryHash(prevHash, entry, key);
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
          keyed: 1,
        })
        .execute();
      return entry;
    });
    await this.keys.checkpoint.write(key, { seq: entry.seq, hash: entry.hash, at: entry.at });
    return entry;
  }
}

/**
 * HMAC-SHA256 under `key` (SHA-256 without one, as before the chain was keyed) of the previous hash
 * followed by the entry's canonical JSON (its hashes left out), in hex.
 */
export function entryHash(
  prevHash: string,
  entry: Omit<AuditEntry, 'prevHash' | 'hash' | 'keyed'>,
  key?: Buffer,
): string {
  const { seq, at, actor, address, action, target, detail } = entry;
  return (key ? createHmac('sha256', key) : createHash('sha256'))
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
    keyed: Number(row.keyed) === 1,
  };
}
