// Administration over the control API: users and their setup links, API tokens, and the audit log with
// its hash chain (an edited row is caught).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlFixture, startControlFixture } from '../src/control/fixture.js';
import { ConsoleBrowser, enrolledUser, GOOD_PASSWORD } from './support/console-browser.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const asAdmin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  f.app.inject({ method, url, headers: { ...f.as('admin'), host: 'localhost:9400' }, payload });

describe('users', () => {
  it('are added with a one-time setup link that works in the console', async () => {
    const added = await asAdmin('POST', '/api/v1/users', { email: ' Ben@Example.test ', role: 'viewer' });
    expect(added.statusCode).toBe(201);
    const { user, setupUrl } = added.json();
    expect(user).toMatchObject({
      email: 'ben@example.test',
      role: 'viewer',
      hasPassword: false,
      disabled: false,
    });
    expect(setupUrl).toMatch(/^http:\/\/localhost:9400\/setup#token=[\w-]{43}$/);

    const token = new URL(setupUrl).hash.replace('#token=', '');
    const setup = await new ConsoleBrowser(f.app).call('POST', '/api/v1/auth/setup', {
      token,
      password: GOOD_PASSWORD,
    });
    expect(setup.statusCode).toBe(200);
    const list = (await asAdmin('GET', '/api/v1/users')).json();
    expect(list.users).toEqual([expect.objectContaining({ email: 'ben@example.test', hasPassword: true })]);
  });

  it('refuse a second user with the same email, and an email that is not one', async () => {
    await asAdmin('POST', '/api/v1/users', { email: 'ben@example.test', role: 'viewer' });
    const twice = await asAdmin('POST', '/api/v1/users', { email: 'BEN@example.test', role: 'admin' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toBe('user_exists');
    const bad = await asAdmin('POST', '/api/v1/users', { email: 'not an email', role: 'viewer' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([{ field: 'body/email', message: 'must be an email address' }]);
    const role = await asAdmin('POST', '/api/v1/users', { email: 'c@example.test', role: 'root' });
    expect(role.statusCode).toBe(400);
  });

  it('keep one active admin', async () => {
    const ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'admin');
    for (const [method, body] of [
      ['PATCH', { role: 'responder' }],
      ['PATCH', { disabled: true }],
      ['DELETE', undefined],
    ] as const) {
      const res = await asAdmin(method, `/api/v1/users/${ana.userId}`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toBe('last_admin');
    }
    const ben = await enrolledUser(f.app, f.store, f.clock, 'ben@example.test', 'admin');
    expect((await asAdmin('PATCH', `/api/v1/users/${ana.userId}`, { role: 'viewer' })).statusCode).toBe(200);
    expect((await ana.browser.call('GET', '/api/v1/decisions')).statusCode).toBe(401);
    expect((await asAdmin('DELETE', `/api/v1/users/${ben.userId}`)).statusCode).toBe(409);
  });

  it('are removed with their sessions', async () => {
    const admin = await enrolledUser(f.app, f.store, f.clock, 'root@example.test', 'admin');
    const ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'responder');
    const removed = await admin.browser.call('DELETE', `/api/v1/users/${ana.userId}`);
    expect(removed.statusCode).toBe(204);
    expect((await ana.browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect(await f.store.users.find(ana.userId)).toBeUndefined();
  });
});

describe('API tokens', () => {
  it('are created once-shown, listed without the token, and revoked', async () => {
    const admin = await enrolledUser(f.app, f.store, f.clock, 'root@example.test', 'admin');
    const created = await admin.browser.call('POST', '/api/v1/tokens', {
      name: 'ci',
      role: 'responder',
      ttl: '30d',
    });
    expect(created.statusCode).toBe(201);
    const { token, id, expiresAt } = created.json();
    expect(token).toMatch(/^bwt_/);
    expect(expiresAt).toBe(f.clock.now + 30 * 86_400_000);

    const listed = (await admin.browser.call('GET', '/api/v1/tokens')).json().tokens;
    expect(listed.find((t: { id: string }) => t.id === id)).toEqual({
      id,
      name: 'ci',
      role: 'responder',
      createdAt: f.clock.now,
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { kind: 'user', id: admin.userId, name: admin.email },
    });
    expect(JSON.stringify(listed)).not.toContain(token);

    const use = () =>
      f.app.inject({ url: '/api/v1/decisions', headers: { authorization: `Bearer ${token}` } });
    expect((await use()).statusCode).toBe(200);
    expect((await admin.browser.call('DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
    expect((await use()).statusCode).toBe(401);
    expect((await admin.browser.call('DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
  });

  it('refuse a bad lifetime, naming the field', async () => {
    const res = await asAdmin('POST', '/api/v1/tokens', { name: 'x', role: 'viewer', ttl: 'forever' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'body/ttl', message: expect.stringMatching(/duration/) }]);
  });

  it('are for admins only', async () => {
    const ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'responder');
    const res = await ana.browser.call('POST', '/api/v1/tokens', { name: 'mine', role: 'responder' });
    expect(res.statusCode).toBe(403);
  });
});

describe('the audit log', () => {
  it('records sign-in events and changes, pages newest first, and exports JSON lines', async () => {
    const admin = await enrolledUser(f.app, f.store, f.clock, 'root@example.test', 'admin');
    await new ConsoleBrowser(f.app).call('POST', '/api/v1/auth/login', {
      email: 'root@example.test',
      password: 'wrong',
    });
    await admin.browser.call('POST', '/api/v1/tokens', { name: 'ci', role: 'viewer' });

    const page = (await admin.browser.call('GET', '/api/v1/audit?limit=3')).json();
    expect(page.entries.map((e: { action: string }) => e.action)).toEqual([
      'POST /api/v1/tokens',
      'login_failed',
      'login',
    ]);
    expect(page.nextBefore).toBe(page.entries[2].seq);
    const rest = (await admin.browser.call('GET', `/api/v1/audit?before=${page.nextBefore}`)).json();
    expect(rest.entries.map((e: { action: string }) => e.action)).toEqual(['totp_added', 'setup_completed']);
    expect(rest.nextBefore).toBeNull();

    const jsonl = await admin.browser.call('GET', '/api/v1/audit?format=jsonl');
    expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = jsonl.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(lines[1].prevHash).toBe(lines[0].hash);
  });

  it('shows an edited entry: verification names it', async () => {
    await enrolledUser(f.app, f.store, f.clock, 'root@example.test', 'admin');
    await asAdmin('POST', '/api/v1/decisions', { scope: 'ip', value: '192.0.2.1', action: 'block' });
    expect(await f.store.audit.verify()).toEqual({ ok: true, entries: 4 });

    await f.store.db.updateTable('audit_log').set({ address: '10.9.9.9' }).where('seq', '=', 2).execute();
    expect(await f.store.audit.verify()).toMatchObject({ ok: false, brokenSeq: 2, entries: 1 });
  });

  it('shows a removed entry', async () => {
    await enrolledUser(f.app, f.store, f.clock, 'root@example.test', 'admin');
    await f.store.db.deleteFrom('audit_log').where('seq', '=', 1).execute();
    expect(await f.store.audit.verify()).toMatchObject({
      ok: false,
      brokenSeq: 2,
      reason: 'entry 1 is missing',
    });
  });

  it('is for admins only', async () => {
    const ana = await enrolledUser(f.app, f.store, f.clock, 'ana@example.test', 'responder');
    expect((await ana.browser.call('GET', '/api/v1/audit')).statusCode).toBe(403);
  });
});
