// Peers whose TAXII collections we pull, their checkpoints, and the record of each pull. The password we
// present to a peer is sealed with the store key; one an older version stored in clear is sealed at open.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import { isSealed } from './sealed.js';
import type { Sealer } from './sealer.js';
import type { IntelPeersTable, IntelPullsTable } from './tables/intel-feeds.js';

export interface FeedPeer {
  name: string;
  /** TAXII 2.1 API root URL, ending with '/'. */
  apiRoot: string;
  collectionId: string;
  /** Basic credentials presented to the peer's server; null for none. */
  username: string | null;
  password: string | null;
  /** 0 to 100. */
  trust: number;
  enabled: boolean;
  /** `added_after` for the next pull; null pulls everything. */
  checkpoint: string | null;
  createdAt: number;
  lastPullAt: number | null;
  /** Why the last pull failed; null when it succeeded (or none ran yet). */
  lastError: string | null;
}

export type NewFeedPeer = Omit<FeedPeer, 'checkpoint' | 'createdAt' | 'lastPullAt' | 'lastError'>;

/** Counts of one pull: objects read and what became of the indicators among them. */
export interface PullCounts {
  pages: number;
  objects: number;
  /** Indicator versions imported (new or newer). */
  imported: number;
  /** Indicators already held at this version or a newer one. */
  duplicates: number;
  revoked: number;
  /** Indicators whose pattern Breakwater cannot act on. */
  unsupported: number;
  /** Objects that are not valid STIX 2.1. */
  invalid: number;
}

export interface FeedPull extends PullCounts {
  id: string;
  peer: string;
  startedAt: number;
  finishedAt: number;
  status: 'ok' | 'error';
  error: string | null;
}

/** Pulls kept per peer; older ones are dropped. */
export const PULLS_KEPT_PER_PEER = 100;

export class IntelFeedRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly sealer: Sealer,
  ) {}

  /** The same repository over `db`, such as a transaction. */
  within(db: Kysely<Database>): IntelFeedRepository {
    return new IntelFeedRepository(db, this.now, this.sealer);
  }

  /** False when a peer has this name already. */
  async addPeer(peer: NewFeedPeer): Promise<boolean> {
    if ((await this.getPeer(peer.name)) !== undefined) return false;
    await this.db
      .insertInto('intel_peers')
      .values({
        name: peer.name,
        api_root: peer.apiRoot,
        collection_id: peer.collectionId,
        username: peer.username,
        password:
          peer.password === null ? null : await this.sealer.seal('intel_peers.password', peer.password),
        trust: peer.trust,
        enabled: peer.enabled ? 1 : 0,
        checkpoint: null,
        created_at: this.now(),
        last_pull_at: null,
        last_error: null,
      })
      .execute();
    return true;
  }

  async listPeers(): Promise<FeedPeer[]> {
    const rows = await this.db.selectFrom('intel_peers').selectAll().orderBy('name').execute();
    return Promise.all(rows.map((row) => this.toPeer(row)));
  }

  async getPeer(name: string): Promise<FeedPeer | undefined> {
    const row = await this.db
      .selectFrom('intel_peers')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row === undefined ? undefined : this.toPeer(row);
  }

  /** Removes the peer and its pulls; false when there was no such peer. */
  async removePeer(name: string): Promise<boolean> {
    await this.db.deleteFrom('intel_pulls').where('peer', '=', name).execute();
    const result = await this.db.deleteFrom('intel_peers').where('name', '=', name).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async setCheckpoint(name: string, checkpoint: string): Promise<void> {
    await this.db.updateTable('intel_peers').set({ checkpoint }).where('name', '=', name).execute();
  }

  /** Keeps the pull, notes it on its peer, and drops the peer's oldest pulls beyond the kept number. */
  async recordPull(pull: FeedPull): Promise<void> {
    await this.db
      .insertInto('intel_pulls')
      .values({
        id: pull.id,
        peer: pull.peer,
        started_at: pull.startedAt,
        finished_at: pull.finishedAt,
        status: pull.status,
        pages: pull.pages,
        objects: pull.objects,
        imported: pull.imported,
        duplicates: pull.duplicates,
        revoked: pull.revoked,
        unsupported: pull.unsupported,
        invalid: pull.invalid,
        error: pull.error,
      })
      .execute();
    await this.db
      .updateTable('intel_peers')
      .set({ last_pull_at: pull.finishedAt, last_error: pull.error })
      .where('name', '=', pull.peer)
      .execute();
    const kept = await this.db
      .selectFrom('intel_pulls')
      .select('started_at')
      .where('peer', '=', pull.peer)
      .orderBy('started_at', 'desc')
      .offset(PULLS_KEPT_PER_PEER - 1)
      .limit(1)
      .executeTakeFirst();
    if (kept !== undefined) {
      await this.db
        .deleteFrom('intel_pulls')
        .where('peer', '=', pull.peer)
        .where('started_at', '<', Number(kept.started_at))
        .execute();
    }
  }

  /** The latest pulls, newest first; of one peer when `peer` is given. */
  async listPulls(options: { peer?: string; limit: number }): Promise<FeedPull[]> {
    let query = this.db.selectFrom('intel_pulls').selectAll();
    if (options.peer !== undefined) query = query.where('peer', '=', options.peer);
    const rows = await query.orderBy('started_at', 'desc').orderBy('id').limit(options.limit).execute();
    return rows.map(toPull);
  }

  /** Seals the passwords an older version stored in clear; a value changed meanwhile is left to its writer. */
  async sealClearPasswords(): Promise<void> {
    const rows = await this.db
      .selectFrom('intel_peers')
      .select(['name', 'password'])
      .where('password', 'is not', null)
      .execute();
    for (const { name, password } of rows) {
      if (password === null || isSealed(password)) continue;
      await this.db
        .updateTable('intel_peers')
        .set({ password: await this.sealer.seal('intel_peers.password', password) })
        .where('name', '=', name)
        .where('password', '=', password)
        .execute();
    }
  }

  private async toPeer(row: Selectable<IntelPeersTable>): Promise<FeedPeer> {
    return {
      name: row.name,
      apiRoot: row.api_root,
      collectionId: row.collection_id,
      username: row.username,
      password: await this.sealer.open('intel_peers.password', row.password),
      trust: Number(row.trust),
      enabled: Number(row.enabled) === 1,
      checkpoint: row.checkpoint,
      createdAt: Number(row.created_at),
      lastPullAt: row.last_pull_at === null ? null : Number(row.last_pull_at),
      lastError: row.last_error,
    };
  }
}

function toPull(row: Selectable<IntelPullsTable>): FeedPull {
  return {
    id: row.id,
    peer: row.peer,
    startedAt: Number(row.started_at),
    finishedAt: Number(row.finished_at),
    status: row.status === 'ok' ? 'ok' : 'error',
    pages: Number(row.pages),
    objects: Number(row.objects),
    imported: Number(row.imported),
    duplicates: Number(row.duplicates),
    revoked: Number(row.revoked),
    unsupported: Number(row.unsupported),
    invalid: Number(row.invalid),
    error: row.error,
  };
}
