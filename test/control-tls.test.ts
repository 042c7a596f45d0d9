// The control plane over HTTPS on a running Breakwater: refused in clear on an address other machines
// reach, Secure `__Host-` cookies and HSTS over TLS, a certificate read again on SIGHUP, and a TLS proxy
// in front whose public origin the CSRF check accepts.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUser } from '../src/accounts/invite.js';
import { parseConfig } from '../src/config/index.js';
import { request } from './support/http-client.js';
import { type Stack, startStack } from './support/stack.js';

const fixtureCert = fileURLToPath(new URL('./fixtures/tls/cert.pem', import.meta.url));
const fixtureKey = fileURLToPath(new URL('./fixtures/tls/key.pem', import.meta.url));
const PASSWORD = 'lantern orbit cobalt 42';

/** The SHA-256 fingerprint of the certificate a TLS server presents. */
function presented(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once('error', reject);
  });
}

/** Follows a setup link's token: the answer carries the console's session cookie. */
async function setUp(stack: Stack, url: string, email: string, headers: Record<string, string> = {}) {
  const { token } = await inviteUser(stack.bw.store, { email, role: 'viewer' }, Date.now());
  return request(`${url}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ token, password: PASSWORD }),
    ca: readFileSync(fixtureCert),
  });
}

describe('where the control plane may listen', () => {
  const base = { upstreams: ['http://127.0.0.1:3000'] };

  it('refuses an address other machines reach without TLS, naming the keys', () => {
    expect(() => parseConfig({ ...base, control: '0.0.0.0:9400' })).toThrow(
      /control.*loopback.*controlPlane\.tls.*controlPlane\.allowPlainHttp/s,
    );
  });

  it('allows it with TLS, or in clear when asked for by name, and loopback always', () => {
    const tls = { cert: fixtureCert, key: fixtureKey };
    expect(parseConfig({ ...base, control: '0.0.0.0:9400', controlPlane: { tls } }).controlPlane.tls).toEqual(
      tls,
    );
    expect(
      parseConfig({ ...base, control: '[::]:9400', controlPlane: { allowPlainHttp: true } }).control.host,
    ).toBe('::');
    expect(parseConfig({ ...base, control: '127.0.0.2:9400' }).control.port).toBe(9400);
  });
});

describe('over TLS', () => {
  let stack: Stack;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'breakwater-control-tls-'));
    copyFileSync(fixtureCert, join(dir, 'cert.pem'));
    copyFileSync(fixtureKey, join(dir, 'key.pem'));
    stack = await startStack({
      config: { controlPlane: { tls: { cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') } } },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves HTTPS with HSTS, and the session cookie as __Host- and Secure', async () => {
    expect(stack.controlUrl).toMatch(/^https:/);
    const health = await request(`${stack.controlUrl}/api/v1/health`, { ca: readFileSync(fixtureCert) });
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
    const setup = await setUp(stack, stack.controlUrl, 'tess@example.test');
    expect(setup.status).toBe(200);
    expect(String(setup.headers['set-cookie'])).toMatch(
      /^__Host-bw_session=[\w-]{43}; HttpOnly; Path=\/; SameSite=Strict; Secure$/,
    );
  });

  it('reads the certificate again on SIGHUP', async () => {
    const before = await presented(stack.controlUrl);
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    process.kill(process.pid, 'SIGHUP');
    const fresh = new X509Certificate(readFileSync(join(dir, 'cert.pem'))).fingerprint256;
    let after = before;
    for (let i = 0; i < 50 && after === before; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await presented(stack.controlUrl);
    }
    expect(after).not.toBe(before);
    expect(after).toBe(fresh);
  });
});

describe('behind a TLS proxy', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ config: { controlPlane: { publicOrigin: 'https://console.example.test' } } });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('accepts the public origin in Origin, refuses others, and makes cookies Secure', async () => {
    const setup = await setUp(stack, stack.controlUrl, 'pim@example.test', {
      origin: 'https://console.example.test',
    });
    expect(setup.status).toBe(200);
    expect(String(setup.headers['set-cookie'])).toMatch(/^__Host-bw_session=.*; Secure$/);
    expect(setup.headers['strict-transport-security']).toBeDefined();
    const forged = await setUp(stack, stack.controlUrl, 'eve@example.test', {
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    expect(forged.json<{ error: string }>().error).toBe('csrf');
  });
});
