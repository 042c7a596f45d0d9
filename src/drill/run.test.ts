// Short, slow drills against a tiny local server: sane counts, the sources it promised, mitigation
// measured when the server starts refusing, stopping on time or on abort, legitimate traffic alone at
// rate 0, every socket closed.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runDrill } from './run.js';

interface Tiny {
  url: string;
  server: http.Server;
  addresses: Map<string, number>;
  close(): Promise<void>;
}

/** Answers 200 to everything unless `refuse` says otherwise for this request. */
async function startTiny(refuse?: (address: string) => number | undefined): Promise<Tiny> {
  const addresses = new Map<string, number>();
  const server = http.createServer(
    { connectionsCheckingInterval: 100, headersTimeout: 1_000 },
    (req, res) => {
      const address = req.socket.remoteAddress ?? '';
      addresses.set(address, (addresses.get(address) ?? 0) + 1);
      req.resume();
      const status = refuse?.(address);
      if (status !== undefined) {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'rate_limited', message: 'slow down' }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    addresses,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function openConnections(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))));
}

async function waitForNoConnections(server: http.Server): Promise<number> {
  for (let i = 0; i < 50 && (await openConnections(server)) > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return openConnections(server);
}

let tiny: Tiny | undefined;
afterEach(async () => {
  await tiny?.close();
  tiny = undefined;
});

describe('runDrill', () => {
  it('runs a short http-flood with sane counts, stops on time and closes every socket', async () => {
    tiny = await startTiny();
    const seconds: number[] = [];
    const started = performance.now();
    const summary = await runDrill({
      scenario: 'http-flood',
      target: tiny.url,
      durationS: 2,
      rate: 40,
      legitRate: 4,
      onProgress: (p) => seconds.push(p.elapsedS),
    });
    const wall = (performance.now() - started) / 1000;

    expect(summary.stoppedBy).toBe('duration');
    expect(wall).toBeLessThan(2 + 3 + 1.5);
    expect(summary.elapsedS).toBeGreaterThanOrEqual(2);
    expect(summary.attack.sent).toBeGreaterThanOrEqual(70);
    expect(summary.attack.sent).toBeLessThanOrEqual(80);
    expect(summary.attack.reachedOrigin + summary.attack.unanswered).toBe(summary.attack.sent);
    expect(summary.attack.stopped).toBe(0);
    expect(summary.timeToMitigateS).toBeNull();
    expect(summary.timeToDetectS).toBeNull();
    expect(summary.legitimate.sent).toBeGreaterThanOrEqual(6);
    expect(summary.legitimate.served + summary.legitimate.failed).toBe(summary.legitimate.sent);
    expect(summary.legitimate.successRate).toBeGreaterThan(0.8);
    expect(summary.legitimate.latencyMs.p50).not.toBeNull();
    expect(summary.timeline.length).toBeGreaterThanOrEqual(2);
    expect(summary.timeline.reduce((n, s) => n + s.attack.sent, 0)).toBe(summary.attack.sent);
    expect(seconds.slice(0, 2)).toEqual([1, 2]);

    // the attack came from its one source, legitimate traffic from its own range
    expect(tiny.addresses.get('127.10.0.1')).toBe(summary.attack.reachedOrigin);
    expect([...tiny.addresses.keys()].some((a) => a.startsWith('127.3.0.'))).toBe(true);
    expect(await waitForNoConnections(tiny.server)).toBe(0);
  });

  it('measures time to mitigate when the server starts refusing the attack sources', async () => {
    let refuseFrom = Number.POSITIVE_INFINITY;
    tiny = await startTiny((address) =>
      address.startsWith('127.1.') && performance.now() >= refuseFrom ? 429 : undefined,
    );
    const drill = runDrill({
      scenario: 'distributed-flood',
      target: tiny.url,
      durationS: 3,
      sources: 20,
      rate: 40,
      legitRate: 0,
    });
    refuseFrom = performance.now() + 1_000;
    const summary = await drill;

    expect(summary.attack.throttled).toBeGreaterThan(0);
    expect(summary.attack.reachedOrigin).toBeGreaterThan(0);
    expect(summary.timeToMitigateS).not.toBeNull();
    expect(summary.timeToMitigateS).toBeGreaterThanOrEqual(1);
    expect(summary.timeToMitigateS).toBeLessThanOrEqual(2);
    const attackSources = [...tiny.addresses.keys()].filter((a) => a.startsWith('127.1.'));
    expect(attackSources).toHaveLength(20);
    expect(summary.legitimate.sent).toBe(0);
    expect(await waitForNoConnections(tiny.server)).toBe(0);
  });

  it('stops early on abort and still returns the summary', async () => {
    tiny = await startTiny();
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 500);
    const started = performance.now();
    const summary = await runDrill({
      scenario: 'cache-bypass',
      target: tiny.url,
      durationS: 300,
      rate: 20,
      legitRate: 2,
      signal: stop.signal,
    });
    expect(summary.stoppedBy).toBe('interrupted');
    expect((performance.now() - started) / 1000).toBeLessThan(4);
    expect(summary.attack.sent).toBeGreaterThan(0);
    expect(await waitForNoConnections(tiny.server)).toBe(0);
  });

  it('counts slowloris connections the server cuts as blocked', async () => {
    tiny = await startTiny(); // header timeout 1 s
    const summary = await runDrill({
      scenario: 'slowloris',
      target: tiny.url,
      durationS: 2,
      rate: 10,
      sources: 5,
      legitRate: 0,
    });
    expect(summary.attack.sent).toBeGreaterThanOrEqual(18);
    expect(summary.attack.blocked).toBeGreaterThan(0);
    expect(summary.attack.blocked + summary.attack.reachedOrigin + summary.attack.unanswered).toBe(
      summary.attack.sent,
    );
    expect(await waitForNoConnections(tiny.server)).toBe(0);
  });

  it('sends legitimate traffic alone at rate 0, for an attack tool of its own to run beside', async () => {
    tiny = await startTiny();
    const summary = await runDrill({
      scenario: 'slowloris',
      target: tiny.url,
      durationS: 1,
      warmupS: 1,
      rate: 0,
      legitRate: 4,
    });
    expect(summary.parts).toEqual([]);
    expect(summary.attack.sent).toBe(0);
    expect(summary.attack.notSent).toBe(0);
    expect(summary.timeToMitigateS).toBeNull();
    expect(summary.legitimate.sent).toBeGreaterThanOrEqual(6);
    expect(summary.legitimate.successRate).toBeGreaterThan(0.8);
    expect([...tiny.addresses.keys()].every((a) => a.startsWith('127.3.'))).toBe(true);
    expect(await waitForNoConnections(tiny.server)).toBe(0);
  });

  it('refuses a target outside loopback, a bad option or a dead target before sending anything', async () => {
    await expect(runDrill({ scenario: 'http-flood', target: 'http://192.168.1.1/' })).rejects.toThrow(
      /outside loopback/,
    );
    await expect(runDrill({ scenario: 'h2-rapid-reset', target: 'http://127.0.0.1:1/' })).rejects.toThrow(
      /https/,
    );
    // nothing listening: refused connections would otherwise all count as blocked
    await expect(runDrill({ scenario: 'http-flood', target: 'http://127.0.0.1:1/' })).rejects.toThrow(
      /nothing accepts connections at 127\.0\.0\.1:1/,
    );
    await expect(
      runDrill({ scenario: 'http-flood', target: 'http://127.0.0.1:1/', durationS: 301 }),
    ).rejects.toThrow(/--duration: expected a number from 1 to 300/);
    await expect(
      runDrill({ scenario: 'http-flood', target: 'http://127.0.0.1:1/', rate: -1 }),
    ).rejects.toThrow(/--rate: expected a number from 0 to 20000/);
  });
});
