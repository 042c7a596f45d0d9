// Tests for sealing secrets: a round trip, a fresh IV each time, and values that must not open (another
// key, altered, moved to another column, or not sealed at all).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, SealedValueError, seal, unseal } from './sealed.js';

const key = randomBytes(32);
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('seal and unseal', () => {
  it('gives back what was sealed, and never shows it', () => {
    const sealed = seal(key, 'users.totp_secret', secret);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret);
    expect(isSealed(sealed)).toBe(true);
    expect(unseal(key, 'users.totp_secret', sealed)).toBe(secret);
    expect(unseal(key, 'intel_peers.password', seal(key, 'intel_peers.password', ''))).toBe('');
  });

  it('draws a fresh IV for every value', () => {
    expect(seal(key, 'users.totp_secret', secret)).not.toBe(seal(key, 'users.totp_secret', secret));
  });

  it('refuses another key', () => {
    const sealed = seal(key, 'users.totp_secret', secret);
    expect(() => unseal(randomBytes(32), 'users.totp_secret', sealed)).toThrow(SealedValueError);
  });

  it('refuses an altered value', () => {
    const sealed = seal(key, 'users.totp_secret', secret);
    const [version, iv, body] = sealed.split(':');
    const bytes = Buffer.from(body, 'base64url');
    bytes[0] ^= 1;
    expect(() => unseal(key, 'users.totp_secret', `${version}:${iv}:${bytes.toString('base64url')}`)).toThrow(
      SealedValueError,
    );
    const otherIv = randomBytes(12).toString('base64url');
    expect(() => unseal(key, 'users.totp_secret', `${version}:${otherIv}:${body}`)).toThrow(SealedValueError);
  });

  it('refuses a value moved to another column', () => {
    const sealed = seal(key, 'users.totp_pending_secret', secret);
    expect(() => unseal(key, 'users.totp_secret', sealed)).toThrow(/users\.totp_secret does not open/);
  });

  it('tells a value stored in clear from a sealed one', () => {
    expect(isSealed(secret)).toBe(false);
    expect(isSealed('v1:a password that starts like a sealed value')).toBe(false);
    expect(() => unseal(key, 'users.totp_secret', secret)).toThrow(/not a sealed value/);
  });
});
