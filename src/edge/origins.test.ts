// Tests for the origin set: round-robin, active and passive health, failover and shutdown, against real
// loopback origins.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Origin, type OriginOptions, OriginSet, type OriginState } from './origins.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<number> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(5);
  }
  return Date.now() - began;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP origin that answers with its name, and can be stopped and restarted on the same port. */
class TestOrigin {
  private server: Server | undefined;
  port = 0;

  constructor(
    readonly name: string,
    private readonly handler: Handler = (_req, res) => res.end(name),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    const server = createServer(this.handler);
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function origin(name: string, handler?: Handler): Promise<TestOrigin> {
  const started = await new TestOrigin(name, handler).start();
  cleanups.push(() => started.stop());
  return started;
}

/** Accepts connections and never answers a byte. */
async function blackHole(): Promise<string> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
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

function originSet(urls: string[], overrides: Partial<OriginOptions> = {}): OriginSet {
  const set = new OriginSet({
    urls,
    connectTimeoutMs: 500,
    responseTimeoutMs: 2000,
    healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 200, unhealthyAfter: 2, healthyAfter: 2 },
    connectionsPerOrigin: 4,
    ...overrides,
  });
  cleanups.push(() => set.close());
  return set;
}

async function fetchVia(picked: Origin | undefined): Promise<string> {
  if (!picked) throw new Error('no origin picked');
  const response = await picked.pool.request({
    method: 'GET',
    path: '/',
    headers: { host: picked.hostHeader },
  });
  return response.body.text();
}

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const healthyOf = (set: OriginSet, url: string) => set.states().find((state) => state.url === url)?.healthy;

describe('OriginSet choice', () => {
  it('round-robins requests across two healthy origins', async () => {
    const a = await origin('a');
    const b = await origin('b');
    const set = originSet([a.url, b.url]);
    set.start();
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) answers.push(await fetchVia(set.pick()));
    expect(answers).toEqual(['a', 'b', 'a', 'b']);
  });

  it('starts optimistic: origins are healthy before the first check', () => {
    const set = originSet(['http://127.0.0.1:1', 'http://127.0.0.1:2']);
    expect(set.states()).toEqual([
      { url: 'http://127.0.0.1:1', healthy: true, consecutiveFailures: 0 },
      { url: 'http://127.0.0.1:2', healthy: true, consecutiveFailures: 0 },
    ]);
    expect(set.pick()?.url).toBe('http://127.0.0.1:1');
  });

  it('exposes the undici origin and the Host header', () => {
    const set = originSet(['http://127.0.0.1:8080', 'https://mail.example.org']);
    const first = set.pick()!;
    const second = set.pick()!;
    expect([first.origin, first.hostHeader]).toEqual(['http://127.0.0.1:8080', '127.0.0.1:8080']);
    expect([second.origin, second.hostHeader]).toEqual(['https://mail.example.org:443', 'mail.example.org']);
  });

  it('next() gives the next healthy origin, never the failed one', async () => {
    const set = originSet(['http://127.0.0.1:1', 'http://127.0.0.1:2', 'http://127.0.0.1:3']);
    const [a, b, c] = [set.pick()!, set.pick()!, set.pick()!];
    expect(set.next(a)).toBe(b);
    expect(set.next(c)).toBe(a);
    b.reportFailure(new Error('connect ECONNREFUSED'));
    b.reportFailure(new Error('connect ECONNREFUSED'));
    expect(set.next(a)).toBe(c);
    c.reportFailure(new Error('connect ECONNREFUSED'));
    c.reportFailure(new Error('connect ECONNREFUSED'));
    expect(set.next(a)).toBeUndefined();
    expect(set.next(b)).toBe(a);

    const single = originSet(['http://127.0.0.1:4']);
    expect(single.next(single.pick()!)).toBeUndefined();
  });
});

