// Workers per core, end to end: `breakwater serve --workers 2` on loopback. A flood from one address,
// its connections spread over both workers at a rate neither sees enough of to call a flood on its own,
// is detected once, by the primary's sentinel over the merged windows, and the decision holds on every
// worker. A worker killed mid-flood is restarted with the decision table, and nothing a decision refuses
// reaches the origin, before, during or after the restart.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './support/cli.js';
import { send } from './support/client.js';
import {
  pacedFlood,
  type Serving,
  sleep,
  startServing,
  stopChild,
  until,
  workerPids,
} from './support/cluster-run.js';
import { addDecision, callApi, type DecisionBody } from './support/control-api.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

const FLOODER = '127.0.0.66';
const BLOCKED = '127.0.0.77';

let workDir: string;
let origin: TinyOrigin;
let serve: Serving;
let gatewayUrl: string;
let controlUrl: string;
let token: string;
/** Requests the origin answered, by client address (X-Forwarded-For). */
const reached = new Map<string, number>();

async function detectorDecisions(): Promise<DecisionBody[]> {
  const list = await callApi<{ decisions: (DecisionBody & { source: string })[] }>(
    controlUrl,
    'GET',
    '/api/v1/decisions',
    { token },
  );
  return (list.body.decisions ?? []).filter((d) => d.source === 'detector' && d.value === FLOODER);
}

beforeAll(async () => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-workers-'));
  origin = await startTinyOrigin((req, res) => {
    const client = String(req.headers['x-forwarded-for'] ?? '');
    reached.set(client, (reached.get(client) ?? 0) + 1);
    res.end('ok');
  });
  const created = await runCli(['token', 'create', '--role', 'admin', '--data', join(workDir, 'data')], {
    cwd: workDir,
  });
  token = created.stdout.trim();
  serve = await startServing(['--workers', '2', '--upstream', origin.url, '--data', join(workDir, 'data')], {
    cwd: workDir,
  });
  gatewayUrl = serve.url;
  controlUrl = serve.controlUrl;
}, 120_000);

afterAll(async () => {
  await stopChild(serve?.child);
  await origin?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('serve --workers 2', () => {
  it('runs two workers and the control plane once, and shows them', async () => {
    expect(workerPids(serve.child.pid)).toHaveLength(2);
    const cluster = await callApi<{ workers: { pid: number; ready: boolean }[]; redis: string }>(
      controlUrl,
      'GET',
      '/api/v1/cluster',
      { token },
    );
    expect(cluster.body.workers.map((w) => w.pid).sort()).toEqual(workerPids(serve.child.pid).sort());
    expect(cluster.body.redis).toBe('none');
    const metrics = await callApi<string>(controlUrl, 'GET', '/metrics', { token });
    expect(metrics.body).toMatch(/^breakwater_workers 2$/m);
    expect(metrics.body.match(/^breakwater_worker_requests_total\{worker="\d+"\} \d+$/gm)).toHaveLength(2);
  });

  it('enforces a decision on every worker at once', async () => {
    await addDecision(controlUrl, token, { scope: 'ip', value: BLOCKED, action: 'block', ttl: '10m' });
    await sleep(100);
    // Fresh connections are handed to the workers in turn: twelve of them meet both.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        send(gatewayUrl, '/', { localAddress: BLOCKED, timeoutMs: 2_000 }).then(
          (a) => a.status,
          () => 'refused',
        ),
      ),
    );
    expect(answers.every((a) => a === 'refused')).toBe(true);
    expect(reached.get(BLOCKED)).toBeUndefined();
  });

  it('detects a flood split over the workers once, and holds it through a worker restart', async () => {
    let stopped = false;
    // 80 requests a second over 8 connections: each worker sees about 40, under the 50 a second a single
    // source must pass to be a flood; merged, the sentinel sees all 80.
    const flooding = pacedFlood({
      urls: [gatewayUrl],
      rate: 80,
      connections: 8,
      localAddress: FLOODER,
      stop: () => stopped,
    });
    let blockedProbes = 0;
    const probing = (async () => {
      while (!stopped) {
        await send(gatewayUrl, '/', { localAddress: BLOCKED, timeoutMs: 1_000 }).catch(() => {});
        blockedProbes++;
        await sleep(20);
      }
    })();
    try {
      const decided = await until(
        'a decision against the flood',
        async () => ((await detectorDecisions()).length > 0 ? true : undefined),
        15_000,
      );
      expect(decided).toBe(true);

      const before = workerPids(serve.child.pid);
      expect(before).toHaveLength(2);
      process.kill(before[0], 'SIGKILL');
      const after = await until(
        'a restarted worker',
        () => {
          const pids = workerPids(serve.child.pid);
          return pids.length === 2 && !pids.includes(before[0]) ? pids : undefined;
        },
        10_000,
      );
      expect(after).toContain(before[1]);
      await sleep(1_000);
    } finally {
      stopped = true;
      await Promise.all([flooding, probing]);
    }
    // Detected once: one automatic decision for the flooding address, not one per worker.
    expect(await detectorDecisions()).toHaveLength(1);
    // The block held on every worker, the restarted one included, from its first connection.
    expect(blockedProbes).toBeGreaterThan(20);
    expect(reached.get(BLOCKED)).toBeUndefined();
  }, 60_000);
});
