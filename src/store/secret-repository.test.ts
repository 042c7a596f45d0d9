// Tests for named secrets: created once, then the same value for every caller and after a restart.
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
});
