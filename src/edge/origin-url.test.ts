// Tests for parsing configured origin URLs.
import { describe, expect, it } from 'vitest';
import { parseOriginUrl } from './origin-url.js';

describe('parseOriginUrl', () => {
  it('makes the port explicit in the origin and keeps it out of the Host header when default', () => {
    expect(parseOriginUrl('http://mail.example.org')).toEqual({
      url: 'http://mail.example.org',
      secure: false,
      origin: 'http://mail.example.org:80',
      hostHeader: 'mail.example.org',
    });
    expect(parseOriginUrl('https://portal.example.org/')).toMatchObject({
      secure: true,
      origin: 'https://portal.example.org:443',
      hostHeader: 'portal.example.org',
    });
  });

  it('keeps a non-default port in both', () => {
    expect(parseOriginUrl('http://127.0.0.1:8080')).toMatchObject({
      origin: 'http://127.0.0.1:8080',
      hostHeader: '127.0.0.1:8080',
    });
    expect(parseOriginUrl('https://[::1]:8443')).toMatchObject({
      origin: 'https://[::1]:8443',
      hostHeader: '[::1]:8443',
    });
  });

  it('rejects what it cannot forward to, naming the URL and the problem', () => {
    expect(() => parseOriginUrl('mail.example.org')).toThrow(/"mail.example.org": expected an absolute/);
    expect(() => parseOriginUrl('ftp://files.example.org')).toThrow(
      /expected scheme http or https, found ftp/,
    );
    expect(() => parseOriginUrl('http://a.example.org/app')).toThrow(/found path, query or fragment "\/app"/);
    expect(() => parseOriginUrl('http://a.example.org/?x=1')).toThrow(/"\/\?x=1"/);
    expect(() => parseOriginUrl('http://user:pw@a.example.org')).toThrow(/credentials/);
  });
});
