// Tests of GET /metrics over a real socket: a viewer token is needed, and the body is valid exposition.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseExposition } from '../exposition.js';
import { type ControlFixture, startControlFixture } from '../fixture.js';

let f: ControlFixture;
let base: string;
beforeEach(async () => {
  f = await startControlFixture();
  base = await f.app.listen({ host: '127.0.0.1', port: 0 });
});
afterEach(async () => {
  await f.close();
});

describe('GET /metrics', () => {
  it('needs a token', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('serves the Prometheus text format to a viewer', async () => {
    f.stats.countVerdict('challenge');
    f.stats.observeLatency(0.02);
    f.stats.originTimeouts = 2;
    f.table.put({
      id: 'dec_aaaaaaaaaaaaaaaa',
      scope: 'cidr',
      value: '198.51.100.0/24',
      action: 'block',
      reason: 'flood',
      source: 'detector',
      createdAt: f.clock.now,
      expiresAt: null,
    });

    const res = await fetch(`${base}/metrics`, { headers: f.as('viewer') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const { samples, types } = parseExposition(await res.text());
    expect(samples.get('breakwater_requests_total{verdict="challenge"}')).toBe(1);
    expect(samples.get('breakwater_request_duration_seconds_bucket{le="0.025"}')).toBe(1);
    expect(samples.get('breakwater_request_duration_seconds_count')).toBe(1);
    expect(samples.get('breakwater_decisions_active{action="block"}')).toBe(1);
    expect(samples.get('breakwater_origin_errors_total{kind="timeout"}')).toBe(2);
    expect(samples.get('breakwater_origin_up{origin="http://127.0.0.1:8081"}')).toBe(1);
    expect(samples.get('breakwater_connections_open')).toBe(0);
    expect(types.get('breakwater_connections_refused_total')).toBe('counter');
    expect(types.get('breakwater_requests_rejected_total')).toBe('counter');
  });
});
