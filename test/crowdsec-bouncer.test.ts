// Debian's real crowdsec-custom-bouncer pulls the decisions stream of a real control plane on loopback;
// its script records what it is told to add and delete. A block added here reaches the script, and the
// block's expiry, or its removal, takes it away again.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addBouncer } from '../src/bouncers/bouncer-key.js';
import { type ControlFixture, startControlFixture } from '../src/control/fixture.js';

const BOUNCER = '/usr/bin/crowdsec-custom-bouncer';

let f: ControlFixture;
let dir: string;
let bouncer: ChildProcess;
const calls = () => readFile(join(dir, 'calls.log'), 'utf8').catch(() => '');

async function until(what: string, check: (text: string) => boolean, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const text = await calls();
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`the bouncer never ${what}; its script recorded:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'breakwater-bouncer-'));
  f = await startControlFixture();
  const key = await addBouncer(f.store, 'custom', f.clock.now);
  await f.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = f.app.server.address() as { port: number };
  const script = join(dir, 'record.sh');
  await writeFile(script, `#!/bin/sh\necho "$1 $2 $3 $4" >> '${join(dir, 'calls.log')}'\n`);
  await chmod(script, 0o755);
  const config = join(dir, 'bouncer.yaml');
  await writeFile(
    config,
    [
      `bin_path: ${script}`,
      'feed_via_stdin: false',
      'update_frequency: 200ms',
      'cache_retention_duration: 1s',
      'daemonize: false',
      'log_mode: stdout',
      'log_level: info',
      `api_url: http://127.0.0.1:${port}/`,
      `api_key: ${key}`,
      'prometheus:',
      '  enabled: false',
      '',
    ].join('\n'),
  );
  bouncer = spawn(BOUNCER, ['-c', config], { stdio: 'ignore' });
});

afterAll(async () => {
  bouncer?.kill();
  await f?.close();
  await rm(dir, { recursive: true, force: true });
});

it('adds a block at the script, and deletes it when it expires and when it is removed', async () => {
  f.table.put({
    id: 'dec_expiring',
    scope: 'ip',
    value: '203.0.113.7',
    action: 'block',
    reason: 'flood',
    source: 'manual',
    createdAt: f.clock.now,
    expiresAt: f.clock.now + 60_000,
  });
  f.table.put({
    id: 'dec_range',
    scope: 'cidr',
    value: '198.51.100.0/24',
    action: 'block',
    reason: 'listed',
    source: 'intel',
    createdAt: f.clock.now,
    expiresAt: null,
  });
  const added = await until(
    'added both',
    (t) => t.includes('add 203.0.113.7') && t.includes('add 198.51.100.0/24'),
  );
  expect(added).toContain('add 203.0.113.7 60 breakwater/manual');

  f.clock.now += 61_000;
  const expired = await until('deleted the expired block', (t) => t.includes('del 203.0.113.7'));
  expect(expired).not.toContain('del 198.51.100.0/24');

  f.table.remove('dec_range');
  await until('deleted the removed range', (t) => t.includes('del 198.51.100.0/24'));
  const pulls = await f.app.inject({ method: 'GET', url: '/api/v1/bouncers', headers: f.as('viewer') });
  expect(pulls.json().bouncers[0]).toMatchObject({ name: 'custom', lastPullAt: f.clock.now });
});
