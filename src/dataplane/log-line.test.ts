// Reading HAProxy's log lines back: the shipped format whole, a syslog header before it, and lines that
// are not it.
import { describe, expect, it } from 'vitest';
import { readLogLine } from './log-line.js';

const LINE =
  'bw1 203.0.113.7 allow GET 200 1534 12 origin HTTP/1.1 0 1 /inbox ?folder=2 host,user-agent,accept Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';

describe('readLogLine', () => {
  it('reads every field of the shipped format, the user agent with its spaces', () => {
    expect(readLogLine(`${LINE}\n`)).toEqual({
      address: '203.0.113.7',
      prefix: '203.0.113.0/24',
      verdict: 'allow',
      method: 'GET',
      status: 200,
      bytes: 1534,
      originMs: 12,
      backend: 'origin',
      protocol: 'h1',
      acceptsHtml: true,
      path: '/inbox',
      query: 'folder=2',
      headerNames: ['host', 'user-agent', 'accept'],
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0',
    });
  });

  it('skips a syslog header, and reads HAProxy’s own answers and absent fields', () => {
    const line = readLogLine(
      '<134>Dec  6 10:00:00 haproxy[42]: bw1 2001:db8::1 block POST 403 192 -1 web HTTP/2.0 1 - /login  - -',
    );
    expect(line).toMatchObject({
      address: '2001:db8::1',
      verdict: 'block',
      originMs: -1,
      protocol: 'h2',
      acceptsHtml: false,
      query: '',
      headerNames: [],
      userAgent: '',
    });
  });

  it('refuses what is not a line of the format', () => {
    for (const text of [
      '',
      'bw1',
      LINE.replace('203.0.113.7', 'somewhere'),
      LINE.replace(' allow ', ' maybe '),
      LINE.replace(' 200 ', ' 2000 '),
      LINE.replace(' /inbox ', ' inbox '),
      LINE.replace('HTTP/1.1', 'SPDY'),
      LINE.split(' ').slice(0, 12).join(' '),
    ]) {
      expect(readLogLine(text), text).toBeUndefined();
    }
  });
});
