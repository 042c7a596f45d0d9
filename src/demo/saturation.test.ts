// Tests that the origin's capacity is really bounded: a burst beyond slots and queue gets 503s with
// Retry-After, while the unmetered health check keeps answering fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from './origin.js';

let origin: DemoOrigin;

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0, concurrency: 2, queue: 2, cpuMs: 50 });
});
afterAll(async () => {
  await origin.close();
});

async function timed(path: string): Promise<{ status: number; retryAfter: string | null; ms: number }> {
  const started = performance.now();
  const res = await fetch(origin.url + path, { redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - started };
}

describe('saturation', () => {
  it('spends the configured CPU time on a metered request', async () => {
    const one = await timed('/api/messages/1');
    expect(one.status).toBe(200);
    expect(one.ms).toBeGreaterThanOrEqual(45);
  });

  it('refuses a burst beyond capacity with 503 while /api/health stays fast', async () => {
    const before = origin.stats().rejected;
    const burst = Array.from({ length: 20 }, (_, i) => timed(`/search?q=flood${i}`));
    await new Promise((r) => setTimeout(r, 20));
    const health = await timed('/api/health');
    const results = await Promise.all(burst);

    const refused = results.filter((r) => r.status === 503);
    const answered = results.filter((r) => r.status !== 503);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(answered.length).toBeGreaterThanOrEqual(4);
    for (const r of refused) expect(r.retryAfter).toBe('1');
    expect(origin.stats().rejected - before).toBe(refused.length);

    const slowest = Math.max(...answered.map((r) => r.ms));
    expect(slowest).toBeGreaterThanOrEqual(150);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(slowest / 2);

    const after = origin.stats();
    expect([after.inFlight, after.queued]).toEqual([0, 0]);
  });
});
