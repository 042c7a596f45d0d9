// Tests for address parsing: IPv4, IPv6 forms, mapped addresses, CIDR prefixes and client prefixes.
import { describe, expect, it } from 'vitest';
import {
  canonicalAddress,
  canonicalCidr,
  checkCidr,
  clientPrefix,
  formatIPv6,
  NOT_IPV4,
  parseAddress,
  parseCidr,
  parseIPv4,
  readIPv4,
  readIPv4Key,
} from './ip.js';

describe('parseIPv4', () => {
  it('reads dotted quads as uint32', () => {
    expect(parseIPv4('0.0.0.0')).toBe(0);
    expect(parseIPv4('127.0.0.1')).toBe(0x7f000001);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
    expect(parseIPv4('203.0.113.7')).toBe(0xcb007107);
  });

  it.each([
    '',
    '1',
    '1.2.3',
    '1.2.3.4.5',
    '1.2.3.',
    '.1.2.3',
    '1..2.3',
    '256.0.0.1',
    '1.2.3.256',
    '01.2.3.4',
    '1.2.3.04',
    '1.2.3.4 ',
    ' 1.2.3.4',
    '1.2.3.-4',
    '1.2.3.a',
    '0x7f.0.0.1',
    '1234.1.1.1',
    '1.2.3.4/24',
  ])('refuses %j', (text) => {
    expect(parseIPv4(text)).toBe(-1);
  });
});

describe('readIPv4', () => {
  it('reads IPv4 and the mapped form Node reports, any case', () => {
    expect(readIPv4('1.2.3.4')).toBe(0x01020304);
    expect(readIPv4('::ffff:1.2.3.4')).toBe(0x01020304);
    expect(readIPv4('::FFFF:1.2.3.4')).toBe(0x01020304);
  });

  it('returns -1 for IPv6 and junk', () => {
    expect(readIPv4('::1')).toBe(-1);
    expect(readIPv4('::fffe:1.2.3.4')).toBe(-1);
    expect(readIPv4('::ffff:1.2.3')).toBe(-1);
    expect(readIPv4('')).toBe(-1);
  });
});

describe('readIPv4Key', () => {
  it('gives the address as a signed int32 and NOT_IPV4 for anything else', () => {
    expect(readIPv4Key('255.255.255.255')).toBe(-1);
    expect(readIPv4Key('128.0.0.0')).toBe(-0x80000000);
    expect(readIPv4Key('::ffff:10.0.0.1')).toBe(0x0a000001);
    expect(readIPv4Key('::1')).toBe(NOT_IPV4);
    expect(readIPv4Key('1.2.3')).toBe(NOT_IPV4);
  });
});

describe('canonicalAddress', () => {
  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['0000:0000:0000:0000:0000:0000:0000:0000', '::'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8::0:1', '2001:db8::1'],
    ['1::', '1::'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8'],
    ['fe80::abcd:ef01', 'fe80::abcd:ef01'],
    ['FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['::1.2.3.4', '::102:304'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:7f00:1', '127.0.0.1'],
    ['::FFFF:203.0.113.9', '203.0.113.9'],
    ['203.0.113.9', '203.0.113.9'],
  ])('%s → %s', (text, canonical) => {
    expect(canonicalAddress(text)).toBe(canonical);
  });

  it.each([
    '',
    ':',
    ':::',
    '1:::2',
    '1::2::3',
    ':1::2',
    '1::2:',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7::8',
    '::1:2:3:4:5:6:7:8',
    '12345::1',
    'g::1',
    'fe80::1%eth0',
    'fe80::1%1',
    '[::1]',
    '::ffff:1.2.3',
    '::ffff:1.2.3.256',
    '::1.2.3.4:5',
    '1:2:3:4:5:6:7:1.2.3.4',
    '1.2.3.4::',
    '::01.2.3.4',
    '2001:db8::1/64',
    ' ::1',
    'localhost',
  ])('refuses %j', (text) => {
    expect(parseAddress(text)).toBeNull();
    expect(canonicalAddress(text)).toBeNull();
  });

  it('agrees with the WHATWG URL serialiser on random addresses, written in many ways', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    for (let n = 0; n < 2000; n++) {
      const groups = Array.from({ length: 8 }, () => (random() < 0.45 ? 0 : Math.floor(random() * 0x10000)));
      if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0) {
        groups[0] = 1; // keep clear of mapped and compatible forms, which the URL serialiser prints differently
      }
      const full = groups.map((g) => g.toString(16).padStart(4, '0').toUpperCase()).join(':');
      const expected = new URL(`http://[${full}]/`).hostname.slice(1, -1);
      expect(canonicalAddress(full)).toBe(expected);
      // Compress one run of zeros, wherever it is, and drop leading zeros.
      const start = groups.indexOf(0);
      if (start >= 0) {
        let end = start;
        while (end < 8 && groups[end] === 0) end++;
        const head = groups.slice(0, start).map((g) => g.toString(16));
        const tail = groups.slice(end).map((g) => g.toString(16));
        expect(canonicalAddress(`${head.join(':')}::${tail.join(':')}`)).toBe(expected);
      }
    }
  });
});

