// Tests for the address and CIDR block parser behind trustedProxies.

import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress, parseIPv4, parseIPv6, readBlock } from './cidr.js';

describe('parseIPv4', () => {
  it('reads dotted decimal', () => {
    expect([...parseIPv4('203.0.113.7')!]).toEqual([203, 0, 113, 7]);
    expect([...parseIPv4('0.0.0.0')!]).toEqual([0, 0, 0, 0]);
  });

  it('refuses bad forms', () => {
    for (const text of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.x', '', '1..2.3']) {
      expect(parseIPv4(text), text).toBeUndefined();
    }
  });
});

describe('parseIPv6', () => {
  it('reads full, compressed and IPv4-tailed forms', () => {
    expect(formatAddress(parseIPv6('2001:0db8:0000:0000:0000:0000:0000:0001')!)).toBe('2001:db8::1');
    expect(formatAddress(parseIPv6('::1')!)).toBe('::1');
    expect(formatAddress(parseIPv6('::')!)).toBe('::');
    expect(formatAddress(parseIPv6('fe80::')!)).toBe('fe80::');
    expect([...parseIPv6('::ffff:192.0.2.1')!.slice(10)]).toEqual([0xff, 0xff, 192, 0, 2, 1]);
  });

  it('refuses bad forms', () => {
    for (const text of [
      '1::2::3',
      '12345::',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      'g::1',
      '::1%eth0',
      ':1',
      '1:',
    ]) {
      expect(parseIPv6(text), text).toBeUndefined();
    }
  });
});

describe('parseAddress', () => {
  it('tells the families apart', () => {
    expect(parseAddress('10.0.0.1')).toHaveLength(4);
    expect(parseAddress('2001:db8::1')).toHaveLength(16);
    expect(parseAddress('example.com')).toBeUndefined();
  });
});

describe('readBlock', () => {
  it('reads single addresses as full-length blocks', () => {
    expect(readBlock('203.0.113.7')).toMatchObject({ prefix: 32 });
    expect(readBlock('2001:db8::1')).toMatchObject({ prefix: 128 });
  });

  it('reads blocks', () => {
    expect(readBlock('10.0.0.0/8')).toMatchObject({ prefix: 8 });
    expect(readBlock('0.0.0.0/0')).toMatchObject({ prefix: 0 });
    expect(readBlock('2001:db8::/32')).toMatchObject({ prefix: 32 });
  });

  it('says what is wrong', () => {
    expect(readBlock('10.0.0.0/33')).toEqual({ problem: 'a CIDR block whose prefix length is from 0 to 32' });
    expect(readBlock('10.0.0.0/08')).toEqual({ problem: 'a CIDR block whose prefix length is from 0 to 32' });
    expect(readBlock('10.1.0.0/8')).toEqual({
      problem: 'a CIDR block that starts at its network address, such as 10.0.0.0/8',
    });
    expect(readBlock('2001:db8::1/32')).toEqual({
      problem: 'a CIDR block that starts at its network address, such as 2001:db8::/32',
    });
    for (const text of ['10.0.0.0/8/8', 'proxy.internal', '10.0.0/8', '']) {
      expect(readBlock(text), text).toEqual({
        problem: 'an IP address or CIDR block such as 203.0.113.7, 10.0.0.0/8 or 2001:db8::/32',
      });
    }
  });
});
