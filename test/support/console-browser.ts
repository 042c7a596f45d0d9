// A console user's browser for API tests: keeps the session cookie it is given, sends it back with the
// CSRF token, from one client address (injected, or over a real socket bound to that loopback address when
// the control plane listens); helpers that take a new user through setup and TOTP; and a control plane
// started afresh for each test.
import { request as httpRequest } from 'node:http';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import { inviteUser } from '../../src/accounts/invite.js';
import { totpCode, totpStep } from '../../src/accounts/totp.js';
import type { Role } from '../../src/auth/tokens.js';
import { type ControlFixture, startControlFixture } from '../../src/control/fixture.js';
import type { Store } from '../../src/store/index.js';

export const CONSOLE_HOST = 'localhost:9400';
export const GOOD_PASSWORD = 'lantern orbit cobalt 42';

export class ConsoleBrowser {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    readonly address = '127.0.0.1',
    /** The control plane's listening URL: requests then go over a socket bound to `address`. */
    private readonly listening?: string,
  ) {}

  async call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const sent: Record<string, string> = { host: CONSOLE_HOST, ...headers };
    if (this.cookie !== undefined) sent.cookie = this.cookie;
    if (method !== 'GET' && this.csrf !== undefined && !('x-csrf-token' in headers))
      sent['x-csrf-token'] = this.csrf;
    const res = this.listening
      ? await overSocket(new URL(url, this.listening), this.address, method, sent, body)
      : await this.app.inject({
          method,
          url,
          headers: sent,
          remoteAddress: this.address,
          ...(body === undefined ? {} : { payload: body as object }),
        });
    const setCookie = res.headers['set-cookie'];
    const line = Array.isArray(setCookie) ? setCookie.at(-1) : setCookie;
    if (line) {
      const pair = line.split(';')[0];
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const answer =
      String(res.headers['content-type'] ?? '').startsWith('application/json') && res.body
        ? res.json()
        : undefined;
    if (answer && typeof answer === 'object' && 'csrfToken' in answer) this.csrf = answer.csrfToken as string;
    return res;
  }
}

/** One request over a fresh TCP connection from `localAddress`, answered in inject's shape. */
function overSocket(
  url: URL,
  localAddress: string,
  method: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<LightMyRequestResponse> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  if (payload !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          statusCode: res.statusCode ?? 0,
          headers: res.headers,
          body: text,
          json: () => JSON.parse(text),
        } as LightMyRequestResponse);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** The code an authenticator app shows now. */
export const codeAt = (secret: string, now: number) => totpCode(secret, totpStep(now));

export interface EnrolledUser {
  browser: ConsoleBrowser;
  email: string;
  userId: string;
  secret: string;
  recoveryCodes: string[];
}

/** Adds a user, follows the setup link, and enrols TOTP: the browser ends up fully signed in. */
export async function enrolledUser(
  app: FastifyInstance,
  store: Store,
  clock: { now: number },
  email: string,
  role: Role,
  address = '127.0.0.1',
): Promise<EnrolledUser> {
  const { user, token } = await inviteUser(store, { email, role }, clock.now);
  const browser = new ConsoleBrowser(app, address);
  expectStatus(await browser.call('POST', '/api/v1/auth/setup', { token, password: GOOD_PASSWORD }), 200);
  const enrolment = (await browser.call('POST', '/api/v1/auth/totp/enroll')).json();
  const confirmed = await browser.call('POST', '/api/v1/auth/totp/confirm', {
    code: codeAt(enrolment.secret, clock.now),
  });
  expectStatus(confirmed, 200);
  return {
    browser,
    email,
    userId: user.id,
    secret: enrolment.secret,
    recoveryCodes: confirmed.json().recoveryCodes,
  };
}

/** Signs in with password and TOTP from a new browser; moves the clock to a fresh TOTP step first. */
export async function signIn(
  app: FastifyInstance,
  clock: { now: number },
  user: Pick<EnrolledUser, 'email' | 'secret'>,
  address = '127.0.0.1',
): Promise<ConsoleBrowser> {
  clock.now += 30_000;
  const browser = new ConsoleBrowser(app, address);
  expectStatus(
    await browser.call('POST', '/api/v1/auth/login', { email: user.email, password: GOOD_PASSWORD }),
    200,
  );
  expectStatus(
    await browser.call('POST', '/api/v1/auth/totp/verify', { code: codeAt(user.secret, clock.now) }),
    200,
  );
  return browser;
}

export function expectStatus(res: LightMyRequestResponse, status: number): void {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
}

/** The control plane fixture, with browsers and enrolled users on it. */
export interface ConsoleFixture extends ControlFixture {
  /** A new browser, from `address`. */
  browser(address?: string): ConsoleBrowser;
  /** See `enrolledUser`. */
  enrol(email: string, role: Role, address?: string): Promise<EnrolledUser>;
  /** See `signIn`. */
  signIn(user: Pick<EnrolledUser, 'email' | 'secret'>, address?: string): Promise<ConsoleBrowser>;
}

/** A control plane on a fresh store for each test of the calling file, closed after it. */
export function freshConsoleFixture(): ConsoleFixture {
  let current: ControlFixture | undefined;
  beforeEach(async () => {
    current = await startControlFixture();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const started = () => {
    if (!current) throw new Error('the control fixture exists only while a test runs');
    return current;
  };
  const helpers: Pick<ConsoleFixture, 'browser' | 'enrol' | 'signIn'> = {
    browser: (address) => new ConsoleBrowser(started().app, address),
    enrol: (email, role, address) =>
      enrolledUser(started().app, started().store, started().clock, email, role, address),
    signIn: (user, address) => signIn(started().app, started().clock, user, address),
  };
  return new Proxy({} as ConsoleFixture, {
    get: (_, key) => (key in helpers ? helpers[key as keyof typeof helpers] : Reflect.get(started(), key)),
    set: (_, key, value) => Reflect.set(started(), key, value),
  });
}
