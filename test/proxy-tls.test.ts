// Proxy correctness of the gateway over TLS: HTTP/1.1 over HTTPS, HTTP/2 by ALPN (GET, POST, many
// streams on one session, no connection-specific response fields) and the HTTP/1.1 fallback.

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http2, { type ClientHttp2Session, type IncomingHttpHeaders } from 'node:http2';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Echo, request } from './support/http-client.js';
import { type Stack, startStack } from './support/stack.js';

const certPath = fileURLToPath(new URL('./fixtures/tls/cert.pem', import.meta.url));
const keyPath = fileURLToPath(new URL('./fixtures/tls/key.pem', import.meta.url));
const ca = readFileSync(certPath);

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Fields RFC 9113 §8.2.2 forbids in HTTP/2 messages. */
const CONNECTION_SPECIFIC = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade'];

interface H2Reply {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function h2Request(
  session: ClientHttp2Session,
  headers: http2.OutgoingHttpHeaders,
  body?: Buffer | string,
): Promise<H2Reply> {
  return new Promise((resolve, reject) => {
    const stream = session.request(headers, { endStream: body === undefined });
    const chunks: Buffer[] = [];
    let responseHeaders: IncomingHttpHeaders = {};
    stream.once('response', (h) => {
      responseHeaders = h;
    });
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve({ headers: responseHeaders, body: Buffer.concat(chunks) }));
    stream.once('error', reject);
    if (body !== undefined) stream.end(body);
  });
}

function connectH2(url: string): Promise<ClientHttp2Session> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(url, { ca });
    session.once('connect', () => {
      session.off('error', reject);
      resolve(session);
    });
    session.once('error', reject);
  });
}

