// Inbound TAXII accounts: a secret shown once and stored only as a hash, rights per collection, and
// checks that treat unknown names and wrong secrets alike.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { TaxiiAccountError } from './taxii-account-repository.js';

const COLLECTION = '4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4';

describe('TaxiiAccountRepository', () => {
  let handle: TestStore;
  beforeEach(async () => {
    handle = await openTestStore({ now: () => 1_000 });
  });
  afterEach(async () => {
    await handle.dispose();
  });

  it('creates an account whose secret authenticates it and is stored only as a hash', async () => {
    const accounts = handle.store.taxiiAccounts;
    const { secret } = await accounts.add({
      name: 'peer.example',
      read: [COLLECTION],
      write: [],
      amber: true,
    });
    expect(secret.length).toBeGreaterThanOrEqual(43);
    expect(await accounts.authenticate('peer.example', secret)).toEqual({
      name: 'peer.example',
      read: [COLLECTION],
      write: [],
      amber: true,
      createdAt: 1_000,
    });
    const rows = await handle.store.db.selectFrom('taxii_accounts').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('refuses wrong secrets and unknown names alike', async () => {
    const accounts = handle.store.taxiiAccounts;
    const { secret } = await accounts.add({ name: 'peer', read: [], write: [], amber: false });
    expect(await accounts.authenticate('peer', `${secret}x`)).toBeUndefined();
    expect(await accounts.authenticate('peer', '')).toBeUndefined();
    expect(await accounts.authenticate('nobody', secret)).toBeUndefined();
    expect(await accounts.authenticate("peer' OR 1=1 --", secret)).toBeUndefined();
  });

  it('lists and removes accounts, keeping secrets out of the list', async () => {
    const accounts = handle.store.taxiiAccounts;
    const { secret } = await accounts.add({
      name: 'b-peer',
      read: [COLLECTION],
      write: [COLLECTION],
      amber: false,
    });
    await accounts.add({ name: 'a-peer', read: [COLLECTION], write: [], amber: false });
    expect((await accounts.list()).map((a) => a.name)).toEqual(['a-peer', 'b-peer']);
    expect(JSON.stringify(await accounts.list())).not.toContain(secret);
    expect(await accounts.remove('b-peer')).toBe(true);
    expect(await accounts.remove('b-peer')).toBe(false);
    expect(await accounts.authenticate('b-peer', secret)).toBeUndefined();
  });

  it('refuses duplicate and malformed names with a clear error', async () => {
    const accounts = handle.store.taxiiAccounts;
    await accounts.add({ name: 'peer', read: [], write: [], amber: false });
    await expect(accounts.add({ name: 'peer', read: [], write: [], amber: false })).rejects.toThrow(
      /already exists/,
    );
    for (const name of ['', 'has:colon', 'has space', 'x'.repeat(65)]) {
      await expect(accounts.add({ name, read: [], write: [], amber: false })).rejects.toBeInstanceOf(
        TaxiiAccountError,
      );
    }
  });
});
