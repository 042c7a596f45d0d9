import { describe, expect, it } from 'vitest';
import { followRedirects } from './redirects.js';

const target = (href: string) => followRedirects(href).target;

describe('following the redirects in front of a link', () => {
  it("takes a mail filter's wrapper off, whoever's filter it is", () => {
    expect(
      target(
        'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Flogin-check.example%2Fa&data=05%7C02%7Cann%40corp.example',
      ),
    ).toBe('https://login-check.example/a');
    expect(
      target('https://urldefense.proofpoint.com/v2/url?u=https-3A__login-2Dcheck.example_a&d=DwMF&c=x'),
    ).toBe('https://login-check.example/a');
    expect(target('https://urldefense.com/v3/__https://login-check.example/a__;!!abc$')).toBe(
      'https://login-check.example/a',
    );
    expect(target('https://linkprotect.cudasvc.com/url?a=https%3a%2f%2flogin-check.example%2fa&c=E,1')).toBe(
      'https://login-check.example/a',
    );
    expect(
      followRedirects('https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example').through,
    ).toEqual([
      {
        href: 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.example',
        kind: 'wrapper',
      },
    ]);
  });

  it("follows known sites' public redirects, one inside another", () => {
    expect(target('https://www.google.com/url?q=https://login-check.example/a&sa=D')).toBe(
      'https://login-check.example/a',
    );
    expect(target('https://www.google.com/amp/s/login-check.example/a')).toBe(
      'https://login-check.example/a',
    );
    // the fragment the redirect was reached with goes on to its target
    expect(target('https://www.google.com/amp/s/login-check.example/a#YW5uQGNvcnAuZXhhbXBsZQ')).toBe(
      'https://login-check.example/a#YW5uQGNvcnAuZXhhbXBsZQ',
    );
    const encoded = Buffer.from('https://login-check.example/a').toString('base64url');
    expect(target(`https://www.bing.com/ck/a?!&&p=1&u=a1${encoded}&ntb=1`)).toBe(
      'https://login-check.example/a',
    );
    expect(target('https://l.facebook.com/l.php?u=https%3A%2F%2Flogin-check.example%2Fa&h=x')).toBe(
      'https://login-check.example/a',
    );
    const inner = encodeURIComponent('https://www.google.com/url?q=https://login-check.example/a');
    const both = followRedirects(`https://eur02.safelinks.protection.outlook.com/?url=${inner}`);
    expect(both.target).toBe('https://login-check.example/a');
    expect(both.through.map((r) => r.kind)).toEqual(['wrapper', 'redirect']);
  });

  it('leaves plain links, malformed ones and redirects without a target as written', () => {
    expect(followRedirects('https://shop.example/a?url=https://x.example')).toEqual({
      target: 'https://shop.example/a?url=https://x.example',
      through: [],
    });
    expect(target('https://www.google.com/url?q=not-a-link')).toBe('https://www.google.com/url?q=not-a-link');
    expect(target('http://[broken')).toBe('http://[broken');
  });
});
