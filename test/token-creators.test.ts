// API tokens answer to who made them, on a listening control plane: a disabled, removed or demoted admin's
// tokens (and the tokens those tokens made) lose what their maker lost, and no token mints above its maker.
import { beforeEach, describe, expect, it } from 'vitest';
import { type EnrolledUser, enrolledUser } from './support/console-browser.js';
import { listeningControl } from './support/listening-control.js';

const plane = listeningControl();
let ana: EnrolledUser;
beforeEach(async () => {
  const { f } = plane;
  ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'admin');
  // A second admin, so that Ana may be disabled, demoted or removed.
  await enrolledUser(f.app, f.store, f.clock, 'bo@example.test', 'admin');
});

/** A call with a bearer token over a real socket. */
async function call(token: string, method: string, path: string, body?: object) {
  const res = await fetch(new URL(path, plane.url), {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, never> };
}

/** A token made by Ana in her console session. */
async function anasToken(role: string): Promise<string> {
  const res = await ana.browser.call('POST', '/api/v1/tokens', { name: `ana ${role}`, role });
  expect(res.statusCode).toBe(201);
  return res.json().token;
}

describe('a token made by an admin who is then disabled', () => {
  it('lists nothing, mints nothing and cannot re-enable its maker', async () => {
    const token = await anasToken('admin');
    const child = (await call(token, 'POST', '/api/v1/tokens', { name: 'child', role: 'admin' })).body
      .token as unknown as string;
    expect((await call(token, 'GET', '/api/v1/users')).status).toBe(200);

    expect(
      (await call(plane.f.tokens.admin, 'PATCH', `/api/v1/users/${ana.userId}`, { disabled: true })).status,
    ).toBe(200);
    for (const held of [token, child]) {
      expect((await call(held, 'GET', '/api/v1/users')).status).toBe(401);
      expect((await call(held, 'POST', '/api/v1/tokens', { name: 'more', role: 'admin' })).status).toBe(401);
      expect((await call(held, 'PATCH', `/api/v1/users/${ana.userId}`, { disabled: false })).status).toBe(
        401,
      );
    }
    const listed = (await call(plane.f.tokens.admin, 'GET', '/api/v1/tokens')).body.tokens as unknown as {
      name: string;
      revokedAt: number | null;
      createdBy: unknown;
    }[];
    expect(listed.find((t) => t.name === 'ana admin')).toMatchObject({
      revokedAt: expect.any(Number),
      createdBy: { kind: 'user', id: ana.userId, name: ana.email },
    });
    expect(listed.find((t) => t.name === 'child')?.revokedAt).toEqual(expect.any(Number));
  });

  it('is revoked as well when the admin is removed', async () => {
    const token = await anasToken('responder');
    expect((await call(plane.f.tokens.admin, 'DELETE', `/api/v1/users/${ana.userId}`)).status).toBe(204);
    expect((await call(token, 'GET', '/api/v1/decisions')).status).toBe(401);
  });
});

describe('a token made by an admin who is then demoted', () => {
  it('acts with the role its maker holds now, and mints nothing above it', async () => {
    const token = await anasToken('admin');
    expect(
      (await call(plane.f.tokens.admin, 'PATCH', `/api/v1/users/${ana.userId}`, { role: 'viewer' })).status,
    ).toBe(200);
    expect((await call(token, 'GET', '/api/v1/decisions')).status).toBe(200);
    expect((await call(token, 'GET', '/api/v1/users')).status).toBe(403);
    const write = await call(token, 'POST', '/api/v1/decisions', {
      scope: 'ip',
      value: '192.0.2.9',
      action: 'block',
    });
    expect(write.status).toBe(403);
  });
});

describe('a token minting another', () => {
  it('cannot give it a role above the one it holds', async () => {
    const responder = await anasToken('responder');
    expect((await call(responder, 'POST', '/api/v1/tokens', { name: 'up', role: 'admin' })).status).toBe(403);
  });
});
