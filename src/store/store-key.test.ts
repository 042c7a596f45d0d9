// Tests for the store key: BREAKWATER_STORE_KEY first, else store.key in the data directory, made with
// mode 0600 when first needed, and refused when it is open to others or its size is wrong.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KEY_FILE, storeKeySource } from './store-key.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'breakwater-key-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the store key', () => {
  it('is made once, mode 0600, and read back by every process that asks at the same time', async () => {
    const dataDir = join(dir, 'data');
    const source = storeKeySource(dataDir, {});
    expect(await source.read()).toBeUndefined();
    const keys = await Promise.all([source.create(), storeKeySource(dataDir, {}).create(), source.create()]);
    expect(keys[0]).toHaveLength(32);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toEqual(keys[0]);
    expect(await source.read()).toEqual(keys[0]);
    const file = join(dataDir, STORE_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dataDir)).toEqual([STORE_KEY_FILE]);
  });

  it('comes from BREAKWATER_STORE_KEY when it is set, and no file is made', async () => {
    const key = randomBytes(32);
    const source = storeKeySource(dir, { BREAKWATER_STORE_KEY: ` ${key.toString('base64')}\n` });
    expect(source.where).toBe('BREAKWATER_STORE_KEY');
    expect(await source.read()).toEqual(key);
    expect(await source.create()).toEqual(key);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a BREAKWATER_STORE_KEY that is not 32 bytes in base64', () => {
    for (const value of [randomBytes(16).toString('base64'), 'not a key', randomBytes(32).toString('hex')]) {
      expect(() => storeKeySource(dir, { BREAKWATER_STORE_KEY: value })).toThrow(/32 bytes in base64/);
    }
  });

  it('refuses a key file open to others', async () => {
    const file = join(dir, STORE_KEY_FILE);
    await writeFile(file, randomBytes(32), { mode: 0o600 });
    await chmod(file, 0o644);
    await expect(storeKeySource(dir, {}).read()).rejects.toThrow(
      /is open to others than its owner \(mode 644\): chmod 600/,
    );
  });

  it('refuses a key file of the wrong size', async () => {
    await writeFile(join(dir, STORE_KEY_FILE), randomBytes(31), { mode: 0o600 });
    await expect(storeKeySource(dir, {}).read()).rejects.toThrow(/holds 31 bytes instead of 32/);
  });
});
