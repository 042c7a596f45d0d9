// The STIX object store: date_added strictly increasing per collection whatever the clock does, every
// version kept with the first and latest marked, duplicates not added twice, stable ids per key.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { StixObject } from '../intel/stix/objects.js';
import { TLP_LEVELS, TLP_MARKING_IDS } from '../intel/stix/tlp.js';

const COLLECTION = '4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4';
const OTHER = '2a7d9c1e-5b3f-4e6a-8d2c-9f1e0a3b4c5d';
const ID = 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f';

function version(modified: string, tlp: keyof typeof TLP_MARKING_IDS = 'green'): StixObject {
  return {
    type: 'indicator',
    spec_version: '2.1',
    id: ID,
    created: '2026-01-01T00:00:00.000Z',
    modified,
    pattern: "[ipv4-addr:value = '198.51.100.1']",
    pattern_type: 'stix',
    valid_from: '2026-01-01T00:00:00.000Z',
    object_marking_refs: [TLP_MARKING_IDS[tlp]],
  };
}

describe('StixObjectRepository', () => {
  let handle: TestStore;
  let clock: number;
  beforeEach(async () => {
    clock = 5_000;
    handle = await openTestStore({ now: () => clock });
  });
  afterEach(async () => {
    await handle.dispose();
  });

  const everything = (collectionId = COLLECTION) =>
    handle.store.stixObjects.query({ collectionId, versions: ['all'], tlp: TLP_LEVELS, limit: 1000 });

  it('stamps date_added strictly increasing per collection, even when the clock stands still or goes back', async () => {
    const objects = handle.store.stixObjects;
    await objects.add(COLLECTION, [version('2026-01-01T00:00:01.000Z'), version('2026-01-01T00:00:02.000Z')]);
    clock = 1_000;
    await objects.add(COLLECTION, [version('2026-01-01T00:00:03.000Z')]);
    await objects.add(OTHER, [version('2026-01-01T00:00:03.000Z')]);
    const added = (await everything()).objects.map((o) => o.dateAdded);
    expect(added).toEqual([5_000, 5_001, 5_002]);
    expect((await everything(OTHER)).objects.map((o) => o.dateAdded)).toEqual([1_000]);
  });

  it('keeps every version, marks the first and the latest, and adds a held version only once', async () => {
    const objects = handle.store.stixObjects;
    await objects.add(COLLECTION, [version('2026-01-01T00:00:02.000Z')]);
    const results = await objects.add(COLLECTION, [
      version('2026-01-01T00:00:01.5Z'),
      version('2026-01-01T00:00:02.000Z'),
    ]);
    expect(results.map((r) => r.added)).toEqual([true, false]);
    const query = (versions: ('first' | 'last')[]) =>
      objects.query({ collectionId: COLLECTION, versions, tlp: TLP_LEVELS, limit: 10 });
    expect((await query(['last'])).objects.map((o) => o.version)).toEqual(['2026-01-01T00:00:02.000Z']);
    expect((await query(['first'])).objects.map((o) => o.version)).toEqual(['2026-01-01T00:00:01.5Z']);
    expect((await objects.latest(COLLECTION, ID))?.version).toBe('2026-01-01T00:00:02.000Z');

    expect(await objects.remove(COLLECTION, ID, { versions: ['last'], tlp: TLP_LEVELS })).toBe(1);
    expect((await query(['last'])).objects.map((o) => o.version)).toEqual(['2026-01-01T00:00:01.5Z']);
    expect(await objects.remove(COLLECTION, ID, { tlp: ['amber'] })).toBe(0);
    expect(await objects.remove(COLLECTION, ID, { tlp: TLP_LEVELS })).toBe(1);
    expect((await everything()).objects).toEqual([]);
  });

  it('returns only the TLP levels asked for, and pages with more', async () => {
    const objects = handle.store.stixObjects;
    await objects.add(COLLECTION, [
      version('2026-01-01T00:00:01.000Z', 'green'),
      version('2026-01-01T00:00:02.000Z', 'red'),
      version('2026-01-01T00:00:03.000Z', 'amber'),
    ]);
    const page = await objects.query({
      collectionId: COLLECTION,
      versions: ['all'],
      tlp: ['clear', 'green'],
      limit: 5,
    });
    expect(page.objects.map((o) => o.tlp)).toEqual(['green']);
    const first = await objects.query({
      collectionId: COLLECTION,
      versions: ['all'],
      tlp: TLP_LEVELS,
      limit: 2,
    });
    expect(first.more).toBe(true);
    const rest = await objects.query({
      collectionId: COLLECTION,
      versions: ['all'],
      tlp: TLP_LEVELS,
      limit: 2,
      addedAfter: first.objects[1].dateAdded,
    });
    expect(rest).toMatchObject({ more: false, objects: [{ tlp: 'amber' }] });
  });

  it('gives one stable id per key until the key is forgotten', async () => {
    const objects = handle.store.stixObjects;
    const id = await objects.idFor('indicator:ip:198.51.100.1', 'indicator');
    expect(id).toMatch(/^indicator--[0-9a-f-]{36}$/);
    expect(await objects.idFor('indicator:ip:198.51.100.1', 'indicator')).toBe(id);
    await objects.alias('decision:dec_a', id);
    expect(await objects.knownId('decision:dec_a')).toBe(id);
    await objects.forget('indicator:ip:198.51.100.1');
    expect(await objects.idFor('indicator:ip:198.51.100.1', 'indicator')).not.toBe(id);
  });
});
