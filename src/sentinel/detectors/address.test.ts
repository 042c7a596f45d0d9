// Tests for prefix containment on the tally's address text.
import { describe, expect, it } from 'vitest';
import { prefixContains } from './address.js';

describe('prefixContains', () => {
  it('places IPv4 addresses in their prefixes', () => {
    expect(prefixContains('203.0.113.0/24', '203.0.113.7')).toBe(true);
    expect(prefixContains('203.0.113.0/24', '203.0.114.7')).toBe(false);
    expect(prefixContains('10.0.0.0/8', '10.200.3.4')).toBe(true);
    expect(prefixContains('203.0.113.128/25', '203.0.113.7')).toBe(false);
    expect(prefixContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
  });

  it('places IPv6 addresses in their prefixes', () => {
    expect(prefixContains('2001:db8:1::/48', '2001:db8:1:ff::9')).toBe(true);
    expect(prefixContains('2001:db8:1::/48', '2001:db8:2::9')).toBe(false);
    expect(prefixContains('2001:db8::/32', '2001:0db8:ffff::1')).toBe(true);
  });

  it('says no for mixed families and for text that is not an address', () => {
    expect(prefixContains('203.0.113.0/24', '2001:db8::1')).toBe(false);
    expect(prefixContains('203.0.113.0/24', 'fingerprint')).toBe(false);
    expect(prefixContains('203.0.113.0/33', '203.0.113.1')).toBe(false);
    expect(prefixContains('1:2:3:4:5:6:7:8:9::/48', '1::1')).toBe(false);
  });
});
