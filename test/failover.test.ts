// Failover between origins: traffic spreads over healthy origins, moves off one that stops (with no
// failed GETs: refused connections are retried on the other origin), comes back when it returns,
// and the edge answers a shed page (and the control plane 503) when none is left.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './support/http-client.js';
import { type Stack, startStack } from './support/stack.js';
import { identityOrigin, type TinyOrigin } from './support/tiny-origin.js';

interface Identity {
  id: string;
  method: string;
  url: string;
}

interface HealthBody {
  status: string;
  origins: { url: string; healthy: boolean; lastError?: string }[];
}

/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts an identity origin on `port`, retrying briefly if the port is momentarily taken. */
async function restartOn(id: string, port: number): Promise<TinyOrigin> {
  const deadline = Date.now() + 3000;
  for (;;) {
    try {
      return await identityOrigin(id, port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('failover between two origins', () => {
  let a: TinyOrigin;
  let b: TinyOrigin;
  let stack: Stack;

  const health = async () => {
    const reply = await request(`${stack.controlUrl}/api/v1/health`, {
      headers: { authorization: `Bearer ${stack.tokens.viewer}` },
    });
    return { status: reply.status, body: reply.json<HealthBody>() };
  };
  const originHealthy = async (origin: TinyOrigin) =>
    (await health()).body.origins.find((o) => o.url === origin.url)?.healthy;

  /**
   * Sends requests, `parallel` at a time, until `count` were sent or `until` settles, whichever is later
   * when both are given; returns the statuses (0 for a transport error) and the ids that answered.
   */
  async function burst(
    count: number,
    options: { parallel?: number; method?: string; until?: Promise<unknown> } = {},
  ) {
    const { parallel = 4, method = 'GET' } = options;
    let stopped = options.until === undefined;
    void options.until?.then(() => {
      stopped = true;
    });
    const statuses: number[] = [];
    const ids: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < count || !stopped) {
        const i = next++;
        const reply = await request(`${stack.gatewayUrl}/r/${i}`, {
          method,
          headers: { accept: 'application/json' },
          ...(method === 'POST' ? { body: `payload ${i}` } : {}),
        }).catch(() => undefined);
        statuses.push(reply?.status ?? 0);
        if (reply?.status === 200) ids.push(reply.json<Identity>().id);
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    return { statuses, ids };
  }

  const count = (ids: string[], id: string) => ids.filter((x) => x === id).length;

  beforeAll(async () => {
    a = await identityOrigin('a');
    b = await identityOrigin('b');
    stack = await startStack({
      upstreams: [a.url, b.url],
      // Quick checks; three misses in a row (not two) before an origin is out, and a timeout as long as the
      // interval, so a check delayed by a busy test machine does not pass for a dead origin. A stopped
      // origin refuses connections at once, so it is still noticed within a second.
      config: { healthCheck: { interval: '200ms', timeout: '200ms', unhealthyAfter: 3 } },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await a?.close();
    await b?.close();
  });

  it('spreads traffic over both origins', async () => {
    const { statuses, ids } = await burst(40);
    expect(
      statuses.filter((s) => s !== 200),
      JSON.stringify((await health()).body),
    ).toEqual([]);
    expect(count(ids, 'a')).toBeGreaterThanOrEqual(10);
    expect(count(ids, 'b')).toBeGreaterThanOrEqual(10);
    expect((await health()).status).toBe(200);
  });

  it('moves every request to the other origin when one stops, without failing any', async () => {
    // Stop `a` while GETs and small POSTs are in flight: right at the cut the gateway still thinks it is
    // healthy, and requests it refuses (or drops before answering) are retried on `b`. Small bodies are
    // buffered, so POSTs are retried too.
    const servedBefore = a.requests;
    const cut = eventually(async () => a.requests >= servedBefore + 10, 5000, 'a to serve some').then(() =>
      a.close(),
    );
    const settled = cut.then(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const [gets, posts] = await Promise.all([
      burst(20, { until: settled }),
      burst(10, { parallel: 2, method: 'POST', until: settled }),
    ]);
    expect(gets.ids).toContain('a'); // the cut came while traffic was flowing to both
    expect(gets.statuses.filter((s) => s !== 200)).toEqual([]);
    expect(posts.statuses.filter((s) => s !== 200)).toEqual([]);

    await eventually(async () => (await originHealthy(a)) === false, 5000, 'health checks to mark a down');
    const report = await health();
    expect(report.status).toBe(200); // b is still there
    expect(report.body.status).toBe('ok');
    expect(report.body.origins.find((o) => o.url === a.url)?.lastError).toBeTruthy();

    const after = await burst(30);
    expect(after.statuses.every((s) => s === 200)).toBe(true);
    expect(new Set(after.ids)).toEqual(new Set(['b']));
  });

  it('sends traffic to the stopped origin again once it is back on its port', async () => {
    a = await restartOn('a', a.port);
    await eventually(async () => (await originHealthy(a)) === true, 10_000, 'health checks to bring a back');
    const { statuses, ids } = await burst(40);
    expect(
      statuses.filter((s) => s !== 200),
      JSON.stringify((await health()).body),
    ).toEqual([]);
    expect(count(ids, 'a')).toBeGreaterThanOrEqual(10);
    expect(count(ids, 'b')).toBeGreaterThanOrEqual(10);
  });

  it('answers with a shed page and reports 503 on the control plane when every origin is down', async () => {
    await a.close();
    await b.close();

    const started = performance.now();
    const atCut = await request(`${stack.gatewayUrl}/inbox`, { headers: { accept: 'text/html' } });
    expect(performance.now() - started).toBeLessThan(3000);
    expect([502, 503]).toContain(atCut.status);

    await eventually(async () => (await health()).status === 503, 5000, 'the control plane to report 503');
    const report = await health();
    expect(report.body.status).toBe('degraded');
    expect(report.body.origins.map((o) => o.healthy)).toEqual([false, false]);

    const page = await request(`${stack.gatewayUrl}/inbox`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.text()).toContain('unavailable');

    const api = await request(`${stack.gatewayUrl}/api/messages`, {
      headers: { accept: 'application/json' },
    });
    expect(api.status).toBe(503);
    expect(api.headers['content-type']).toBe('application/json');
    expect(api.json()).toMatchObject({ error: 'overloaded' });
  });
});
