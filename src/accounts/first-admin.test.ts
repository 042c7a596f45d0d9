// The first admin's setup link: made while no one can sign in, renewed on each start, then no more.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { FIRST_ADMIN_EMAIL, firstAdminSetupUrl } from './first-admin.js';
import { digest } from './secret-token.js';

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.dispose();
});

const tokenOf = (url: string) => url.split('#token=')[1];

describe('first admin', () => {
  it('is added on an empty store, with a setup link for the console', async () => {
    const url = await firstAdminSetupUrl(t.store, 'http://127.0.0.1:9400', Date.now());
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:9400\/setup#token=[\w-]{43}$/);
    const admin = await t.store.users.findByEmail(FIRST_ADMIN_EMAIL);
    expect(admin).toMatchObject({
      role: 'admin',
      hasPassword: false,
      setupHash: digest(tokenOf(url as string)),
    });
  });

  it('gets a new link on the next start, the old one no longer working', async () => {
    const first = (await firstAdminSetupUrl(t.store, 'http://x', Date.now())) as string;
    const second = (await firstAdminSetupUrl(t.store, 'http://x', Date.now())) as string;
    expect(second).not.toBe(first);
    expect(await t.store.users.count()).toBe(1);
    expect(await t.store.users.findBySetupHash(digest(tokenOf(first)))).toBeUndefined();
  });

  it('is left alone once someone has a password', async () => {
    const url = (await firstAdminSetupUrl(t.store, 'http://x', Date.now())) as string;
    const admin = await t.store.users.findByEmail(FIRST_ADMIN_EMAIL);
    await t.store.users.completeSetup(admin!.id, digest(tokenOf(url)), '$argon2id$stand-in');
    expect(await firstAdminSetupUrl(t.store, 'http://x', Date.now())).toBeUndefined();
  });
});
