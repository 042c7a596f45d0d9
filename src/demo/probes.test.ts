// Tests for the proxy probes over real loopback sockets: echo, streaming, chosen status, slow answers.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from './origin.js';

let origin: DemoOrigin;

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0, cpuMs: 0 });
});
afterAll(async () => {
  await origin.close();
});

describe('probes', () => {
  it('echoes method, target, headers and a large body byte for byte', async () => {
    const body = 'héllo '.repeat(50_000);
    const res = await fetch(`${origin.url}/echo?x=1&y=2`, {
      method: 'PUT',
      body,
      headers: { 'x-probe': 'one', 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const echoed = (await res.json()) as {
      method: string;
      url: string;
      headers: Record<string, string>;
      rawHeaders: string[];
      body: string;
      bodyBytes: number;
    };
    expect(echoed.method).toBe('PUT');
    expect(echoed.url).toBe('/echo?x=1&y=2');
    expect(echoed.headers['x-probe']).toBe('one');
    expect(echoed.rawHeaders).toContain('x-probe');
    expect(echoed.body).toBe(body);
    expect(echoed.bodyBytes).toBe(Buffer.byteLength(body));
  });

  it('streams chunks as they are written, not all at the end', async () => {
    const arrivals: number[] = [];
    const text = await new Promise<string>((resolve, reject) => {
      const started = Date.now();
      request(`${origin.url}/stream?chunks=4&delayMs=100`, (res) => {
        expect(res.headers['transfer-encoding']).toBe('chunked');
        let all = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          arrivals.push(Date.now() - started);
          all += chunk;
        });
        res.on('end', () => resolve(all));
      })
        .on('error', reject)
        .end();
    });
    expect(text).toBe('chunk 0 of 4\nchunk 1 of 4\nchunk 2 of 4\nchunk 3 of 4\n');
    expect(arrivals.length).toBeGreaterThanOrEqual(4);
    expect(arrivals[0]).toBeLessThan(80);
    expect(arrivals[arrivals.length - 1]).toBeGreaterThanOrEqual(280);
    expect((await fetch(`${origin.url}/stream?chunks=0`)).status).toBe(400);
  });

  it('answers the asked status', async () => {
    const teapot = await fetch(`${origin.url}/status/418`);
    expect(teapot.status).toBe(418);
    expect(await teapot.text()).toBe('status 418\n');
    const busy = await fetch(`${origin.url}/status/503`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect((await fetch(`${origin.url}/status/204`)).status).toBe(204);
    expect((await fetch(`${origin.url}/status/99`)).status).toBe(400);
    expect((await fetch(`${origin.url}/status/abc`)).status).toBe(400);
  });

  it('answers /slow after the asked delay', async () => {
    const started = Date.now();
    const res = await fetch(`${origin.url}/slow?ms=150`);
    expect(await res.json()).toEqual({ sleptMs: 150 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await fetch(`${origin.url}/slow?ms=-5`)).status).toBe(400);
  });

  it('frees the slot of a /slow request whose client left', async () => {
    const controller = new AbortController();
    const pending = fetch(`${origin.url}/slow?ms=30000`, { signal: controller.signal }).catch(
      () => undefined,
    );
    await waitFor(() => origin.stats().inFlight === 1);
    controller.abort();
    await pending;
    await waitFor(() => origin.stats().inFlight === 0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
