// HAProxy as the data plane of `breakwater serve --workers 2`, all on loopback: the primary keeps HAProxy's
// maps and tallies its logs while two workers run the gateway that challenged clients are handed to.
// HAProxy's requests are counted once in /metrics beside the workers' own, a decision reaches HAProxy, a
// challenged browser earns its pass from a worker and gets through, and a flood seen only in HAProxy's logs
// is detected and refused. Bounded: the flood lasts at most 20 s, 16 connections.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseExposition } from '../src/control/exposition.js';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { ensureBuilt, freePort, runCli } from './support/cli.js';
import { type Serving, startServing, stopChild } from './support/cluster-run.js';
import { addDecision, callApi } from './support/control-api.js';
import {
  emptyMaps,
  haproxyInstalled,
  type SendOptions,
  sendFrom,
  startHaproxy,
  stopHaproxy,
  within,
} from './support/haproxy-run.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

const CLIENT = '127.0.0.5';
const OTHER = '127.0.0.6';
const installed = haproxyInstalled();
const dir = mkdtempSync(join(tmpdir(), 'breakwater-haproxy-workers-'));
const socketPath = join(dir, 'admin.sock');
const mapsDir = join(dir, 'maps');
let origin: TinyOrigin | undefined;
let serve: Serving | undefined;
let haproxy: ChildProcess | undefined;
let token: string;
let port: number;

const send = (from: string, options?: SendOptions) => sendFrom(port, from, options);

async function metric(name: string): Promise<number> {
  const answer = await callApi<string>(serve!.controlUrl, 'GET', '/metrics', { token });
  return parseExposition(answer.body).samples.get(name) ?? 0;
}

const decide = async (body: Record<string, unknown>) =>
  (await addDecision(serve!.controlUrl, token, { scope: 'ip', value: CLIENT, ttl: 600, ...body })).id;

const undecide = (id: string) => callApi(serve!.controlUrl, 'DELETE', `/api/v1/decisions/${id}`, { token });

beforeAll(async () => {
  if (!installed) return;
  ensureBuilt();
  emptyMaps(mapsDir);
  origin = await startTinyOrigin((_req, res) => res.end('from the origin'));
  const logListen = `127.0.0.1:${await freePort()}`;
  const dataPlane = { kind: 'haproxy', runtimeApi: `unix:${socketPath}`, logListen, maps: mapsDir };
  const serveConfig = join(dir, 'breakwater.yaml');
  // JSON is YAML
  writeFileSync(
    serveConfig,
    JSON.stringify({
      data: join(dir, 'data'),
      upstreams: [origin.url],
      trustedProxies: ['127.0.0.1'],
      responder: { mode: 'enforce' },
      challenge: { difficulty: 8 },
      dataPlane: { ...dataPlane, resync: '200ms' },
    }),
  );
  const created = await runCli(['token', 'create', '--role', 'admin', '--config', serveConfig], { cwd: dir });
  token = created.stdout.trim();
  serve = await startServing(['--config', serveConfig, '--workers', '2'], { cwd: dir, startMs: 180_000 });
  // the configuration users paste in, as the command prints it for this gateway
  const printConfig = join(dir, 'print.yaml');
  writeFileSync(
    printConfig,
    JSON.stringify({ listen: new URL(serve.url).host, upstreams: [origin.url], dataPlane }),
  );
  port = await freePort();
  const printed = await runCli(
    ['dataplane', 'haproxy-config', '--config', printConfig, '--bind', `127.0.0.1:${port}`],
    { cwd: dir },
  );
  if (printed.code !== 0) throw new Error(`haproxy-config failed: ${printed.stderr}`);
  const haproxyConfig = join(dir, 'haproxy.cfg');
  writeFileSync(haproxyConfig, printed.stdout);
  haproxy = await startHaproxy(haproxyConfig, port, OTHER);
  await within(10_000, async () => (await metric('breakwater_dataplane_runtime_api_up')) === 1);
}, 240_000);

afterAll(async () => {
  await stopHaproxy(haproxy);
  await stopChild(serve?.child);
  await origin?.close();
  rmSync(dir, { recursive: true, force: true });
});

const title = installed
  ? 'HAProxy as the data plane of a gateway with two workers'
  : 'HAProxy as the data plane of a gateway with two workers — skipped: the haproxy command is not installed';

describe.skipIf(!installed)(title, { timeout: 60_000 }, () => {
  const allowed = () => metric('breakwater_requests_total{verdict="allow"}');

  it('counts the requests HAProxy forwards once, beside the workers’ own counts', async () => {
    const before = await allowed();
    for (let i = 0; i < 5; i++) expect((await send(CLIENT)).body).toBe('from the origin');
    // the workers report each tick and the primary's own count must survive their sums
    await within(5_000, async () => (await allowed()) >= before + 5);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await allowed()).toBeLessThan(before + 10);
  });

  it('has HAProxy enforce a decision made through the control plane', async () => {
    const block = await decide({ action: 'block' });
    await within(2_000, async () => (await send(CLIENT)).status === 403);
    expect((await send(OTHER)).status).toBe(200);
    await undecide(block);
    await within(2_000, async () => (await send(CLIENT)).status === 200);
  });

  it('hands a challenged browser to the workers: the page, its pass, then the origin', async () => {
    const challenge = await decide({ action: 'challenge' });
    const html = { accept: 'text/html', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };
    const page = await within(2_000, async () => (await send(CLIENT, { headers: html })).status === 403).then(
      () => send(CLIENT, { path: '/inbox', headers: html }),
    );
    const puzzle = puzzleFromPage(page.body);
    expect(puzzle).toMatchObject({ returnTo: '/inbox' });
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
    // the pass is good on either worker
    for (let i = 0; i < 4; i++) {
      const back = await send(CLIENT, { headers: { ...html, cookie } });
      expect([back.status, back.body]).toEqual([200, 'from the origin']);
    }
    await undecide(challenge);
  });

  it('detects a flood seen only in HAProxy’s logs and has HAProxy refuse it', async () => {
    const flooder = '127.0.0.9';
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16, localAddress: flooder });
    const deadline = Date.now() + 20_000;
    let refused = false;
    const connections = Array.from({ length: 16 }, async () => {
      while (!refused && Date.now() < deadline) {
        const { status } = await send(flooder, {
          path: '/api/messages',
          headers: { accept: 'application/json' },
          agent,
        });
        if (status === 403 || status === 429) refused = true;
      }
    });
    await Promise.all(connections);
    agent.destroy();
    expect(refused).toBe(true);
    const detections = await callApi<{ detections: { kind: string }[] }>(
      serve!.controlUrl,
      'GET',
      '/api/v1/detections',
      { token },
    );
    expect(detections.body.detections.map((d) => d.kind)).toContain('http-flood');
    expect((await send(OTHER)).status).toBe(200);
  });
});
