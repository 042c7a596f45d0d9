// A crowd of strangers bigger than the origin's room, before any decision (the responder is off): the
// edge learns from the origin's first refusals how much it holds, keeps the surplus waiting at the edge
// rather than in the origin's own line, and sends a client in good standing ahead of the crowd, so that
// client's requests are all answered while the crowd's beyond the origin's room wait or are turned away.
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './support/client.js';
import { type Stack, startStack } from './support/stack.js';

/** Requests the origin works on at once, and how many may wait behind them before it answers 503. */
const WORKING = 4;
const LINE = 8;
const WORK_MS = 25;

interface SmallOrigin {
  url: string;
  refused: number;
  close(): Promise<void>;
}

/** An origin of bounded room, like a real application server's worker pool and backlog. */
async function smallOrigin(): Promise<SmallOrigin> {
  let inside = 0;
  const origin = { url: '', refused: 0, close: async () => {} };
  const server = http.createServer((_req, res) => {
    if (inside >= WORKING + LINE) {
      origin.refused++;
      res.writeHead(503, { 'retry-after': '1' }).end('full');
      return;
    }
    inside++;
    // the line is served in turn: each request takes its share of the workers' time
    const waitMs = WORK_MS * Math.ceil(inside / WORKING);
    setTimeout(() => {
      inside--;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    }, waitMs);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin.close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return origin;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let origin: SmallOrigin;
let stack: Stack;

beforeAll(async () => {
  origin = await smallOrigin();
  stack = await startStack({
    upstreams: [origin.url],
    config: { responder: { mode: 'off', goodStandingAfter: '1s' } },
  });
});

afterAll(async () => {
  await stack?.stop();
  await origin?.close();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

function get(address: string): Promise<number> {
  return send(stack.gatewayUrl, '/api/items', {
    localAddress: address,
    headers: [
      ['user-agent', 'items-app/2.1'],
      ['accept', 'application/json'],
    ],
    timeoutMs: 10_000,
  }).then(
    (answer) => answer.status,
    () => 0,
  );
}

describe('a crowd beyond the origin’s room', () => {
  it('keeps answering a client in good standing while the crowd waits at the edge', async () => {
    const regular = '127.0.6.10';
    // earns good standing: a few requests over more than a second, at its own steady pace
    for (let i = 0; i < 8; i++) {
      expect(await get(regular)).toBe(200);
      await sleep(200);
    }

    let crowdRunning = true;
    const crowdAnswers: number[] = [];
    const crowd = Array.from({ length: 40 }, async (_, i) => {
      while (crowdRunning) crowdAnswers.push(await get(`127.0.7.${i + 1}`));
    });
    const regularAnswers: number[] = [];
    for (let i = 0; i < 12; i++) {
      await sleep(250);
      regularAnswers.push(await get(regular));
    }
    crowdRunning = false;
    await Promise.all(crowd);

    // the crowd was bigger than the origin's room: it was turned away in part
    expect(crowdAnswers.filter((s) => s !== 200).length).toBeGreaterThan(0);
    expect(regularAnswers).toEqual(regularAnswers.map(() => 200));
    // the origin refused only while the edge learnt its room: a handful, not the crowd's surplus
    expect(origin.refused).toBeLessThan(crowdAnswers.length / 10);
  });
});
