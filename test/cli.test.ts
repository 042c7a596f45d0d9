// The built `breakwater` command as a user runs it: help for each command, configuration and usage
// errors (exit 2, naming what is wrong), tokens, decisions through the control plane, and serve's lifecycle.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from '../src/demo/origin.js';
import { connectionRefused, ensureBuilt, finished, freePort, runCli, startCli } from './support/cli.js';
import { eventually, probeConnection, send } from './support/client.js';
import { callApi, type DecisionBody } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

let workDir: string;

beforeAll(() => {
  ensureBuilt();
  // An empty working directory: no breakwater.yaml is picked up by accident.
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-cli-'));
}, 180_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: workDir, env });

describe('help', () => {
  it.each([
    [['serve'], ['--upstream', '--listen', '--control', '--data', '--config']],
    [['demo'], ['--origin-port', '--listen', '--control', '--data', '--config']],
    [
      ['decisions', 'list'],
      ['--control', '--token', '--json'],
    ],
    [
      ['decisions', 'add'],
      [
        '--control',
        '--token',
        '--scope',
        '--value',
        '--action',
        '--rate',
        '--burst',
        '--difficulty',
        '--reason',
        '--ttl',
        '--route',
      ],
    ],
    [
      ['decisions', 'remove'],
      ['--control', '--token', '<id>'],
    ],
    [
      ['token', 'create'],
      ['--role', '--name', '--ttl', '--data'],
    ],
  ])('%j --help lists its options', async (command, options) => {
    const result = await run([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: breakwater ${command.join(' ')}`);
    for (const option of options) expect(result.stdout).toContain(option);
  });

  it('lists every command at the top', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['serve', 'demo', 'decisions', 'token'])
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });
});

describe('usage and configuration errors', () => {
  it('exits 2 naming the key path of a bad configuration file, and starts nothing', async () => {
    const config = join(workDir, 'bad.yaml');
    writeFileSync(config, 'upstreams: [http://127.0.0.1:9]\nlimits:\n  maxHeaderBytes: lots\n');
    const dataDir = join(workDir, 'never-created');
    const listen = await freePort();
    const result = await run([
      'serve',
      '--config',
      config,
      '--data',
      dataDir,
      '--listen',
      `127.0.0.1:${listen}`,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml: limits\.maxHeaderBytes: expected .*found "lots"/);
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  });

  it('exits 2 with a clear message when serve has no upstream', async () => {
    const dataDir = join(workDir, 'no-upstream');
    const result = await run(['serve', '--data', dataDir, '--listen', `127.0.0.1:${await freePort()}`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no origin to protect: give --upstream/);
    expect(existsSync(dataDir)).toBe(false);
  });

  it.each([
    ['a missing required option', ['decisions', 'add', '--scope', 'ip'], /required option '--value/],
    ['an unknown option', ['serve', '--upstrem', 'http://127.0.0.1:9'], /unknown option '--upstrem'/],
    [
      'an unknown role',
      ['token', 'create', '--role', 'root'],
      /--role: expected one of viewer, responder, admin/,
    ],
    [
      'a rate that is no number',
      ['decisions', 'add', '--scope', 'ip', '--value', '192.0.2.1', '--action', 'throttle', '--rate', 'fast'],
      /--rate: expected a number/,
    ],
  ])('exits 2 for %s', async (_name, args, message) => {
    const result = await run([...args, ...(args[0] === 'token' ? ['--data', join(workDir, 'unused')] : [])]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 and says how to get a token when none is given', async () => {
    const result = await run(['decisions', 'list', '--control', 'http://127.0.0.1:9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no API token: pass --token or set BREAKWATER_TOKEN/);
  });
});

describe('token create', () => {
  let stack: Stack | undefined;
  const dataDir = () => join(workDir, 'tokens');

  afterAll(async () => {
    await stack?.stop();
  });

  it('prints one token that works, with its role, against a stack on that data directory', async () => {
    const result = await run([
      'token',
      'create',
      '--role',
      'viewer',
      '--name',
      'grafana',
      '--data',
      dataDir(),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^bwt_[A-Za-z0-9_-]{43}\n$/);
    expect(result.stderr).toMatch(/created viewer token "grafana"/);
    const token = result.stdout.trim();

    stack = await startStack({ dataDir: dataDir() });
    const read = await callApi(stack.controlUrl, 'GET', '/api/v1/decisions', { token });
    expect(read.status).toBe(200);
    const write = await callApi(stack.controlUrl, 'POST', '/api/v1/decisions', {
      token,
      body: { scope: 'ip', value: '192.0.2.1', action: 'block' },
    });
    expect(write.status).toBe(403);
  });
});

describe('decisions against a running stack', () => {
  let stack: Stack;
  let env: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    env = { BREAKWATER_TOKEN: stack.tokens.responder };
  });

  afterAll(async () => {
    await stack?.stop();
    if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
  });

  const control = () => ['--control', stack.controlUrl];

  it('adds, lists and removes a decision, which the gateway enforces meanwhile', async () => {
    const added = await run(
      [
        'decisions',
        'add',
        ...control(),
        '--scope',
        'ip',
        '--value',
        '127.0.0.90',
        '--action',
        'block',
        '--ttl',
        '10m',
        '--json',
      ],
      env,
    );
    expect(added.code).toBe(0);
    const decision = JSON.parse(added.stdout) as DecisionBody;
    expect(decision).toMatchObject({ scope: 'ip', value: '127.0.0.90', action: 'block', source: 'manual' });
    expect(decision.expiresAt).toBeGreaterThan(Date.now() + 9 * 60_000);

    const refused = await probeConnection(stack.gatewayUrl, '127.0.0.90');
    expect(refused.closedByServer && refused.received.length === 0).toBe(true);

    const listed = await run(['decisions', 'list', ...control()], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${decision.id}\\s+block\\s+ip 127\\.0\\.0\\.90\\s`, 'm'));

    const removed = await run(['decisions', 'remove', ...control(), decision.id], env);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toBe(`removed ${decision.id}\n`);
    expect((await send(stack.gatewayUrl, '/login', { localAddress: '127.0.0.90' })).status).toBe(200);

    const empty = await run(['decisions', 'list', ...control(), '--json'], env);
    expect(JSON.parse(empty.stdout)).toEqual([]);
  });

  it('adds a throttle with its rate and burst, passing the token by flag', async () => {
    const added = await run(
      [
        'decisions',
        'add',
        ...control(),
        '--token',
        stack.tokens.admin,
        '--scope',
        'cidr',
        '--value',
        '198.51.100.7/24',
        '--action',
        'throttle',
        '--rate',
        '5',
        '--burst',
        '9',
        '--json',
      ],
      {},
    );
    expect(added.code).toBe(0);
    const decision = JSON.parse(added.stdout) as DecisionBody;
    expect(decision).toMatchObject({ value: '198.51.100.0/24', throttle: { rate: 5, burst: 9 } });
    expect(stack.bw.table.get(decision.id)).toBeDefined();
    await run(['decisions', 'remove', ...control(), decision.id], env);
  });

  it.each([
    ['value', ['--scope', 'ip', '--value', '300.1.2.3', '--action', 'block'], /body\/value/],
    ['scope', ['--scope', 'ipx', '--value', '192.0.2.1', '--action', 'block'], /body\/scope/],
    ['ttl', ['--scope', 'ip', '--value', '192.0.2.1', '--action', 'block', '--ttl', 'soon'], /body\/ttl/],
  ])('exits 2 naming the field when the %s is bad', async (_field, args, message) => {
    const result = await run(['decisions', 'add', ...control(), ...args], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/POST \/api\/v1\/decisions: 400 /);
    expect(result.stderr).toMatch(message);
    expect(stack.bw.table.size).toBe(0);
  });

  it('exits 2 when the token lacks the role', async () => {
    const result = await run(
      ['decisions', 'add', ...control(), '--scope', 'ip', '--value', '192.0.2.1', '--action', 'block'],
      { BREAKWATER_TOKEN: stack.tokens.viewer },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/403 this action needs the responder role/);
  });

  it('exits 1 when the control plane cannot be reached', async () => {
    const port = await freePort();
    const result = await run(['decisions', 'list', '--control', `http://127.0.0.1:${port}`], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot reach the control plane at http:\/\/127\.0\.0\.1:\d+/);
  });
});

