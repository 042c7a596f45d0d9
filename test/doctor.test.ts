// `breakwater doctor` against a deliberately weak installation and a hardened one, each with a real data
// directory and store and, for TLS, a running Breakwater probed over loopback.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteUser } from '../src/accounts/invite.js';
import { digest } from '../src/accounts/secret-token.js';
import { createToken } from '../src/auth/tokens.js';
import { type Config, parseConfig } from '../src/config/index.js';
import { examine } from '../src/doctor/examine.js';
import type { DoctorContext } from '../src/doctor/finding.js';
import { openStore, type Store } from '../src/store/index.js';
import { ensureBuilt, runCli } from './support/cli.js';
import { type Stack, startStack } from './support/stack.js';

const cert = fileURLToPath(new URL('./fixtures/tls/cert.pem', import.meta.url));
const key = fileURLToPath(new URL('./fixtures/tls/key.pem', import.meta.url));
const NOW = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;
const npmClean = JSON.stringify({
  metadata: { vulnerabilities: { critical: 0, high: 0, moderate: 0, low: 0 } },
});

const context = (
  config: Config,
  store: Store | undefined,
  extra: Partial<DoctorContext> = {},
): DoctorContext => ({
  config,
  store,
  env: {},
  now: () => NOW,
  nodeVersion: 'v24.17.0',
  audit: async () => npmClean,
  // Another loopback address stands for this machine's network addresses: no traffic leaves loopback.
  otherAddresses: () => ['127.0.0.2'],
  ...extra,
});

const ids = (findings: { id: string; severity: string }[], severity: string) =>
  findings.filter((f) => f.severity === severity).map((f) => f.id);

describe('a weak installation', () => {
  let dir: string;
  let store: Store;
  let stack: Stack;
  let origin: Server;
  let everywhere: number;
  beforeAll(async () => {
    // An origin listening on every interface, though configured on 127.0.0.1.
    origin = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => origin.listen(0, '0.0.0.0', resolve));
    everywhere = (origin.address() as AddressInfo).port;
    dir = mkdtempSync(join(tmpdir(), 'breakwater-doctor-weak-'));
    store = await openStore({ dataDir: dir, now: () => NOW });
    const { user, token } = await inviteUser(store, { email: 'ops@example.test', role: 'admin' }, NOW - DAY);
    await store.users.completeSetup(user.id, digest(token), 'argon2-hash-stand-in');
    await createToken({ store, role: 'admin', name: 'old ci', now: () => NOW - 120 * DAY });
    await createToken({ store, role: 'admin', name: 'forever', now: () => NOW - DAY });
    await store.secrets.getOrCreate('challenge-hmac', () => 'x'.repeat(44));
    chmodSync(dir, 0o755);
    // The gateway over TLS, running, for the listener probe.
    stack = await startStack({ config: { tls: { cert, key } } });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await stack?.stop();
    origin?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds every weakness, high ones first, each with why and how to fix it', async () => {
    const config = parseConfig({
      control: '0.0.0.0:9400',
      controlPlane: { allowPlainHttp: true },
      listen: stack.bw.gateway.url.replace('https://', ''),
      tls: { cert, key },
      data: dir,
      upstreams: ['http://10.0.0.2:8080', `http://127.0.0.1:${everywhere}`],
      trustedProxies: ['0.0.0.0/0', '10.0.0.0/16'],
    });
    const audit = async () =>
      JSON.stringify({ metadata: { vulnerabilities: { critical: 1, high: 0, moderate: 2, low: 0 } } });
    const { findings, counts } = await examine(context(config, store, { nodeVersion: 'v20.19.0', audit }));
    expect(ids(findings, 'high')).toEqual(
      expect.arrayContaining([
        'control-plain-http',
        'origin-reachable-directly',
        'trusted-proxies-wide',
        'user-without-second-factor',
        'data-permissions',
        'node-behind-security-release',
        'npm-advisories-critical',
      ]),
    );
    expect(ids(findings, 'medium')).toEqual(
      expect.arrayContaining([
        'admin-token-unused',
        'admin-token-no-expiry',
        'store-key-beside-data',
        'npm-advisories-moderate',
      ]),
    );
    expect(ids(findings, 'info')).toContain('origin-on-network');
    // The gateway's own TLS meets the intermediate profile: the probe reached it and found nothing.
    expect(findings.map((f) => f.id).filter((id) => id.startsWith('tls-'))).toEqual([]);
    expect(findings[0].severity).toBe('high');
    for (const finding of findings) {
      expect(finding.why.length).toBeGreaterThan(10);
      expect(finding.fix.length).toBeGreaterThan(10);
    }
    expect(counts.high).toBeGreaterThanOrEqual(6);
  });

  it('knows a Node.js line past its end of life, and says how old its release data is', async () => {
    const config = parseConfig({ data: dir, upstreams: ['http://127.0.0.1:1'] });
    const later = Date.UTC(2027, 0, 6);
    const { findings } = await examine(context(config, store, { nodeVersion: 'v20.20.2', now: () => later }));
    expect(findings.find((f) => f.id === 'node-end-of-life')).toMatchObject({
      severity: 'high',
      title: expect.stringContaining('2026-04-30'),
    });
    expect(findings.find((f) => f.id === 'node-release-data-old')?.severity).toBe('low');
  });

  it('says it skipped the advisories when the registry does not answer', async () => {
    const config = parseConfig({ data: dir, upstreams: ['http://127.0.0.1:1'] });
    const { findings } = await examine(context(config, store, { audit: async () => undefined }));
    expect(findings.find((f) => f.id === 'npm-audit-skipped')?.severity).toBe('info');
  });
});

