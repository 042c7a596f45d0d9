// Counting leading zero bits and solving puzzles from Node.
import { describe, expect, it } from 'vitest';
import { solvePuzzle, workDone, zeroBits } from './work.js';

describe('zeroBits', () => {
  it('counts across byte boundaries', () => {
    expect(zeroBits(Uint8Array.of(0x80, 0))).toBe(0);
    expect(zeroBits(Uint8Array.of(0x01, 0))).toBe(7);
    expect(zeroBits(Uint8Array.of(0, 0x40))).toBe(9);
    expect(zeroBits(Uint8Array.of(0, 0, 0))).toBe(24);
  });
});

describe('solvePuzzle', () => {
  it('returns the smallest counter that meets the difficulty', () => {
    const token = 'example.token';
    const counter = solvePuzzle({ token, difficulty: 12 });
    expect(workDone(token, counter)).toBeGreaterThanOrEqual(12);
    for (let c = 0; c < counter; c++) expect(workDone(token, c)).toBeLessThan(12);
  });

  it('refuses an impossible difficulty', () => {
    expect(() => solvePuzzle({ token: 't', difficulty: 33 })).toThrow(/difficulty/);
  });
});