describe('OriginSet active health', () => {
  it('marks a stopped origin unhealthy within a few intervals, and healthy again once restarted', async () => {
    const a = await origin('a');
    const b = await origin('b');
    const changes: OriginState[] = [];
    const set = originSet([a.url, b.url], { onChange: (state) => changes.push(state) });
    set.start();
    await sleep(60);

    await b.stop();
    const tookDown = await waitFor(() => healthyOf(set, b.url) === false);
    expect(tookDown).toBeLessThan(4 * 50 + 200);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ url: b.url, healthy: false, consecutiveFailures: 2 });
    expect(changes[0].lastError).toMatch(/ECONNREFUSED/);
    for (let i = 0; i < 6; i++) expect(set.pick()?.url).toBe(a.url);
    expect(await fetchVia(set.pick())).toBe('a');

    await b.start();
    const tookUp = await waitFor(() => healthyOf(set, b.url) === true);
    expect(tookUp).toBeLessThan(4 * 50 + 200);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ url: b.url, healthy: true, consecutiveFailures: 0 });
    expect(changes[1].lastError).toBeUndefined();
    const answers = new Set<string>();
    for (let i = 0; i < 4; i++) answers.add(await fetchVia(set.pick()));
    expect(answers).toEqual(new Set(['a', 'b']));
  });

  it('counts a check answered with 5xx as failed', async () => {
    let status = 200;
    const a = await origin('a', (_req, res) => {
      res.statusCode = status;
      res.end();
    });
    const set = originSet([a.url]);
    set.start();
    status = 500;
    await waitFor(() => healthyOf(set, a.url) === false);
    expect(set.states()[0].lastError).toBe('health check answered 500');
  });

  it('returns undefined from pick() when every origin is down', async () => {
    const a = await origin('a');
    const b = await origin('b');
    const set = originSet([a.url, b.url]);
    set.start();
    await a.stop();
    await b.stop();
    await waitFor(() => set.states().every((state) => !state.healthy));
    expect(set.pick()).toBeUndefined();
  });

  it('stamps lastCheckedAt with the injected clock', async () => {
    const a = await origin('a');
    const set = originSet([a.url], { now: () => 1_700_000_000_000 });
    set.start();
    await waitFor(() => set.states()[0].lastCheckedAt !== undefined);
    expect(set.states()[0].lastCheckedAt).toBe(1_700_000_000_000);
  });

  it('does not declare a busy origin dead when its traffic pool is saturated', async () => {
    const a = await origin('a', (req, res) => {
      if (req.url === '/slow') setTimeout(() => res.end('slow'), 300);
      else res.end('ok');
    });
    const changes: OriginState[] = [];
    const set = originSet([a.url], {
      connectionsPerOrigin: 1,
      healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 100, unhealthyAfter: 1, healthyAfter: 1 },
      onChange: (state) => changes.push(state),
    });
    set.start();
    const picked = set.pick()!;
    const queued = [1, 2, 3].map(() =>
      picked.pool.request({ method: 'GET', path: '/slow' }).then((response) => response.body.text()),
    );
    await sleep(500);
    expect(changes).toEqual([]);
    expect(set.states()[0].healthy).toBe(true);
    expect(await Promise.all(queued)).toEqual(['slow', 'slow', 'slow']);
  });

  it('marks a black-holed origin unhealthy by the check deadline', async () => {
    const hole = await blackHole();
    const set = originSet([hole], {
      healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 80, unhealthyAfter: 2, healthyAfter: 2 },
    });
    set.start();
    await waitFor(() => healthyOf(set, hole) === false);
    expect(set.states()[0].lastError).toBe('health check timed out after 80 ms');
  });
});

describe('OriginSet passive health', () => {
  it('turns unhealthy after unhealthyAfter consecutive reported failures, ignoring our own aborts', () => {
    const changes: OriginState[] = [];
    const set = originSet(['http://127.0.0.1:1', 'http://127.0.0.1:2'], {
      healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 200, unhealthyAfter: 3, healthyAfter: 2 },
      onChange: (state) => changes.push(state),
    });
    const a = set.pick()!;
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    a.reportFailure(refused);
    a.reportFailure(refused);
    a.reportSuccess();
    a.reportFailure(refused);
    a.reportFailure(refused);
    a.reportFailure(Object.assign(new Error('Request aborted'), { code: 'UND_ERR_ABORTED' }));
    expect(a.healthy).toBe(true);
    expect(changes).toEqual([]);
    a.reportFailure(refused);
    expect(a.healthy).toBe(false);
    expect(changes).toEqual([
      { url: 'http://127.0.0.1:1', healthy: false, lastError: refused.message, consecutiveFailures: 3 },
    ]);
    for (let i = 0; i < 4; i++) expect(set.pick()?.url).toBe('http://127.0.0.1:2');
    a.reportSuccess();
    expect(a.healthy).toBe(false);
  });

  it('an origin marked down by traffic comes back once active checks pass healthyAfter times', async () => {
    const a = await origin('a');
    const changes: OriginState[] = [];
    const set = originSet([a.url], {
      healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 200, unhealthyAfter: 2, healthyAfter: 3 },
      onChange: (state) => changes.push(state),
    });
    const picked = set.pick()!;
    picked.reportFailure(new Error('other side closed'));
    picked.reportFailure(new Error('other side closed'));
    expect(set.pick()).toBeUndefined();
    set.start();
    const took = await waitFor(() => picked.healthy);
    expect(took).toBeGreaterThanOrEqual(90);
    expect(changes.map((change) => change.healthy)).toEqual([false, true]);
    expect(set.pick()).toBe(picked);
  });
});