describe('the gateway with TLS', () => {
  let stack: Stack;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    stack = await startStack({
      config: {
        tls: { cert: certPath, key: keyPath },
        limits: { maxBodyBytes: '2mb' },
        // These tests are about proxying: a check timing out on a starved event loop must not shed them.
        healthCheck: { unhealthyAfter: 10 },
      },
    });
    expect(stack.gatewayUrl).toMatch(/^https:\/\//);
    session = await connectH2(stack.gatewayUrl);
  });
  afterAll(async () => {
    session?.close();
    await stack?.stop();
  });

  describe('HTTP/1.1 over HTTPS', () => {
    it('round-trips GET and POST through /echo and says the client came over https', async () => {
      const get = await request(`${stack.gatewayUrl}/echo?over=tls`, { ca });
      expect(get.status).toBe(200);
      const echo = get.json<Echo>();
      expect(echo.url).toBe('/echo?over=tls');
      expect(echo.headers['x-forwarded-proto']).toBe('https');
      expect(echo.headers.forwarded).toMatch(/;proto=https;/);

      const body = JSON.stringify({ to: 'alice@example.test', text: 'héllo' });
      const post = await request(`${stack.gatewayUrl}/echo`, {
        ca,
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(post.status).toBe(200);
      expect(post.json<Echo>()).toMatchObject({ method: 'POST', body });
    });

    it('falls back to HTTP/1.1 for a client that offers only http/1.1 by ALPN', async () => {
      const agent = new https.Agent({ ca, ALPNProtocols: ['http/1.1'], keepAlive: false });
      const { alpn, status, echo } = await new Promise<{ alpn: unknown; status: number; echo: Echo }>(
        (resolve, reject) => {
          const req = https.request(`${stack.gatewayUrl}/echo?alpn=1`, { agent }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.once('end', () =>
              resolve({
                alpn: (res.socket as TLSSocket).alpnProtocol,
                status: res.statusCode ?? 0,
                echo: JSON.parse(Buffer.concat(chunks).toString()) as Echo,
              }),
            );
          });
          req.once('error', reject);
          req.end();
        },
      );
      agent.destroy();
      expect(alpn).toBe('http/1.1');
      expect(status).toBe(200);
      expect(echo.url).toBe('/echo?alpn=1');
      expect(echo.headers['x-forwarded-proto']).toBe('https');
    });

    it('refuses a client that does not trust the certificate', async () => {
      await expect(request(`${stack.gatewayUrl}/echo`)).rejects.toThrow(/self[- ]signed|certificate/i);
    });
  });

  describe('HTTP/2', () => {
    it('negotiates h2 by ALPN', () => {
      expect(session.alpnProtocol).toBe('h2');
    });

    it('round-trips a GET, with the authority as Host for the origin', async () => {
      const reply = await h2Request(session, {
        ':method': 'GET',
        ':path': '/echo?over=h2',
        ':authority': 'mail.example.test',
        'x-custom': 'kept',
      });
      expect(reply.headers[':status']).toBe(200);
      const echo = JSON.parse(reply.body.toString()) as Echo;
      expect(echo.url).toBe('/echo?over=h2');
      expect(echo.headers.host).toBe('mail.example.test');
      expect(echo.headers['x-forwarded-host']).toBe('mail.example.test');
      expect(echo.headers['x-forwarded-proto']).toBe('https');
      expect(echo.headers['x-custom']).toBe('kept');
      expect(echo.rawHeaders.some((name) => name.startsWith(':'))).toBe(false);
    });

    it('round-trips POST bodies, with and without a declared length', async () => {
      const small = JSON.stringify({ text: 'héllo over h2' });
      const declared = await h2Request(
        session,
        {
          ':method': 'POST',
          ':path': '/echo',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(small),
        },
        small,
      );
      expect(declared.headers[':status']).toBe(200);
      expect(JSON.parse(declared.body.toString())).toMatchObject({ method: 'POST', body: small });

      const large = randomBytes(768 * 1024).toString('base64'); // 1 MiB of text, streamed
      const streamed = await h2Request(session, { ':method': 'PUT', ':path': '/echo' }, large);
      expect(streamed.headers[':status']).toBe(200);
      const echo = JSON.parse(streamed.body.toString()) as Echo;
      expect(echo.bodyBytes).toBe(large.length);
      expect(sha256(echo.body)).toBe(sha256(large));
    });

    it('refuses with 413 a body streamed past limits.maxBodyBytes, and the session lives on', async () => {
      const tooBig = Buffer.alloc(3 * 1024 * 1024, 'z'); // no content-length: only counting can stop it
      const reply = await h2Request(session, { ':method': 'POST', ':path': '/echo' }, tooBig).catch(
        (error: Error) => ({ headers: { ':status': `error: ${error.message}` }, body: Buffer.alloc(0) }),
      );
      expect(reply.headers[':status']).toBe(413);
      const next = await h2Request(session, { ':method': 'GET', ':path': '/echo?after=413' });
      expect(next.headers[':status']).toBe(200);
    });

    it('sends no connection-specific fields, even for a chunked, kept-alive origin answer', async () => {
      for (const path of ['/echo', '/stream?chunks=3&delayMs=10', '/status/404']) {
        const reply = await h2Request(session, { ':method': 'GET', ':path': path });
        expect(reply.headers[':status']).toBe(path === '/status/404' ? 404 : 200);
        for (const name of CONNECTION_SPECIFIC) expect(reply.headers[name]).toBeUndefined();
      }
    });

    it('serves many concurrent streams on one session', async () => {
      const count = 60;
      const replies = await Promise.all(
        Array.from({ length: count }, (_, i) =>
          i % 3 === 0
            ? h2Request(session, { ':method': 'POST', ':path': `/echo?i=${i}` }, `body ${i}`)
            : h2Request(session, { ':method': 'GET', ':path': `/echo?i=${i}` }),
        ),
      );
      replies.forEach((reply, i) => {
        expect(reply.headers[':status']).toBe(200);
        const echo = JSON.parse(reply.body.toString()) as Echo;
        expect(echo.url).toBe(`/echo?i=${i}`);
        expect(echo.body).toBe(i % 3 === 0 ? `body ${i}` : '');
      });
      expect(session.closed || session.destroyed).toBe(false);
    });
  });
});
