// The STIX objects of our TAXII collections, every version kept, each stamped with a date_added that
// strictly increases within its collection (TAXII pages by it), and each object's writer (the TAXII
// account that created it, or none for what we publish), who alone may add versions; plus the stable id
// behind each thing we publish, so that publishing it again makes a new version rather than a new object.

import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import type { StixObject } from '../intel/stix/objects.js';
import { readTimestamp, stixTimestamp } from '../intel/stix/timestamps.js';
import { type TlpLevel, tlpOf } from '../intel/stix/tlp.js';
import type { Database } from './schema.js';
import type { StixObjectsTable } from './tables/intel.js';

export interface StoredStixObject {
  collectionId: string;
  object: StixObject;
  /** The version as written: `modified`, else `created`, else the time it was added. */
  version: string;
  specVersion: string;
  /** Milliseconds since the epoch. */
  dateAdded: number;
  tlp: TlpLevel;
}

/** `last` and `first` pick one version per object, `all` every version; a timestamp picks that version. */
export type VersionMatch = 'last' | 'first' | 'all' | { at: string };

export interface StixQuery {
  collectionId: string;
  ids?: string[];
  types?: string[];
  /** Several are or-ed; none means `last`. */
  versions?: VersionMatch[];
  specVersions?: string[];
  /** Only objects added strictly after this, ms. */
  addedAfter?: number;
  /** TLP levels the reader may see; objects at other levels stay hidden. */
  tlp: readonly TlpLevel[];
  /** Most objects returned; `more` tells whether others match. */
  limit: number;
}

export interface StixPage {
  objects: StoredStixObject[];
  more: boolean;
}

export type AddResult =
  | { object: StixObject; added: true; dateAdded: number }
  | { object: StixObject; added: false; refused?: string };

/** How a writer is named in messages. */
const writerName = (writer: string | null) => writer ?? 'this server';

export class StixObjectRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  /**
   * Adds objects to a collection in one transaction, in order. A version already held is not added
   * again (`added: false`). Objects must have passed `stixObjectProblem`.
   */
  async add(collectionId: string, objects: StixObject[], writer: string | null = null): Promise<AddResult[]> {
    return this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('stix_objects')
        .select((eb) => eb.fn.max('date_added').as('last'))
        .where('collection_id', '=', collectionId)
        .executeTakeFirst();
      let dateAdded = Number(last?.last ?? 0);
      const results: AddResult[] = [];
      for (const object of objects) {
        const candidate = Math.max(this.now(), dateAdded + 1);
        const version = versionOf(object, candidate);
        const versionKey = readTimestamp(version)?.key ?? version;
        const creator = await creatorIn(trx, collectionId, object.id);
        if (creator !== undefined && creator !== writer) {
          const name = writerName(creator);
          results.push({
            object,
            added: false,
            refused: `${object.id} was created by ${name}: only its creator (${name}) may add versions of it`,
          });
          continue;
        }
        const held = await trx
          .selectFrom('stix_objects')
          .select('date_added')
          .where('collection_id', '=', collectionId)
          .where('object_id', '=', object.id)
          .where('version_key', '=', versionKey)
          .executeTakeFirst();
        if (held) {
          results.push({ object, added: false });
          continue;
        }
        await trx
          .insertInto('stix_objects')
          .values({
            collection_id: collectionId,
            object_id: object.id,
            type: object.type,
            version,
            version_key: versionKey,
            spec_version: typeof object.spec_version === 'string' ? object.spec_version : '2.1',
            date_added: candidate,
            tlp: tlpOf(object),
            latest: 0,
            first: 0,
            object: JSON.stringify(object),
            writer,
          })
          .execute();
        await markEnds(trx, collectionId, object.id);
        dateAdded = candidate;
        results.push({ object, added: true, dateAdded });
      }
      return results;
    });
  }

  /** Objects in date_added order. */
  async query(q: StixQuery): Promise<StixPage> {
    if (q.tlp.length === 0) return { objects: [], more: false };
    let query = this.db
      .selectFrom('stix_objects')
      .selectAll()
      .where('collection_id', '=', q.collectionId)
      .where('tlp', 'in', [...q.tlp]);
    if (q.ids?.length) query = query.where('object_id', 'in', q.ids);
    if (q.types?.length) query = query.where('type', 'in', q.types);
    if (q.specVersions?.length) query = query.where('spec_version', 'in', q.specVersions);
    if (q.addedAfter !== undefined) query = query.where('date_added', '>', q.addedAfter);
    const versions = q.versions?.length ? q.versions : ['last' as const];
    if (!versions.includes('all')) {
      query = query.where((eb) => eb.or(versions.map((v) => versionIs(eb, v))));
    }
    const rows = await query
      .orderBy('date_added')
      .limit(q.limit + 1)
      .execute();
    return { objects: rows.slice(0, q.limit).map(toStored), more: rows.length > q.limit };
  }

  /** The latest version of an object, whatever its TLP level. */
  async latest(collectionId: string, objectId: string): Promise<StoredStixObject | undefined> {
    const row = await this.db
      .selectFrom('stix_objects')
      .selectAll()
      .where('collection_id', '=', collectionId)
      .where('object_id', '=', objectId)
      .where('latest', '=', 1)
      .executeTakeFirst();
    return row && toStored(row);
  }

  /** Removes the versions of an object that match; how many were removed. */
  /** The TAXII account that created the object (null: this server); undefined when it is not held. */
  creatorOf(collectionId: string, objectId: string): Promise<string | null | undefined> {
    return creatorIn(this.db, collectionId, objectId);
  }

  /** Removes the matching versions the remover may see (`tlp`); returns how many. */
  async remove(
    collectionId: string,
    objectId: string,
    match: { versions?: VersionMatch[]; specVersions?: string[]; tlp: readonly TlpLevel[] },
  ): Promise<number> {
    if (match.tlp.length === 0) return 0;
    return this.db.transaction().execute(async (trx) => {
      let query = trx
        .deleteFrom('stix_objects')
        .where('collection_id', '=', collectionId)
        .where('object_id', '=', objectId)
        .where('tlp', 'in', [...match.tlp]);
      if (match.specVersions?.length) query = query.where('spec_version', 'in', match.specVersions);
      const versions = match.versions?.length ? match.versions : ['all' as const];
      if (!versions.includes('all')) {
        query = query.where((eb) => eb.or(versions.map((v) => versionIs(eb, v))));
      }
      const result = await query.executeTakeFirst();
      await markEnds(trx, collectionId, objectId);
      return Number(result.numDeletedRows);
    });
  }

  /** The STIX id that stands for `key`, made (`type--UUIDv4`) the first time it is asked for. */
  async idFor(key: string, type: string): Promise<string> {
    const held = await this.db
      .selectFrom('stix_ids')
      .select('stix_id')
      .where('key', '=', key)
      .executeTakeFirst();
    if (held) return held.stix_id;
    const id = `${type}--${randomUUID()}`;
    await this.db
      .insertInto('stix_ids')
      .values({ key, stix_id: id })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const stored = await this.db
      .selectFrom('stix_ids')
      .select('stix_id')
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    return stored.stix_id;
  }

  /** The STIX id that stands for `key`, if one was made. */
  async knownId(key: string): Promise<string | undefined> {
    const held = await this.db
      .selectFrom('stix_ids')
      .select('stix_id')
      .where('key', '=', key)
      .executeTakeFirst();
    return held?.stix_id;
  }

  /** Links `key` to an existing id (another name for the same object). */
  async alias(key: string, id: string): Promise<void> {
    await this.db
      .insertInto('stix_ids')
      .values({ key, stix_id: id })
      .onConflict((oc) => oc.column('key').doUpdateSet({ stix_id: id }))
      .execute();
  }

  /** Forgets what `key` stood for: the next `idFor` makes a new object (after a revocation). */
  async forget(key: string): Promise<void> {
    await this.db.deleteFrom('stix_ids').where('key', '=', key).execute();
  }
}

