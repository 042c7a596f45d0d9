// Several Breakwater gateways as one defence for the benchmark: a fresh schema in the machine's PostgreSQL
// and a cluster name of its own in the machine's Redis (both removed afterwards), the gateways started on
// them, and an admin token in their shared store. Also reads a gateway's GET /api/v1/cluster.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  type BreakwaterService,
  type ClusterMembership,
  createToken,
  startBreakwater,
} from '../contenders/breakwater.js';
import type { Service } from '../contenders/service.js';
import { stopAll } from '../processes.js';

const DATABASE = process.env.BREAKWATER_BENCH_DATABASE ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.BREAKWATER_BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ClusterReport {
  leading: boolean;
  peers: unknown[];
  decisions: { lagP50Ms: number; lagP99Ms: number; received: number };
}

export interface Cluster {
  gateways: BreakwaterService[];
  /** An admin token of the shared store. */
  token: string;
  /** Removes the schema and the cluster's Redis keys (stop the gateways first). */
  forget(): Promise<void>;
}

async function runStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query(statement);
  } catch (error) {
    throw new Error(
      `bench: PostgreSQL at ${DATABASE} (BREAKWATER_BENCH_DATABASE): ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

async function forgetKeys(name: string): Promise<void> {
  const redis = new Redis(REDIS, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const keys = await redis.keys(`${name}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } catch (error) {
    throw new Error(`bench: Redis at ${REDIS} (BREAKWATER_BENCH_REDIS): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

export async function readClusterReport(g: BreakwaterService, token: string): Promise<ClusterReport> {
  const res = await fetch(`${g.controlUrl}/api/v1/cluster`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`bench: GET /api/v1/cluster answered ${res.status}`);
  return (await res.json()) as ClusterReport;
}

/** `size` gateways in front of `origin`, started in turn, once one leads and each hears all the others. */
export async function startCluster(
  origin: Service,
  size: number,
  opts: { workers?: number | 'auto'; maxConnectionsPerAddress: number },
): Promise<Cluster> {
  const id = randomBytes(4).toString('hex');
  const schema = `bw_bench_${id}`;
  const database = new URL(DATABASE);
  database.searchParams.set('options', `-c search_path=${schema}`);
  const membership: ClusterMembership = {
    name: `bw-bench-${id}`,
    redis: REDIS,
    database: database.toString(),
    storeKey: randomBytes(32).toString('base64'),
  };
  await forgetKeys(membership.name); // Redis answers, before anything starts
  await runStatement(DATABASE, `create schema ${schema}`);
  const forget = async () => {
    await runStatement(DATABASE, `drop schema if exists ${schema} cascade`);
    await forgetKeys(membership.name);
  };
  try {
    const gateways: BreakwaterService[] = [];
    for (let i = 0; i < size; i++) {
      gateways.push(
        await startBreakwater({
          originUrl: origin.url,
          maxConnectionsPerAddress: opts.maxConnectionsPerAddress,
          allowlist: [],
          workers: opts.workers,
          cluster: membership,
        }),
      );
    }
    const token = await createToken(gateways[0].dataDir, 'admin', membership);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const reports = await Promise.all(gateways.map((g) => readClusterReport(g, token)));
      const formed =
        reports.filter((r) => r.leading).length === 1 && reports.every((r) => r.peers.length === size - 1);
      if (formed) return { gateways, token, forget };
      if (Date.now() > deadline) throw new Error('bench: the gateways did not form one cluster within 30 s');
      await sleep(200);
    }
  } catch (error) {
    await stopAll();
    await forget().catch(() => {});
    throw error;
  }
}
