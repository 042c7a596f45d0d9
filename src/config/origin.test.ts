// Tests for upstream origin URLs and database URLs.

import { describe, expect, it } from 'vitest';
import { readDatabaseUrl, readOrigin } from './origin.js';

describe('readOrigin', () => {
  it('keeps the origin', () => {
    expect(readOrigin('http://127.0.0.1:3000')).toEqual({ origin: 'http://127.0.0.1:3000' });
    expect(readOrigin('https://mail.example.com/')).toEqual({ origin: 'https://mail.example.com' });
    expect(readOrigin('http://[::1]:3000')).toEqual({ origin: 'http://[::1]:3000' });
    expect(readOrigin('HTTP://Example.COM:80')).toEqual({ origin: 'http://example.com' });
  });

  it('refuses other schemes, relative URLs, paths and credentials', () => {
    const plain = 'an absolute http:// or https:// URL such as http://127.0.0.1:3000';
    expect(readOrigin('ftp://x')).toEqual({ problem: plain });
    expect(readOrigin('127.0.0.1:3000')).toEqual({ problem: plain });
    expect(readOrigin('/app')).toEqual({ problem: plain });
    expect(readOrigin('http://x/app')).toEqual({
      problem: 'an origin URL with no path, query or fragment, such as http://127.0.0.1:3000',
    });
    expect(readOrigin('http://x/?a=1')).toHaveProperty('problem');
    expect(readOrigin('http://x/#a')).toHaveProperty('problem');
    expect(readOrigin('http://u:p@x')).toEqual({ problem: `${plain}, without a user name or password` });
  });
});

describe('readDatabaseUrl', () => {
  it('accepts postgres URLs as written', () => {
    expect(readDatabaseUrl('postgres://bw@db:5432/bw')).toEqual({ url: 'postgres://bw@db:5432/bw' });
    expect(readDatabaseUrl('postgresql://db/bw')).toEqual({ url: 'postgresql://db/bw' });
  });

  it('refuses anything else', () => {
    for (const text of ['mysql://db/bw', 'db:5432', 'postgres://', '']) {
      expect(readDatabaseUrl(text), text).toHaveProperty('problem');
    }
  });
});
