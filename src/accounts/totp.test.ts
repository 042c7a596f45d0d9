// TOTP against the SHA-1 test vectors of RFC 6238 appendix B, base32 round trips, and drift.
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUrl, totpCode, totpStep } from './totp.js';

/** The RFC's SHA-1 key, "12345678901234567890", in base32. */
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('matches RFC 6238 at T=%i s', (seconds, expected) => {
    const step = totpStep(seconds * 1000);
    expect(hotp(Buffer.from('12345678901234567890'), step, 8)).toBe(expected);
    expect(totpCode(RFC_SECRET, step)).toBe(expected.slice(2));
  });

  it('accepts the current step and one either side, nothing further', () => {
    const at = 1111111109 * 1000;
    const step = totpStep(at);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), at)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 2), at)).toBeUndefined();
  });

  it('refuses codes that are not six digits', () => {
    expect(matchTotp(RFC_SECRET, '', 0)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, '12345a', 0)).toBeUndefined();
    expect(matchTotp(RFC_SECRET, '1234567', 0)).toBeUndefined();
  });

  it('round-trips base32 and refuses foreign characters', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(RFC_SECRET.toLowerCase()).toString()).toBe('12345678901234567890');
    expect(base32Encode(Buffer.from('f'))).toBe('MY');
    expect(() => base32Decode('AB1C')).toThrow(/not a base32 character/);
  });

  it('builds an otpauth URI naming the issuer and account', () => {
    expect(otpauthUrl('ABC', 'ana@example.test')).toBe(
      'otpauth://totp/Breakwater:ana%40example.test?secret=ABC&issuer=Breakwater&algorithm=SHA1&digits=6&period=30',
    );
  });
});
