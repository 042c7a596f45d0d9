// The control API's doors: bearer tokens and roles on every route, the open ones, the OpenAPI document,
// and 400 answers that name the field at fault.

import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/tokens.js';
import { callApi, type DecisionBody } from './support/control-api.js';
import { type Stack, startStack } from './support/stack.js';

interface ErrorAnswer {
  error: string;
  message: string;
  details?: Array<{ field: string; message: string }>;
}

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
  if (stack) rmSync(stack.dataDir, { recursive: true, force: true });
});

const api = <T = unknown>(method: string, path: string, options: Parameters<typeof callApi>[3] = {}) =>
  callApi<T>(stack.controlUrl, method, path, options);

let nextHost = 100;
const sampleDecision = () => ({ scope: 'ip', value: `192.0.2.${nextHost++}`, action: 'block' });

describe('without a valid token', () => {
  it('answers 401 with WWW-Authenticate when no token is sent', async () => {
    const answer = await api<ErrorAnswer>('GET', '/api/v1/decisions');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(answer.body.error).toBe('unauthorized');
  });

  it.each([
    ['an unknown token', `Bearer bwt_${randomBytes(32).toString('base64url')}`],
    ['a malformed token', 'Bearer not-a-token'],
    ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
  ])('answers 401 to %s', async (_name, authorization) => {
    const answer = await api<ErrorAnswer>('GET', '/api/v1/decisions', { authorization });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('answers 401 to a revoked token', async () => {
    const { token, record } = await createToken({ store: stack.bw.store, role: 'admin', now: Date.now });
    expect((await api('GET', '/api/v1/decisions', { token })).status).toBe(200);
    await stack.bw.store.tokens.revoke(record.id);
    expect((await api('GET', '/api/v1/decisions', { token })).status).toBe(401);
  });

  it('changes nothing when a write is refused', async () => {
    const body = sampleDecision();
    expect((await api('POST', '/api/v1/decisions', { body })).status).toBe(401);
    expect((await api('POST', '/api/v1/decisions', { body, token: stack.tokens.viewer })).status).toBe(403);
    expect(stack.bw.table.forAddress(body.value)).toBeUndefined();
  });
});

describe('roles', () => {
  it('lets a viewer read decisions but not add one', async () => {
    const read = await api<{ decisions: DecisionBody[] }>('GET', '/api/v1/decisions', {
      token: stack.tokens.viewer,
    });
    expect(read.status).toBe(200);
    expect(Array.isArray(read.body.decisions)).toBe(true);

    const write = await api<ErrorAnswer>('POST', '/api/v1/decisions', {
      token: stack.tokens.viewer,
      body: sampleDecision(),
    });
    expect(write.status).toBe(403);
    expect(write.body.message).toMatch(/responder/);
  });

  it("refuses a viewer's delete", async () => {
    const created = await api<DecisionBody>('POST', '/api/v1/decisions', {
      token: stack.tokens.responder,
      body: sampleDecision(),
    });
    expect(created.status).toBe(201);
    const refused = await api('DELETE', `/api/v1/decisions/${created.body.id}`, {
      token: stack.tokens.viewer,
    });
    expect(refused.status).toBe(403);
    expect(stack.bw.table.get(created.body.id)).toBeDefined();
  });

  it.each(['responder', 'admin'] as const)('lets %s add (201) and remove (204) a decision', async (role) => {
    const token = stack.tokens[role];
    const body = sampleDecision();
    const created = await api<DecisionBody>('POST', '/api/v1/decisions', { token, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, source: 'manual' });
    expect(stack.bw.table.forAddress(body.value)?.action).toBe('block');

    const listed = await api<{ decisions: DecisionBody[] }>('GET', '/api/v1/decisions', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.decisions.map((d) => d.id)).toContain(created.body.id);

    const removed = await api('DELETE', `/api/v1/decisions/${created.body.id}`, { token });
    expect(removed.status).toBe(204);
    expect(stack.bw.table.forAddress(body.value)).toBeUndefined();
    const again = await api<ErrorAnswer>('DELETE', `/api/v1/decisions/${created.body.id}`, { token });
    expect(again.status).toBe(404);
    expect(again.body.error).toBe('not_found');
  });
});

describe('metrics, health and the OpenAPI document', () => {
  it('needs a viewer token for /metrics', async () => {
    const anonymous = await api('GET', '/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const viewer = await api<string>('GET', '/metrics', { token: stack.tokens.viewer });
    expect(viewer.status).toBe(200);
    expect(viewer.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(viewer.body).toMatch(/^# (HELP|TYPE) breakwater_/m);
  });

  it('answers /api/v1/health without a token with up or down alone, never the origin', async () => {
    const answer = await api<Record<string, unknown>>('GET', '/api/v1/health');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: 'ok' });
    const origin = stack.origin?.url ?? '';
    expect(JSON.stringify(answer.body)).not.toContain(new URL(origin).host);
  });

  it('answers /api/v1/health in full, origins included, to a viewer token', async () => {
    const answer = await api<{ origins: { url: string }[]; version: string }>('GET', '/api/v1/health', {
      token: stack.tokens.viewer,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.origins.map((o) => o.url)).toEqual([stack.origin?.url]);
    expect(typeof answer.body.version).toBe('string');
  });

  it('lists the decision paths in /api/openapi.json', async () => {
    const answer = await api<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toMatch(/^3\./);
    expect(Object.keys(answer.body.paths['/api/v1/decisions'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(Object.keys(answer.body.paths['/api/v1/decisions/{id}'] ?? {})).toContain('delete');
    expect(answer.body.paths['/api/v1/decisions'].post).toHaveProperty('security');
  });
});

describe('invalid input', () => {
  const post = (body: unknown) =>
    api<ErrorAnswer>('POST', '/api/v1/decisions', { token: stack.tokens.responder, body });

  it.each([
    ['an unknown scope', { scope: 'ipx', value: '192.0.2.1', action: 'block' }, 'body/scope'],
    ['an address that is not one', { scope: 'ip', value: '300.1.2.3', action: 'block' }, 'body/value'],
    ['a prefix given as an address', { scope: 'ip', value: '192.0.2.0/24', action: 'block' }, 'body/value'],
    ['an unknown action', { scope: 'ip', value: '192.0.2.1', action: 'ban' }, 'body/action'],
    ['a misspelt field', { scope: 'ip', value: '192.0.2.1', action: 'block', tll: 60 }, 'body/tll'],
    ['a throttle without rates', { scope: 'ip', value: '192.0.2.1', action: 'throttle' }, 'body/throttle'],
    [
      'a negative rate',
      { scope: 'ip', value: '192.0.2.1', action: 'throttle', throttle: { rate: -1, burst: 2 } },
      'body/throttle/rate',
    ],
    [
      'a ttl that is no duration',
      { scope: 'ip', value: '192.0.2.1', action: 'block', ttl: 'soon' },
      'body/ttl',
    ],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const before = stack.bw.table.size;
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_request');
    expect(answer.body.details?.map((d) => d.field)).toContain(field);
    expect(answer.body.message).toContain(field);
    expect(stack.bw.table.size).toBe(before);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const response = await fetch(new URL('/api/v1/decisions', stack.controlUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.tokens.responder}`, 'content-type': 'application/json' },
      body: '{"scope": "ip",',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
