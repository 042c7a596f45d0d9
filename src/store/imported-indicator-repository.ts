// Indicators imported from peers: one row per peer, indicator and address or prefix it names, with the
// trust policy's verdict on it. Decisions are derived from these rows; the rows are the evidence.
import type { Kysely, Selectable } from 'kysely';
import type { Claim, ImportStatus } from '../intel/feeds/trust-policy.js';
import { IMPORT_STATUSES } from '../intel/feeds/trust-policy.js';
import { TLP_LEVELS, type TlpLevel } from '../intel/stix/tlp.js';
import type { Database } from './schema.js';
import type { IntelImportsTable } from './tables/intel-feeds.js';

export interface ImportedIndicator {
  peer: string;
  indicatorId: string;
  /** Canonical address or prefix; '' when the indicator is unsupported. */
  value: string;
  scope: 'ip' | 'cidr' | '';
  pattern: string;
  confidence: number | null;
  modified: number;
  validUntil: number | null;
  status: ImportStatus;
  reason: string;
  poisoning: boolean;
  /** The TLP the indicator came under; null for one imported before it was kept. */
  tlp: TlpLevel | null;
  importedAt: number;
}

export type NewImport = Omit<ImportedIndicator, 'importedAt'>;

export interface ImportFilter {
  status?: ImportStatus;
  peer?: string;
  /** Only this address or prefix (canonical form). */
  value?: string;
  limit: number;
}

/** Longest pattern kept with an import; longer ones are cut (the verdict is made on the whole). */
const MAX_STORED_PATTERN = 2_000;

export class ImportedIndicatorRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /** The `modified` time held for this peer's indicator, or undefined when none is held. */
  async version(peer: string, indicatorId: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('intel_imports')
      .select('modified')
      .where('peer', '=', peer)
      .where('indicator_id', '=', indicatorId)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.modified);
  }

  /** Replaces everything held for this peer's indicator; returns the values it named before. */
  async replace(peer: string, indicatorId: string, rows: NewImport[]): Promise<string[]> {
    const before = await this.remove(peer, indicatorId);
    const at = this.now();
    if (rows.length > 0) {
      await this.db
        .insertInto('intel_imports')
        .values(
          rows.map((row) => ({
            peer: row.peer,
            indicator_id: row.indicatorId,
            value: row.value,
            scope: row.scope,
            pattern: row.pattern.slice(0, MAX_STORED_PATTERN),
            confidence: row.confidence,
            modified: row.modified,
            valid_until: row.validUntil,
            status: row.status,
            reason: row.reason,
            poisoning: row.poisoning ? 1 : 0,
            tlp: row.tlp,
            imported_at: at,
          })),
        )
        .execute();
    }
    return before;
  }

  /** Forgets this peer's indicator; returns the values it named. */
  async remove(peer: string, indicatorId: string): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('intel_imports')
      .where('peer', '=', peer)
      .where('indicator_id', '=', indicatorId)
      .returning('value')
      .execute();
    return named(rows);
  }

  /** Forgets everything imported from the peer; returns the values it named. */
  async removePeer(peer: string): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('intel_imports')
      .where('peer', '=', peer)
      .returning('value')
      .execute();
    return named(rows);
  }

  /** Forgets imports whose validity ended at or before `at`; returns the values they named. */
  async pruneExpired(at: number): Promise<string[]> {
    const rows = await this.db
      .deleteFrom('intel_imports')
      .where('valid_until', 'is not', null)
      .where('valid_until', '<=', at)
      .returning('value')
      .execute();
    return named(rows);
  }

  /** Live claims on a value, with each claiming peer's trust. */
  async claims(value: string, at: number): Promise<Claim[]> {
    const rows = await this.db
      .selectFrom('intel_imports')
      .innerJoin('intel_peers', 'intel_peers.name', 'intel_imports.peer')
      .select([
        'intel_imports.peer',
        'intel_imports.indicator_id',
        'intel_imports.confidence',
        'intel_imports.valid_until',
        'intel_peers.trust',
      ])
      .where('intel_imports.value', '=', value)
      .where((eb) =>
        eb.or([eb('intel_imports.valid_until', 'is', null), eb('intel_imports.valid_until', '>', at)]),
      )
      .orderBy('intel_imports.peer')
      .orderBy('intel_imports.indicator_id')
      .execute();
    return rows.map((row) => ({
      peer: row.peer,
      indicatorId: row.indicator_id,
      confidence: row.confidence === null ? null : Number(row.confidence),
      trust: Number(row.trust),
      validUntil: row.valid_until === null ? null : Number(row.valid_until),
    }));
  }

  async setVerdict(
    key: { peer: string; indicatorId: string; value: string },
    verdict: { status: ImportStatus; reason: string; poisoning: boolean },
  ): Promise<void> {
    await this.db
      .updateTable('intel_imports')
      .set({ status: verdict.status, reason: verdict.reason, poisoning: verdict.poisoning ? 1 : 0 })
      .where('peer', '=', key.peer)
      .where('indicator_id', '=', key.indicatorId)
      .where('value', '=', key.value)
      .execute();
  }

  /** Every address and prefix held, for re-judging them all. */
  async values(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('intel_imports')
      .select('value')
      .distinct()
      .where('value', '!=', '')
      .orderBy('value')
      .execute();
    return rows.map((row) => row.value);
  }

  /** Imports, newest first. */
  async list(filter: ImportFilter): Promise<ImportedIndicator[]> {
    let query = this.db.selectFrom('intel_imports').selectAll();
    if (filter.status !== undefined) query = query.where('status', '=', filter.status);
    if (filter.peer !== undefined) query = query.where('peer', '=', filter.peer);
    if (filter.value !== undefined) query = query.where('value', '=', filter.value);
    const rows = await query
      .orderBy('imported_at', 'desc')
      .orderBy('peer')
      .orderBy('indicator_id')
      .orderBy('value')
      .limit(filter.limit)
      .execute();
    return rows.map(toImport);
  }
}

function named(rows: { value: string }[]): string[] {
  return [...new Set(rows.map((row) => row.value).filter((value) => value !== ''))];
}

function toImport(row: Selectable<IntelImportsTable>): ImportedIndicator {
  return {
    peer: row.peer,
    indicatorId: row.indicator_id,
    value: row.value,
    scope: row.scope === 'ip' || row.scope === 'cidr' ? row.scope : '',
    pattern: row.pattern,
    confidence: row.confidence === null ? null : Number(row.confidence),
    modified: Number(row.modified),
    validUntil: row.valid_until === null ? null : Number(row.valid_until),
    status: (IMPORT_STATUSES as readonly string[]).includes(row.status)
      ? (row.status as ImportStatus)
      : 'refused',
    reason: row.reason,
    poisoning: Number(row.poisoning) === 1,
    tlp: (TLP_LEVELS as readonly (string | null)[]).includes(row.tlp) ? (row.tlp as TlpLevel) : null,
    importedAt: Number(row.imported_at),
  };
}
