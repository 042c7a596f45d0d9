// Tests for named secrets: created once, then the same value for every caller and after a restart; sealed
// with the store key, so a copy of the database alone does not give them away (a challenge key could
// forge passes).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { Store } from './store.js';

let handle: TestStore;
let store: Store;

beforeEach(async () => {
  handle = await openTestStore();
  store = handle.store;
});

afterEach(async () => {
  await handle.dispose();
});

describe('SecretRepository', () => {
  it('creates a secret once and returns it ever after', async () => {
    let made = 0;
    const create = () => `key-${++made}`;
    expect(await store.secrets.getOrCreate('challenge-key', create)).toBe('key-1');
    expect(await store.secrets.getOrCreate('challenge-key', create)).toBe('key-1');
    expect(made).toBe(1);
    expect(await store.secrets.getOrCreate('other', create)).toBe('key-2');
  });

  it('gives two stores on one database the same secret', async () => {
    const other = await handle.openAnother();
    try {
      const [a, b] = await Promise.all([
        store.secrets.getOrCreate('challenge-key', () => 'from-a'),
        other.secrets.getOrCreate('challenge-key', () => 'from-b'),
      ]);
      expect(a).toBe(b);
    } finally {
      await other.close();
    }
  });

  it('refuses an empty secret', async () => {
    await expect(store.secrets.getOrCreate('empty', () => '')).rejects.toThrow(/non-empty/);
  });

  it('keeps the value sealed in the database, and seals one stored in clear', async () => {
    const key = await store.secrets.getOrCreate('challenge-hmac', () => 'a-challenge-secret');
    const raw = async (name: string) =>
      (
        await handle.store.db
          .selectFrom('secrets')
          .select('value')
          .where('name', '=', name)
          .executeTakeFirst()
      )?.value;
    expect(key).toBe('a-challenge-secret');
    expect(await raw('challenge-hmac')).toMatch(/^v1:/);
    expect(await raw('challenge-hmac')).not.toContain('a-challenge-secret');

    await store.db
      .insertInto('secrets')
      .values({ name: 'older', value: 'stored-in-clear', created_at: 1 })
      .execute();
    const reopened = await handle.reopen();
    expect(await raw('older')).toMatch(/^v1:/);
    expect(await reopened.secrets.get('older')).toBe('stored-in-clear');
  });

  it.skipIf(Boolean(process.env.BREAKWATER_TEST_DATABASE))(
    'does not open without the store key',
    async () => {
      await store.secrets.getOrCreate('challenge-hmac', () => 'a-challenge-secret');
      await store.close();
      await rm(join(handle.dataDir, 'store.key'));
      await expect(handle.reopen()).rejects.toThrow(/no store key/);
    },
  );
});
