// Two gateways on a Redis of their own (started here, so stopping it disturbs nothing else) and a fresh
// PostgreSQL schema. Redis stopped: each gateway says so and keeps enforcing; a decision made meanwhile
// reaches the other gateway once Redis is back. Malformed messages on the shared streams are dropped and
// counted, and neither gateway falls over.

import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort, runCli } from './support/cli.js';
import { send } from './support/client.js';
import {
  freshSchema,
  type Serving,
  startRedisServer,
  startServing,
  stopChild,
  until,
} from './support/cluster-run.js';
import { callApi } from './support/control-api.js';
import { startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';

const BASE = process.env.BREAKWATER_TEST_DATABASE ?? 'postgres://postgres@127.0.0.1:5432/test';
const BLOCKED = '127.0.0.91';
const env = { BREAKWATER_STORE_KEY: randomBytes(32).toString('base64') };

let workDir: string;
let origin: TinyOrigin;
let schema: { url: string; drop(): Promise<void> } | undefined;
let databaseUrl: string;
let token: string;
let redisPort: number;
let redisServer: ChildProcess | undefined;
const gateways: Serving[] = [];

async function startRedis(): Promise<void> {
  redisServer = await startRedisServer(redisPort);
}

const startGateway = (index: number) =>
  startServing(
    [
      '--redis',
      `redis://127.0.0.1:${redisPort}`,
      '--database',
      databaseUrl,
      '--upstream',
      origin.url,
      '--data',
      join(workDir, `data-${index}`),
    ],
    { cwd: workDir, env },
  );

const report = async (g: { controlUrl: string }) =>
  (
    await callApi<{
      redis: string;
      leading: boolean;
      windowsDropped: number;
      decisions: { dropped: number };
    }>(g.controlUrl, 'GET', '/api/v1/cluster', { token })
  ).body;

const refuses = (g: { url: string }) =>
  send(g.url, '/', { localAddress: BLOCKED, timeoutMs: 1_000 }).then(
    (a) => a.status !== 200,
    () => true,
  );

beforeAll(async () => {
  ensureBuilt();
  workDir = mkdtempSync(join(tmpdir(), 'breakwater-outage-'));
  const fresh = await freshSchema(BASE);
  schema = fresh;
  databaseUrl = fresh.url;
  origin = await startTinyOrigin((_req, res) => res.end('ok'));
  redisPort = await freePort();
  await startRedis();
  token = (
    await runCli(
      ['token', 'create', '--role', 'admin', '--database', databaseUrl, '--data', join(workDir, 'data-0')],
      { cwd: workDir, env },
    )
  ).stdout.trim();
  gateways.push(await startGateway(1));
  gateways.push(await startGateway(2));
}, 120_000);

afterAll(async () => {
  await Promise.all(gateways.map((g) => stopChild(g.child)));
  await stopChild(redisServer);
  await origin?.close();
  await schema?.drop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('Redis away and back', () => {
  it('drops malformed messages on the shared streams and keeps going', async () => {
    const redis = new Redis({ port: redisPort });
    await redis.xadd('breakwater:decisions', '*', 'g', 'intruder', 'c', 'put', 't', '1', 'd', '{"id":');
    await redis.xadd('breakwater:decisions', '*', 'g', 'intruder', 'c', 'nuke', 't', 'x', 'd', '{}');
    await redis.xadd('breakwater:windows', '*', 'g', 'intruder', 'w', 'not a window');
    redis.disconnect();
    const reports = await until(
      'malformed messages counted',
      async () => {
        const all = await Promise.all(gateways.map(report));
        return all.every((r) => r.decisions.dropped >= 2 && r.windowsDropped >= 1) ? all : undefined;
      },
      10_000,
    );
    expect(reports.map((r) => r.redis)).toEqual(['up', 'up']);
  });

  it('enforces alone while Redis is away, and catches up when it returns', async () => {
    await stopChild(redisServer);
    await until(
      'both gateways saying Redis is down',
      async () =>
        (await Promise.all(gateways.map(report))).every((r) => r.redis === 'down') ? true : undefined,
      10_000,
    );
    // Alone, each gateway leads its own detection, and says so in /metrics too.
    expect((await Promise.all(gateways.map(report))).every((r) => r.leading)).toBe(true);
    const metrics = await callApi<string>(gateways[1].controlUrl, 'GET', '/metrics', { token });
    expect(metrics.body).toMatch(/^breakwater_cluster_redis_up\{gateway="[^"]+"\} 0$/m);
    expect(metrics.body).toMatch(/^breakwater_cluster_leading\{gateway="[^"]+"\} 1$/m);
    const added = await callApi(gateways[0].controlUrl, 'POST', '/api/v1/decisions', {
      token,
      body: { scope: 'ip', value: BLOCKED, action: 'block', ttl: '10m' },
    });
    expect(added.status).toBe(201);
    expect(await refuses(gateways[0])).toBe(true);
    expect(await refuses(gateways[1])).toBe(false);

    await startRedis();
    await until(
      'the decision on the other gateway',
      async () => ((await refuses(gateways[1])) ? true : undefined),
      15_000,
    );
    const reports = await Promise.all(gateways.map(report));
    expect(reports.map((r) => r.redis)).toEqual(['up', 'up']);
  }, 60_000);
});
