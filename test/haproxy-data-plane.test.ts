// Debian's real HAProxy as Breakwater's data plane, all on loopback: HAProxy runs the haproxy.cfg that
// `breakwater dataplane haproxy-config` prints, in front of the demo origin; Breakwater writes its
// decisions into HAProxy's maps through the runtime API (a unix socket) and tallies HAProxy's request
// logs (syslog over UDP). Clients come from 127.0.0.5 and up; HAProxy reaches Breakwater's gateway from
// 127.0.0.1, the one trusted proxy. Bounded: the flood lasts at most 20 s, 16 connections.
import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition } from '../src/control/exposition.js';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import type { DataPlanePart } from '../src/runtime/dataplane.js';
import { ensureBuilt, freePort, runCli } from './support/cli.js';
import { addDecision, callApi } from './support/control-api.js';
import {
  emptyMaps,
  floodUntilRefused,
  haproxyInstalled,
  type Reply,
  type SendOptions,
  sendFrom,
  startHaproxy as startHaproxyOn,
  stopHaproxy as stopHaproxyChild,
  within,
} from './support/haproxy-run.js';
import { type Stack, startStack } from './support/stack.js';

const CLIENT = '127.0.0.5';
const OTHER = '127.0.0.6';
const dir = mkdtempSync(join(tmpdir(), 'breakwater-haproxy-'));
const socketPath = join(dir, 'admin.sock');
const mapsDir = join(dir, 'maps');
let stack: Stack;
let dataPlane: DataPlanePart;
let port: number;
let configFile: string;
let haproxy: ChildProcess | undefined;

const send = (from: string, options?: SendOptions): Promise<Reply> => sendFrom(port, from, options);

const startHaproxy = (mode: string[] = []) => startHaproxyOn(configFile, port, OTHER, mode);

async function stopHaproxy(): Promise<void> {
  const child = haproxy;
  haproxy = undefined;
  await stopHaproxyChild(child);
}

/** A decision on CLIENT unless `body` says otherwise, made through the control plane; its id. */
const decide = async (body: Record<string, unknown>) =>
  (
    await addDecision(stack.controlUrl, stack.tokens.responder, {
      scope: 'ip',
      value: CLIENT,
      ttl: 600,
      ...body,
    })
  ).id;

const undecide = (id: string) =>
  callApi(stack.controlUrl, 'DELETE', `/api/v1/decisions/${id}`, { token: stack.tokens.responder });

const installed = haproxyInstalled();

beforeAll(async () => {
  if (!installed) return;
  emptyMaps(mapsDir);
  stack = await startStack({
    config: {
      trustedProxies: ['127.0.0.1'],
      responder: { mode: 'enforce' },
      challenge: { difficulty: 8 },
      dataPlane: {
        kind: 'haproxy',
        runtimeApi: `unix:${socketPath}`,
        logListen: '127.0.0.1:0',
        maps: mapsDir,
        resync: '200ms',
      },
    },
  });
  dataPlane = stack.bw.dataPlane as DataPlanePart;
  port = await freePort();
  configFile = join(dir, 'haproxy.cfg');
  // the configuration users paste in, as the command prints it for this Breakwater
  const breakwaterYaml = join(dir, 'breakwater.yaml');
  writeFileSync(
    breakwaterYaml,
    [
      `listen: ${new URL(stack.gatewayUrl).host}`,
      `upstreams: [${stack.origin?.url}]`,
      'dataPlane:',
      '  kind: haproxy',
      `  runtimeApi: unix:${socketPath}`,
      `  logListen: 127.0.0.1:${dataPlane.logPort}`,
      `  maps: ${mapsDir}`,
    ].join('\n'),
  );
  ensureBuilt();
  const printed = await runCli(
    ['dataplane', 'haproxy-config', '--config', breakwaterYaml, '--bind', `127.0.0.1:${port}`],
    { cwd: dir },
  );
  if (printed.code !== 0) throw new Error(`haproxy-config failed: ${printed.stderr}`);
  writeFileSync(configFile, printed.stdout);
  haproxy = await startHaproxy();
  await within(5_000, () => dataPlane.maps.status().connected);
}, 180_000);

