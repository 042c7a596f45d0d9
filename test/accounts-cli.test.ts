// `breakwater user` and `breakwater audit verify` as child processes on a real data directory: the first
// admin's setup link, and a tampered audit log caught with exit code 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../src/accounts/secret-token.js';
import { openStore } from '../src/store/index.js';
import { ensureBuilt, runCli } from './support/cli.js';

let workDir: string;
let dataDir: string;

beforeAll(() => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-accounts-cli-'));
  dataDir = join(workDir, 'data');
}, 300_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const run = (...args: string[]) => runCli([...args, '--data', dataDir], { cwd: workDir, timeoutMs: 60_000 });

describe('breakwater user add', () => {
  it('adds an admin and prints a one-time setup link for the control address', async () => {
    const ok = await run('user', 'add', '--admin', 'Root@Example.test');
    expect(ok.code).toBe(0);
    const link = ok.stdout.trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:9400\/setup#token=[\w-]{43}$/);
    expect(ok.stderr).toMatch(/added admin root@example.test/);

    const store = await openStore({ dataDir });
    try {
      const user = await store.users.findByEmail('root@example.test');
      expect(user).toMatchObject({ role: 'admin', hasPassword: false });
      // Only the token's hash is stored.
      expect(user?.setupHash).toBe(digest(link.split('#token=')[1]));
    } finally {
      await store.close();
    }
  });

  it('refuses an email that is taken or is no email', async () => {
    expect((await run('user', 'add', 'root@example.test')).code).toBe(1);
    const bad = await run('user', 'add', 'nobody');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected an email address/);
  });
});

describe('breakwater audit verify', () => {
  it('passes an intact log and names the first edited entry with exit code 1', async () => {
    await run('user', 'add', '--role', 'viewer', 'vera@example.test');
    const intact = await run('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact: 2 entries/);

    const store = await openStore({ dataDir });
    try {
      await store.db
        .updateTable('audit_log')
        .set({ target: '{"email":"mallory@example.test"}' })
        .where('seq', '=', 1)
        .execute();
    } finally {
      await store.close();
    }
    const broken = await run('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken at entry 1: its content does not match its hash/);
  });

  it('names a log whose newest entries were deleted', async () => {
    const fresh = join(workDir, 'truncated');
    const runIn = (...args: string[]) =>
      runCli([...args, '--data', fresh], { cwd: workDir, timeoutMs: 60_000 });
    for (const email of ['a@example.test', 'b@example.test', 'c@example.test']) {
      expect((await runIn('user', 'add', email)).code).toBe(0);
    }
    const intact = await runIn('audit', 'verify');
    expect(intact.stdout + intact.stderr).toMatch(/intact: 3 entries/);
    const store = await openStore({ dataDir: fresh });
    try {
      await store.db.deleteFrom('audit_log').where('seq', '>=', 2).execute();
    } finally {
      await store.close();
    }
    const cut = await runIn('audit', 'verify');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/broken at entry 2: the log ends at entry 1, but a checkpoint .* saw entry 3/);
  });
});
