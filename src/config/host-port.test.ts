// Tests for HOST:PORT listening addresses.

import { describe, expect, it } from 'vitest';
import { ConfigError } from './error.js';
import { formatHostPort, parseHostPort } from './host-port.js';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseHostPort', () => {
  it('reads IPv4, bracketed IPv6 and host names', () => {
    expect(parseHostPort('127.0.0.1:8080', '--listen')).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(parseHostPort('[::1]:8080', '--listen')).toEqual({ host: '::1', port: 8080 });
    expect(parseHostPort('0.0.0.0:0', '--listen')).toEqual({ host: '0.0.0.0', port: 0 });
    expect(parseHostPort('localhost:9400', '--control')).toEqual({ host: 'localhost', port: 9400 });
  });

  it('names the flag and the value in its error', () => {
    expect(messageOf(() => parseHostPort('8080x', '--listen'))).toBe(
      '--listen: expected HOST:PORT such as 127.0.0.1:8080, found "8080x"',
    );
    const error = (() => {
      try {
        parseHostPort('8080', '--listen');
      } catch (caught) {
        return caught as ConfigError;
      }
    })();
    expect(error?.issues).toEqual([
      { path: '--listen', expected: 'HOST:PORT such as 127.0.0.1:8080', found: '"8080"' },
    ]);
  });

  it('wants the host written out', () => {
    expect(messageOf(() => parseHostPort(':8080', '--listen'))).toBe(
      '--listen: expected HOST:PORT with the host written out, such as 127.0.0.1:8080 or 0.0.0.0:8080, found ":8080"',
    );
  });

  it('explains ports out of range and unbracketed IPv6', () => {
    expect(messageOf(() => parseHostPort('127.0.0.1:65536', '--listen'))).toBe(
      '--listen: expected HOST:PORT with a port from 0 to 65535, found "127.0.0.1:65536"',
    );
    expect(messageOf(() => parseHostPort('::1:8080', '--control'))).toBe(
      '--control: expected HOST:PORT such as 127.0.0.1:8080 or [::1]:8080 (IPv6 in brackets), found "::1:8080"',
    );
  });

  it('refuses malformed hosts', () => {
    for (const text of [
      '300.1.1.1:80',
      '[fe80::zz]:80',
      'bad_host:80',
      'http://x:80',
      'x:',
      '127.0.0.1:80:80',
    ]) {
      expect(() => parseHostPort(text, '--listen'), text).toThrow(ConfigError);
    }
  });
});

describe('formatHostPort', () => {
  it('brackets IPv6', () => {
    expect(formatHostPort({ host: '::1', port: 80 })).toBe('[::1]:80');
    expect(formatHostPort({ host: '127.0.0.1', port: 80 })).toBe('127.0.0.1:80');
  });
});
