// HAProxy as the data plane of `breakwater serve --workers 2`, all on loopback: the primary keeps HAProxy's
// maps and tallies its logs while two workers run the gateway that challenged clients are handed to.
// HAProxy's requests are counted once in /metrics beside the workers' own, a decision reaches HAProxy, a
// challenged browser earns its pass from a worker and gets through, and a flood seen only in HAProxy's logs
// is detected and refused. Bounded: the flood lasts at most 20 s, 16 connections.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { puzzleFromPage, solvePuzzle } from '../src/edge/challenge/index.js';
import { ensureBuilt } from './support/cli.js';
import { addDecision, callApi } from './support/control-api.js';
import { type DataPlaneGateway, startDataPlaneGateway } from './support/data-plane-gateway.js';
import {
  floodUntilRefused,
  haproxyInstalled,
  type SendOptions,
  sendFrom,
  within,
} from './support/haproxy-run.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

const CLIENT = '127.0.0.5';
const OTHER = '127.0.0.6';
const installed = haproxyInstalled();
const dir = mkdtempSync(join(tmpdir(), 'breakwater-haproxy-workers-'));
let origin: TinyOrigin | undefined;
let gateway: DataPlaneGateway | undefined;

const send = (from: string, options?: SendOptions) => sendFrom(gateway!.port, from, options);

const decide = async (body: Record<string, unknown>) =>
  (
    await addDecision(gateway!.serve.controlUrl, gateway!.token, {
      scope: 'ip',
      value: CLIENT,
      ttl: 600,
      ...body,
    })
  ).id;

const undecide = (id: string) =>
  callApi(gateway!.serve.controlUrl, 'DELETE', `/api/v1/decisions/${id}`, { token: gateway!.token });

beforeAll(async () => {
  if (!installed) return;
  ensureBuilt();
  origin = await startTinyOrigin((_req, res) => res.end('from the origin'));
  gateway = await startDataPlaneGateway({
    dir,
    originUrl: origin.url,
    serveArgs: ['--workers', '2'],
    probeFrom: OTHER,
  });
}, 240_000);

afterAll(async () => {
  await gateway?.stop();
  await origin?.close();
  rmSync(dir, { recursive: true, force: true });
});

const title = installed
  ? 'HAProxy as the data plane of a gateway with two workers'
  : 'HAProxy as the data plane of a gateway with two workers — skipped: the haproxy command is not installed';

describe.skipIf(!installed)(title, { timeout: 60_000 }, () => {
  const allowed = () => gateway!.metric('breakwater_requests_total{verdict="allow"}');

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
    expect(await floodUntilRefused(gateway!.port, '127.0.0.9')).toBe(true);
    const detections = await callApi<{ detections: { kind: string }[] }>(
      gateway!.serve.controlUrl,
      'GET',
      '/api/v1/detections',
      { token: gateway!.token },
    );
    expect(detections.body.detections.map((d) => d.kind)).toContain('http-flood');
    expect((await send(OTHER)).status).toBe(200);
  });
});
