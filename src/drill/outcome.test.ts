// The outcome rule against the edge's real answers (error pages, challenge page), the demo origin's
// answers, and real connection failures.

import { randomBytes } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import { Client } from 'undici';
import { describe, expect, it } from 'vitest';
import { Challenge } from '../edge/challenge/index.js';
import { edgeAnswer } from '../edge/error-page.js';
import { type Answer, classifyAnswer, classifyFailure, isEdgeAnswer } from './outcome.js';
import { parseRawAnswer } from './raw-answer.js';

const fromEdge = (status: number, kind: 'api' | 'browser', retryAfter?: number): Answer => {
  const a = edgeAnswer(status, 'message for the person', kind, retryAfter);
  return { status: a.status, headers: a.headers, body: a.body };
};

const challengePage = (): Answer => {
  const challenge = new Challenge({
    secret: randomBytes(32),
    defaultDifficulty: 8,
    passTtlMs: 60_000,
    secureCookie: false,
  });
  const page = challenge.page({ prefix: '127.0.0.0/24', userAgent: 'test', returnTo: '/inbox' });
  return { status: page.status, headers: page.headers, body: page.body };
};

const json = (status: number, value: unknown): Answer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

describe('classifyAnswer', () => {
  it('sees the challenge page as challenged and any other 403 as blocked', () => {
    expect(classifyAnswer(challengePage())).toBe('challenged');
    expect(classifyAnswer(fromEdge(403, 'browser'))).toBe('blocked');
    expect(classifyAnswer(fromEdge(403, 'api'))).toBe('blocked');
  });

  it('sees every 429 as throttled', () => {
    expect(classifyAnswer(fromEdge(429, 'browser', 1))).toBe('throttled');
    expect(classifyAnswer(fromEdge(429, 'api', 1))).toBe('throttled');
  });

  it("tells the edge's 503 (shed) from the origin's 503 (reached)", () => {
    expect(classifyAnswer(fromEdge(503, 'api', 5))).toBe('shed');
    expect(classifyAnswer(fromEdge(503, 'browser', 5))).toBe('shed');
    expect(classifyAnswer(json(503, { error: 'origin busy, retry shortly' }))).toBe('reached');
    const text = { status: 503, headers: { 'content-type': 'text/plain' }, body: 'busy\n' };
    expect(classifyAnswer(text)).toBe('reached');
  });

  it('counts edge 502/504 as reached: the request was forwarded and the origin failed', () => {
    expect(classifyAnswer(fromEdge(502, 'api', 5))).toBe('reached');
    expect(classifyAnswer(fromEdge(504, 'browser', 5))).toBe('reached');
  });

  it('counts read-phase cuts as blocked, origin 4xx as reached', () => {
    expect(classifyAnswer(fromEdge(408, 'browser'))).toBe('blocked');
    expect(classifyAnswer(fromEdge(413, 'api'))).toBe('blocked');
    const raw = parseRawAnswer(Buffer.from('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'));
    expect(raw && classifyAnswer(raw)).toBe('blocked');
    expect(classifyAnswer(json(413, { error: 'request body is over 16384 bytes' }))).toBe('reached');
    expect(classifyAnswer(json(400, { error: 'page must be a whole number >= 1' }))).toBe('reached');
    expect(classifyAnswer({ status: 401, headers: { 'content-type': 'text/html' }, body: '<form>' })).toBe(
      'reached',
    );
  });

  it('counts origin 2xx and 3xx as reached without reading the body', () => {
    expect(classifyAnswer({ status: 200, headers: {}, body: '' })).toBe('reached');
    expect(classifyAnswer({ status: 303, headers: { location: '/login' }, body: '' })).toBe('reached');
  });

  it('does not take an origin JSON error with extra fields for the edge', () => {
    expect(isEdgeAnswer(json(503, { error: 'overloaded', message: 'x', retry: 1 }))).toBe(false);
    expect(isEdgeAnswer(json(503, { error: 'overloaded', message: 'x' }))).toBe(true);
  });
});

describe('parseRawAnswer', () => {
  it('reads status, headers and a chunked body', () => {
    const page = fromEdge(403, 'browser');
    const body = Buffer.from(page.body);
    const chunked = Buffer.concat([
      Buffer.from(
        `HTTP/1.1 403 Forbidden\r\ncontent-security-policy: ${page.headers['content-security-policy']}\r\ntransfer-encoding: chunked\r\n\r\n`,
      ),
      Buffer.from(`${body.length.toString(16)}\r\n`),
      body,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const answer = parseRawAnswer(chunked);
    expect(answer?.status).toBe(403);
    expect(answer?.body).toBe(page.body);
    expect(answer && isEdgeAnswer(answer)).toBe(true);
  });

  it('waits for a complete head', () => {
    expect(parseRawAnswer(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n'))).toBeUndefined();
  });
});

describe('classifyFailure', () => {
  it('counts a connection reset at accept as blocked', async () => {
    const server = net.createServer((socket) => socket.resetAndDestroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const error = await client.request({ method: 'GET', path: '/' }).catch((e: unknown) => e);
    await client.destroy();
    await new Promise((resolve) => server.close(resolve));
    expect(classifyFailure(error)).toBe('blocked');
  });

  it('counts a refused connection as blocked', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const client = new Client(`http://127.0.0.1:${port}`);
    const error = await client.request({ method: 'GET', path: '/' }).catch((e: unknown) => e);
    await client.destroy();
    expect(classifyFailure(error)).toBe('blocked');
  });

  it('counts a timeout as unanswered', async () => {
    const server = net.createServer(() => {}); // accepts and never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = new Client(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
      headersTimeout: 100,
    });
    const error = await client.request({ method: 'GET', path: '/' }).catch((e: unknown) => e);
    await client.destroy();
    server.close();
    expect(classifyFailure(error)).toBe('unanswered');
  });
});
