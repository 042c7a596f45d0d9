// The STIX objects of our TAXII collections, every version kept, each stamped with a date_added that
// strictly increases within its collection (TAXII pages by it), and each object's writer (the TAXII
// account that created it, or none for what we publish), who alone may add versions; plus the stable id
// behind each thing we publish, so that publishing it again makes a new version rather than a new object.

import { randomUUID } from 'node:crypto';
import {
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type Selectable,
  sql,
  type Transaction,
} from 'kysely';
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

/** Objects, ids or keys per multi-row statement, well under every driver's parameter limit. */
const OBJECT_CHUNK = 200;

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
  add(collectionId: string, objects: StixObject[], writer: string | null = null): Promise<AddResult[]> {
    return this.inTransaction((within) => within.addAll(collectionId, objects, writer));
  }

  /** Runs `work` in one transaction, on a repository bound to it. */
  inTransaction<T>(work: (within: StixObjectRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new StixObjectRepository(trx, this.now)));
  }

  /**
   * `add` without a transaction of its own (run it on a repository from `inTransaction`): the same checks
   * and results as adding the objects one by one (creator, a version held already, date_added strictly
   * increasing, first and latest marked), in a few statements per OBJECT_CHUNK objects.
   */
  async addAll(
    collectionId: string,
    objects: StixObject[],
    writer: string | null = null,
  ): Promise<AddResult[]> {
    if (objects.length === 0) return [];
    const last = await this.db
      .selectFrom('stix_objects')
      .select((eb) => eb.fn.max('date_added').as('last'))
      .where('collection_id', '=', collectionId)
      .executeTakeFirst();
    let dateAdded = Number(last?.last ?? 0);
    const objectIds = [...new Set(objects.map((o) => o.id))];
    const creators = await this.creatorsOf(collectionId, objectIds);
    const held = await this.heldVersions(collectionId, objects);
    const results: AddResult[] = [];
    const rows: Insertable<StixObjectsTable>[] = [];
    for (const object of objects) {
      const candidate = Math.max(this.now(), dateAdded + 1);
      const version = versionOf(object, candidate);
      const versionKey = readTimestamp(version)?.key ?? version;
      const creator = creators.get(object.id);
      if (creator !== undefined && creator !== writer) {
        const name = writerName(creator);
        results.push({
          object,
          added: false,
          refused: `${object.id} was created by ${name}: only its creator (${name}) may add versions of it`,
        });
        continue;
      }
      if (held.has(heldKey(object.id, versionKey))) {
        results.push({ object, added: false });
        continue;
      }
      rows.push({
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
      });
      creators.set(object.id, writer);
      held.add(heldKey(object.id, versionKey));
      dateAdded = candidate;
      results.push({ object, added: true, dateAdded });
    }
    for (const chunk of chunks(rows)) await this.db.insertInto('stix_objects').values(chunk).execute();
    await markEnds(this.db, collectionId, [...new Set(rows.map((r) => r.object_id))]);
    return results;
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
    return (await this.latestAll(collectionId, [objectId])).get(objectId);
  }

  /** The latest version of each object held, by id: one statement per OBJECT_CHUNK ids. */
  async latestAll(
    collectionId: string,
    objectIds: readonly string[],
  ): Promise<Map<string, StoredStixObject>> {
    const latest = new Map<string, StoredStixObject>();
    for (const chunk of chunks(objectIds)) {
      const rows = await this.db
        .selectFrom('stix_objects')
        .selectAll()
        .where('collection_id', '=', collectionId)
        .where('object_id', 'in', chunk)
        .where('latest', '=', 1)
        .execute();
      for (const row of rows) latest.set(row.object_id, toStored(row));
    }
    return latest;
  }

  /** The TAXII account that created the object (null: this server); undefined when it is not held. */
  async creatorOf(collectionId: string, objectId: string): Promise<string | null | undefined> {
    return (await this.creatorsOf(collectionId, [objectId])).get(objectId);
  }

  /** Who wrote the earliest added version of each object held (null: this server), by id. */
  private async creatorsOf(
    collectionId: string,
    objectIds: readonly string[],
  ): Promise<Map<string, string | null>> {
    const creators = new Map<string, string | null>();
    for (const chunk of chunks(objectIds)) {
      const rows = await this.db
        .selectFrom('stix_objects as s')
        .select(['s.object_id', 's.writer'])
        .where('s.collection_id', '=', collectionId)
        .where('s.object_id', 'in', chunk)
        .where(
          's.date_added',
          '=',
          sql<number>`(select min(e.date_added) from stix_objects e where e.collection_id = s.collection_id and e.object_id = s.object_id)`,
        )
        .execute();
      for (const row of rows) creators.set(row.object_id, row.writer);
    }
    return creators;
  }

  /** Which of the objects' versions are held already, as heldKey(id, version_key). */
  private async heldVersions(collectionId: string, objects: readonly StixObject[]): Promise<Set<string>> {
    const held = new Set<string>();
    for (const chunk of chunks(objects)) {
      // An object without created or modified is versioned by its date_added, which no version held has.
      const keys = chunk.map((o) => readTimestamp(versionOf(o, 0))?.key ?? versionOf(o, 0));
      const rows = await this.db
        .selectFrom('stix_objects')
        .select(['object_id', 'version_key'])
        .where('collection_id', '=', collectionId)
        .where('object_id', 'in', [...new Set(chunk.map((o) => o.id))])
        .where('version_key', 'in', [...new Set(keys)])
        .execute();
      for (const row of rows) held.add(heldKey(row.object_id, row.version_key));
    }
    return held;
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
      await markEnds(trx, collectionId, [objectId]);
      return Number(result.numDeletedRows);
    });
  }

  /** The STIX id that stands for `key`, made (`type--UUIDv4`) the first time it is asked for. */
  async idFor(key: string, type: string): Promise<string> {
    return (await this.knownId(key)) ?? (await this.makeIds([key], type)).get(key) ?? '';
  }

  /**
   * Makes an id (`type--UUIDv4`) for each key that has none; returns the id each key stands for then (one
   * made at the same time by another writer wins).
   */
  makeIds(keys: readonly string[], type: string): Promise<Map<string, string>> {
    return this.claimIds(new Map(keys.map((key) => [key, `${type}--${randomUUID()}`])));
  }

  /**
   * Gives each key the id proposed for it unless it has one already; returns the id each key stands for
   * then. One insert and one select per OBJECT_CHUNK keys.
   */
  async claimIds(proposed: ReadonlyMap<string, string>): Promise<Map<string, string>> {
    for (const chunk of chunks([...proposed])) {
      await this.db
        .insertInto('stix_ids')
        .values(chunk.map(([key, id]) => ({ key, stix_id: id })))
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    }
    return this.knownIds([...proposed.keys()]);
  }

  /** The STIX id that stands for `key`, if one was made. */
  async knownId(key: string): Promise<string | undefined> {
    return (await this.knownIds([key])).get(key);
  }

  /** The STIX ids that the keys stand for, of those that have one: one select per OBJECT_CHUNK keys. */
  async knownIds(keys: readonly string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const chunk of chunks(keys)) {
      const rows = await this.db.selectFrom('stix_ids').selectAll().where('key', 'in', chunk).execute();
      for (const row of rows) ids.set(row.key, row.stix_id);
    }
    return ids;
  }

  /** Links `key` to an existing id (another name for the same object). */
  async alias(key: string, id: string): Promise<void> {
    await this.setIds(new Map([[key, id]]));
  }

  /** `alias` for many keys: one upsert per OBJECT_CHUNK of them. */
  async setIds(ids: ReadonlyMap<string, string>): Promise<void> {
    for (const chunk of chunks([...ids])) {
      await this.db
        .insertInto('stix_ids')
        .values(chunk.map(([key, id]) => ({ key, stix_id: id })))
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ stix_id: eb.ref('excluded.stix_id') })))
        .execute();
    }
  }

  /** Forgets what `key` stood for: the next `idFor` makes a new object (after a revocation). */
  async forget(key: string): Promise<void> {
    await this.forgetAll([key]);
  }

  /** `forget` for many keys: one statement per OBJECT_CHUNK of them. */
  async forgetAll(keys: readonly string[]): Promise<void> {
    for (const chunk of chunks(keys))
      await this.db.deleteFrom('stix_ids').where('key', 'in', chunk).execute();
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

/**
 * Marks the first and the latest version of each object after a change, and unmarks the others: one
 * update per OBJECT_CHUNK objects.
 */
async function markEnds(
  db: Kysely<Database> | Transaction<Database>,
  collectionId: string,
  objectIds: readonly string[],
): Promise<void> {
  const end = (fn: 'min' | 'max') =>
    sql<number>`case when version_key = (select ${sql.raw(fn)}(e.version_key) from stix_objects e where e.collection_id = stix_objects.collection_id and e.object_id = stix_objects.object_id) then 1 else 0 end`;
  for (const chunk of chunks(objectIds)) {
    await db
      .updateTable('stix_objects')
      .set({ first: end('min'), latest: end('max') })
      .where('collection_id', '=', collectionId)
      .where('object_id', 'in', chunk)
      .execute();
  }
}

/** `items` in runs of OBJECT_CHUNK. */
function chunks<T>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += OBJECT_CHUNK) runs.push(items.slice(i, i + OBJECT_CHUNK));
  return runs;
}

function heldKey(objectId: string, versionKey: string): string {
  return `${objectId} ${versionKey}`;
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
