// Tests of bearer authentication on a real store: every way a token can be refused, and role checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createToken, hashToken } from '../auth/tokens.js';
import { type ControlFixture, startControlFixture } from './fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const list = (authorization?: string) =>
  f.app.inject({
    method: 'GET',
    url: '/api/v1/decisions',
    headers: authorization === undefined ? {} : { authorization },
  });

async function expectUnauthorized(authorization: string | undefined, message: RegExp) {
  const res = await list(authorization);
  expect(res.statusCode).toBe(401);
  expect(res.headers['www-authenticate']).toBe('Bearer');
  expect(res.json()).toEqual({ error: 'unauthorized', message: expect.stringMatching(message) });
}

describe('bearer authentication', () => {
  it('admits a valid token and records its use', async () => {
    f.clock.now += 5000;
    const res = await list(`Bearer ${f.tokens.viewer}`);
    expect(res.statusCode).toBe(200);
    const stored = await f.store.tokens.findByHash(hashToken(f.tokens.viewer));
    expect(stored?.lastUsedAt).toBe(f.clock.now);
  });

  it('refuses a request without a token', async () => {
    await expectUnauthorized(undefined, /Authorization: Bearer/);
  });

  it('refuses another scheme and a malformed token', async () => {
    await expectUnauthorized(`Basic ${Buffer.from('a:b').toString('base64')}`, /must be `Bearer <token>`/);
    await expectUnauthorized('Bearer', /must be `Bearer <token>`/);
    await expectUnauthorized('Bearer not-a-token', /malformed/);
  });

  it('refuses an unknown token', async () => {
    await expectUnauthorized(`Bearer bwt_${'A'.repeat(43)}`, /unknown, revoked or expired/);
  });

  it('refuses a revoked token', async () => {
    const { token, record } = await createToken({ store: f.store, role: 'admin', now: () => f.clock.now });
    expect((await list(`Bearer ${token}`)).statusCode).toBe(200);
    await f.store.tokens.revoke(record.id);
    await expectUnauthorized(`Bearer ${token}`, /unknown, revoked or expired/);
  });

  it('refuses an expired token', async () => {
    const { token } = await createToken({
      store: f.store,
      role: 'admin',
      ttlSeconds: 60,
      now: () => f.clock.now,
    });
    f.clock.now += 59_000;
    expect((await list(`Bearer ${token}`)).statusCode).toBe(200);
    f.clock.now += 1_000;
    await expectUnauthorized(`Bearer ${token}`, /unknown, revoked or expired/);
  });

  it('lets a higher role do what a lower one may', async () => {
    for (const role of ['viewer', 'responder', 'admin'] as const) {
      expect((await list(`Bearer ${f.tokens[role]}`)).statusCode).toBe(200);
    }
  });
});