describe('a hardened installation', () => {
  let dir: string;
  let keyDir: string;
  let store: Store;
  let stack: Stack;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'breakwater-doctor-hard-'));
    keyDir = mkdtempSync(join(tmpdir(), 'breakwater-doctor-key-'));
    const env = { BREAKWATER_STORE_KEY_FILE: join(keyDir, 'store.key') };
    store = await openStore({ dataDir: dir, now: () => NOW, env });
    await createToken({ store, role: 'admin', name: 'ci', ttlSeconds: 30 * 86_400, now: () => NOW - DAY });
    await store.secrets.getOrCreate('challenge-hmac', () => 'x'.repeat(44));
    stack = await startStack({ config: { controlPlane: { tls: { cert, key } } } });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('has no high or medium finding, and its control plane meets the intermediate profile', async () => {
    const config = parseConfig({
      control: stack.controlUrl.replace('https://', ''),
      controlPlane: { tls: { cert, key } },
      data: dir,
      upstreams: ['http://127.0.0.1:1'],
      trustedProxies: ['192.0.2.10'],
    });
    const env = { BREAKWATER_STORE_KEY_FILE: join(keyDir, 'store.key') };
    const { findings, counts } = await examine(context(config, store, { env }));
    expect(findings.filter((f) => f.severity === 'high' || f.severity === 'medium')).toEqual([]);
    expect(counts).toMatchObject({ high: 0, medium: 0 });
    expect(findings.map((f) => f.id)).not.toContain('tls-listener-not-probed');
  });
});

describe('breakwater doctor', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'breakwater-doctor-cli-'));
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers --json with findings and counts, and exits 1 exactly when one is high', async () => {
    const run = await runCli(['doctor', '--json', '--data', join(dir, 'data')], {
      cwd: dir,
      timeoutMs: 60_000,
    });
    const answer = JSON.parse(run.stdout) as { findings: { id: string }[]; counts: Record<string, number> };
    expect(Object.keys(answer.counts)).toEqual(['high', 'medium', 'low', 'info']);
    expect(answer.findings.length).toBe(Object.values(answer.counts).reduce((a, b) => a + b, 0));
    expect(run.code).toBe(answer.counts.high > 0 ? 1 : 0);
  });
});
