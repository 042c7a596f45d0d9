// Login throttling on a listening control plane, each client on its own loopback address: guesses spread
// over many addresses, parallel guesses from one, and guessing the second factor all stay inside the
// account's budget, while the owner still gets in from their usual address, or from anywhere with a passkey.
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES, FREE_FAILURES } from '../src/accounts/login-throttle.js';
import { SESSION_MFA_BUDGET } from '../src/control/routes/auth.js';
import {
  CONSOLE_HOST,
  ConsoleBrowser,
  codeAt,
  type EnrolledUser,
  enrolledUser,
  expectStatus,
  GOOD_PASSWORD,
} from './support/console-browser.js';
import { listeningControl } from './support/listening-control.js';
import { SoftwareAuthenticator } from './support/software-authenticator.js';

const plane = listeningControl();

/** A browser on its own loopback address, talking to the listening control plane. */
const from = (address: string) => new ConsoleBrowser(plane.f.app, address, plane.url);
const login = (browser: ConsoleBrowser, email: string, password: string) =>
  browser.call('POST', '/api/v1/auth/login', { email, password });
const statuses = (answers: { statusCode: number }[]) => answers.map((a) => a.statusCode);
const count = (list: number[], status: number) => list.filter((s) => s === status).length;

describe('guesses spread over many addresses', () => {
  let ana: EnrolledUser;
  beforeEach(async () => {
    ana = await enrolledUser(plane.f.app, plane.f.store, plane.f.clock, 'ana@example.test', 'responder');
  });

  it('are held to the account budget, and a new address gets no fresh one', async () => {
    const spread: number[] = [];
    for (let host = 1; host <= 110; host++) {
      spread.push((await login(from(`127.0.1.${host}`), ana.email, `wrong guess ${host}`)).statusCode);
    }
    expect(count(spread, 401)).toBe(ACCOUNT_FREE_FAILURES);
    expect(count(spread, 429)).toBe(110 - ACCOUNT_FREE_FAILURES);

    const fresh = from('127.0.2.1');
    const later: number[] = [];
    for (let i = 0; i < 60; i++) later.push((await login(fresh, ana.email, `another guess ${i}`)).statusCode);
    expect(later).toEqual(Array(60).fill(429));
    // Even the right password waits at an address the account never signed in from.
    expect((await login(from('127.0.2.2'), ana.email, GOOD_PASSWORD)).statusCode).toBe(429);
  });

  it('do not lock the owner out of the address they signed in from', async () => {
    for (let host = 1; host <= 30; host++) await login(from(`127.0.1.${host}`), ana.email, `guess ${host}`);
    plane.f.clock.now += 30_000;
    const owner = from('127.0.0.1');
    expectStatus(await login(owner, ana.email, GOOD_PASSWORD), 200);
    expectStatus(
      await owner.call('POST', '/api/v1/auth/totp/verify', { code: codeAt(ana.secret, plane.f.clock.now) }),
      200,
    );
    expect((await owner.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
  });

  it('back off so that waiting out every delay still gives a handful of guesses an hour', async () => {
    const start = plane.f.clock.now;
    let host = 0;
    let checked = 0;
    while (plane.f.clock.now - start < 3_600_000 && host < 200) {
      host += 1;
      const answer = await login(from(`127.0.1.${host}`), ana.email, `guess ${host}`);
      if (answer.statusCode === 401) checked += 1;
      else plane.f.clock.now += Number(answer.headers['retry-after']) * 1000;
    }
    // 10 free, then 1 s, 2 s, 4 s … : the waits of twelve more already add up to more than an hour.
    expect(checked).toBeGreaterThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(checked).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES + 12);
  });
});

describe('a user with a passkey', () => {
  const key = new SoftwareAuthenticator('localhost', `http://${CONSOLE_HOST}`);
  const EMAIL = 'pia@example.test';

  async function passkeyUser() {
    const browser = from('127.0.0.1');
    const { inviteUser } = await import('../src/accounts/invite.js');
    const { token } = await inviteUser(plane.f.store, { email: EMAIL, role: 'viewer' }, plane.f.clock.now);
    expectStatus(await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD }), 200);
    const options = (await browser.call('POST', '/api/v1/auth/passkeys/register/options')).json();
    expectStatus(
      await browser.call('POST', '/api/v1/auth/passkeys/register/verify', {
        name: 'laptop',
        response: key.register(options),
      }),
      200,
    );
  }

  async function passkeyLogin(browser: ConsoleBrowser, password: string) {
    const first = await login(browser, EMAIL, password);
    const options = await browser.call('POST', '/api/v1/auth/passkeys/login/options');
    const verify = await browser.call('POST', '/api/v1/auth/passkeys/login/verify', {
      response: key.authenticate(options.json()),
    });
    return { first, verify };
  }

  it('gets in from a new address while the account is held back, and a guess learns nothing', async () => {
    await passkeyUser();
    for (let host = 1; host <= ACCOUNT_FREE_FAILURES + 5; host++) {
      await login(from(`127.0.1.${host}`), EMAIL, `guess ${host}`);
    }
    // A wrong and a right password now get the same answer: finish with a passkey.
    const wrong = await login(from('127.0.4.1'), EMAIL, 'still not it');
    const right = await login(from('127.0.4.2'), EMAIL, GOOD_PASSWORD);
    expect(wrong.statusCode).toBe(200);
    expect(right.statusCode).toBe(200);
    expect(wrong.json().methods).toEqual(['passkey']);
    expect(right.json().methods).toEqual(['passkey']);

    const owner = from('127.0.4.3');
    const { first, verify } = await passkeyLogin(owner, GOOD_PASSWORD);
    expect(first.json()).toMatchObject({ mfa: 'pending', methods: ['passkey'] });
    expect(verify.statusCode).toBe(200);
    expect((await owner.call('GET', '/api/v1/decisions')).statusCode).toBe(200);

    // Holding the passkey but not the password still fails.
    plane.f.clock.now += 1_000;
    const { verify: refused } = await passkeyLogin(from('127.0.4.4'), 'a wrong password here');
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toBe('invalid_credentials');
  });
});

