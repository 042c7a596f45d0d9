// Shared throttle budgets on a real Redis: one client throttled at R req/s, its requests spread over two
// gateways of two processes each (each process its own token buckets, flushing to its gateway's count
// every 100 ms as a worker does, the gateways' counts meeting in Redis), gets about R·T through in all,
// not four budgets. With the cluster's Redis stopped mid-way (a Redis of the test's own), each gateway
// falls back to its 1/G share of the budget, says so, and shares again once Redis is back.
// A process whose flush goes unanswered does not count its own spend twice.

import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../src/cluster/redis-link.js';
import { SharedBudgets } from '../src/cluster/shared-budget.js';
import { BudgetSync } from '../src/cluster/shared-budget-sync.js';
import { TokenBuckets } from '../src/edge/token-buckets.js';
import { silentLog } from '../src/log.js';
import { freePort } from './support/cli.js';
import { sleep, startRedisServer, stopChild, until } from './support/cluster-run.js';

const RATE = 20;
const BURST = 5;
/** A throttle decision's budget for one address, as the judge keys it. */
const KEY = 'dec-test:api:127.0.0.9';

interface Gateway {
  budgets: SharedBudgets;
  processes: { buckets: TokenBuckets; sync: BudgetSync }[];
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A gateway of `workers` processes; each flushes to the gateway's count, answered on the next turn (IPC). */
function gateway(link: RedisLink, prefix: string, workers: number, gateways: number): Gateway {
  const budgets = new SharedBudgets({ link, prefix, gateways: () => gateways, log: silentLog });
  budgets.start();
  stops.push(() => budgets.stop());
  const processes = Array.from({ length: workers }, () => {
    const buckets = new TokenBuckets();
    const sync = new BudgetSync(buckets, (seq, spend) => {
      const totals = budgets.settle(spend);
      setImmediate(() => sync.settle(seq, totals, budgets.scale));
    });
    sync.start();
    stops.push(() => sync.stop());
    return { buckets, sync };
  });
  return { budgets, processes };
}

/** One client's requests, every 4 ms, handed to the processes in turn for `ms`: how many got through. */
async function spread(
  processes: Gateway['processes'],
  ms: number,
): Promise<{ passed: number; seconds: number }> {
  const started = Date.now();
  let passed = 0;
  let turn = 0;
  while (Date.now() - started < ms) {
    const { buckets } = processes[turn++ % processes.length];
    if (buckets.take(KEY, RATE, BURST) === 0) passed++;
    await sleep(4);
  }
  return { passed, seconds: (Date.now() - started) / 1000 };
}

async function link(url: string): Promise<RedisLink> {
  const made = await connectRedis(url, silentLog);
  stops.push(() => made.close());
  return made;
}

describe('a throttle budget shared by two gateways of two workers', () => {
  it('lets about R·T through in all, not a budget per process', async () => {
    const prefix = `bw-test-${randomBytes(4).toString('hex')}:budget:`;
    const a = gateway(await link('redis://127.0.0.1:6379'), prefix, 2, 2);
    const b = gateway(await link('redis://127.0.0.1:6379'), prefix, 2, 2);
    const { passed, seconds } = await spread([...a.processes, ...b.processes], 3_000);
    // Four budgets would let 4·(B + R·T) through (about 260); one lets B + R·T (about 65), plus the
    // bounded error: a burst per process new to it and what was in flight (docs/scale-out.md).
    const one = BURST + RATE * seconds;
    expect(passed).toBeLessThanOrEqual(1.25 * one + 3 * BURST);
    expect(passed).toBeGreaterThanOrEqual(0.6 * RATE * seconds);
    expect(a.budgets.report.flushes).toBeGreaterThan(5);
    expect(a.budgets.report.errors).toBe(0);
    const redis = new Redis({ port: 6379 });
    const counted = Number(await redis.get(`${prefix}${KEY}`));
    await redis.quit();
    expect(counted).toBeGreaterThanOrEqual(passed - 4 * BURST);
  }, 20_000);
});

describe('the shared budgets with Redis away', () => {
  let port: number;
  let server: ChildProcess | undefined;

  const startRedis = async () => {
    server = await startRedisServer(port);
  };

  afterAll(async () => {
    await stopChild(server);
  });

  it('gives each of G gateways 1/G of the budget, and shares again when Redis is back', async () => {
    port = await freePort();
    await startRedis();
    const prefix = `bw-test-${randomBytes(4).toString('hex')}:budget:`;
    const url = `redis://127.0.0.1:${port}`;
    const a = gateway(await link(url), prefix, 2, 2);
    const b = gateway(await link(url), prefix, 2, 2);
    // warm: both gateways flush while Redis is up
    await spread([...a.processes, ...b.processes], 500);
    expect(a.budgets.report.fallback).toBe(false);

    await stopChild(server);
    await until('fallen back', () => (a.budgets.report.fallback ? true : undefined), 10_000);
    expect(a.budgets.scale).toBe(0.5);
    // past the debt and bursts of the warm-up, the client on gateway A alone gets about R/2
    await sleep(1_000);
    const { passed, seconds } = await spread(a.processes, 3_000);
    expect(passed).toBeLessThanOrEqual(0.5 * RATE * seconds * 1.25 + BURST);
    expect(passed).toBeGreaterThanOrEqual(0.5 * RATE * seconds * 0.6);
    expect(a.budgets.report.fallbacks).toBe(1);

    await startRedis();
    await until('shared again', () => (a.budgets.report.fallback ? undefined : true), 15_000);
    expect(a.budgets.scale).toBe(1);
  }, 60_000);
});

describe("a process whose flush's totals do not come back in time", () => {
  it("never takes its own given-up spend for the others'", () => {
    let now = 0;
    const budgets = new SharedBudgets({ log: silentLog, now: () => now });
    const buckets = new TokenBuckets(() => now);
    const unanswered: number[] = [];
    const sync = new BudgetSync(
      buckets,
      (seq, spend) => {
        const totals = budgets.settle(spend);
        if (unanswered.includes(seq)) return; // it reached the gateway's count; the answer is lost
        sync.settle(seq, totals, budgets.scale);
      },
      () => now,
    );
    const take = (n: number) => {
      for (let i = 0; i < n; i++) expect(buckets.take(KEY, 0.001, 10)).toBe(0);
    };
    take(1);
    sync.flush(); // answered: the baseline
    take(3);
    unanswered.push(2);
    sync.flush(); // its answer is lost
    now += 1_500;
    take(2);
    sync.flush(); // the lost one given up, this one answered
    // 10 − 6 spent here, nobody else: four left
    let left = 0;
    while (buckets.take(KEY, 0.001, 10) === 0) left++;
    expect(left).toBe(4);
  });
});
