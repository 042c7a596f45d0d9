// Plain block lists in and out of a running Breakwater, through the API and the `breakwater intel` command:
// export of active blocks, import with a ttl, invalid lines named by number and nothing imported unless
// asked to skip them, and protected or too broad entries refused like invalid ones. Also the command's
// peers: added with an inbound account whose secret is printed once, listed without passwords.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './support/cli.js';
import { addDecision, callApi, removeAllDecisions } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

let stack: Stack;
let workDir: string;

beforeAll(async () => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-lists-'));
  stack = await startStack({ config: { intel: { import: { protect: ['192.0.2.0/24'] } } } });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

afterEach(async () => {
  await removeAllDecisions(stack.controlUrl, stack.tokens.responder);
});

async function postList(text: string, query = '', token = stack.tokens.responder) {
  const response = await fetch(new URL(`/api/v1/intel/blocklist${query}`, stack.controlUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
    body: text,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const blocked = () =>
  stack.bw.table
    .list()
    .map((d) => d.value)
    .sort();

describe('GET /api/v1/intel/blocklist', () => {
  it('lists active block decisions as plain text for a viewer', async () => {
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '198.51.100.7',
      action: 'block',
    });
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'cidr',
      value: '203.0.113.0/24',
      action: 'block',
    });
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: '198.51.100.8',
      action: 'challenge',
    });
    const response = await fetch(new URL('/api/v1/intel/blocklist', stack.controlUrl), {
      headers: { authorization: `Bearer ${stack.tokens.viewer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const lines = (await response.text()).split('\n');
    expect(lines[0]).toMatch(/^# Breakwater block list: 2 /);
    expect(lines.slice(1)).toEqual(['198.51.100.7', '203.0.113.0/24', '']);
  });
});

describe('POST /api/v1/intel/blocklist', () => {
  it('blocks every entry for the ttl', async () => {
    const answer = await postList(
      '# partner list\n198.51.100.7\n\n2001:db8::/48 # their range\n',
      '?ttl=2h&reason=partner',
    );
    expect(answer).toEqual({ status: 201, body: { imported: 2, skipped: [] } });
    expect(blocked()).toEqual(['198.51.100.7', '2001:db8::/48']);
    const decision = stack.bw.table.list()[0];
    expect(decision).toMatchObject({ action: 'block', source: 'intel', reason: 'partner' });
    expect(decision.expiresAt! - decision.createdAt).toBe(2 * 3_600_000);
  });

  it('imports nothing when a line is invalid, protected or too broad, and names each line', async () => {
    const text = '198.51.100.7\nnot-an-address\n192.0.2.55\n0.0.0.0/0\n198.51.100.8\n';
    const refused = await postList(text);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      { field: 'body/line 2', message: 'not-an-address: not an IP address or CIDR prefix' },
      {
        field: 'body/line 3',
        message: expect.stringMatching(/^192\.0\.2\.55: poisoning: .*192\.0\.2\.0\/24/),
      },
      { field: 'body/line 4', message: '0.0.0.0/0: 0.0.0.0/0 covers every address' },
    ]);
    expect(blocked()).toEqual([]);

    const skipped = await postList(text, '?skipInvalid=true');
    expect(skipped.status).toBe(201);
    expect(skipped.body.imported).toBe(2);
    expect(blocked()).toEqual(['198.51.100.7', '198.51.100.8']);
  });

  it('needs the responder role and a valid ttl', async () => {
    expect((await postList('198.51.100.7\n', '', stack.tokens.viewer)).status).toBe(403);
    expect((await postList('198.51.100.7\n', '?ttl=soon')).status).toBe(400);
    expect(blocked()).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes the intel routes', async () => {
    const answer = await callApi<{ paths: Record<string, Record<string, unknown>> }>(
      stack.controlUrl,
      'GET',
      '/api/openapi.json',
    );
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body.paths['/api/v1/intel/blocklist'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(answer.body.paths['/api/v1/intel/peers'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(answer.body.paths['/api/v1/intel/peers/{name}/pull'] ?? {})).toEqual(['post']);
  });
});

describe('breakwater intel export and import-list', () => {
  const run = (args: string[]) =>
    runCli(['intel', ...args, '--control', stack.controlUrl, '--token', stack.tokens.responder], {
      cwd: workDir,
    });

  it('reports invalid lines with their numbers and imports nothing, then exports what it imported', async () => {
    const list = join(workDir, 'partner.txt');
    writeFileSync(list, '198.51.100.7\n2001:db8::zz\n203.0.113.0/24\n');
    const refused = await run(['import-list', list]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('body/line 2: 2001:db8::zz:');
    expect(blocked()).toEqual([]);

    const imported = await run(['import-list', list, '--skip-invalid', '--ttl', '1h']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe('imported 2 address(es) and prefix(es)\n');
    expect(imported.stderr).toContain(`${list}:2: skipped 2001:db8::zz`);

    const out = join(workDir, 'export.txt');
    const exported = await run(['export', '--output', out]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').slice(1)).toEqual(['198.51.100.7', '203.0.113.0/24', '']);
  }, 120_000);

  it('adds a peer with its inbound account, printing the secret once, and lists peers without passwords', async () => {
    const admin = (args: string[]) =>
      runCli(['intel', 'peers', ...args, '--control', stack.controlUrl, '--token', stack.tokens.admin], {
        cwd: workDir,
      });
    const added = await admin([
      'add',
      'delta',
      '--url',
      'https://taxii.example/taxii2/api',
      '--collection',
      'c1',
      '--username',
      'bw',
      '--password',
      'hunter22',
      '--trust',
      '60',
      '--read',
      '4b1e2c9a-6f0d-4c3b-9a57-2d8e61f0b7c4',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const secret = added.stdout.trim().split('\n').at(-1) as string;
    expect(added.stderr).toContain('its secret is shown only once');
    expect(await stack.bw.store.taxiiAccounts.authenticate('delta', secret)).toBeDefined();

    const listed = await admin(['list']);
    expect(listed.stdout).toMatch(
      /^delta {2}https:\/\/taxii\.example\/taxii2\/api\/ collection c1 {2}trust 60 {2}never pulled$/m,
    );
    expect(listed.stdout + listed.stderr).not.toMatch(/hunter22|secret/);
    expect((await admin(['remove', 'delta'])).stdout).toBe('removed delta\n');
  }, 120_000);
});
