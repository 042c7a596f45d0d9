// The leader lease on the machine's Redis: one holder at a time, a dead leader replaced within 2 s, a
// leader that stops hands over at once.

import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { LeaderLease } from './leader-lease.js';

const REDIS_URL = process.env.BREAKWATER_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const clients: Redis[] = [];
function redis(): Redis {
  const client = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
  clients.push(client);
  return client;
}
const keys: string[] = [];
afterAll(async () => {
  const cleaner = redis();
  if (keys.length > 0) await cleaner.del(...keys.flatMap((key) => [key, `${key}:term`]));
  for (const client of clients) client.disconnect();
});

function lease(key: string, holder: string, client = redis()): LeaderLease {
  return new LeaderLease({ redis: client, key, holder });
}

async function until(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

describe('LeaderLease', () => {
  it('has one holder; another takes over within 2 s of its death', async () => {
    const key = `bw-test:leader:${randomUUID()}`;
    keys.push(key);
    const aClient = redis();
    const a = lease(key, 'gw-a', aClient);
    const b = lease(key, 'gw-b');
    a.start();
    await until(() => a.leading, 1_000);
    b.start();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(b.leading).toBe(false);
    expect(await b.leader()).toBe('gw-a');
    const firstTerm = a.term;

    // The leader dies: its connection goes and nothing renews the lease any more.
    aClient.disconnect();
    const takeover = await until(() => b.leading, 2_000);
    expect(takeover).toBeLessThan(2_000);
    expect(b.term).toBeGreaterThan(firstTerm);
    await a.stop();
    await b.stop();
  });

  it('hands over at once when the leader stops', async () => {
    const key = `bw-test:leader:${randomUUID()}`;
    keys.push(key);
    const a = lease(key, 'gw-a');
    const b = lease(key, 'gw-b');
    a.start();
    await until(() => a.leading, 1_000);
    b.start();
    await a.stop();
    expect(a.leading).toBe(false);
    const takeover = await until(() => b.leading, 1_000);
    expect(takeover).toBeLessThan(500);
    await b.stop();
  });
});
