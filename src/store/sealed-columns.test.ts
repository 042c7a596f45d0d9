// Tests for sealed columns in the store: TOTP secrets and peers' passwords are sealed in the database and
// read back in clear, values an older version stored in clear are sealed at open, and a store opened with
// a missing or wrong key, or holding an altered value, fails with a message that says what to do.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/store.js';
import { isSealed } from './sealed.js';
import { openStore, type Store } from './store.js';
import { StoreError } from './store-error.js';
import { STORE_KEY_FILE } from './store-key.js';

const TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const PENDING = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';

let handle: TestStore;
let store: Store;
const others: Store[] = [];

beforeEach(async () => {
  handle = await openTestStore();
  store = handle.store;
  await store.users.create({
    id: 'u1',
    email: 'a@example.test',
    role: 'admin',
    setupHash: 'h',
    setupExpiresAt: 1,
  });
});

afterEach(async () => {
  for (const other of others.splice(0)) await other.close();
  await handle.dispose();
});

interface RawUser {
  totp_secret: string | null;
  totp_pending_secret: string | null;
}

const rawUser = async (): Promise<RawUser> =>
  (await sql<RawUser>`select totp_secret, totp_pending_secret from users where id = 'u1'`.execute(store.db))
    .rows[0];

const rawPassword = async (): Promise<string | null> =>
  (
    await sql<{ password: string | null }>`select password from intel_peers where name = 'cert'`.execute(
      store.db,
    )
  ).rows[0].password;

/** Opens the test store's data as another process would, with `env` for BREAKWATER_STORE_KEY. */
async function openWith(env: NodeJS.ProcessEnv): Promise<Store> {
  const other = await openStore({ dataDir: handle.dataDir, database: handle.database, env });
  others.push(other);
  return other;
}

async function enrol(): Promise<void> {
  await store.users.setPendingTotp('u1', TOTP);
  await store.users.confirmTotp('u1', TOTP, 7);
}

const peer = {
  name: 'cert',
  apiRoot: 'https://taxii.example/api/',
  collectionId: 'c1',
  username: 'breakwater',
  password: 'peer password',
  trust: 80,
  enabled: true,
};

describe('sealed columns', () => {
  it('keeps TOTP secrets sealed in the database and gives them back in clear', async () => {
    await store.users.setPendingTotp('u1', PENDING);
    const pending = await rawUser();
    expect(isSealed(pending.totp_pending_secret ?? '')).toBe(true);
    expect(pending.totp_pending_secret).not.toContain(PENDING);
    expect((await store.users.find('u1'))?.totpPendingSecret).toBe(PENDING);

    await store.users.confirmTotp('u1', PENDING, 7);
    const confirmed = await rawUser();
    expect(isSealed(confirmed.totp_secret ?? '')).toBe(true);
    expect(confirmed.totp_secret).not.toContain(PENDING);
    expect(confirmed.totp_pending_secret).toBeNull();
    const user = await store.users.findByEmail('a@example.test');
    expect(user).toMatchObject({ totp: true, totpSecret: PENDING, totpPendingSecret: null });
  });

  it("keeps a peer's password sealed in the database and gives it back in clear", async () => {
    await store.intelFeeds.addPeer(peer);
    expect(isSealed((await rawPassword()) ?? '')).toBe(true);
    expect(await rawPassword()).not.toContain(peer.password);
    expect((await store.intelFeeds.getPeer('cert'))?.password).toBe(peer.password);
    expect((await store.intelFeeds.listPeers())[0].password).toBe(peer.password);
    await store.intelFeeds.addPeer({ ...peer, name: 'open', username: null, password: null });
    expect((await store.intelFeeds.getPeer('open'))?.password).toBeNull();
  });

  it('seals at open what an older version stored in clear', async () => {
    await store.intelFeeds.addPeer({ ...peer, password: null });
    await sql`update users set totp_secret = ${TOTP}, totp_pending_secret = ${PENDING} where id = 'u1'`.execute(
      store.db,
    );
    await sql`update intel_peers set password = ${peer.password} where name = 'cert'`.execute(store.db);
    // Read before the upgrade: a clear value is taken as it is.
    expect((await store.users.find('u1'))?.totpSecret).toBe(TOTP);

    store = await handle.reopen();
    const raw = await rawUser();
    expect(isSealed(raw.totp_secret ?? '')).toBe(true);
    expect(isSealed(raw.totp_pending_secret ?? '')).toBe(true);
    expect(isSealed((await rawPassword()) ?? '')).toBe(true);
    expect(await store.users.find('u1')).toMatchObject({ totpSecret: TOTP, totpPendingSecret: PENDING });
    expect((await store.intelFeeds.getPeer('cert'))?.password).toBe(peer.password);
  });

  it('makes the key with the first sealed secret, and a store opened before then finds it', async () => {
    // PostgreSQL stores, too, keep their key in the data directory unless BREAKWATER_STORE_KEY is set.
    const keyFile = join(handle.dataDir, STORE_KEY_FILE);
    const other = await openWith({});
    expect(await other.users.find('u1')).toMatchObject({ totpSecret: null });
    expect(existsSync(keyFile)).toBe(false);
    await enrol();
    expect(existsSync(keyFile)).toBe(true);
    expect((await other.users.find('u1'))?.totpSecret).toBe(TOTP);
  });

  it('refuses to open with a wrong or missing key, saying what to do', async () => {
    await enrol();
    const wrong = await openWith({ BREAKWATER_STORE_KEY: randomBytes(32).toString('base64') }).catch(
      (error: unknown) => error,
    );
    expect(wrong).toBeInstanceOf(StoreError);
    expect((wrong as Error).message).toMatch(
      /the store key \(BREAKWATER_STORE_KEY\) does not match the one the store's secrets were sealed with/,
    );

    await store.close();
    await rm(join(handle.dataDir, STORE_KEY_FILE));
    const missing = await openWith({}).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(StoreError);
    expect((missing as Error).message).toContain(
      `there is no store key (${join(handle.dataDir, STORE_KEY_FILE)}): restore ${join(handle.dataDir, STORE_KEY_FILE)} or set BREAKWATER_STORE_KEY`,
    );
  });

  it('refuses to open when the key file is open to others', async () => {
    await enrol();
    await chmod(join(handle.dataDir, STORE_KEY_FILE), 0o640);
    await expect(openWith({})).rejects.toThrow(/is open to others than its owner \(mode 640\): chmod 600 it/);
  });

  it('opens with the key given in BREAKWATER_STORE_KEY on another node', async () => {
    const key = randomBytes(32).toString('base64');
    const first = await openWith({ BREAKWATER_STORE_KEY: key });
    await first.users.setPendingTotp('u1', PENDING);
    await first.users.confirmTotp('u1', PENDING, 7);
    const second = await openWith({ BREAKWATER_STORE_KEY: key });
    expect((await second.users.find('u1'))?.totpSecret).toBe(PENDING);
  });

  it('refuses a sealed value moved to another column', async () => {
    await store.users.setPendingTotp('u1', PENDING);
    await sql`update users set totp_secret = totp_pending_secret where id = 'u1'`.execute(store.db);
    await expect(store.users.find('u1')).rejects.toThrow(
      /a sealed value of users\.totp_secret does not open with the store key: it was altered, or moved/,
    );
  });
});
