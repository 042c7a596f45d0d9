import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from '../demo/origin.js';
import { OriginCount, OriginUnreadable } from './origin-count.js';
import { resolveLoopbackTarget } from './target.js';

describe('the origin’s own count', () => {
  let origin: DemoOrigin | undefined;
  afterEach(async () => {
    await origin?.close();
    origin = undefined;
  });

  it('reads the demo origin’s arrivals for the given ranges only', async () => {
    origin = await startDemoOrigin({ port: 0 });
    const count = new OriginCount(await resolveLoopbackTarget(origin.url), ['127.42']);
    await count.start();
    for (const address of ['127.42.0.1', '127.42.9.9', '127.43.0.1']) {
      const res = await fetch(`${origin.url}/api/health`, { headers: { 'x-forwarded-for': address } });
      await res.arrayBuffer();
    }
    await count.stop();
    expect(count.readings[0].count).toBe(0);
    expect(count.readings.at(-1)?.count).toBe(2);
  });

  it('refuses a server that is not the demo origin, saying what it answered', async () => {
    const server = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const count = new OriginCount(await resolveLoopbackTarget(`http://127.0.0.1:${port}`), []);
      const refusal = count.start();
      await expect(refusal).rejects.toThrow(OriginUnreadable);
      await expect(refusal).rejects.toThrow(/answered 404/);
    } finally {
      server.close();
    }
  });

  it('puts each reading’s increase, less the arrivals seen as someone else’s, into its second', () => {
    const count = new OriginCount({} as never, []);
    count.readings.push(
      { at: 900, count: 10 },
      { at: 1_100, count: 15 },
      { at: 1_900, count: 40 },
      { at: 2_500, count: 41 },
      { at: 3_400, count: 60 },
    );
    // from 1000: second 0 is [1000, 2000), second 1 holds the rest
    expect(count.perSecond(1_000, 2)).toEqual([30, 20]);
    // an arrival seen at 950 belongs to the reading at 1100, in second 0
    expect(count.perSecond(1_000, 2, [950, 2_000, 2_100])).toEqual([29, 18]);
  });
});
