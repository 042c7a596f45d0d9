// Proxy correctness of the gateway over plain HTTP/1.1: methods, bodies, streaming, keep-alive, status
// codes, header rewriting, request limits, WebSocket pass-through and origin failures.

import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Echo, request } from './support/http-client.js';
import { RawConnection, rawExchange } from './support/raw-http.js';
import { type Stack, startStack } from './support/stack.js';
import { closedPort, startTinyOrigin, type TinyOrigin } from './support/tiny-origin.js';
import { expectedAccept, OPCODE, openWebSocket } from './support/ws-client.js';

/**
 * Health checks that ride out a busy test machine: these tests are about proxying, and a check timing out
 * on a starved event loop must not take their only origin out.
 */
const steadyHealth = { healthCheck: { unhealthyAfter: 10 } };

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Polls `probe` until it returns true, or fails after `timeoutMs`. */
async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('HTTP/1.1 through the gateway to the demo origin', () => {
  let stack: Stack;
  let echoUrl: string;

  beforeAll(async () => {
    stack = await startStack({ config: steadyHealth });
    echoUrl = `${stack.gatewayUrl}/echo`;
  });
  afterAll(() => stack?.stop());

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    '%s round-trips through /echo',
    async (method) => {
      const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
      const body = hasBody ? JSON.stringify({ method, note: 'héllo' }) : undefined;
      const reply = await request(`${echoUrl}?m=${method}`, {
        method,
        body,
        headers: hasBody ? { 'content-type': 'application/json' } : {},
      });
      expect(reply.status).toBe(200);
      const echo = reply.json<Echo>();
      expect(echo.method).toBe(method);
      expect(echo.url).toBe(`/echo?m=${method}`);
      expect(echo.body).toBe(body ?? '');
      if (hasBody) expect(echo.headers['content-type']).toBe('application/json');
    },
  );

  it('answers HEAD with the headers only, and the connection stays usable', async () => {
    const conn = await RawConnection.open(stack.gatewayUrl);
    try {
      conn.send('HEAD /echo HTTP/1.1\r\nHost: shop.test\r\n\r\n');
      const head = await conn.readResponse({ bodiless: true });
      expect(head.status).toBe(200);
      expect(head.header('content-type')).toBe('application/json');
      expect(Number(head.header('content-length'))).toBeGreaterThan(0);
      // Had the gateway sent a body after the HEAD answer, it would be parsed as the next response.
      conn.send('GET /echo?after=head HTTP/1.1\r\nHost: shop.test\r\n\r\n');
      const next = await conn.readResponse();
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body.toString()).url).toBe('/echo?after=head');
    } finally {
      conn.destroy();
    }
  });

  it('forwards a small (buffered) body intact', async () => {
    const body = randomBytes(30 * 1024).toString('base64'); // 40 KiB of text, under the 64 KiB buffer
    const reply = await request(echoUrl, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) },
    });
    expect(reply.status).toBe(200);
    const echo = reply.json<Echo>();
    expect(echo.bodyBytes).toBe(body.length);
    expect(sha256(echo.body)).toBe(sha256(body));
  });

  it('streams a large (5 MiB) body to the origin intact', async () => {
    const body = randomBytes(Math.ceil((5 * 1024 * 1024 * 3) / 4)).toString('base64');
    expect(body.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const reply = await request(echoUrl, {
      method: 'PUT',
      body: Buffer.from(body),
      headers: { 'content-type': 'text/plain', 'content-length': body.length },
    });
    expect(reply.status).toBe(200);
    const echo = reply.json<Echo>();
    expect(echo.bodyBytes).toBe(body.length);
    expect(sha256(echo.body)).toBe(sha256(body));
  });

  it('forwards chunked uploads of any size intact', async () => {
    for (const size of [10, 200 * 1024, 2 * 1024 * 1024]) {
      const parts = Array.from({ length: 8 }, (_, i) => `${i}:${'x'.repeat(Math.ceil(size / 8))}\n`);
      const whole = parts.join('');
      const reply = await request(echoUrl, {
        method: 'POST',
        body: Readable.from(parts), // no content-length: node sends it chunked
        headers: { 'content-type': 'text/plain' },
      });
      expect(reply.status).toBe(200);
      const echo = reply.json<Echo>();
      expect(echo.bodyBytes).toBe(whole.length);
      expect(sha256(echo.body)).toBe(sha256(whole));
    }
  });

  it('streams a response: chunks arrive before the response ends', async () => {
    const arrivals: { text: string; completeYet: boolean }[] = [];
    const ended = await new Promise<boolean>((resolve, reject) => {
      http
        .get(`${stack.gatewayUrl}/stream?chunks=4&delayMs=300`, { agent: false }, (res) => {
          expect(res.statusCode).toBe(200);
          res.setEncoding('utf8');
          res.on('data', (text: string) => arrivals.push({ text, completeYet: res.complete }));
          res.once('end', () => resolve(true));
          res.once('error', reject);
        })
        .once('error', reject);
    });
    expect(ended).toBe(true);
    expect(arrivals.map((a) => a.text).join('')).toBe(
      'chunk 0 of 4\nchunk 1 of 4\nchunk 2 of 4\nchunk 3 of 4\n',
    );
    // A buffering proxy would hand over the whole answer in one piece at the end.
    expect(arrivals[0].text).toBe('chunk 0 of 4\n');
    expect(arrivals[0].completeYet).toBe(false);
    expect(arrivals.length).toBeGreaterThanOrEqual(3);
  });

  it('serves several requests on one kept-alive client connection', async () => {
    const acceptedBefore = stack.bw.stats.acceptedConnections;
    const conn = await RawConnection.open(stack.gatewayUrl);
    try {
      for (let i = 0; i < 5; i++) {
        const body = `request ${i}`;
        conn.send(
          `POST /echo?i=${i} HTTP/1.1\r\nHost: shop.test\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        );
        const reply = await conn.readResponse();
        expect(reply.status).toBe(200);
        expect(reply.header('connection')?.toLowerCase()).not.toBe('close');
        const echo = JSON.parse(reply.body.toString()) as Echo;
        expect(echo.url).toBe(`/echo?i=${i}`);
        expect(echo.body).toBe(body);
      }
      expect(await conn.closesWithin(100)).toBe(false);
    } finally {
      conn.destroy();
    }
    expect(stack.bw.stats.acceptedConnections - acceptedBefore).toBe(1);
  });

  it.each([404, 500, 503])('passes status %i through with the origin’s own body', async (code) => {
    const reply = await request(`${stack.gatewayUrl}/status/${code}`);
    expect(reply.status).toBe(code);
    expect(reply.text()).toBe(`status ${code}\n`);
  });

  it.each([204, 304])('passes bodiless status %i through and keeps the connection usable', async (code) => {
    const conn = await RawConnection.open(stack.gatewayUrl);
    try {
      conn.send(`GET /status/${code} HTTP/1.1\r\nHost: shop.test\r\n\r\n`);
      const reply = await conn.readResponse();
      expect(reply.status).toBe(code);
      expect(reply.body.length).toBe(0);
      conn.send('GET /echo?after=bodiless HTTP/1.1\r\nHost: shop.test\r\n\r\n');
      const next = await conn.readResponse();
      expect(next.status).toBe(200);
      expect(JSON.parse(next.body.toString()).url).toBe('/echo?after=bodiless');
    } finally {
      conn.destroy();
    }
  });

  it('sets the forwarding fields for the origin and the client’s Host', async () => {
    const { response, conn } = await rawExchange(
      stack.gatewayUrl,
      'GET /echo HTTP/1.1\r\nHost: mail.example.test\r\nConnection: close\r\n\r\n',
    );
    conn.destroy();
    const echo = JSON.parse(response.body.toString()) as Echo;
    expect(echo.headers.host).toBe('mail.example.test');
    expect(echo.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(echo.headers['x-forwarded-proto']).toBe('http');
    expect(echo.headers['x-forwarded-host']).toBe('mail.example.test');
    expect(echo.headers.forwarded).toBe('for=127.0.0.1;proto=http;host="mail.example.test"');
  });

  it('replaces forwarding fields a client made up when it is not a trusted proxy', async () => {
    const reply = await request(echoUrl, {
      headers: {
        host: 'mail.example.test',
        'x-forwarded-for': '6.6.6.6, 10.0.0.1',
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'evil.test',
        'x-real-ip': '6.6.6.6',
        forwarded: 'for=6.6.6.6;proto=https',
      },
    });
    const echo = reply.json<Echo>();
    expect(echo.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(echo.headers['x-forwarded-proto']).toBe('http');
    expect(echo.headers['x-forwarded-host']).toBe('mail.example.test');
    expect(echo.headers['x-real-ip']).toBeUndefined();
    expect(echo.headers.forwarded).toBe('for=127.0.0.1;proto=http;host="mail.example.test"');
    expect(JSON.stringify(echo.rawHeaders)).not.toContain('6.6.6.6');
  });

  it('removes hop-by-hop request fields, including those the Connection field names', async () => {
    const { response, conn } = await rawExchange(
      stack.gatewayUrl,
      'GET /echo HTTP/1.1\r\nHost: shop.test\r\n' +
        'Connection: keep-alive, X-Secret, x-other-secret\r\n' +
        'X-Secret: do-not-forward\r\nX-Other-Secret: nor-this\r\n' +
        'Keep-Alive: timeout=30\r\nTE: trailers\r\nProxy-Connection: keep-alive\r\n' +
        'Upgrade: h2c\r\nProxy-Authorization: Basic cHJveHk6c2VjcmV0\r\nX-Kept: yes\r\n\r\n',
    );
    conn.destroy();
    expect(response.status).toBe(200);
    const echo = JSON.parse(response.body.toString()) as Echo;
    const names = echo.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    for (const gone of ['x-secret', 'x-other-secret', 'keep-alive', 'te', 'proxy-connection', 'upgrade']) {
      expect(names).not.toContain(gone);
    }
    expect(names).not.toContain('proxy-authorization');
    expect(String(echo.headers.connection ?? '')).not.toMatch(/secret/i);
    expect(echo.headers['x-kept']).toBe('yes');
  });

  it('echoes WebSocket messages from the origin’s /ws through the gateway', async () => {
    const ws = await openWebSocket(stack.gatewayUrl, '/ws');
    try {
      expect(ws.handshake.status).toBe(101);
      expect(ws.handshake.header('upgrade')?.toLowerCase()).toBe('websocket');
      expect(ws.handshake.header('sec-websocket-accept')).toBe(expectedAccept(ws.key));

      ws.send(OPCODE.text, 'hello through the edge ✓');
      const text = await ws.nextFrame();
      expect(text).toMatchObject({ fin: true, opcode: OPCODE.text, masked: false });
      expect(text.payload.toString('utf8')).toBe('hello through the edge ✓');

      const big = randomBytes(100_000); // a 64-bit length frame, many TCP segments
      ws.send(OPCODE.binary, big);
      const echoed = await ws.nextFrame();
      expect(echoed.opcode).toBe(OPCODE.binary);
      expect(sha256(echoed.payload)).toBe(sha256(big));

      const status = Buffer.alloc(2);
      status.writeUInt16BE(1000);
      ws.send(OPCODE.close, status);
      const close = await ws.nextFrame();
      expect(close.opcode).toBe(OPCODE.close);
      expect(close.payload.readUInt16BE(0)).toBe(1000);
      expect(await ws.conn.closesWithin(5000)).toBe(true);
    } finally {
      ws.conn.destroy();
    }
  });

  it('passes the origin’s refusal of an upgrade on the wrong path', async () => {
    const ws = await openWebSocket(stack.gatewayUrl, '/not-a-socket');
    ws.conn.destroy();
    expect(ws.handshake.status).toBe(404);
  });
});

describe('response headers from an origin', () => {
  let origin: TinyOrigin;
  let stack: Stack;

  beforeAll(async () => {
    origin = await startTinyOrigin((req, res) => {
      req.resume();
      res.setHeader('set-cookie', ['session=abc; Path=/; HttpOnly', 'theme=dark; Path=/', 'lang=en']);
      res.setHeader('connection', 'keep-alive, X-Internal-Route');
      res.setHeader('x-internal-route', 'backend-7');
      res.setHeader('keep-alive', 'timeout=99, max=7');
      res.setHeader('proxy-connection', 'keep-alive');
      res.setHeader('x-public', 'yes');
      res.setHeader('content-type', 'text/plain');
      res.end('ok\n');
    });
    stack = await startStack({ upstreams: [origin.url], config: steadyHealth });
  });
  afterAll(async () => {
    await stack?.stop();
    await origin?.close();
  });

  it('keeps every Set-Cookie value as a separate field', async () => {
    const reply = await request(`${stack.gatewayUrl}/`);
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toEqual([
      'session=abc; Path=/; HttpOnly',
      'theme=dark; Path=/',
      'lang=en',
    ]);
  });

  it('removes hop-by-hop response fields, including those the Connection field names', async () => {
    const { response, conn } = await rawExchange(
      stack.gatewayUrl,
      'GET / HTTP/1.1\r\nHost: shop.test\r\n\r\n',
    );
    conn.destroy();
    expect(response.status).toBe(200);
    expect(response.header('x-public')).toBe('yes');
    expect(response.header('x-internal-route')).toBeUndefined();
    expect(response.header('proxy-connection')).toBeUndefined();
    expect(response.header('connection') ?? '').not.toMatch(/internal/i);
    // The gateway's own keep-alive parameters, never the origin's.
    expect(response.header('keep-alive') ?? '').not.toContain('max=7');
    expect(response.body.toString()).toBe('ok\n');
  });
});

describe('behind a trusted proxy', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ config: { ...steadyHealth, trustedProxies: ['127.0.0.0/8'] } });
  });
  afterAll(() => stack?.stop());

  it('takes the client address from X-Forwarded-For and appends the peer to the chain', async () => {
    const reply = await request(`${stack.gatewayUrl}/echo`, {
      headers: {
        host: 'mail.example.test',
        'x-forwarded-for': '198.51.100.23, 127.0.0.5',
        'x-forwarded-proto': 'https',
        forwarded: 'for=198.51.100.23;proto=https',
      },
    });
    expect(reply.status).toBe(200);
    const echo = reply.json<Echo>();
    expect(echo.headers['x-forwarded-for']).toBe('198.51.100.23, 127.0.0.5, 127.0.0.1');
    expect(echo.headers['x-forwarded-proto']).toBe('https'); // the trusted proxy terminated TLS
    expect(echo.headers.forwarded).toBe(
      'for=198.51.100.23;proto=https, for=127.0.0.1;proto=http;host="mail.example.test"',
    );
  });

  it('judges the client named by the trusted proxy, not the proxy', async () => {
    stack.bw.table.put({
      id: 'test-block-forwarded-client',
      scope: 'ip',
      value: '203.0.113.7',
      action: 'block',
      reason: 'test',
      source: 'manual',
      createdAt: Date.now(),
      expiresAt: null,
    });
    const blocked = await request(`${stack.gatewayUrl}/echo`, {
      headers: { 'x-forwarded-for': '203.0.113.7', accept: 'application/json' },
    });
    expect(blocked.status).toBe(403);
    expect(blocked.json()).toMatchObject({ error: 'blocked' });
    const other = await request(`${stack.gatewayUrl}/echo`, {
      headers: { 'x-forwarded-for': '203.0.113.8' },
    });
    expect(other.status).toBe(200);
    expect(other.json<Echo>().headers['x-forwarded-for']).toBe('203.0.113.8, 127.0.0.1');
  });
});

describe('request limits', () => {
  let stack: Stack;
  const echoed = () => stack.origin!.stats().byRoute['ANY /echo'] ?? 0;

  beforeAll(async () => {
    stack = await startStack({
      config: { ...steadyHealth, limits: { maxBodyBytes: '1kb', maxHeaders: 20, maxHeaderBytes: '2kb' } },
    });
  });
  afterAll(() => stack?.stop());

  it('accepts a body at the limit', async () => {
    const body = 'b'.repeat(1024);
    const reply = await request(`${stack.gatewayUrl}/echo`, { method: 'POST', body });
    expect(reply.status).toBe(200);
    expect(reply.json<Echo>().bodyBytes).toBe(1024);
  });

  it('refuses a declared body over limits.maxBodyBytes with 413 before the origin sees it', async () => {
    const before = echoed();
    const body = 'b'.repeat(2000);
    const { response, conn } = await rawExchange(
      stack.gatewayUrl,
      `POST /echo HTTP/1.1\r\nHost: shop.test\r\nAccept: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    try {
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body.toString())).toMatchObject({ error: 'payload_too_large' });
      expect(await conn.closesWithin(5000)).toBe(true);
    } finally {
      conn.destroy();
    }
    expect(echoed()).toBe(before);
  });

  it('refuses a chunked body that grows over the limit with 413, and the origin answers nothing', async () => {
    const before = echoed();
    const conn = await RawConnection.open(stack.gatewayUrl);
    try {
      conn.send('POST /echo HTTP/1.1\r\nHost: shop.test\r\nTransfer-Encoding: chunked\r\n\r\n');
      const chunk = 'c'.repeat(512);
      for (let i = 0; i < 4; i++) conn.send(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      const response = await conn.readResponse();
      expect(response.status).toBe(413);
      expect(await conn.closesWithin(5000)).toBe(true);
    } finally {
      conn.destroy();
    }
    expect(echoed()).toBe(before);
  });

  it('refuses a request with too many header fields and closes the connection', async () => {
    let head = 'GET /echo HTTP/1.1\r\nHost: shop.test\r\n';
    for (let i = 0; i < 30; i++) head += `X-Field-${i}: ${i}\r\n`;
    const before = echoed();
    const { response, conn } = await rawExchange(stack.gatewayUrl, `${head}\r\n`);
    try {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await conn.closesWithin(5000)).toBe(true);
    } finally {
      conn.destroy();
    }
    expect(echoed()).toBe(before);
  });

  it('refuses a request head over limits.maxHeaderBytes with 431', async () => {
    const { response, conn } = await rawExchange(
      stack.gatewayUrl,
      `GET /echo HTTP/1.1\r\nHost: shop.test\r\nX-Big: ${'h'.repeat(4096)}\r\n\r\n`,
    );
    try {
      expect(response.status).toBe(431);
      expect(await conn.closesWithin(5000)).toBe(true);
    } finally {
      conn.destroy();
    }
  });

  it('refuses with 413 a chunked body streamed past a larger limit, and the origin answers nothing', async () => {
    // Past 64 KiB a body is streamed to the origin as it arrives; the limit still holds on the way.
    const big = await startStack({ config: { ...steadyHealth, limits: { maxBodyBytes: '100kb' } } });
    try {
      const conn = await RawConnection.open(big.gatewayUrl);
      try {
        conn.send('POST /echo HTTP/1.1\r\nHost: shop.test\r\nTransfer-Encoding: chunked\r\n\r\n');
        const chunk = 'c'.repeat(16 * 1024);
        for (let i = 0; i < 10; i++) conn.send(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
        const response = await conn.readResponse();
        expect(response.status).toBe(413);
        expect(await conn.closesWithin(5000)).toBe(true);
      } finally {
        conn.destroy();
      }
      expect(big.origin!.stats().byRoute['ANY /echo'] ?? 0).toBe(0);
      // At the limit exactly, the same streamed upload goes through.
      const atLimit = 'd'.repeat(100 * 1024);
      const reply = await request(`${big.gatewayUrl}/echo`, {
        method: 'POST',
        body: Readable.from([atLimit]),
      });
      expect(reply.status).toBe(200);
      expect(reply.json<Echo>().bodyBytes).toBe(atLimit.length);
    } finally {
      await big.stop();
    }
  });

  it('still serves ordinary requests after refusing the others', async () => {
    const reply = await request(`${stack.gatewayUrl}/echo`);
    expect(reply.status).toBe(200);
  });
});

describe('origin failures', () => {
  it('answers 504 with a small page when the origin is slower than timeouts.upstreamResponse', async () => {
    const stack = await startStack({
      config: { ...steadyHealth, timeouts: { upstreamResponse: '300ms' } },
    });
    try {
      const started = performance.now();
      const page = await request(`${stack.gatewayUrl}/slow?ms=5000`, { headers: { accept: 'text/html' } });
      expect(performance.now() - started).toBeLessThan(4000); // the gateway gave up, not the origin
      expect(page.status).toBe(504);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body.length).toBeLessThan(2048);
      expect(page.text()).toContain('took too long');
      expect(page.text()).not.toMatch(/undici|UND_ERR|stack/i);

      const api = await request(`${stack.gatewayUrl}/slow?ms=5000`, {
        headers: { accept: 'application/json' },
      });
      expect(api.status).toBe(504);
      expect(api.headers['content-type']).toBe('application/json');
      expect(api.json()).toMatchObject({ error: 'gateway_timeout' });

      // A slow answer is not a dead origin: quick requests still go through.
      expect((await request(`${stack.gatewayUrl}/slow?ms=10`)).status).toBe(200);
    } finally {
      await stack.stop();
    }
  });

  it('answers 502/503 at once when the origin is down, and serves again once it is back', async () => {
    const port = await closedPort();
    const stack = await startStack({
      upstreams: [`http://127.0.0.1:${port}`],
      config: { healthCheck: { interval: '200ms', timeout: '200ms' } },
    });
    let origin: TinyOrigin | undefined;
    try {
      const started = performance.now();
      const page = await request(`${stack.gatewayUrl}/inbox`, { headers: { accept: 'text/html' } });
      expect(performance.now() - started).toBeLessThan(3000);
      expect([502, 503]).toContain(page.status);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['retry-after']).toBeDefined();
      expect(page.body.length).toBeLessThan(2048);

      const api = await request(`${stack.gatewayUrl}/api/messages`, {
        headers: { accept: 'application/json' },
      });
      expect([502, 503]).toContain(api.status);
      expect(api.headers['content-type']).toBe('application/json');
      const error = api.json<{ error: string; message: string }>();
      expect(['bad_gateway', 'overloaded']).toContain(error.error);
      expect(error.message.length).toBeGreaterThan(0);

      origin = await startTinyOrigin((req, res) => {
        req.resume();
        res.end('back\n');
      }, port);
      await eventually(
        async () => (await request(`${stack.gatewayUrl}/inbox`)).status === 200,
        10_000,
        'the gateway to serve from the restarted origin',
      );
      expect((await request(`${stack.gatewayUrl}/anything`)).text()).toBe('back\n');
    } finally {
      await stack.stop();
      await origin?.close();
    }
  });
});
