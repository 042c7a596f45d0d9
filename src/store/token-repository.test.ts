// Tests for API tokens on disk: lookup by hash, revocation, expiry, last use, and a restart.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import type { Store } from './store.js';
import type { NewToken } from './token-repository.js';

let handle: TestStore;
let store: Store;
let clock = 1_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const admin: NewToken = {
  id: 'tok_admin',
  name: 'ops laptop',
  role: 'admin',
  hash: sha256('bwt_secret_admin'),
  createdAt: 1_000,
  expiresAt: null,
  maker: null,
};

const viewer: NewToken = {
  id: 'tok_viewer',
  name: 'status board',
  role: 'viewer',
  hash: sha256('bwt_secret_viewer'),
  createdAt: 2_000,
  expiresAt: 5_000,
  maker: { kind: 'user', id: 'user-1' },
};

beforeEach(async () => {
  clock = 3_000;
  handle = await openTestStore({ now: () => clock });
  store = handle.store;
});

afterEach(async () => {
  await handle.dispose();
});

describe('TokenRepository', () => {
  it('finds a token by its hash and keeps only the hash', async () => {
    await store.tokens.create(admin);
    expect(await store.tokens.findByHash(admin.hash)).toEqual({
      ...admin,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(await store.tokens.findByHash(sha256('something else'))).toBeUndefined();
    const tables = await store.db.introspection.getTables();
    const columns = tables.find((table) => table.name === 'api_tokens')?.columns ?? [];
    expect(columns.map((c) => c.name)).toContain('hash');
    expect(columns.map((c) => c.name)).not.toContain('token');
  });

  it('does not find a revoked or expired token, but lists them', async () => {
    await store.tokens.create(admin);
    await store.tokens.create(viewer);
    expect(await store.tokens.findByHash(viewer.hash)).toBeDefined();
    clock = 5_000;
    expect(await store.tokens.findByHash(viewer.hash)).toBeUndefined();
    expect(await store.tokens.revoke(admin.id)).toBe(true);
    expect(await store.tokens.revoke(admin.id)).toBe(false);
    expect(await store.tokens.revoke('tok_missing')).toBe(false);
    expect(await store.tokens.findByHash(admin.hash)).toBeUndefined();
    const listed = await store.tokens.list();
    expect(listed.map((t) => [t.id, t.revokedAt])).toEqual([
      ['tok_viewer', null],
      ['tok_admin', 5_000],
    ]);
  });

  it('records the last use and keeps it across a restart', async () => {
    await store.tokens.create(admin);
    await store.tokens.touch(admin.id, 4_242);
    store = await handle.reopen();
    expect((await store.tokens.findByHash(admin.hash))?.lastUsedAt).toBe(4_242);
  });

  it('refuses a duplicate hash and an unknown role', async () => {
    await store.tokens.create(admin);
    await expect(store.tokens.create({ ...admin, id: 'tok_other' })).rejects.toThrow(
      /UNIQUE|unique constraint/,
    );
    await expect(store.tokens.create({ ...viewer, role: 'root' as NewToken['role'] })).rejects.toThrow(
      /role must be one of viewer, responder, admin/,
    );
  });
});
