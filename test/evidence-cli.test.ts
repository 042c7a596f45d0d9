// `breakwater bouncers` and `breakwater evidence` as child processes on a real data directory: a bouncer's
// key printed once and its last pull listed; an evidence package checked against the published key, and
// a package with one changed byte refused with exit code 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportEvidence } from '../src/evidence/package.js';
import { openStore } from '../src/store/index.js';
import { ensureBuilt, runCli } from './support/cli.js';
import { secretIncident } from './support/secret-incident.js';

let workDir: string;
let dataDir: string;

beforeAll(() => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-evidence-cli-'));
  dataDir = join(workDir, 'data');
}, 300_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const run = (...args: string[]) => runCli(args, { cwd: workDir, timeoutMs: 60_000 });

describe('breakwater bouncers', () => {
  it('adds a bouncer with a key shown once, lists it, and removes it', async () => {
    const added = await run('bouncers', 'add', 'firewall', '--data', dataDir);
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await run('bouncers', 'add', 'firewall', '--data', dataDir)).code).toBe(1);
    const listed = await run('bouncers', 'list', '--data', dataDir);
    expect(listed.stdout).toMatch(/^firewall\t\S+Z\tnever\t-\t-$/m);
    expect(listed.stdout).not.toContain(added.stdout.trim());
    expect((await run('bouncers', 'remove', 'firewall', '--data', dataDir)).code).toBe(0);
    expect((await run('bouncers', 'remove', 'firewall', '--data', dataDir)).code).toBe(1);
  });
});

describe('breakwater evidence', () => {
  it('verifies a package against the published key, and refuses one with a changed byte', async () => {
    const store = await openStore({ dataDir });
    const { id: _id, ...draft } = secretIncident({ title: 'HTTP flood on /login' });
    const incident = await store.incidents.create(draft);
    const archive = await exportEvidence(
      { store, identity: 'Example', tlp: 'amber', keepQueryValues: false, now: Date.now },
      {
        incident,
        exportedBy: { kind: 'system', id: null, name: 'test' },
        address: null,
        redactLegitimate: false,
      },
    );
    await store.close();
    const file = join(workDir, 'evidence.tar');
    writeFileSync(file, archive);

    const key = await run('evidence', 'public-key', '--data', dataDir, '--out', join(workDir, 'key.pem'));
    expect(key.code).toBe(0);
    const fingerprint = /fingerprint \(SHA-256\): ([0-9a-f]{64})/.exec(key.stderr)?.[1];
    expect(fingerprint).toBeDefined();

    const ok = await run('evidence', 'verify', file, '--public-key', join(workDir, 'key.pem'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`${incident.id}, exported`);
    expect(ok.stdout).toContain(`signed by Ed25519 key ${fingerprint} (the key given)`);

    const tampered = Buffer.from(readFileSync(file));
    tampered[tampered.indexOf('HTTP flood on /login')] = 'h'.charCodeAt(0);
    writeFileSync(file, tampered);
    const refused = await run('evidence', 'verify', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/was changed: its SHA-256 does not match/);
  });
});
