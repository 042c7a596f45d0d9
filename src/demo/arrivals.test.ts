// Tests for the demo origin's count of requests by source range and GET /.well-known/demo-origin/stats,
// over real loopback sockets from several source addresses.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arrivals, MAX_RANGES, OTHER, sourceRange } from './arrivals.js';
import { type DemoOrigin, type DemoOriginStats, startDemoOrigin } from './origin.js';
import { ORIGIN_STATS_PATH } from './origin-stats.js';

let origin: DemoOrigin;

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0, cpuMs: 0 });
});
afterAll(async () => {
  await origin.close();
});

/** GET `path` from the local address `from`, with extra headers; the status and body. */
function getFrom(from: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${origin.url}${path}`, { localAddress: from, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('requests by source range', () => {
  it('counts each client by socket address or leftmost X-Forwarded-For entry, and serves them directly', async () => {
    expect((await getFrom('127.3.0.1', '/api/health')).status).toBe(200);
    expect((await getFrom('127.3.0.2', '/login')).status).toBe(200);
    expect((await getFrom('127.10.0.1', '/no/such/page')).status).toBe(404);
    const proxied = await getFrom('127.0.0.1', '/api/health', { 'x-forwarded-for': '127.8.1.5, 127.0.0.9' });
    expect(proxied.status).toBe(200);

    const direct = await getFrom('127.0.0.1', ORIGIN_STATS_PATH);
    expect(direct.status).toBe(200);
    const stats = JSON.parse(direct.body) as DemoOriginStats;
    // The stats request itself arrived from 127.0 before the counters were read.
    expect(stats.bySource).toEqual({ '127.3': 2, '127.10': 1, '127.8': 1, '127.0': 1 });
    expect(origin.stats().bySource).toEqual(stats.bySource);
  });

  it('answers the stats path with 404 to a request that came through a proxy', async () => {
    const viaProxy = await getFrom('127.0.0.1', ORIGIN_STATS_PATH, { 'x-forwarded-for': '127.3.0.1' });
    expect(viaProxy.status).toBe(404);
    expect(viaProxy.body).not.toContain('bySource');
    expect((await getFrom('127.0.0.1', ORIGIN_STATS_PATH, { forwarded: 'for=127.3.0.1' })).status).toBe(404);
    expect(origin.stats().bySource).toMatchObject({ '127.3': 3, '127.0': 2 });
  });
});

describe('sourceRange', () => {
  it('keeps the first two groups of an IPv4 address, plain or mapped, and files the rest as other', () => {
    expect(sourceRange('127.3.0.1')).toBe('127.3');
    expect(sourceRange('::ffff:10.20.30.40')).toBe('10.20');
    expect(sourceRange('::1')).toBe(OTHER);
    expect(sourceRange('not an address')).toBe(OTHER);
    expect(sourceRange('')).toBe(OTHER);
  });
});

describe('Arrivals', () => {
  it('counts at most MAX_RANGES ranges by name, then the rest as other', () => {
    const arrivals = new Arrivals();
    const from = (address: string) =>
      ({ headers: { 'x-forwarded-for': address }, socket: { remoteAddress: '127.0.0.1' } }) as never;
    // 10.0 … 10.255 fill the table; 11.0 … 11.9 come after it.
    for (let i = 0; i < MAX_RANGES + 10; i++) {
      arrivals.count(from(`${10 + Math.floor(i / 256)}.${i % 256}.0.1`));
    }
    arrivals.count(from('10.0.9.9'));
    const counts = arrivals.byRange();
    expect(Object.keys(counts)).toHaveLength(MAX_RANGES + 1);
    expect(counts['10.0']).toBe(2);
    expect(counts['11.0']).toBeUndefined();
    expect(counts[OTHER]).toBe(10);
  });
});
