// Tests for decision input: canonical values and routes, scope and action rules, lifetimes, and errors
// by field.
import { describe, expect, it } from 'vitest';
import { ttlSeconds, validateDecision } from './decision-input.js';

const now = () => 1_700_000_000_000;
const options = { now, newId: () => 'dec_aaaaaaaaaaaaaaaa' };

function errorsOf(input: unknown) {
  const result = validateDecision(input, options);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateDecision', () => {
  it('builds a complete decision with canonical value and defaults', () => {
    const result = validateDecision(
      { scope: 'ip', value: '::FFFF:203.0.113.9', action: 'block', ttl: '15m' },
      options,
    );
    expect(result).toEqual({
      ok: true,
      decision: {
        id: 'dec_aaaaaaaaaaaaaaaa',
        scope: 'ip',
        value: '203.0.113.9',
        action: 'block',
        reason: '',
        source: 'manual',
        createdAt: now(),
        expiresAt: now() + 15 * 60_000,
      },
    });
  });

  it('canonicalises a CIDR and keeps throttle, difficulty and detection', () => {
    const throttled = validateDecision(
      {
        scope: 'cidr',
        value: '2001:DB8:0:1::5/48',
        action: 'throttle',
        throttle: { rate: 2.5, burst: 10 },
        reason: 'flood',
        source: 'detector',
        detectionId: 'det_1',
        ttl: 60,
      },
      options,
    );
    expect(throttled.ok && throttled.decision).toMatchObject({
      value: '2001:db8::/48',
      throttle: { rate: 2.5, burst: 10 },
      source: 'detector',
      detectionId: 'det_1',
      expiresAt: now() + 60_000,
    });
    const challenged = validateDecision(
      { scope: 'fingerprint', value: 'fp_abc', action: 'challenge', difficulty: 18 },
      options,
    );
    expect(challenged.ok && challenged.decision).toMatchObject({ difficulty: 18, expiresAt: null });
  });

  it('takes an absolute expiry as milliseconds or an ISO date', () => {
    const at = now() + 3_600_000;
    const asNumber = validateDecision(
      { scope: 'ip', value: '1.2.3.4', action: 'block', expiresAt: at },
      options,
    );
    expect(asNumber.ok && asNumber.decision.expiresAt).toBe(at);
    const iso = new Date(at).toISOString();
    const asText = validateDecision(
      { scope: 'ip', value: '1.2.3.4', action: 'block', expiresAt: iso },
      options,
    );
    expect(asText.ok && asText.decision.expiresAt).toBe(at);
  });

  it('names the field and what it found', () => {
    expect(errorsOf({ scope: 'ip', value: '10.0.0.0/8', action: 'block' })).toEqual([
      { path: 'value', message: "expected an IP address, found '10.0.0.0/8' (use scope cidr for a prefix)" },
    ]);
    expect(errorsOf({ scope: 'cidr', value: 'x.y', action: 'block' })).toEqual([
      { path: 'value', message: "expected an IP address or CIDR, found 'x.y'" },
    ]);
    expect(errorsOf({ scope: 'subnet', value: '1.2.3.4', action: 'ban' })).toEqual([
      { path: 'scope', message: "expected one of ip, cidr, fingerprint, found 'subnet'" },
      { path: 'action', message: "expected one of allow, block, challenge, throttle, found 'ban'" },
    ]);
    expect(errorsOf({ scope: 'fingerprint', value: 'has space', action: 'block' })[0].path).toBe('value');
  });

  it('reports missing and unknown fields', () => {
    const errors = errorsOf({ scope: 'ip', action: 'block', tll: 60 });
    expect(errors).toContainEqual({ path: 'value', message: 'required' });
    expect(errors).toContainEqual({ path: 'tll', message: 'unknown field' });
    expect(errorsOf('block 1.2.3.4')).toHaveLength(1);
    expect(errorsOf(null)[0].path).toBe('');
  });

  it('applies the cross-field rules', () => {
    expect(errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'throttle' })).toEqual([
      { path: 'throttle', message: 'required when action is throttle: { rate, burst }' },
    ]);
    expect(
      errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', throttle: { rate: 1, burst: 1 } })[0].path,
    ).toBe('throttle');
    expect(errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', difficulty: 10 })[0].path).toBe(
      'difficulty',
    );
    expect(
      errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', ttl: 5, expiresAt: now() + 1 })[0].path,
    ).toBe('ttl');
    expect(
      errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', expiresAt: now() - 1 })[0].message,
    ).toMatch(/in the past/);
    expect(errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', expiresAt: 'soon' })[0].path).toBe(
      'expiresAt',
    );
    expect(errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', ttl: 0 })[0].path).toBe('ttl');
    expect(errorsOf({ scope: 'ip', value: '1.2.3.4', action: 'block', ttl: '5 weeks' })[0].path).toBe('ttl');
  });

  it('canonicalises a route, refuses a bad one by field, and leaves it out when not given', () => {
    const routed = validateDecision(
      { scope: 'ip', value: '203.0.113.9', action: 'block', route: '/login/' },
      options,
    );
    expect(routed.ok && routed.decision.route).toBe('/login');
    const everywhere = validateDecision({ scope: 'ip', value: '203.0.113.9', action: 'block' }, options);
    expect(everywhere.ok && everywhere.decision).not.toHaveProperty('route');
    expect(errorsOf({ scope: 'ip', value: '203.0.113.9', action: 'block', route: 'login' })).toEqual([
      { path: 'route', message: expect.stringContaining("expected a path starting with '/'") },
    ]);
    expect(errorsOf({ scope: 'ip', value: '203.0.113.9', action: 'block', route: 7 })).toEqual([
      { path: 'route', message: "expected a path starting with '/', found 7" },
    ]);
  });

  it('checks throttle and difficulty ranges', () => {
    const base = { scope: 'ip', value: '1.2.3.4' };
    expect(
      errorsOf({ ...base, action: 'throttle', throttle: { rate: 0, burst: 1.5 } }).map((e) => e.path),
    ).toEqual(['throttle.rate', 'throttle.burst']);
    expect(errorsOf({ ...base, action: 'challenge', difficulty: 33 })[0]).toEqual({
      path: 'difficulty',
      message: 'expected a whole number of bits from 1 to 32, found 33',
    });
  });
});

describe('ttlSeconds', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['90s', 90],
    ['1.5m', 90],
    ['2h', 7200],
    ['7d', 604800],
    [0, undefined],
    [-5, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ['1w', undefined],
    ['', undefined],
  ])('%j → %j', (ttl, seconds) => {
    expect(ttlSeconds(ttl)).toBe(seconds);
  });
});
