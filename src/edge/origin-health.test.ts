// Tests for one origin's health record: thresholds, passive reports and what counts against an origin.
import { describe, expect, it } from 'vitest';
import { countsAgainstOrigin, describeError, OriginHealth } from './origin-health.js';

const thresholds = { unhealthyAfter: 3, healthyAfter: 2 };

describe('OriginHealth', () => {
  it('starts healthy and flips after unhealthyAfter consecutive failures, once', () => {
    const health = new OriginHealth('http://a', thresholds);
    expect(health.snapshot()).toEqual({ url: 'http://a', healthy: true, consecutiveFailures: 0 });
    expect(health.recordCheck(false, 10, 'refused')).toBe(false);
    expect(health.recordFailure('reset')).toBe(false);
    expect(health.recordCheck(false, 20, 'refused')).toBe(true);
    expect(health.snapshot()).toEqual({
      url: 'http://a',
      healthy: false,
      lastError: 'refused',
      lastCheckedAt: 20,
      consecutiveFailures: 3,
    });
    expect(health.recordFailure('refused')).toBe(false);
    expect(health.consecutiveFailures).toBe(4);
  });

  it('a pass or a served request breaks a run of failures', () => {
    const health = new OriginHealth('http://a', thresholds);
    health.recordFailure('reset');
    health.recordFailure('reset');
    health.recordSuccess();
    expect(health.snapshot()).toMatchObject({ consecutiveFailures: 0 });
    expect(health.snapshot().lastError).toBeUndefined();
    health.recordFailure('reset');
    health.recordFailure('reset');
    health.recordCheck(true, 5);
    expect(health.recordFailure('reset')).toBe(false);
    expect(health.healthy).toBe(true);
  });

  it('comes back only after healthyAfter consecutive passing checks, not on served requests', () => {
    const health = new OriginHealth('http://a', { unhealthyAfter: 1, healthyAfter: 2 });
    expect(health.recordFailure('refused')).toBe(true);
    health.recordSuccess();
    health.recordSuccess();
    expect(health.healthy).toBe(false);
    expect(health.recordCheck(true, 1)).toBe(false);
    health.recordFailure('refused');
    expect(health.recordCheck(true, 2)).toBe(false);
    expect(health.recordCheck(true, 3)).toBe(true);
    expect(health.snapshot()).toEqual({
      url: 'http://a',
      healthy: true,
      lastCheckedAt: 3,
      consecutiveFailures: 0,
    });
    expect(health.recordCheck(true, 4)).toBe(false);
  });
});

describe('countsAgainstOrigin', () => {
  it('ignores aborts we caused and counts connection failures', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const aborted = Object.assign(new Error('Request aborted'), { code: 'UND_ERR_ABORTED' });
    const domAbort = new DOMException('This operation was aborted', 'AbortError');
    expect(countsAgainstOrigin(refused)).toBe(true);
    expect(
      countsAgainstOrigin(Object.assign(new Error('timeout'), { code: 'UND_ERR_CONNECT_TIMEOUT' })),
    ).toBe(true);
    expect(countsAgainstOrigin(aborted)).toBe(false);
    expect(countsAgainstOrigin(domAbort)).toBe(false);
  });
});

describe('describeError', () => {
  it('names the code once, and the cause', () => {
    expect(
      describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })),
    ).toBe('connect ECONNREFUSED 127.0.0.1:1');
    expect(describeError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))).toBe(
      'UND_ERR_SOCKET: other side closed',
    );
    expect(describeError(new Error('fetch failed', { cause: new Error('bad cert') }))).toBe(
      'fetch failed (bad cert)',
    );
    expect(describeError('plain')).toBe('plain');
  });
});
