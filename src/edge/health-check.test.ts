// Tests for the active health check of one origin, against real loopback servers.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Socket,
  type Server as TcpServer,
} from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HealthCheck, type HealthCheckOptions } from './health-check.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function httpOrigin(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server: Server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Accepts connections and never answers. */
async function blackHole(): Promise<string> {
  const sockets = new Set<Socket>();
  const server: TcpServer = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function closedPort(): Promise<string> {
  const server = createTcpServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

function healthCheck(origin: string, overrides: Partial<HealthCheckOptions> = {}): HealthCheck {
  const check = new HealthCheck({
    origin,
    hostHeader: new URL(origin).host,
    path: '/healthz',
    intervalMs: 50,
    timeoutMs: 200,
    onResult: () => {},
    ...overrides,
  });
  cleanups.push(() => check.stop());
  return check;
}

describe('HealthCheck.check', () => {
  it('passes on 2xx and 3xx, sending the path, Host and a fresh connection each time', async () => {
    const seen: { url?: string; host?: string; agent?: string; connection?: string }[] = [];
    const sockets = new Set<unknown>();
    let status = 200;
    const origin = await httpOrigin((req, res) => {
      sockets.add(req.socket);
      seen.push({
        url: req.url,
        host: req.headers.host,
        agent: req.headers['user-agent'],
        connection: req.headers.connection,
      });
      res.statusCode = status;
      if (status === 302) res.setHeader('location', '/login');
      res.end('ok');
    });
    const check = healthCheck(origin, { hostHeader: 'portal.example.org' });
    expect(await check.check()).toEqual({ passed: true });
    status = 302;
    expect(await check.check()).toEqual({ passed: true });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({
      url: '/healthz',
      host: 'portal.example.org',
      agent: 'breakwater-health-check',
      connection: 'close',
    });
    expect(sockets.size).toBe(2);
  });

  it('fails on 4xx/5xx, naming the status', async () => {
    const origin = await httpOrigin((_req, res) => {
      res.statusCode = 503;
      res.end('down for maintenance');
    });
    expect(await healthCheck(origin).check()).toEqual({ passed: false, error: 'health check answered 503' });
  });

  it('fails on a refused connection, naming the error', async () => {
    const result = await healthCheck(await closedPort()).check();
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/ECONNREFUSED/);
  });

  it('fails within its deadline when the origin accepts and never answers', async () => {
    const check = healthCheck(await blackHole(), { timeoutMs: 150 });
    const began = Date.now();
    const result = await check.check();
    const took = Date.now() - began;
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/timed out/);
    expect(took).toBeGreaterThanOrEqual(140);
    expect(took).toBeLessThan(600);
  });

  it('fails within its deadline when the body never ends', async () => {
    const origin = await httpOrigin((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('partial');
    });
    const result = await healthCheck(origin, { timeoutMs: 150 }).check();
    expect(result.passed).toBe(false);
    expect(result.error).toMatch(/timed out/);
  });
});

describe('HealthCheck schedule', () => {
  it('checks immediately, then every interval, and stops promptly and for good', async () => {
    const results: boolean[] = [];
    const origin = await httpOrigin((_req, res) => res.end('ok'));
    const check = healthCheck(origin, { intervalMs: 40, onResult: (passed) => results.push(passed) });
    check.start();
    check.start();
    await new Promise((resolve) => setTimeout(resolve, 25));
    expect(results).toEqual([true]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.length).toBeLessThanOrEqual(7);
    await check.stop();
    const count = results.length;
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(results.length).toBe(count);
  });

  it('stop() abandons a check in flight against a black-holed origin at once', async () => {
    const results: boolean[] = [];
    const check = healthCheck(await blackHole(), {
      timeoutMs: 10_000,
      onResult: (passed) => results.push(passed),
    });
    check.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const began = Date.now();
    await check.stop();
    expect(Date.now() - began).toBeLessThan(200);
    expect(results).toEqual([]);
  });
});