describe('serve', () => {
  let origin: DemoOrigin;

  beforeAll(async () => {
    origin = await startDemoOrigin({ port: 0 });
  });

  afterAll(async () => {
    await origin?.close();
  });

  it('answers on --listen, keeps its control plane on --control, and stops cleanly on SIGTERM', async () => {
    const listen = await freePort();
    const controlPort = await freePort();
    const dataDir = join(workDir, 'serve-data');
    const child = startCli(
      [
        'serve',
        '--upstream',
        origin.url,
        '--listen',
        `127.0.0.1:${listen}`,
        '--control',
        `127.0.0.1:${controlPort}`,
        '--data',
        dataDir,
      ],
      { cwd: workDir },
    );
    const exit = finished(child, 30_000);
    try {
      const gateway = `http://127.0.0.1:${listen}`;
      const up = await eventually(async () => {
        try {
          return (await send(gateway, '/login', { headers: [['accept', 'text/html']] })).status === 200;
        } catch {
          return false;
        }
      }, 15_000);
      expect(up).toBe(true);
      const page = await send(gateway, '/login', { headers: [['accept', 'text/html']] });
      expect(page.body).toContain('name="password"');
      const health = await callApi<{ status: string }>(
        `http://127.0.0.1:${controlPort}`,
        'GET',
        '/api/v1/health',
      );
      expect(health.status).toBe(200);
      expect(existsSync(dataDir)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    const result = await exit;
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/SIGTERM: stopping/);
    expect(await connectionRefused(listen)).toBe(true);
    expect(await connectionRefused(controlPort)).toBe(true);
  });
});
