// The config's reading of trustedProxies entries: addresses and blocks pass, and each mistake is named.

import { describe, expect, it } from 'vitest';
import { ADDRESS_OR_BLOCK, blockProblem } from './address-block.js';

describe('blockProblem', () => {
  it('accepts addresses and blocks that start at their network address', () => {
    for (const text of ['203.0.113.7', '2001:db8::1', '10.0.0.0/8', '0.0.0.0/0', '2001:db8::/32', ' ::1 ']) {
      expect(blockProblem(text), text).toBeUndefined();
    }
  });

  it('says what is wrong', () => {
    expect(blockProblem('10.0.0.0/33')).toBe('a CIDR block whose prefix length is from 0 to 32');
    expect(blockProblem('10.0.0.0/08')).toBe('a CIDR block whose prefix length is from 0 to 32');
    expect(blockProblem('2001:db8::/129')).toBe('a CIDR block whose prefix length is from 0 to 128');
    expect(blockProblem('10.1.0.0/8')).toBe(
      'a CIDR block that starts at its network address, such as 10.0.0.0/8',
    );
    expect(blockProblem('2001:db8::1/32')).toBe(
      'a CIDR block that starts at its network address, such as 2001:db8::/32',
    );
    for (const text of ['10.0.0.0/8/8', 'proxy.internal', '10.0.0/8', '', '010.0.0.1']) {
      expect(blockProblem(text), text).toBe(ADDRESS_OR_BLOCK);
    }
  });
});
