// Console sign-in over the control API on a real store with a driven clock: setup links, passwords, TOTP
// enrolment and codes, recovery codes, session rotation and expiry, and sign-out.
import { beforeEach, describe, expect, it } from 'vitest';
import { inviteUser, renewSetup } from '../src/accounts/invite.js';
import { codeAt, type EnrolledUser, freshConsoleFixture, GOOD_PASSWORD } from './support/console-browser.js';

const f = freshConsoleFixture();

const invite = (email = 'ana@example.test') => inviteUser(f.store, { email, role: 'responder' }, f.clock.now);

describe('setup links', () => {
  it('refuse short and common passwords, naming the field', async () => {
    const { token } = await invite();
    const browser = f.browser();
    for (const password of ['short-pw', 'qwertyuiop123', '1q2w3e4r5t6y']) {
      const res = await browser.call('POST', '/api/v1/auth/setup', { token, password });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'weak_password', details: [{ field: 'body/password' }] });
    }
    const tooLong = await browser.call('POST', '/api/v1/auth/setup', { token, password: 'x'.repeat(257) });
    expect(tooLong.json().error).toBe('weak_password');
  });

  it('work once, then start a session that must enrol a second factor', async () => {
    const { token } = await invite();
    const browser = f.browser();
    const res = await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mfa: 'enroll', methods: ['totp', 'passkey'] });
    expect(res.headers['set-cookie']).toMatch(/^bw_session=[\w-]{43}; HttpOnly; Path=\/; SameSite=Strict$/);

    const again = await f.browser().call('POST', '/api/v1/auth/setup', {
      token,
      password: GOOD_PASSWORD,
    });
    expect(again.statusCode).toBe(401);
    expect(again.json().error).toBe('invalid_setup_token');
  });

  it('end every other session of the user once a new password is chosen', async () => {
    const ana = await f.enrol('ana@example.test', 'responder');
    const elsewhere = await f.signIn(ana, '192.0.2.60');
    expect((await ana.browser.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
    const { token } = await renewSetup(f.store, ana.userId, f.clock.now);
    const reset = f.browser('192.0.2.61');
    expect(
      (await reset.call('POST', '/api/v1/auth/setup', { token, password: `${GOOD_PASSWORD}!` })).statusCode,
    ).toBe(200);
    expect((await ana.browser.call('GET', '/api/v1/decisions')).statusCode).toBe(401);
    expect((await elsewhere.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await f.store.sessions.listForUser(ana.userId)).map((s) => s.address)).toEqual(['192.0.2.61']);
  });

  it('expire after 24 hours', async () => {
    const { token } = await invite();
    f.clock.now += 24 * 3_600_000;
    const res = await f.browser().call('POST', '/api/v1/auth/setup', {
      token,
      password: GOOD_PASSWORD,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('invalid_setup_token');
  });
});

describe('enrolling TOTP', () => {
  it('is all a session without a second factor may do', async () => {
    const { token } = await invite();
    const browser = f.browser();
    await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD });
    const decisions = await browser.call('GET', '/api/v1/decisions');
    expect(decisions.statusCode).toBe(401);
    expect(decisions.json().error).toBe('mfa_required');
    const session = await browser.call('GET', '/api/v1/auth/session');
    expect(session.json()).toMatchObject({
      user: { email: 'ana@example.test', role: 'responder' },
      mfa: 'enroll',
      factors: { totp: false, passkeys: 0, recoveryCodesLeft: 0 },
    });
  });

  it('gives a secret, an otpauth URI and a QR code, then ten recovery codes and a new session id', async () => {
    const { token } = await invite();
    const browser = f.browser();
    await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD });
    const enrolment = (await browser.call('POST', '/api/v1/auth/totp/enroll')).json();
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const wrong = await browser.call('POST', '/api/v1/auth/totp/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    const partialCookie = browser.cookie;
    const confirmed = await browser.call('POST', '/api/v1/auth/totp/confirm', {
      code: codeAt(enrolment.secret, f.clock.now),
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.json().recoveryCodes).size).toBe(10);
    expect(browser.cookie).not.toBe(partialCookie);
    expect((await browser.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
  });
});

describe('signing in', () => {
  let ana: EnrolledUser;
  beforeEach(async () => {
    ana = await f.enrol('ana@example.test', 'responder');
  });

  it('answers an unknown email and a wrong password alike', async () => {
    const unknown = await f.browser().call('POST', '/api/v1/auth/login', {
      email: 'nobody@example.test',
      password: GOOD_PASSWORD,
    });
    const wrong = await f.browser().call('POST', '/api/v1/auth/login', {
      email: ana.email,
      password: 'not the password at all',
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error).toBe('invalid_credentials');
  });

  it('gives a new session id at login and again after the second factor', async () => {
    f.clock.now += 30_000;
    const browser = f.browser();
    // A cookie planted before login (session fixation) is not the one the user ends up with.
    browser.cookie = ana.browser.cookie;
    const login = await browser.call('POST', '/api/v1/auth/login', {
      email: ana.email,
      password: GOOD_PASSWORD,
    });
    expect(login.json()).toMatchObject({ mfa: 'pending', methods: ['totp', 'recovery'] });
    const pendingCookie = browser.cookie;
    expect(pendingCookie).not.toBe(ana.browser.cookie);
    expect((await browser.call('GET', '/api/v1/decisions')).json().error).toBe('mfa_required');

    const verified = await browser.call('POST', '/api/v1/auth/totp/verify', {
      code: codeAt(ana.secret, f.clock.now),
    });
    expect(verified.json()).toMatchObject({ mfa: 'complete' });
    expect(browser.cookie).not.toBe(pendingCookie);
    expect((await browser.call('GET', '/api/v1/decisions')).statusCode).toBe(200);

    const stale = f.browser();
    stale.cookie = pendingCookie;
    expect((await stale.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('refuses a wrong TOTP code and a code used once already', async () => {
    f.clock.now += 30_000;
    const code = codeAt(ana.secret, f.clock.now);
    const first = f.browser();
    await first.call('POST', '/api/v1/auth/login', { email: ana.email, password: GOOD_PASSWORD });
    const wrong = await first.call('POST', '/api/v1/auth/totp/verify', {
      code: code === '123456' ? '654321' : '123456',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('invalid_code');
    expect((await first.call('POST', '/api/v1/auth/totp/verify', { code })).statusCode).toBe(200);

    const second = f.browser();
    await second.call('POST', '/api/v1/auth/login', { email: ana.email, password: GOOD_PASSWORD });
    const replay = await second.call('POST', '/api/v1/auth/totp/verify', { code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toBe('invalid_code');
  });

  it('accepts each recovery code once', async () => {
    const [code] = ana.recoveryCodes;
    const first = f.browser();
    await first.call('POST', '/api/v1/auth/login', { email: ana.email, password: GOOD_PASSWORD });
    const used = await first.call('POST', '/api/v1/auth/recovery/verify', { code: code.toUpperCase() });
    expect(used.json()).toMatchObject({ mfa: 'complete', recoveryCodesLeft: 9 });

    const second = f.browser();
    await second.call('POST', '/api/v1/auth/login', { email: ana.email, password: GOOD_PASSWORD });
    expect((await second.call('POST', '/api/v1/auth/recovery/verify', { code })).statusCode).toBe(401);
  });

  it('ends a session idle for 30 minutes', async () => {
    const browser = await f.signIn(ana);
    f.clock.now += 29 * 60_000;
    expect((await browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    f.clock.now += 29 * 60_000;
    expect((await browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    f.clock.now += 30 * 60_000;
    expect((await browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('ends a busy session after 12 hours', async () => {
    const browser = await f.signIn(ana);
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      f.clock.now += 20 * 60_000;
      expect((await browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);
    }
    f.clock.now += 20 * 60_000;
    expect((await browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('signs out here, and everywhere', async () => {
    const here = await f.signIn(ana);
    const there = await f.signIn(ana);
    const list = (await here.call('GET', '/api/v1/auth/sessions')).json();
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const out = await here.call('POST', '/api/v1/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toContain('Max-Age=0');
    expect((await here.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await there.call('GET', '/api/v1/auth/session')).statusCode).toBe(200);

    expect((await there.call('POST', '/api/v1/auth/logout-everywhere')).statusCode).toBe(204);
    expect((await there.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    expect((await ana.browser.call('GET', '/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('needs a second-factor check from the last 5 minutes to change factors', async () => {
    const browser = await f.signIn(ana);
    f.clock.now += 6 * 60_000;
    const stale = await browser.call('POST', '/api/v1/auth/recovery-codes');
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error).toBe('reauth_required');
    expect((await browser.call('POST', '/api/v1/auth/totp/enroll')).json().error).toBe('reauth_required');

    const check = await browser.call('POST', '/api/v1/auth/totp/verify', {
      code: codeAt(ana.secret, f.clock.now),
    });
    expect(check.statusCode).toBe(200);
    const renewed = await browser.call('POST', '/api/v1/auth/recovery-codes');
    expect(renewed.statusCode).toBe(200);
    expect(renewed.json().recoveryCodes).toHaveLength(10);
    expect(renewed.json().recoveryCodes).not.toContain(ana.recoveryCodes[0]);
  });

  it('refuses to remove the only second factor', async () => {
    const browser = await f.signIn(ana);
    const res = await browser.call('DELETE', '/api/v1/auth/totp');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('last_factor');
  });
});