describe('OriginSet.close', () => {
  it('returns promptly with a check in flight against a black-holed origin', async () => {
    const set = originSet([await blackHole()], {
      healthCheck: {
        path: '/healthz',
        intervalMs: 50,
        timeoutMs: 10_000,
        unhealthyAfter: 2,
        healthyAfter: 2,
      },
    });
    set.start();
    await sleep(50);
    const began = Date.now();
    await set.close();
    expect(Date.now() - began).toBeLessThan(200);
  });

  it('gives requests in flight the grace period, then destroys the pools', async () => {
    const hole = await blackHole();
    const set = originSet([hole], { closeGraceMs: 150 });
    set.start();
    const pending = set
      .pick()!
      .pool.request({ method: 'GET', path: '/' })
      .then(
        () => 'answered',
        (error: Error) => error.name,
      );
    await sleep(50);
    const began = Date.now();
    await set.close();
    const took = Date.now() - began;
    expect(took).toBeGreaterThanOrEqual(140);
    expect(took).toBeLessThan(500);
    expect(await pending).not.toBe('answered');
    expect(set.close()).toBe(set.close());
  });

  it('lets a request in flight finish within the grace period', async () => {
    const a = await origin('a', (_req, res) => setTimeout(() => res.end('late'), 100));
    const set = originSet([a.url], { closeGraceMs: 1000 });
    const pending = set
      .pick()!
      .pool.request({ method: 'GET', path: '/' })
      .then((response) => response.body.text());
    await sleep(20);
    await set.close();
    expect(await pending).toBe('late');
  });

  it('does not start checks after close', async () => {
    let checks = 0;
    const a = await origin('a', (_req, res) => {
      checks++;
      res.end();
    });
    const set = originSet([a.url]);
    await set.close();
    set.start();
    await sleep(80);
    expect(checks).toBe(0);
  });
});

describe.skipIf(!hasOpenssl)('OriginSet https origins', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function selfSigned(): { key: string; cert: string } {
    dir = mkdtempSync(join(tmpdir(), 'breakwater-origin-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  }

  it('checks and forwards over TLS with a configured CA, and fails checks without it', async () => {
    const { key, cert } = selfSigned();
    const server = createHttpsServer({ key, cert }, (_req, res) => res.end('secure'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const trusted = originSet([url], { tls: { ca: cert } });
    trusted.start();
    expect(await fetchVia(trusted.pick())).toBe('secure');
    await waitFor(() => trusted.states()[0].lastCheckedAt !== undefined);
    expect(trusted.states()[0]).toMatchObject({ healthy: true, consecutiveFailures: 0 });

    const untrusted = originSet([url]);
    untrusted.start();
    await waitFor(() => untrusted.states()[0].healthy === false);
    expect(untrusted.states()[0].lastError).toMatch(/self[- ]signed|certificate/i);
  });
});

describe('OriginSet configuration', () => {
  const base: OriginOptions = {
    urls: ['http://127.0.0.1:1'],
    connectTimeoutMs: 500,
    responseTimeoutMs: 2000,
    healthCheck: { path: '/healthz', intervalMs: 50, timeoutMs: 200, unhealthyAfter: 2, healthyAfter: 2 },
  };

  it('names the setting, what was expected and what was found', () => {
    expect(() => new OriginSet({ ...base, urls: [] })).toThrow('origins.urls: expected at least one');
    expect(() => new OriginSet({ ...base, urls: ['ftp://x'] })).toThrow(
      'expected scheme http or https, found ftp',
    );
    expect(() => new OriginSet({ ...base, urls: ['http://127.0.0.1:1', 'http://127.0.0.1:1/'] })).toThrow(
      'origins.urls[1]: "http://127.0.0.1:1/" repeats an origin already listed',
    );
    expect(() => new OriginSet({ ...base, healthCheck: { ...base.healthCheck, path: 'healthz' } })).toThrow(
      'origins.healthCheck.path: expected a path starting with "/", found "healthz"',
    );
    expect(() => new OriginSet({ ...base, healthCheck: { ...base.healthCheck, unhealthyAfter: 0 } })).toThrow(
      'origins.healthCheck.unhealthyAfter: expected a whole number >= 1, found 0',
    );
    expect(() => new OriginSet({ ...base, connectTimeoutMs: -1 })).toThrow(
      'origins.connectTimeoutMs: expected a positive number of milliseconds, found -1',
    );
  });
});