describe('formatIPv6', () => {
  it('does not compress a single zero group and prefers the first of equal runs', () => {
    expect(formatIPv6(Uint32Array.of(0x20010db8, 0x00000001, 0x00010001, 0x00010001))).toBe(
      '2001:db8:0:1:1:1:1:1',
    );
    expect(formatIPv6(Uint32Array.of(0x20010000, 0x00000001, 0x00000000, 0x00000001))).toBe('2001:0:0:1::1');
    expect(formatIPv6(Uint32Array.of(0x00010000, 0x00000001, 0x00010000, 0x00000001))).toBe('1::1:1:0:0:1');
  });
});

describe('parseAddress', () => {
  it('gives IPv4 for mapped addresses and four words for IPv6', () => {
    expect(parseAddress('::ffff:10.0.0.1')).toEqual({ family: 4, bits: 0x0a000001 });
    const v6 = parseAddress('2001:db8::8:800:200c:417a');
    expect(v6?.family).toBe(6);
    expect(Array.from(v6?.bits as Uint32Array)).toEqual([0x20010db8, 0, 0x00080800, 0x200c417a]);
  });
});

describe('checkCidr and parseCidr', () => {
  it.each([
    ['203.0.113.0/24', '203.0.113.0/24', 4, 24],
    ['203.0.113.77/24', '203.0.113.0/24', 4, 24],
    ['10.1.2.3/8', '10.0.0.0/8', 4, 8],
    ['1.2.3.4/0', '0.0.0.0/0', 4, 0],
    ['1.2.3.4/32', '1.2.3.4/32', 4, 32],
    ['1.2.3.4', '1.2.3.4/32', 4, 32],
    ['255.255.255.255/1', '128.0.0.0/1', 4, 1],
    ['2001:db8::/32', '2001:db8::/32', 6, 32],
    ['2001:DB8:1:2:3:4:5:6/48', '2001:db8:1::/48', 6, 48],
    ['2001:db8:ffff:ffff::/33', '2001:db8:8000::/33', 6, 33],
    ['::/0', '::/0', 6, 0],
    ['::1', '::1/128', 6, 128],
    ['fe80::1/10', 'fe80::/10', 6, 10],
    ['::ffff:10.0.0.0/104', '10.0.0.0/8', 4, 8],
    ['::ffff:1.2.3.4', '1.2.3.4/32', 4, 32],
    ['::ffff:0:0/96', '0.0.0.0/0', 4, 0],
    ['::ffff:0:0/95', '::fffe:0:0/95', 6, 95],
  ])('%s → %s', (text, canonical, family, length) => {
    const cidr = parseCidr(text);
    expect(cidr?.text).toBe(canonical);
    expect(cidr?.family).toBe(family);
    expect(cidr?.prefixLength).toBe(length);
    expect(canonicalCidr(text)).toBe(canonical);
  });

  it.each([
    ['', "expected an IP address or CIDR, found ''"],
    ['banana', "expected an IP address or CIDR, found 'banana'"],
    ['1.2.3.4/33', "expected an IP address or CIDR, found '1.2.3.4/33': an IPv4 prefix length is 0 to 32"],
    ['::/129', "expected an IP address or CIDR, found '::/129': an IPv6 prefix length is 0 to 128"],
    ['1.2.3.4/', "found '1.2.3.4/': the prefix length after '/' must be a whole number"],
    ['1.2.3.4/024', 'must be a whole number'],
    ['1.2.3.4/-1', 'must be a whole number'],
    ['1.2.3.4/8/8', 'must be a whole number'],
    ['/24', "found '/24'"],
    ['fe80::1%eth0/64', 'zone ids'],
    ['1.2.3/24', "found '1.2.3/24'"],
  ])('refuses %j with a reason', (text, reason) => {
    const check = checkCidr(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(reason);
    expect(parseCidr(text)).toBeNull();
  });

  it('shortens very long input in the reason', () => {
    const check = checkCidr('x'.repeat(500));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error.length).toBeLessThan(150);
  });
});

describe('clientPrefix', () => {
  it('gives the /24 for IPv4 and the /48 for IPv6', () => {
    expect(clientPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(clientPrefix('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(clientPrefix('::ffff:cb00:714d')).toBe('203.0.113.0/24');
    expect(clientPrefix('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1::/48');
    expect(clientPrefix('2001:db8:0:ffff::1')).toBe('2001:db8::/48');
    expect(clientPrefix('::1')).toBe('::/48');
  });

  it('returns null for an invalid address', () => {
    expect(clientPrefix('nope')).toBeNull();
    expect(clientPrefix('fe80::1%lo')).toBeNull();
  });
});