afterAll(async () => {
  await stopHaproxy();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const title = installed
  ? 'HAProxy as the data plane'
  : 'HAProxy as the data plane — skipped: the haproxy command is not installed';

describe.skipIf(!installed)(title, () => {
  it('serves the origin and tallies each request from HAProxy’s log', async () => {
    const before = stack.bw.stats.requestsFor('allow');
    const res = await send(CLIENT);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Breakwater Mail');
    await within(2_000, () => stack.bw.stats.requestsFor('allow') === before + 1);
  });

  it('enforces a block within a tick: 403 for that address and its prefix, others served', async () => {
    const block = await decide({ action: 'block' });
    const prefix = await decide({ scope: 'cidr', value: '127.0.0.64/30', action: 'block' });
    // a tick is 250 ms; the bound is generous for a busy machine
    await within(
      1_000,
      async () => (await send(CLIENT)).status === 403 && (await send('127.0.0.65')).status === 403,
    );
    expect((await send(OTHER)).status).toBe(200);
    await undecide(block);
    await undecide(prefix);
    await within(
      1_000,
      async () => (await send(CLIENT)).status === 200 && (await send('127.0.0.65')).status === 200,
    );
  });

  it('throttles at the decision’s rate with 429, and an allow wins over a block', async () => {
    const throttle = await decide({ action: 'throttle', throttle: { rate: 0.1, burst: 1 } });
    await within(1_000, () => dataPlane.maps.status().entries.throttle === 1);
    // 0.1/s with a burst of 1: two requests in HAProxy's 10 s period, then 429
    expect((await send(CLIENT)).status).toBe(200);
    expect((await send(CLIENT)).status).toBe(200);
    const refused = await send(CLIENT);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('10');
    expect((await send(OTHER)).status).toBe(200);
    await undecide(throttle);
    const block = await decide({ action: 'block' });
    const allow = await decide({ scope: 'cidr', value: '127.0.0.4/31', action: 'allow' });
    await within(1_000, () => dataPlane.maps.status().entries.allow === 1);
    expect((await send(CLIENT)).status).toBe(200);
    await undecide(allow);
    await undecide(block);
  });

  it('hands a challenged browser to Breakwater’s gateway: the page, its pass, then the origin', async () => {
    const challenge = await decide({ action: 'challenge' });
    await within(1_000, () => dataPlane.maps.status().entries.challenge === 1);
    const html = { accept: 'text/html', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };
    const page = await send(CLIENT, { path: '/inbox?folder=1', headers: html });
    const puzzle = puzzleFromPage(page.body);
    expect(puzzle).toMatchObject({ returnTo: '/inbox?folder=1' });
    expect((await send(OTHER, { headers: html })).status).toBe(200);
    const form = new URLSearchParams({
      token: puzzle!.token,
      counter: String(solvePuzzle(puzzle!)),
      returnTo: puzzle!.returnTo,
    });
    const verified = await send(CLIENT, {
      path: puzzle!.action,
      method: 'POST',
      headers: { ...html, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(verified.status).toBe(303);
    const cookie = (verified.headers['set-cookie'] ?? [])[0].split(';')[0];
    const back = await send(CLIENT, { headers: { ...html, cookie } });
    expect(back.status).toBe(200);
    expect(back.body).toContain('Breakwater Mail');
    await undecide(challenge);
  });

  it('drops and counts a malformed log line, and goes on reading', async () => {
    const malformed = dataPlane.logs.malformed;
    const read = dataPlane.logs.read;
    const socket = createSocket('udp4');
    const lines = [
      '',
      'garbage',
      'bw1 not-an-address allow GET 200 1 1 origin HTTP/1.1 0 - / - - x',
      '\u0000'.repeat(9000),
    ];
    for (const line of lines) {
      await new Promise<void>((resolve) =>
        socket.send(line, dataPlane.logPort, '127.0.0.1', () => resolve()),
      );
    }
    socket.close();
    await within(2_000, () => dataPlane.logs.malformed === malformed + lines.length);
    expect((await send(CLIENT)).status).toBe(200);
    await within(2_000, () => dataPlane.logs.read > read);
  });

  it('shows in /metrics the log lines read and dropped, the runtime API reached, resyncs and map entries', async () => {
    const block = await decide({ action: 'block' });
    await within(1_000, () => dataPlane.maps.status().entries.block === 1);
    const metrics = await callApi<string>(stack.controlUrl, 'GET', '/metrics', {
      token: stack.tokens.viewer,
    });
    const { samples } = parseExposition(metrics.body);
    const lines = (outcome: string) =>
      samples.get(`breakwater_dataplane_log_lines_total{outcome="${outcome}"}`);
    // the log counters only grow; read after the scrape, they are at least what it showed
    expect(lines('read')).toBeGreaterThan(0);
    expect(lines('read')).toBeLessThanOrEqual(dataPlane.logs.read);
    // the four malformed lines sent above, at least
    expect(lines('dropped')).toBeGreaterThanOrEqual(4);
    expect(lines('dropped')).toBeLessThanOrEqual(dataPlane.logs.malformed);
    expect(samples.get('breakwater_dataplane_runtime_api_up')).toBe(1);
    expect(samples.get('breakwater_dataplane_map_resyncs_total')).toBeGreaterThanOrEqual(1);
    expect(samples.get('breakwater_dataplane_map_entries{map="block"}')).toBe(1);
    expect(samples.get('breakwater_dataplane_map_entries{map="challenge"}')).toBe(0);
    await undecide(block);
  });

  it('resyncs the maps when HAProxy restarts, with the decisions made while it was away, also in its files', async () => {
    const block = await decide({ action: 'block' });
    await within(1_000, async () => (await send(CLIENT)).status === 403);
    const { pid, resyncs } = dataPlane.maps.status();
    await stopHaproxy();
    const away = await decide({ value: OTHER, action: 'block' });
    await within(2_000, () => !dataPlane.maps.status().connected);
    // the files a restarted HAProxy loads already hold both blocks
    const blocks = readFileSync(join(mapsDir, 'block.map'), 'utf8');
    expect(blocks.split('\n').sort()).toEqual(['', `${CLIENT} 1`, `${OTHER} 1`]);
    haproxy = await startHaproxy();
    await within(2_000, () => dataPlane.maps.status().resyncs > resyncs);
    expect(dataPlane.maps.status().pid).not.toBe(pid);
    expect((await send(CLIENT)).status).toBe(403);
    expect((await send(OTHER)).status).toBe(403);
    expect((await send('127.0.0.8')).status).toBe(200);
    await undecide(block);
    await undecide(away);
    await within(1_000, async () => (await send(OTHER)).status === 200);
  });

  it('resyncs the maps when HAProxy reloads (a new worker, its maps from their files)', async () => {
    await stopHaproxy();
    haproxy = await startHaproxy(['-W']);
    const block = await decide({ action: 'block' });
    await within(2_000, async () => (await send(CLIENT)).status === 403);
    const { pid, resyncs } = dataPlane.maps.status();
    haproxy.kill('SIGUSR2');
    // the master starts a new worker, which rebinds the runtime API: seconds on a busy machine
    await within(15_000, () => dataPlane.maps.status().resyncs > resyncs);
    expect(dataPlane.maps.status().pid).not.toBe(pid);
    expect((await send(CLIENT)).status).toBe(403);
    expect((await send(OTHER)).status).toBe(200);
    await undecide(block);
  }, 30_000);

  it('refuses a runtime API address it cannot use, naming the key and what it expects', async () => {
    const file = join(dir, 'wrong.yaml');
    writeFileSync(file, 'dataPlane:\n  kind: haproxy\n  runtimeApi: admin.sock\n');
    const run = await runCli(['dataplane', 'haproxy-config', '--config', file], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dataPlane.runtimeApi: expected unix:/PATH');
    expect(run.stderr).toContain('found "admin.sock"');
  }, 60_000);

  it('detects a flood from HAProxy’s logs and has HAProxy refuse it', async () => {
    const flooder = '127.0.0.9';
    expect(await floodUntilRefused(port, flooder)).toBe(true);
    const detections = await stack.bw.store.detections.list({});
    expect(detections.map((d) => d.kind)).toContain('http-flood');
    expect(stack.bw.table.forAddress(flooder)?.source).toBe('detector');
    expect((await send(OTHER)).status).toBe(200);
  }, 30_000);
});
