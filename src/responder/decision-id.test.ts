// Tests for decision ids: shape, encoding of the random bytes, and uniqueness.
import { describe, expect, it } from 'vitest';
import { isDecisionId, newDecisionId } from './decision-id.js';

describe('newDecisionId', () => {
  it('encodes 80 random bits as 16 base32 characters', () => {
    expect(newDecisionId(() => new Uint8Array(10))).toBe('dec_aaaaaaaaaaaaaaaa');
    expect(newDecisionId(() => new Uint8Array(10).fill(255))).toBe('dec_7777777777777777');
    // 0x08 0x42 ... : 00001 00001 00001 ... → 'b' repeated
    expect(
      newDecisionId(() => Uint8Array.of(0x08, 0x42, 0x10, 0x84, 0x21, 0x08, 0x42, 0x10, 0x84, 0x21)),
    ).toBe('dec_bbbbbbbbbbbbbbbb');
  });

  it('gives distinct, well-formed ids from crypto', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newDecisionId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isDecisionId(id)).toBe(true);
    expect(isDecisionId('dec_short')).toBe(false);
    expect(isDecisionId('dec_AAAAAAAAAAAAAAAA')).toBe(false);
  });
});
