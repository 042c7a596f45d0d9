// The session cookie's name and attributes over TLS and plain HTTP, and reading it from a Cookie header.
import { describe, expect, it } from 'vitest';
import { readCookie, sessionCookie } from './session-cookie.js';

describe('session cookie', () => {
  it('is a __Host- cookie with Secure over TLS', () => {
    expect(sessionCookie('abc', true)).toBe(
      '__Host-bw_session=abc; HttpOnly; Path=/; SameSite=Strict; Secure',
    );
  });

  it('is bw_session without Secure over plain HTTP, where a __Host- cookie would be refused', () => {
    expect(sessionCookie('abc', false)).toBe('bw_session=abc; HttpOnly; Path=/; SameSite=Strict');
  });

  it('is deleted with an empty value and Max-Age=0', () => {
    expect(sessionCookie('', false)).toBe('bw_session=; HttpOnly; Path=/; SameSite=Strict; Max-Age=0');
  });

  it('is read by exact name among other cookies', () => {
    const header = 'xbw_session=no; bw_session=yes; __Host-bw_session="quoted"';
    expect(readCookie(header, 'bw_session')).toBe('yes');
    expect(readCookie(header, '__Host-bw_session')).toBe('quoted');
    expect(readCookie(header, 'other')).toBeUndefined();
    expect(readCookie(undefined, 'bw_session')).toBeUndefined();
    expect(readCookie('garbage;;=;', 'bw_session')).toBeUndefined();
  });
});
