// Which STIX patterns Breakwater acts on, and what it reads from them.
import { describe, expect, it } from 'vitest';
import { readPattern } from './pattern.js';

const targets = (pattern: string) => {
  const reading = readPattern(pattern);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.targets;
};

describe('readPattern', () => {
  it('reads one address, a prefix by ISSUBSET, and IPv6 in canonical form', () => {
    expect(targets("[ipv4-addr:value = '198.51.100.7']")).toEqual([{ scope: 'ip', value: '198.51.100.7' }]);
    expect(targets("[ipv4-addr:value ISSUBSET '198.51.100.9/24']")).toEqual([
      { scope: 'cidr', value: '198.51.100.0/24' },
    ]);
    expect(targets("[ipv6-addr:value ISSUBSET '2001:DB8:0::/48']")).toEqual([
      { scope: 'cidr', value: '2001:db8::/48' },
    ]);
    expect(targets("[ipv4-addr:value ISSUBSET '203.0.113.5/32']")).toEqual([
      { scope: 'ip', value: '203.0.113.5' },
    ]);
  });

  it('reads comparisons OR-ed inside one observation and across observations, without repeats', () => {
    expect(
      targets(
        "[ipv4-addr:value = '192.0.2.1' OR ipv6-addr:value = '2001:db8::1'] OR [ipv4-addr:value = '192.0.2.1'] OR [ipv4-addr:value ISSUBSET '192.0.2.0/25']",
      ),
    ).toEqual([
      { scope: 'ip', value: '192.0.2.1' },
      { scope: 'ip', value: '2001:db8::1' },
      { scope: 'cidr', value: '192.0.2.0/25' },
    ]);
  });

  it.each([
    ["[ipv4-addr:value = '192.0.2.1' AND ipv4-addr:value = '192.0.2.2']", /OR-ed comparisons/],
    ["[ipv4-addr:value = '192.0.2.1'] AND [ipv4-addr:value = '192.0.2.2']", /OR-ed observations/],
    ["[ipv4-addr:value = '192.0.2.1'] WITHIN 5 SECONDS", /OR-ed observations/],
    ["[domain-name:value = 'example.com']", /only ipv4-addr:value/],
    ["[ipv4-addr:value != '192.0.2.1']", /only = and ISSUBSET/],
    ["[ipv4-addr:value = '2001:db8::1']", /not an IPv4/],
    ["[ipv4-addr:value = 'not an address']", /not an address/],
    ["[ipv4-addr:value = '192.0.2.1'", /OR-ed comparisons/],
    ["[ipv4-addr:value = '192.0.2.1]", /not closed/],
    ['', /expected an observation/],
  ])('leaves %s unsupported', (pattern, reason) => {
    const reading = readPattern(pattern);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(reason);
  });
});
