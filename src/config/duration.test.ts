// Tests for duration parsing and printing.

import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration.js';

describe('parseDuration', () => {
  it('reads numbers and digit strings as milliseconds', () => {
    expect(parseDuration(0)).toBe(0);
    expect(parseDuration(250)).toBe(250);
    expect(parseDuration('750')).toBe(750);
  });

  it('reads each unit', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('10s')).toBe(10_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('2d')).toBe(172_800_000);
  });

  it('accepts fractions, spaces and any case', () => {
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration(' 2 S ')).toBe(2000);
    expect(parseDuration('0.5ms')).toBe(1);
  });

  it('refuses what is not a duration', () => {
    for (const value of ['', 'soon', '10 sec', '-1s', '1h30m', 1.5, -1, Number.NaN, true, null, [], {}]) {
      expect(parseDuration(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('formatDuration', () => {
  it('prints the largest exact unit', () => {
    expect(formatDuration(0)).toBe('0ms');
    expect(formatDuration(1500)).toBe('1500ms');
    expect(formatDuration(2000)).toBe('2s');
    expect(formatDuration(90_000)).toBe('90s');
    expect(formatDuration(300_000)).toBe('5m');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(86_400_000)).toBe('1d');
  });
});
