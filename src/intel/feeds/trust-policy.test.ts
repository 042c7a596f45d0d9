// The trust policy: effective confidence, corroboration by k peers, observe-only, breadth and poisoning.
import { describe, expect, it } from 'vitest';
import { type Claim, judge, protectedRanges, refusal, type TrustSettings } from './trust-policy.js';

const NOW = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

const settings = (over: Partial<TrustSettings> = {}): TrustSettings => ({
  enforce: true,
  minConfidence: 50,
  minPeers: 1,
  protect: protectedRanges(['10.0.0.0/8', '192.0.2.10', '2001:db8:ffff::/48']),
  widestIpv4Prefix: 16,
  widestIpv6Prefix: 32,
  maxTtlMs: 7 * DAY,
  ...over,
});

const claim = (over: Partial<Claim> = {}): Claim => ({
  peer: 'alpha',
  indicatorId: 'indicator--0d2a3b7c-3f6e-4c1a-9b3e-2f1e7a6d5c4b',
  confidence: 90,
  trust: 80,
  validUntil: NOW + DAY,
  ...over,
});

describe('judge', () => {
  it('enforces a value with enough effective confidence until valid_until, naming the peer and indicator', () => {
    const verdict = judge('198.51.100.7', [claim()], settings(), NOW);
    expect(verdict.claims[0]).toMatchObject({ status: 'enforced', effectiveConfidence: 72 });
    expect(verdict.enforce).toEqual({
      expiresAt: NOW + DAY,
      reason: 'intel from peer alpha, indicator indicator--0d2a3b7c-3f6e-4c1a-9b3e-2f1e7a6d5c4b',
    });
  });

  it('caps the lifetime, and counts a missing confidence as 0', () => {
    expect(judge('198.51.100.7', [claim({ validUntil: null })], settings(), NOW).enforce?.expiresAt).toBe(
      NOW + 7 * DAY,
    );
    expect(
      judge('198.51.100.7', [claim({ validUntil: NOW + 30 * DAY })], settings(), NOW).enforce?.expiresAt,
    ).toBe(NOW + 7 * DAY);
    const unstated = judge('198.51.100.7', [claim({ confidence: null })], settings(), NOW);
    expect(unstated.enforce).toBeUndefined();
    expect(unstated.claims[0]).toMatchObject({
      status: 'refused',
      reason: 'effective confidence 0 is below 50',
    });
  });

  it('refuses a claim whose effective confidence is below the minimum', () => {
    const verdict = judge('198.51.100.7', [claim({ confidence: 60, trust: 50 })], settings(), NOW);
    expect(verdict.enforce).toBeUndefined();
    expect(verdict.claims[0]).toMatchObject({ status: 'refused', effectiveConfidence: 30 });
  });

  it('waits for k distinct peers before enforcing', () => {
    const two = settings({ minPeers: 2 });
    const one = judge('198.51.100.7', [claim(), claim({ indicatorId: 'indicator--other' })], two, NOW);
    expect(one.enforce).toBeUndefined();
    expect(one.claims.map((c) => c.status)).toEqual(['observe', 'observe']);
    expect(one.claims[0].reason).toBe('claimed by 1 of the 2 peers needed');
    const both = judge(
      '198.51.100.7',
      [claim(), claim({ peer: 'bravo', validUntil: NOW + 2 * DAY })],
      two,
      NOW,
    );
    expect(both.enforce).toEqual({
      expiresAt: NOW + 2 * DAY,
      reason: expect.stringMatching(/^intel from peer alpha, .* and 1 more peer\(s\)$/),
    });
  });

  it('only records accepted values when enforcement is off', () => {
    const verdict = judge('198.51.100.7', [claim()], settings({ enforce: false }), NOW);
    expect(verdict.enforce).toBeUndefined();
    expect(verdict.claims[0]).toMatchObject({
      status: 'observe',
      reason: 'observe-only: intel.import.enforce is false',
    });
  });

  it('refuses values touching protected ranges and canaries as poisoning, whatever the confidence', () => {
    for (const value of ['10.1.2.3', '10.0.0.0/16', '192.0.2.0/24', '192.0.2.10', '2001:db8:ffff:1::1']) {
      const verdict = judge(value, [claim({ confidence: 100, trust: 100 })], settings(), NOW);
      expect(verdict.enforce, value).toBeUndefined();
      expect(verdict.claims[0], value).toMatchObject({ status: 'refused', poisoning: true });
    }
  });

  it('refuses prefixes broader than allowed, and every-address prefixes always', () => {
    expect(refusal('198.51.0.0/15', settings())).toEqual({
      reason: '198.50.0.0/15 is broader than /16',
      poisoning: false,
    });
    expect(refusal('198.51.0.0/16', settings())).toBeNull();
    expect(refusal('2001:db8::/31', settings())?.reason).toMatch(/broader than \/32/);
    expect(refusal('0.0.0.0/0', settings({ widestIpv4Prefix: 1 }))).toEqual({
      reason: '0.0.0.0/0 covers every address',
      poisoning: true,
    });
    expect(refusal('::/0', settings())?.poisoning).toBe(true);
  });
});
