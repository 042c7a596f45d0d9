// Tests of GET /api/v1/health: open to all with up or down alone, the full report to a token; 200 while an
// origin is healthy, 503 when none is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

describe('GET /api/v1/health', () => {
  it('answers 200 and the status alone without a token', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers the full report to a viewer token', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health', headers: f.as('viewer') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(f.health);
  });

  it('answers 401 to a bad token rather than the report', async () => {
    const headers = { authorization: 'Bearer nope' };
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health', headers });
    expect(res.statusCode).toBe(401);
    expect(res.body).not.toContain('8081');
  });

  it('answers 200 when degraded but one origin is healthy', async () => {
    f.health = {
      ...f.health,
      status: 'degraded',
      origins: [
        { url: 'http://a:1', healthy: false, lastError: 'connect ECONNREFUSED' },
        { url: 'http://b:1', healthy: true },
      ],
    };
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health', headers: f.as('viewer') });
    expect(res.statusCode).toBe(200);
    expect(res.json().origins[0].lastError).toBe('connect ECONNREFUSED');
  });

  it('answers 503 when no origin is healthy', async () => {
    f.health = { ...f.health, status: 'degraded', origins: [{ url: 'http://a:1', healthy: false }] };
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'degraded' });
  });
});
