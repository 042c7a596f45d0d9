// Publications worked out in memory over what the store held when they began (the ids of the keys read,
// the latest versions of their objects), as `Publisher` would make them one by one, then written in the
// caller's transaction: the new versions with addAll, then the ids made (claimed, none given meanwhile by
// another writer), moved or forgotten, a few multi-row statements per 200 of each.

import { randomUUID } from 'node:crypto';
import type { StixObjectRepository } from '../store/index.js';
import { type HeldVersion, nextVersion } from './publisher-versions.js';
import type { StixObject, Version } from './stix/objects.js';

export interface PlanContext {
  collectionId: string;
  now: () => number;
  /** Ids of objects whose content never changes, once published, by key. */
  settled: ReadonlyMap<string, string>;
}

/** Another writer made an id for one of the plan's new keys meanwhile: read again and start over. */
export class IdTaken extends Error {}

export class PublishPlan {
  /** Objects published once by the plan, by key, to remember once it is written. */
  readonly settled = new Map<string, string>();
  private readonly ids: Map<string, string>;
  private readonly added: StixObject[] = [];
  private readonly aliases = new Map<string, string>();

  private constructor(
    private readonly ctx: PlanContext,
    /** The ids the keys read stood for when the plan began. */
    private readonly held: ReadonlyMap<string, string>,
    private readonly latest: Map<string, HeldVersion>,
  ) {
    this.ids = new Map(held);
  }

  /**
   * Reads the ids of `keys`, then of the keys `dependent` names from those, and the latest versions of
   * the objects they stand for.
   */
  static async read(
    objects: StixObjectRepository,
    ctx: PlanContext,
    keys: Iterable<string>,
    dependent: (held: ReadonlyMap<string, string>) => Iterable<string> = () => [],
  ): Promise<PublishPlan> {
    const held = await objects.knownIds([...new Set(keys)]);
    for (const [key, id] of await objects.knownIds([...new Set(dependent(held))])) held.set(key, id);
    const latest = await objects.latestAll(ctx.collectionId, [...new Set(held.values())]);
    return new PublishPlan(ctx, held, latest);
  }

  /** The id `key` stands for now, if any. */
  idOf(key: string): string | undefined {
    return this.ids.get(key);
  }

  /** Links `key` to `id` (another name for the same object). */
  alias(key: string, id: string): void {
    this.aliases.set(key, id);
  }

  /** Forgets what `key` stood for: publishing it again makes a new object. */
  forget(key: string): void {
    this.ids.delete(key);
  }

  /** `publish` for objects whose content never changes: once known, nothing more. */
  publishOnce(key: string, type: string, build: (version: Version) => StixObject): string {
    const known = this.ctx.settled.get(key) ?? this.settled.get(key);
    if (known !== undefined) return known;
    const id = this.publish(key, type, build);
    this.settled.set(key, id);
    return id;
  }

  /** The object `key` stands for: new, a new version when its content changed, or nothing. Its id. */
  publish(key: string, type: string, build: (version: Version) => StixObject): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `${type}--${randomUUID()}`;
      this.ids.set(key, id);
    }
    const object = nextVersion(id, this.latest.get(id), this.ctx.now(), build);
    if (object !== undefined) {
      this.added.push(object);
      this.latest.set(id, { object, version: String(object.modified) });
    }
    return id;
  }

  /** The objects, then the ids: new keys claimed (none taken by another writer meanwhile), the rest set. */
  async write(objects: StixObjectRepository): Promise<void> {
    await objects.addAll(this.ctx.collectionId, this.added);
    const claimed = new Map<string, string>();
    const forgotten: string[] = [];
    const moved = new Map(this.aliases);
    for (const key of this.held.keys()) if (!this.ids.has(key)) forgotten.push(key);
    for (const [key, id] of this.ids) {
      if (!this.held.has(key)) claimed.set(key, id);
      else if (this.held.get(key) !== id) moved.set(key, id);
    }
    await objects.forgetAll(forgotten);
    const stored = await objects.claimIds(claimed);
    for (const [key, id] of claimed)
      if (stored.get(key) !== id) throw new IdTaken(`${key} was given an id meanwhile`);
    await objects.setIds(moved);
  }
}
