// The edge's queue in front of an origin's pool: past the pool's connections, requests wait and go on as
// connections free up, clients in good standing first, others in arrival order; one answered as it leaves
// is not sent, a stranger who waited too long is turned away; and none is left waiting when the origin
// cannot be reached or the set closes.
import { once } from 'node:events';
import http from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import type { Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { OriginSet } from './origins.js';
import { MAX_WAIT_MS, type Queued } from './origins-queue.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function originSet(url: string): OriginSet {
  const origins = new OriginSet({
    urls: [url],
    connectTimeoutMs: 1000,
    responseTimeoutMs: 5000,
    healthCheck: {
      path: '/health',
      intervalMs: 60_000,
      timeoutMs: 1000,
      unhealthyAfter: 100,
      healthyAfter: 1,
    },
    connectionsPerOrigin: 1,
    closeGraceMs: 100,
  });
  cleanups.push(() => origins.close());
  return origins;
}

/** An origin answering after `delayMs` (never, for Infinity), recording the paths it was sent. */
async function startOrigin(delayMs: number): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    if (Number.isFinite(delayMs)) setTimeout(() => res.end('ok'), delayMs);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/**
 * GET `path` through the set's origin: its status, the error's code, or 'shed' when the queue turned it
 * away. `queued` fills in what the queue asks of a waiting request (first lane and just arrived unless it
 * says otherwise); without it the request is not asked anything.
 */
function send(origins: OriginSet, path: string, queued?: Partial<Queued>): Promise<number | string> {
  const origin = origins.pick();
  if (origin === undefined) throw new Error('no origin');
  return new Promise((resolve) => {
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart: () => {},
      onResponseStart: (_controller, status) => resolve(status),
      onResponseError: (_controller, error) =>
        resolve((error as NodeJS.ErrnoException).code ?? error.message),
    };
    const asked: Queued | undefined =
      queued === undefined
        ? undefined
        : {
            leaveQueue: () => true,
            first: true,
            startedAt: performance.now(),
            ...queued,
            shed: () => resolve('shed'),
          };
    origin.dispatch({ origin: origin.origin, path, method: 'GET' }, handler, asked);
  });
}

describe('the queue in front of an origin', () => {
  it('sends waiting requests in arrival order, and not one answered as it leaves', async () => {
    const origin = await startOrigin(20);
    const origins = originSet(origin.url);
    let asked = false;
    const first = send(origins, '/1');
    const second = send(origins, '/2', { leaveQueue: () => true });
    void send(origins, '/3', {
      leaveQueue: () => {
        asked = true;
        return false;
      },
    });
    const fourth = send(origins, '/4');
    expect(origins.waiting()).toBe(3);
    expect(await Promise.all([first, second, fourth])).toEqual([200, 200, 200]);
    expect(asked).toBe(true);
    expect(origin.seen).toEqual(['/1', '/2', '/4']);
    expect(origins.waiting()).toBe(0);
  });

  it('sends clients in good standing ahead of others who arrived before them', async () => {
    const origin = await startOrigin(20);
    const origins = originSet(origin.url);
    const answers = Promise.all([
      send(origins, '/1'),
      send(origins, '/stranger', { first: false }),
      send(origins, '/regular', { first: true }),
    ]);
    expect(await answers).toEqual([200, 200, 200]);
    expect(origin.seen).toEqual(['/1', '/regular', '/stranger']);
  });

  it('turns away a stranger who has waited too long, not a client in good standing', async () => {
    const origin = await startOrigin(20);
    const origins = originSet(origin.url);
    const long = performance.now() - MAX_WAIT_MS - 1;
    const answers = Promise.all([
      send(origins, '/1'),
      send(origins, '/stranger', { first: false, startedAt: long }),
      send(origins, '/regular', { first: true, startedAt: long }),
    ]);
    expect(await answers).toEqual([200, 'shed', 200]);
    expect(origin.seen).toEqual(['/1', '/regular']);
  });

  it('fails every waiting request when the origin cannot be reached', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const origins = originSet(`http://127.0.0.1:${port}`);
    const outcomes = await Promise.all(Array.from({ length: 5 }, (_, i) => send(origins, `/${i}`)));
    expect(outcomes).toEqual(Array(5).fill('ECONNREFUSED'));
    expect(origins.waiting()).toBe(0);
  });

  it('leaves no request waiting when the set closes', async () => {
    const origin = await startOrigin(Number.POSITIVE_INFINITY);
    const origins = originSet(origin.url);
    const outcomes = Promise.all(Array.from({ length: 3 }, (_, i) => send(origins, `/${i}`)));
    expect(origins.waiting()).toBe(2);
    await origins.close();
    expect((await outcomes).every((outcome) => typeof outcome === 'string')).toBe(true);
    expect(origins.waiting()).toBe(0);
  });
});
