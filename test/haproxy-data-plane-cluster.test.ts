// HAProxy as the data plane of one gateway of a cluster, on the machine's Redis and PostgreSQL: gateway A
// (`serve --workers 2`) keeps its HAProxy's maps and tallies its logs; gateway B forwards on its own. A
// decision made on B reaches A's HAProxy, and a flood seen only in A's HAProxy's logs is detected by the
// cluster (whichever gateway leads) and refused by HAProxy, with the decision known on B too.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/cli.js';
import { freshSchema, type Serving, startServing, stopChild, until } from './support/cluster-run.js';
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

const BASE = process.env.BREAKWATER_TEST_DATABASE ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.BREAKWATER_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const CLIENT = '127.0.0.5';
const OTHER = '127.0.0.6';
const FLOODER = '127.0.0.9';
/** Gateways sharing one store share its key too (docs/storage.md). */
const env = { BREAKWATER_STORE_KEY: randomBytes(32).toString('base64') };
const cluster = `bw-test-${randomBytes(4).toString('hex')}`;
const installed = haproxyInstalled();
const dir = mkdtempSync(join(tmpdir(), 'breakwater-haproxy-cluster-'));
let schema: { url: string; drop(): Promise<void> } | undefined;
let origin: TinyOrigin | undefined;
let a: DataPlaneGateway | undefined;
let b: Serving | undefined;

const send = (from: string, options?: SendOptions) => sendFrom(a!.port, from, options);

interface ClusterAnswer {
  leading: boolean;
  peers: unknown[];
}

const clusterOf = async (controlUrl: string) =>
  (await callApi<ClusterAnswer>(controlUrl, 'GET', '/api/v1/cluster', { token: a!.token })).body;

beforeAll(async () => {
  if (!installed) return;
  ensureBuilt();
  schema = await freshSchema(BASE);
  const shared = ['--redis', REDIS, '--database', schema.url];
  origin = await startTinyOrigin((_req, res) => res.end('from the origin'));
  mkdirSync(join(dir, 'a'));
  a = await startDataPlaneGateway({
    dir: join(dir, 'a'),
    originUrl: origin.url,
    serveArgs: ['--workers', '2', ...shared],
    tokenArgs: ['--database', schema.url],
    env,
    settings: { cluster: { name: cluster } },
    probeFrom: OTHER,
  });
  const configB = join(dir, 'b.yaml');
  writeFileSync(configB, JSON.stringify({ cluster: { name: cluster }, responder: { mode: 'enforce' } }));
  b = await startServing(
    ['--config', configB, ...shared, '--upstream', origin.url, '--data', join(dir, 'b-data')],
    { cwd: dir, env, startMs: 180_000 },
  );
  await until(
    'one leader, each gateway hearing the other',
    async () => {
      const reports = await Promise.all([a!.serve.controlUrl, b!.controlUrl].map(clusterOf));
      const formed =
        reports.filter((r) => r.leading).length === 1 && reports.every((r) => r.peers.length === 1);
      return formed ? true : undefined;
    },
    20_000,
  );
}, 300_000);

afterAll(async () => {
  await a?.stop();
  await stopChild(b?.child);
  await origin?.close();
  await schema?.drop();
  const redis = new Redis(REDIS);
  const keys = await redis.keys(`${cluster}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const title = installed
  ? 'HAProxy as the data plane of one gateway of a cluster'
  : 'HAProxy as the data plane of one gateway of a cluster — skipped: the haproxy command is not installed';

describe.skipIf(!installed)(title, { timeout: 60_000 }, () => {
  it('has HAProxy enforce a decision made on the other gateway', async () => {
    const block = await addDecision(b!.controlUrl, a!.token, {
      scope: 'ip',
      value: CLIENT,
      action: 'block',
      ttl: 600,
    });
    await within(3_000, async () => (await send(CLIENT)).status === 403);
    expect((await send(OTHER)).body).toBe('from the origin');
    await callApi(b!.controlUrl, 'DELETE', `/api/v1/decisions/${block.id}`, { token: a!.token });
    await within(3_000, async () => (await send(CLIENT)).status === 200);
  });

  it('detects a flood seen only in HAProxy’s logs, refuses it there, and tells the other gateway', async () => {
    expect(await floodUntilRefused(a!.port, FLOODER)).toBe(true);
    const onB = await until(
      'the decision on the other gateway',
      async () => {
        const list = await callApi<{ decisions: { source: string; value: string }[] }>(
          b!.controlUrl,
          'GET',
          '/api/v1/decisions',
          { token: a!.token },
        );
        const found = list.body.decisions.filter((d) => d.source === 'detector' && d.value === FLOODER);
        return found.length > 0 ? found : undefined;
      },
      3_000,
    );
    expect(onB.length).toBeGreaterThan(0);
    expect((await send(OTHER)).status).toBe(200);
  });
});
