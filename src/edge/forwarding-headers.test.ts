// The header rewriting of forwarding-headers.ts: fields a Connection header names, alone or among
// several, never cross the proxy; the Forwarded host is a clean quoted-string.

import { describe, expect, it } from 'vitest';
import { clientResponseHeaders, originRequestHeaders } from './forwarding-headers.js';

const facts = {
  clientAddress: '203.0.113.7',
  peerAddress: '203.0.113.7',
  peerTrusted: false,
  proto: 'https' as const,
  host: 'mail.example.test',
};

describe('fields named by Connection', () => {
  it('drops the one field a request names, whatever its case', () => {
    const out = originRequestHeaders(
      { host: 'mail.example.test', connection: ' X-Secret ', 'x-secret': 'token', accept: '*/*' },
      facts,
    );
    expect(out['x-secret']).toBeUndefined();
    expect(out.connection).toBeUndefined();
    expect(out.accept).toBe('*/*');
  });

  it('drops every field a request names in a list', () => {
    const out = originRequestHeaders(
      { connection: 'keep-alive, X-A,x-b', 'x-a': '1', 'x-b': '2', 'x-c': '3' },
      facts,
    );
    expect([out['x-a'], out['x-b'], out['x-c']]).toEqual([undefined, undefined, '3']);
  });

  it('drops the one field an answer names, and keeps the rest', () => {
    const out = clientResponseHeaders({
      connection: 'X-Internal-Route',
      'x-internal-route': 'db-7',
      'content-type': 'text/html',
      'keep-alive': 'timeout=5',
    });
    expect(out).toEqual({ 'content-type': 'text/html' });
  });
});

describe('Forwarded', () => {
  it('quotes the host without its quotes and backslashes', () => {
    const out = originRequestHeaders({}, { ...facts, host: 'mail"\\.example.test' });
    expect(out.forwarded).toBe('for=203.0.113.7;proto=https;host="mail.example.test"');
  });

  it('leaves a plain host as it is', () => {
    expect(originRequestHeaders({}, facts).forwarded).toBe(
      'for=203.0.113.7;proto=https;host="mail.example.test"',
    );
  });
});
