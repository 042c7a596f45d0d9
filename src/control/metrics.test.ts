// Tests of the Prometheus rendering: every line parses, histograms are cumulative, labels are escaped.
import { describe, expect, it } from 'vitest';
import { EdgeStats, LATENCY_BUCKETS } from '../edge/stats.js';
import type { Decision } from '../responder/decision.js';
import { parseExposition } from './exposition.js';
import { renderMetrics } from './metrics.js';

const decision = (id: string, action: Decision['action'], expiresAt: number | null): Decision => ({
  id,
  scope: 'ip',
  value: `203.0.113.${id}`,
  action,
  reason: 'test',
  source: 'manual',
  createdAt: 0,
  expiresAt,
});

describe('renderMetrics', () => {
  it('renders counters, a cumulative histogram, active decisions and origins', () => {
    const stats = new EdgeStats();
    stats.countVerdict('allow');
    stats.countVerdict('allow');
    stats.countVerdict('block');
    stats.observeLatency(0.002);
    stats.observeLatency(0.3);
    stats.observeLatency(60);
    stats.refusedAtAccept = 7;
    stats.refusedOverCap = 2;
    stats.rejectedMalformed = 3;
    stats.originErrors = 4;
    stats.originTimeouts = 5;
    stats.openConnections = 9;

    const text = renderMetrics({
      stats,
      decisions: [decision('1', 'block', null), decision('2', 'block', 2000), decision('3', 'throttle', 500)],
      origins: [
        { url: 'http://a:1', healthy: true },
        { url: 'http://b"\\:2', healthy: false },
      ],
      now: 1000,
    });
    const { samples, types } = parseExposition(text);
    const value = (name: string, labels = '') => samples.get(`${name}${labels}`);

    expect(text.endsWith('\n')).toBe(true);
    expect(types.get('breakwater_requests_total')).toBe('counter');
    expect(types.get('breakwater_request_duration_seconds')).toBe('histogram');
    expect(value('breakwater_requests_total', '{verdict="allow"}')).toBe(2);
    expect(value('breakwater_requests_total', '{verdict="block"}')).toBe(1);
    expect(value('breakwater_requests_total', '{verdict="shed"}')).toBe(0);

    expect(value('breakwater_request_duration_seconds_bucket', '{le="0.001"}')).toBe(0);
    expect(value('breakwater_request_duration_seconds_bucket', '{le="0.0025"}')).toBe(1);
    expect(value('breakwater_request_duration_seconds_bucket', '{le="0.5"}')).toBe(2);
    expect(value('breakwater_request_duration_seconds_bucket', '{le="10"}')).toBe(2);
    expect(value('breakwater_request_duration_seconds_bucket', '{le="+Inf"}')).toBe(3);
    expect(value('breakwater_request_duration_seconds_count')).toBe(3);
    expect(value('breakwater_request_duration_seconds_sum')).toBeCloseTo(60.302);
    const buckets = [...samples.keys()].filter((k) =>
      k.startsWith('breakwater_request_duration_seconds_bucket'),
    );
    expect(buckets).toHaveLength(LATENCY_BUCKETS.length + 1);

    expect(value('breakwater_decisions_active', '{action="block"}')).toBe(2);
    expect(value('breakwater_decisions_active', '{action="throttle"}')).toBe(0);
    expect(value('breakwater_decisions_active', '{action="allow"}')).toBe(0);
    expect(value('breakwater_connections_open')).toBe(9);
    expect(value('breakwater_connections_refused_total', '{reason="blocked"}')).toBe(7);
    expect(value('breakwater_connections_refused_total', '{reason="cap"}')).toBe(2);
    expect(value('breakwater_requests_rejected_total', '{reason="malformed"}')).toBe(3);
    expect(value('breakwater_origin_errors_total', '{kind="error"}')).toBe(4);
    expect(value('breakwater_origin_errors_total', '{kind="timeout"}')).toBe(5);
    expect(value('breakwater_origin_up', '{origin="http://a:1"}')).toBe(1);
    expect(value('breakwater_origin_up', '{origin="http://b\\"\\\\:2"}')).toBe(0);
  });

  it('gives every family a HELP and a TYPE line before its samples', () => {
    const text = renderMetrics({ stats: new EdgeStats(), decisions: [], origins: [], now: 0 });
    const { samples, types, helps } = parseExposition(text);
    for (const key of samples.keys()) {
      const name = key.replace(/\{.*$/, '');
      const family = types.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '');
      expect(types.has(family), key).toBe(true);
      expect(helps.has(family), key).toBe(true);
    }
    expect(types.get('breakwater_origin_up')).toBe('gauge');
  });

  it('renders the HAProxy data plane: log lines, the runtime API, resyncs, failures and entries by map', () => {
    const text = renderMetrics({
      stats: new EdgeStats(),
      decisions: [],
      origins: [],
      now: 1000,
      dataPlane: {
        logs: { read: 1200, malformed: 3 },
        maps: {
          connected: false,
          pid: '4242',
          resyncs: 2,
          failures: 5,
          entries: { allow: 1, block: 7, challenge: 0, throttle: 2, 'throttle-key': 2 },
        },
      },
    });
    const { samples, types } = parseExposition(text);
    expect(types.get('breakwater_dataplane_log_lines_total')).toBe('counter');
    expect(samples.get('breakwater_dataplane_log_lines_total{outcome="read"}')).toBe(1200);
    expect(samples.get('breakwater_dataplane_log_lines_total{outcome="dropped"}')).toBe(3);
    expect(samples.get('breakwater_dataplane_runtime_api_up')).toBe(0);
    expect(samples.get('breakwater_dataplane_map_resyncs_total')).toBe(2);
    expect(samples.get('breakwater_dataplane_map_sync_failures_total')).toBe(5);
    expect(types.get('breakwater_dataplane_map_entries')).toBe('gauge');
    expect(samples.get('breakwater_dataplane_map_entries{map="block"}')).toBe(7);
    expect(samples.get('breakwater_dataplane_map_entries{map="throttle-key"}')).toBe(2);
  });

  it('renders no data-plane series without HAProxy as the data plane', () => {
    const text = renderMetrics({ stats: new EdgeStats(), decisions: [], origins: [], now: 1000 });
    expect(text).not.toContain('breakwater_dataplane_');
  });
});
