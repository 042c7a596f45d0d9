// Good standing shared, on a real Redis: a client whose requests are spread round-robin over a gateway's
// two workers earns standing from the gateway's primary, which announces it to both workers (so worker B
// holds what the client earned partly through worker A) and, signed, to the second gateway and its
// worker. Losing standing travels the same way; a message on the channel that is not signed with the
// cluster's key is dropped and makes nobody trusted.

import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisLink } from '../src/cluster/redis-link.js';
import { StandingHub } from '../src/cluster/shared-standing.js';
import { StandingChannel } from '../src/cluster/shared-standing-channel.js';
import { WorkerSharing } from '../src/cluster/worker-sharing.js';
import { silentLog } from '../src/log.js';
import { GoodStanding } from '../src/responder/good-standing.js';
import { sleep, until } from './support/cluster-run.js';

const CLIENT = '192.0.2.10';
const TICK_MS = 50;
const EARN_AFTER_MS = 600;

interface Gateway {
  standing: GoodStanding;
  hub: StandingHub;
  channel: StandingChannel;
  workers: WorkerSharing[];
}

const key = `bw-test-${randomBytes(4).toString('hex')}:standing`;
const secret = randomBytes(32);
const links: RedisLink[] = [];
const stops: (() => void)[] = [];
let one: Gateway;
let two: Gateway;

/** A gateway's primary and two workers, wired as the pool wires them (messages handed on the next turn). */
async function gateway(name: string): Promise<Gateway> {
  const link = await connectRedis('redis://127.0.0.1:6379', silentLog);
  links.push(link);
  const standing = new GoodStanding({ now: Date.now, earnAfterMs: EARN_AFTER_MS, minRequests: 5 });
  const hub = new StandingHub({ standing, tickMs: TICK_MS });
  const workers = [0, 1].map(
    () =>
      new WorkerSharing((message) => {
        if (message.t === 'seen') setImmediate(() => hub.absorb(message.batch));
      }),
  );
  hub.toWorkers = (entries) =>
    setImmediate(() => {
      for (const w of workers) w.heard({ t: 'standing', entries });
    });
  const channel = new StandingChannel({ link, key, gateway: name, secret, hub, log: silentLog });
  hub.start();
  channel.start();
  const report = setInterval(() => {
    for (const w of workers) w.report();
  }, TICK_MS);
  stops.push(() => {
    clearInterval(report);
    hub.stop();
    channel.stop();
    for (const w of workers) w.stop();
  });
  return { standing, hub, channel, workers };
}

beforeAll(async () => {
  one = await gateway('gateway-1');
  two = await gateway('gateway-2');
});

afterAll(async () => {
  for (const stop of stops) stop();
  for (const link of links) link.close();
  const redis = new Redis({ port: 6379 });
  await redis.del(key);
  await redis.quit();
});

describe('good standing, one owner per gateway, shared by the cluster', () => {
  it('is earned through requests spread over two workers and held on the other worker and gateway', async () => {
    const [a, b] = one.workers;
    // Neither worker earns anything itself: each is a replica of the primary's standing.
    const started = Date.now();
    let turn = 0;
    while (Date.now() - started < EARN_AFTER_MS + 4 * TICK_MS) {
      (turn++ % 2 === 0 ? a : b).standing.seen(CLIENT, 'fp-browser');
      await sleep(40);
    }
    await until(
      'standing earned by the primary',
      () => (one.standing.holds(CLIENT) ? true : undefined),
      5_000,
    );
    await until('held on worker B', () => (b.standing.holds(CLIENT) ? true : undefined), 5_000);
    expect(a.standing.holds(CLIENT)).toBe(true);
    await until('held on gateway 2', () => (two.standing.holds(CLIENT) ? true : undefined), 5_000);
    await until(
      'held on gateway 2 worker',
      () => (two.workers[1].standing.holds(CLIENT) ? true : undefined),
      5_000,
    );
    // Nobody else was made trusted along the way.
    expect(two.standing.holds('192.0.2.11')).toBe(false);
  }, 20_000);

  it('is lost everywhere when the client loses it on one gateway', async () => {
    one.standing.failed(CLIENT);
    await until('lost on gateway 2', () => (two.standing.holds(CLIENT) ? undefined : true), 5_000);
    await until(
      'lost on its workers',
      () => (two.workers[0].standing.holds(CLIENT) ? undefined : true),
      5_000,
    );
    expect(one.workers[1].standing.holds(CLIENT)).toBe(false);
  }, 20_000);

  it('drops messages not signed with the cluster key', async () => {
    const forged = JSON.stringify([
      { address: '192.0.2.66', first: 0, last: Date.now(), requests: 100, history: 100, lostUntil: 0 },
    ]);
    const redis = new Redis({ port: 6379 });
    await redis.xadd(key, '*', 'g', 'intruder', 'e', forged, 'm', 'ab'.repeat(32));
    await redis.xadd(key, '*', 'g', 'intruder', 'e', forged);
    await redis.quit();
    await until('dropped', () => (two.channel.dropped >= 2 ? true : undefined), 5_000);
    expect(two.standing.holds('192.0.2.66')).toBe(false);
    expect(two.workers[0].standing.holds('192.0.2.66')).toBe(false);
  }, 20_000);
});