describe('parallel guesses from one address', () => {
  it('reserve their attempt first: no more than the free ones are checked', async () => {
    const ana = await enrolledUser(
      plane.f.app,
      plane.f.store,
      plane.f.clock,
      'ana@example.test',
      'responder',
    );
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(from('127.0.5.1'), ana.email, `parallel guess ${i}`)),
    );
    const list = statuses(answers);
    expect(count(list, 401)).toBe(FREE_FAILURES);
    expect(count(list, 429)).toBe(40 - FREE_FAILURES);
  });
});

describe('guessing the second factor', () => {
  it('ends the session after five wrong codes, and the account allows only a few per hour', async () => {
    const ana = await enrolledUser(
      plane.f.app,
      plane.f.store,
      plane.f.clock,
      'ana@example.test',
      'responder',
    );
    plane.f.clock.now += 30_000;
    const right = codeAt(ana.secret, plane.f.clock.now);
    const guesses: number[] = [];
    let checked = 0;
    // An attacker who has the password, from a fresh address each sign-in, tries 300 codes.
    for (let round = 0; guesses.length < 300 && round < 100; round++) {
      const attacker = from(`127.0.6.${round + 1}`);
      expectStatus(await login(attacker, ana.email, GOOD_PASSWORD), 200);
      for (let i = 0; i < SESSION_MFA_BUDGET; i++) {
        const code = String((round * 7 + i * 131_071 + 1) % 1_000_000).padStart(6, '0');
        const answer = await attacker.call('POST', '/api/v1/auth/totp/verify', {
          code: code === right ? '999999' : code,
        });
        guesses.push(answer.statusCode);
        if (answer.statusCode === 401) checked += 1;
        if (answer.statusCode === 401 && answer.json().error === 'sign_in_ended') break;
      }
    }
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES);
    expect(count(guesses, 429)).toBeGreaterThan(250);
  });

  it('drops the session at the fifth wrong code', async () => {
    const ana = await enrolledUser(
      plane.f.app,
      plane.f.store,
      plane.f.clock,
      'ana@example.test',
      'responder',
    );
    plane.f.clock.now += 30_000;
    const browser = from('127.0.0.1');
    await login(browser, ana.email, GOOD_PASSWORD);
    const right = codeAt(ana.secret, plane.f.clock.now);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 1; i < SESSION_MFA_BUDGET; i++) {
      expect((await browser.call('POST', '/api/v1/auth/totp/verify', { code: wrong })).json().error).toBe(
        'invalid_code',
      );
    }
    const last = await browser.call('POST', '/api/v1/auth/totp/verify', { code: wrong });
    expect(last.json().error).toBe('sign_in_ended');
    expect((await browser.call('POST', '/api/v1/auth/totp/verify', { code: right })).statusCode).toBe(401);
  });
});
