// The control API's guard for console sessions: CSRF tokens and Origin on writes, roles, bearer tokens
// alongside, and login throttling that an attacker cannot turn into a lock-out.
import { beforeEach, describe, expect, it } from 'vitest';
import { FREE_FAILURES } from '../src/accounts/login-throttle.js';
import {
  CONSOLE_HOST,
  type ConsoleBrowser,
  codeAt,
  type EnrolledUser,
  freshConsoleFixture,
  GOOD_PASSWORD,
} from './support/console-browser.js';

const f = freshConsoleFixture();

const decision = { scope: 'ip', value: '192.0.2.7', action: 'block' };

describe('a signed-in console session', () => {
  let ana: EnrolledUser;
  beforeEach(async () => {
    ana = await f.enrol('ana@example.test', 'responder');
  });

  it('needs the CSRF token for a write', async () => {
    const missing = await ana.browser.call('POST', '/api/v1/decisions', decision, { 'x-csrf-token': '' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toBe('csrf');
    const wrong = await ana.browser.call('POST', '/api/v1/decisions', decision, {
      'x-csrf-token': 'A'.repeat(43),
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toBe('csrf');
    expect(f.table.list()).toHaveLength(0);

    const right = await ana.browser.call('POST', '/api/v1/decisions', decision);
    expect(right.statusCode).toBe(201);
  });

  it('refuses a write from another origin, and accepts its own', async () => {
    const foreign = await ana.browser.call('POST', '/api/v1/decisions', decision, {
      origin: 'https://evil.test',
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toBe('csrf');
    const own = await ana.browser.call('POST', '/api/v1/decisions', decision, {
      origin: `http://${CONSOLE_HOST}`,
    });
    expect(own.statusCode).toBe(201);
  });

  it('reads without a CSRF token', async () => {
    const res = await ana.browser.call('GET', '/api/v1/decisions');
    expect(res.statusCode).toBe(200);
  });

  it('records the user as the actor of what they change', async () => {
    const added = (await ana.browser.call('POST', '/api/v1/decisions', decision)).json();
    await ana.browser.call('DELETE', `/api/v1/decisions/${added.id}`);
    const [removal, addition] = await f.store.audit.page({ limit: 2 });
    expect(addition).toMatchObject({
      action: 'POST /api/v1/decisions',
      actor: { kind: 'user', id: ana.userId, name: ana.email },
      address: '127.0.0.1',
    });
    expect(removal).toMatchObject({ action: 'DELETE /api/v1/decisions/:id', target: { id: added.id } });
  });

  it('ends when the user is disabled', async () => {
    const res = await f.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${ana.userId}`,
      headers: f.as('admin'),
      payload: { disabled: true },
    });
    expect(res.statusCode).toBe(200);
    expect((await ana.browser.call('GET', '/api/v1/decisions')).statusCode).toBe(401);
  });
});

describe('roles through a session', () => {
  it('let a viewer read decisions but not remove one', async () => {
    const vera = await f.enrol('vera@example.test', 'viewer');
    const added = await f.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: f.as('responder'),
      payload: decision,
    });
    expect((await vera.browser.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
    const removal = await vera.browser.call('DELETE', `/api/v1/decisions/${added.json().id}`);
    expect(removal.statusCode).toBe(403);
    expect(removal.json().error).toBe('forbidden');
    expect(f.table.list()).toHaveLength(1);
    expect((await vera.browser.call('GET', '/api/v1/users')).statusCode).toBe(403);
  });

  it('leave bearer tokens working, without CSRF tokens', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: f.as('responder'),
      payload: decision,
    });
    expect(res.statusCode).toBe(201);
    const [entry] = await f.store.audit.page({ limit: 1 });
    expect(entry.actor).toEqual({ kind: 'token', id: expect.any(String), name: 'responder' });
  });
});

describe('login throttling', () => {
  const attempt = (browser: ConsoleBrowser, email: string, password: string) =>
    browser.call('POST', '/api/v1/auth/login', { email, password });

  it('slows an address down after five failures, with Retry-After', async () => {
    const ana = await f.enrol('ana@example.test', 'responder');
    const attacker = f.browser('203.0.113.9');
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect((await attempt(attacker, ana.email, `wrong guess number ${i}`)).statusCode).toBe(401);
    }
    const throttled = await attempt(attacker, ana.email, 'yet another wrong guess');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error).toBe('throttled');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits: the throttle answers before the password is checked.
    expect((await attempt(attacker, ana.email, GOOD_PASSWORD)).statusCode).toBe(429);

    const failures = (await f.store.audit.page({ limit: 50 })).filter((e) => e.action === 'login_failed');
    expect(failures).toHaveLength(FREE_FAILURES);
    expect(failures[0]).toMatchObject({ address: '203.0.113.9', target: { email: ana.email } });
  });

  it('does not lock the owner out of the address they signed in from before', async () => {
    const ana = await f.enrol('ana@example.test', 'responder');
    // Many attackers, each under its own address limit, push the account far past five failures.
    for (let host = 1; host <= 6; host++) {
      const attacker = f.browser(`198.51.100.${host}`);
      for (let i = 0; i < 3; i++) await attempt(attacker, ana.email, `wrong guess ${host}.${i}`);
    }
    const blocked = await attempt(f.browser('198.51.100.1'), ana.email, GOOD_PASSWORD);
    expect(blocked.statusCode).toBe(429);

    const owner = await f.signIn(ana, '127.0.0.1');
    expect((await owner.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
  });

  it('lets an address try again once the delay has passed', async () => {
    const ana = await f.enrol('ana@example.test', 'responder');
    const browser = f.browser('203.0.113.10');
    for (let i = 0; i < FREE_FAILURES; i++) await attempt(browser, ana.email, `wrong guess number ${i}`);
    const throttled = await attempt(browser, ana.email, GOOD_PASSWORD);
    expect(throttled.statusCode).toBe(429);
    f.clock.now += Number(throttled.headers['retry-after']) * 1000;
    expect((await attempt(browser, ana.email, GOOD_PASSWORD)).statusCode).toBe(200);
    expect(
      (
        await browser.call('POST', '/api/v1/auth/totp/verify', {
          code: codeAt(ana.secret, f.clock.now + 30_000),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('counts wrong second-factor codes too', async () => {
    const ana = await f.enrol('ana@example.test', 'responder');
    f.clock.now += 30_000;
    const browser = f.browser('203.0.113.11');
    await attempt(browser, ana.email, GOOD_PASSWORD);
    const right = codeAt(ana.secret, f.clock.now);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect((await browser.call('POST', '/api/v1/auth/totp/verify', { code: wrong })).statusCode).toBe(401);
    }
    // The fifth ended that sign-in; the next one, from elsewhere, finds the account's budget for codes spent.
    const next = f.browser('203.0.113.12');
    expect((await attempt(next, ana.email, GOOD_PASSWORD)).statusCode).toBe(200);
    expect((await next.call('POST', '/api/v1/auth/totp/verify', { code: right })).statusCode).toBe(429);
  });
});
