// Tests of the throttle's address key: IPv6 clients counted by /64, IPv4 by address.
import { describe, expect, it } from 'vitest';
import { throttleKey } from './throttle-key.js';

describe('throttleKey', () => {
  it('counts every address of an IPv6 /64 as one', () => {
    expect(throttleKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:3::1')).not.toBe(throttleKey('2001:db8:1:2::1'));
  });

  it('keeps IPv4 addresses apart, mapped or not', () => {
    expect(throttleKey('192.0.2.7')).toBe('192.0.2.7');
    expect(throttleKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(throttleKey('192.0.2.8')).not.toBe(throttleKey('192.0.2.7'));
  });
});
