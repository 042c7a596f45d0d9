// The responder never acts on the trusted proxies in front of the gateway: slow-client counts see the
// socket's peer, which behind a load balancer is the proxy, not its clients. Thirty connections held open
// mid-headers from the proxy's address are cut at the header deadline, and no decision names it; the
// same from another address is blocked (so the test can tell).

import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.js';

const PROXY = '127.0.9.9';
const STRANGER = '127.0.9.10';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    config: { responder: { mode: 'enforce' }, trustedProxies: [PROXY], timeouts: { header: '10s' } },
  });
});

afterAll(async () => {
  await stack?.stop();
});

/** Opens `n` connections from `address` that send half a request head and then nothing. */
function holdHeads(address: string, n: number): Socket[] {
  const { hostname, port } = new URL(stack.gatewayUrl);
  return Array.from({ length: n }, () => {
    const socket = connect({ host: hostname, port: Number(port), localAddress: address });
    socket.on('error', () => {});
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slow/1.0\r\n');
    return socket;
  });
}

const decidedOn = (address: string) =>
  stack.bw.table.list().filter((d) => d.value === address && d.action !== 'allow');

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

describe('trusted proxies', () => {
  it('are never acted on by the responder, where another address holding the same heads is blocked', {
    timeout: 20_000,
  }, async () => {
    const fromProxy = holdHeads(PROXY, 30);
    const fromStranger = holdHeads(STRANGER, 30);
    try {
      expect(await until(() => decidedOn(STRANGER).length > 0, 6_000)).toBe(true);
      expect(decidedOn(PROXY)).toEqual([]);
    } finally {
      for (const socket of [...fromProxy, ...fromStranger]) socket.destroy();
    }
  });
});
