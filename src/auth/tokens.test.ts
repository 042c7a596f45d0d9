// Tests of API tokens against a real store: minting, hashing, storage of the hash only, and role order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { Store } from '../store/index.js';
import { createToken, hashToken, looksLikeToken, roleAtLeast } from './tokens.js';

let handle: TestStore;
let store: Store;
const now = () => 1_700_000_000_000;

beforeEach(async () => {
  handle = await openTestStore({ now });
  store = handle.store;
});

afterEach(async () => {
  await handle.dispose();
});

describe('createToken', () => {
  it('returns a bwt_ token once and stores only its SHA-256 hash', async () => {
    const { token, record } = await createToken({ store, role: 'responder', name: 'oncall', now });
    expect(token).toMatch(/^bwt_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeToken(token)).toBe(true);
    expect(record.hash).toBe(hashToken(token));
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(record).toMatchObject({ name: 'oncall', role: 'responder', createdAt: now(), expiresAt: null });

    const stored = await store.tokens.findByHash(hashToken(token));
    expect(stored).toMatchObject({ id: record.id, role: 'responder' });
    const everything = JSON.stringify(await store.tokens.list());
    expect(everything).not.toContain(token.slice(4));
  });

  it('sets the expiry from ttlSeconds and names an unnamed token by its role', async () => {
    const { record } = await createToken({ store, role: 'viewer', ttlSeconds: 90, now });
    expect(record.expiresAt).toBe(now() + 90_000);
    expect(record.name).toBe('viewer token');
  });

  it('uses the injected randomness', async () => {
    const { token } = await createToken({
      store,
      role: 'admin',
      now,
      randomBytes: (n) => Buffer.alloc(n, 0xff),
    });
    expect(token).toBe(`bwt_${Buffer.alloc(32, 0xff).toString('base64url')}`);
  });

  it('makes a different token each time', async () => {
    const a = await createToken({ store, role: 'viewer', now });
    const b = await createToken({ store, role: 'viewer', now });
    expect(a.token).not.toBe(b.token);
    expect(a.record.id).not.toBe(b.record.id);
  });

  it('refuses an unknown role and a ttl that is not positive', async () => {
    await expect(createToken({ store, role: 'root' as 'admin', now })).rejects.toThrow(/role must be one of/);
    await expect(createToken({ store, role: 'viewer', ttlSeconds: 0, now })).rejects.toThrow(/ttlSeconds/);
    expect(await store.tokens.list()).toHaveLength(0);
  });
});

describe('roleAtLeast', () => {
  it('orders viewer < responder < admin', () => {
    expect(roleAtLeast('admin', 'responder')).toBe(true);
    expect(roleAtLeast('responder', 'responder')).toBe(true);
    expect(roleAtLeast('responder', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'responder')).toBe(false);
    expect(roleAtLeast('viewer', 'viewer')).toBe(true);
  });
});

describe('hashToken', () => {
  it('is the SHA-256 hex digest', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
