// Tests for size parsing and printing.

import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from './size.js';

describe('parseSize', () => {
  it('reads numbers and digit strings as bytes', () => {
    expect(parseSize(0)).toBe(0);
    expect(parseSize(16384)).toBe(16384);
    expect(parseSize('512')).toBe(512);
  });

  it('reads binary units in any case', () => {
    expect(parseSize('512b')).toBe(512);
    expect(parseSize('16kb')).toBe(16 * 1024);
    expect(parseSize('10MB')).toBe(10 * 1024 * 1024);
    expect(parseSize('2 gb')).toBe(2 * 1024 ** 3);
    expect(parseSize('1.5mb')).toBe(1.5 * 1024 * 1024);
  });

  it('refuses what is not a size', () => {
    for (const value of ['', 'big', '16k', '16 kilobytes', '-1kb', 1.5, -2, true, null, ['1kb']]) {
      expect(parseSize(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('formatSize', () => {
  it('prints the largest exact unit', () => {
    expect(formatSize(0)).toBe('0b');
    expect(formatSize(1000)).toBe('1000b');
    expect(formatSize(1024)).toBe('1kb');
    expect(formatSize(16384)).toBe('16kb');
    expect(formatSize(1024 ** 2)).toBe('1mb');
    expect(formatSize(1024 ** 4)).toBe('1tb');
  });
});
