// Tests of the control app's edges: errors are JSON, limits hold, and the OpenAPI document is complete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlFixture, startControlFixture } from './fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

describe('errors', () => {
  it('answers an unknown route with JSON 404', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/nothing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'no route GET /api/v1/nothing' });
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: { ...f.as('responder'), 'content-type': 'application/json' },
      payload: JSON.stringify({
        scope: 'ip',
        value: '203.0.113.7',
        action: 'block',
        reason: 'x'.repeat(1_100_000),
      }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('answers broken JSON with 400 and no stack trace', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/v1/decisions',
      headers: { ...f.as('responder'), 'content-type': 'application/json' },
      payload: '{"scope":',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('bad_request');
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.js:\d+/);
    expect(body).not.toHaveProperty('stack');
  });
});

describe('server faults', () => {
  it("answers 500 JSON without the fault's insides", async () => {
    f.health = undefined as never;
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: 'internal_error',
      message: 'the control plane failed to answer; see its log',
    });
  });
});

describe('GET /api/openapi.json', () => {
  it('serves an OpenAPI 3.1 document with every path, the bearer scheme and shared schemas', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/metrics', '/api/v1/decisions', '/api/v1/decisions/{id}']),
    );
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Decision', 'DecisionInput', 'Error', 'ThrottleRate']),
    );
    expect(doc.paths['/api/v1/decisions'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/api/v1/decisions'].post.requestBody.content['application/json'].schema).toBeDefined();
    expect(doc.paths['/api/v1/decisions/{id}'].delete.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
    });
    expect(doc.paths['/metrics'].get.description).toMatch(/viewer role/);
    expect(doc.paths['/metrics'].get.responses['200'].content['text/plain']).toBeDefined();
    expect(doc.paths['/api/v1/health'].get.security).toBeUndefined();
  });
});
