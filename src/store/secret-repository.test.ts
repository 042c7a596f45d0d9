// Tests for named secrets: created once, then the same value for every caller and after a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from './store.js';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'breakwater-secrets-'));
  store = await openStore({ dataDir: dir });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
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

  it('gives two stores on one file the same secret', async () => {
    const other = await openStore({ dataDir: dir });
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