/** The condition one `match[version]` value puts on stored versions ('all' is no condition and never reaches here). */
function versionIs(eb: ExpressionBuilder<Database, 'stix_objects'>, v: VersionMatch) {
  if (v === 'last') return eb('latest', '=', 1);
  if (v === 'first') return eb('first', '=', 1);
  return eb('version_key', '=', typeof v === 'string' ? '' : (readTimestamp(v.at)?.key ?? ''));
}

function versionOf(object: StixObject, dateAdded: number): string {
  if (typeof object.modified === 'string') return object.modified;
  if (typeof object.created === 'string') return object.created;
  return stixTimestamp(dateAdded);
}

/** Marks the first and the latest version of an object after a change. */
async function markEnds(trx: Transaction<Database>, collectionId: string, objectId: string): Promise<void> {
  const ends = await trx
    .selectFrom('stix_objects')
    .select((eb) => [eb.fn.min('version_key').as('first'), eb.fn.max('version_key').as('last')])
    .where('collection_id', '=', collectionId)
    .where('object_id', '=', objectId)
    .executeTakeFirst();
  const of = trx
    .updateTable('stix_objects')
    .where('collection_id', '=', collectionId)
    .where('object_id', '=', objectId);
  await of.set({ latest: 0, first: 0 }).execute();
  if (ends?.first == null || ends.last == null) return;
  await of.set({ first: 1 }).where('version_key', '=', ends.first).execute();
  await of.set({ latest: 1 }).where('version_key', '=', ends.last).execute();
}

function toStored(row: Selectable<StixObjectsTable>): StoredStixObject {
  return {
    collectionId: row.collection_id,
    object: JSON.parse(row.object) as StixObject,
    version: row.version,
    specVersion: row.spec_version,
    dateAdded: Number(row.date_added),
    tlp: row.tlp as TlpLevel,
  };
}

async function creatorIn(
  db: Kysely<Database> | Transaction<Database>,
  collectionId: string,
  objectId: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('stix_objects')
    .select('writer')
    .where('collection_id', '=', collectionId)
    .where('object_id', '=', objectId)
    .orderBy('date_added')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : row.writer;
}
