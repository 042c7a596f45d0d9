// Starting Breakwater fails cleanly: when the control plane cannot listen, what had already started (the
// gateway's listener, the store, the timers) is stopped, the error says why, and a retry starts.

import { rmSync } from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoOrigin, startDemoOrigin } from '../src/demo/origin.js';
import { silentLog } from '../src/log.js';
import { startBreakwater } from '../src/runtime.js';
import { stackConfig, tempDataDir } from './support/stack.js';

let origin: DemoOrigin;
const dataDir = tempDataDir();

beforeAll(async () => {
  origin = await startDemoOrigin({ port: 0 });
});

afterAll(async () => {
  await origin?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function listen(server: net.Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

const closeServer = (server: net.Server) => new Promise((resolve) => server.close(resolve));

/** Timers this process holds: a component left running after a failed start holds one. */
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

async function freePort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await closeServer(server);
  return port;
}

describe('a start that fails half-way', () => {
  it('stops what had started, so the gateway port is free and a retry starts on the same data', async () => {
    const busy = net.createServer();
    const busyPort = await listen(busy);
    const gatewayPort = await freePort();
    const timersBefore = timers();
    const config = (control: string) =>
      stackConfig({ config: { listen: `127.0.0.1:${gatewayPort}`, control } }, [origin.url], dataDir);
    try {
      await expect(startBreakwater(config(`127.0.0.1:${busyPort}`), silentLog)).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await closeServer(busy);
    }

    // No component's timer was left running (a timer Node or a library held before may have ended since).
    expect(timers()).toBeLessThanOrEqual(timersBefore);
    const probe = net.createServer();
    expect(await listen(probe, gatewayPort)).toBe(gatewayPort); // the gateway let its port go
    await closeServer(probe);

    const bw = await startBreakwater(config('127.0.0.1:0'), silentLog);
    try {
      expect(bw.gateway.url).toContain(`:${gatewayPort}`);
    } finally {
      await bw.stop();
    }
  });
});
