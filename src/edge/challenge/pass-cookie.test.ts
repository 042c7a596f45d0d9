// Finding the pass cookie in a Cookie header without splitting it.
import { describe, expect, it } from 'vitest';
import { cookieValue } from './pass-cookie.js';

describe('cookieValue', () => {
  it('finds the named cookie anywhere in the header', () => {
    expect(cookieValue('bw_pass=a', 'bw_pass')).toBe('a');
    expect(cookieValue('x=1; bw_pass=b; y=2', 'bw_pass')).toBe('b');
    expect(cookieValue('x=1;bw_pass= c ', 'bw_pass')).toBe('c');
  });

  it('ignores names that only contain or start with it, and values that mention it', () => {
    expect(cookieValue('xbw_pass=1; bw_passx=2', 'bw_pass')).toBeUndefined();
    expect(cookieValue('x=bw_pass=1; bw_pass=real', 'bw_pass')).toBe('real');
    expect(cookieValue('', 'bw_pass')).toBeUndefined();
  });

  it('takes the first of repeated cookies', () => {
    expect(cookieValue('bw_pass=first; bw_pass=second', 'bw_pass')).toBe('first');
  });
});
