// Tests for "did you mean" suggestions.

import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

const TOP = [
  'listen',
  'control',
  'data',
  'database',
  'upstreams',
  'tls',
  'trustedProxies',
  'limits',
  'logLevel',
];

describe('closest', () => {
  it('finds near misses', () => {
    expect(closest('upstream', TOP)).toBe('upstreams');
    expect(closest('lisen', TOP)).toBe('listen');
    expect(closest('limtis', TOP)).toBe('limits');
    expect(closest('trusted_proxies', TOP)).toBe('trustedProxies');
    expect(closest('LogLevel', TOP)).toBe('logLevel');
  });

  it('stays quiet when nothing is close', () => {
    expect(closest('frobnicate', TOP)).toBeUndefined();
    expect(closest('x', TOP)).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'abcd')).toBe(1);
    expect(editDistance('abc', 'ac')).toBe(1);
    expect(editDistance('abc', 'abd')).toBe(1);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
