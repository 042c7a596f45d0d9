// Tests of /api/v1/traffic against a real store: the default range and step, explicit ranges in both time
// formats, merged steps, and a 400 naming the parameter at fault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrafficPoint } from '../../store/index.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
beforeEach(async () => {
  f = await startControlFixture();
});
afterEach(async () => {
  await f.close();
});

function point(at: number, allowed: number): TrafficPoint {
  return {
    at,
    stepMs: 1000,
    allowed,
    challenged: 1,
    throttled: 0,
    blocked: 2,
    shed: 0,
    originErrors: 0,
    latencyP50Ms: 3,
    latencyP95Ms: 9,
    latencyP99Ms: 27,
  };
}

const get = (query = '', role: 'viewer' | 'admin' = 'viewer') =>
  f.app.inject({ method: 'GET', url: `/api/v1/traffic${query}`, headers: f.as(role) });

interface Answer {
  since: number;
  until: number;
  stepMs: number;
  points: TrafficPoint[];
}

describe('GET /api/v1/traffic', () => {
  it('gives the last 15 minutes second by second by default', async () => {
    const now = f.clock.now;
    await f.store.traffic.record(point(now - 16 * 60_000, 1)); // before the default range
    await f.store.traffic.record(point(now - 60_000, 5));
    await f.store.traffic.record(point(now - 2000, 7));
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      since: now - 15 * 60_000,
      until: now,
      stepMs: 1000,
      points: [point(now - 60_000, 5), point(now - 2000, 7)],
    });
  });

  it('merges into the step asked for, over a range given as ISO 8601 or milliseconds', async () => {
    const t = Date.UTC(2024, 5, 1, 10);
    for (let i = 0; i < 20; i++) await f.store.traffic.record(point(t + i * 1000, 1));
    const iso = await get('?since=2024-06-01T10:00:00Z&until=2024-06-01T10:01:00Z&step=10s');
    expect(iso.statusCode).toBe(200);
    const body = iso.json() as Answer;
    expect(body.stepMs).toBe(10_000);
    expect(body.points.map((p) => [p.at, p.allowed, p.blocked])).toEqual([
      [t, 10, 20],
      [t + 10_000, 10, 20],
    ]);
    const ms = await get(`?since=${t + 5000}&until=${t + 60_000}&step=1m`);
    // since moves back to the start of its step.
    expect(ms.json()).toMatchObject({ since: t, stepMs: 60_000, points: [{ at: t, allowed: 20 }] });
  });

  it('picks a step that keeps the answer to 1000 points', async () => {
    const day = await get(`?since=${f.clock.now - 86_400_000}`);
    expect((day.json() as Answer).stepMs).toBe(5 * 60_000);
    const years = await get('?since=0');
    expect(Math.ceil(f.clock.now / (years.json() as Answer).stepMs)).toBeLessThanOrEqual(1000);
  });

  it('answers 400 naming the parameter at fault', async () => {
    const cases: [string, string][] = [
      ['?since=yesterday', 'querystring/since'],
      ['?until=2024-06-01T10:00:00', 'querystring/until'],
      ['?since=2000&until=1000', 'querystring/since'],
      ['?step=fast', 'querystring/step'],
      ['?step=500ms', 'querystring/step'],
      ['?since=0&until=86400000&step=1s', 'querystring/step'],
      ['?limit=5', 'querystring/limit'],
    ];
    for (const [query, field] of cases) {
      const res = await get(query);
      expect(res.statusCode, query).toBe(400);
      expect(
        res.json().details.map((d: { field: string }) => d.field),
        query,
      ).toEqual([field]);
    }
    const fine = await get('?since=0&until=86400000&step=1s');
    expect(fine.json().message).toMatch(/at most 1000 points; use 5m or more/);
  });

  it('needs a token', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/v1/traffic' });
    expect(res.statusCode).toBe(401);
  });
});
