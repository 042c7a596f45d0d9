// Passkeys over the control API with a software authenticator: enrolment as the first factor, signing
// in, several named passkeys, removal with a fresh check, and answers that must not verify.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteUser } from '../src/accounts/invite.js';
import { type ControlFixture, startControlFixture } from '../src/control/fixture.js';
import { CONSOLE_HOST, ConsoleBrowser, expectStatus, GOOD_PASSWORD } from './support/console-browser.js';
import { SoftwareAuthenticator } from './support/software-authenticator.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

const EMAIL = 'pia@example.test';
const newKey = () => new SoftwareAuthenticator('localhost', `http://${CONSOLE_HOST}`);

/** A new user whose first factor is `key`; the browser is signed in. */
async function enrolWithPasskey(key: SoftwareAuthenticator) {
  const { token } = await inviteUser(f.store, { email: EMAIL, role: 'viewer' }, f.clock.now);
  const browser = new ConsoleBrowser(f.app);
  expectStatus(await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD }), 200);
  const options = (await browser.call('POST', '/api/v1/auth/passkeys/register/options')).json();
  const verified = await browser.call('POST', '/api/v1/auth/passkeys/register/verify', {
    name: 'laptop',
    response: key.register(options),
  });
  return { browser, verified };
}

async function passkeyLogin(key: SoftwareAuthenticator) {
  const browser = new ConsoleBrowser(f.app);
  const login = await browser.call('POST', '/api/v1/auth/login', { email: EMAIL, password: GOOD_PASSWORD });
  const options = (await browser.call('POST', '/api/v1/auth/passkeys/login/options')).json();
  const verify = await browser.call('POST', '/api/v1/auth/passkeys/login/verify', {
    response: key.authenticate(options),
  });
  return { browser, login, options, verify };
}

describe('passkeys', () => {
  it('enrol as the first factor, with recovery codes, on the console host as relying party', async () => {
    const key = newKey();
    const { browser, verified } = await enrolWithPasskey(key);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ id: key.id, name: 'laptop', mfa: 'complete' });
    expect(verified.json().recoveryCodes).toHaveLength(10);
    expect((await browser.call('GET', '/api/v1/decisions')).statusCode).toBe(200);
    const stored = await f.store.factors.passkeys((await f.store.users.findByEmail(EMAIL))!.id);
    expect(stored).toEqual([
      expect.objectContaining({ id: key.id, name: 'laptop', transports: ['internal'] }),
    ]);
  });

  it('sign in, and record the use', async () => {
    const key = newKey();
    await enrolWithPasskey(key);
    f.clock.now += 60_000;
    const { browser, login, options, verify } = await passkeyLogin(key);
    expect(login.json()).toMatchObject({ mfa: 'pending', methods: ['passkey', 'recovery'] });
    expect(options).toMatchObject({
      rpId: 'localhost',
      allowCredentials: [{ id: key.id, type: 'public-key' }],
    });
    expect(verify.statusCode).toBe(200);
    expect(verify.json().mfa).toBe('complete');
    const list = (await browser.call('GET', '/api/v1/auth/passkeys')).json();
    expect(list).toEqual([
      { id: key.id, name: 'laptop', createdAt: expect.any(Number), lastUsedAt: f.clock.now },
    ]);
  });

  it('refuse an answer from another site, or from a key the user does not have', async () => {
    const key = newKey();
    await enrolWithPasskey(key);
    const phished = new SoftwareAuthenticator('localhost', 'http://evil.test');
    Object.assign(phished, { credentialId: key.credentialId });
    const browser = new ConsoleBrowser(f.app);
    await browser.call('POST', '/api/v1/auth/login', { email: EMAIL, password: GOOD_PASSWORD });
    const options = (await browser.call('POST', '/api/v1/auth/passkeys/login/options')).json();
    const wrongOrigin = await browser.call('POST', '/api/v1/auth/passkeys/login/verify', {
      response: phished.authenticate(options),
    });
    expect(wrongOrigin.statusCode).toBe(401);
    expect(wrongOrigin.json().error).toBe('invalid_passkey');

    const again = (await browser.call('POST', '/api/v1/auth/passkeys/login/options')).json();
    const stranger = await browser.call('POST', '/api/v1/auth/passkeys/login/verify', {
      response: newKey().authenticate(again),
    });
    expect(stranger.statusCode).toBe(401);
  });

  it('refuse an answer replayed after its challenge was spent', async () => {
    const key = newKey();
    await enrolWithPasskey(key);
    const browser = new ConsoleBrowser(f.app);
    await browser.call('POST', '/api/v1/auth/login', { email: EMAIL, password: GOOD_PASSWORD });
    const options = (await browser.call('POST', '/api/v1/auth/passkeys/login/options')).json();
    const answer = key.authenticate(options);
    expect(
      (await browser.call('POST', '/api/v1/auth/passkeys/login/verify', { response: answer })).statusCode,
    ).toBe(200);
    const replay = await browser.call('POST', '/api/v1/auth/passkeys/login/verify', { response: answer });
    expect(replay.statusCode).toBe(401);
  });

  it('can be several, each named, and removed while another factor remains', async () => {
    const laptop = newKey();
    const { browser } = await enrolWithPasskey(laptop);
    const phone = newKey();
    f.clock.now += 1_000;
    const options = (await browser.call('POST', '/api/v1/auth/passkeys/register/options')).json();
    expect(options.excludeCredentials).toEqual([expect.objectContaining({ id: laptop.id })]);
    const added = await browser.call('POST', '/api/v1/auth/passkeys/register/verify', {
      name: 'phone',
      response: phone.register(options),
    });
    expect(added.json()).toEqual({ id: phone.id, name: 'phone' });
    expect(
      (await browser.call('GET', '/api/v1/auth/passkeys')).json().map((p: { name: string }) => p.name),
    ).toEqual(['laptop', 'phone']);

    expect((await browser.call('DELETE', `/api/v1/auth/passkeys/${laptop.id}`)).statusCode).toBe(204);
    const last = await browser.call('DELETE', `/api/v1/auth/passkeys/${phone.id}`);
    expect(last.json().error).toBe('last_factor');
    const actions = (await f.store.audit.page({ limit: 10 })).map((e) => e.action);
    expect(actions).toContain('passkey_added');
    expect(actions).toContain('passkey_removed');
  });
});
