// Plain block lists: reading lines with comments and errors, writing active block decisions.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { readList, writeList } from './lists.js';

describe('readList', () => {
  it('reads addresses and prefixes in canonical form, skipping comments, blanks and repeats', () => {
    const { entries, invalid } = readList(
      '# from a partner\n198.51.100.7\n\n  2001:DB8::1  # a host\r\n203.0.113.9/24\n198.51.100.7\n',
    );
    expect(invalid).toEqual([]);
    expect(entries).toEqual([
      { line: 2, scope: 'ip', value: '198.51.100.7' },
      { line: 4, scope: 'ip', value: '2001:db8::1' },
      { line: 5, scope: 'cidr', value: '203.0.113.0/24' },
    ]);
  });

  it('names each invalid line by number', () => {
    const { entries, invalid } = readList('198.51.100.7\nexample.com\n10.0.0.0/33\n');
    expect(entries).toHaveLength(1);
    expect(invalid).toEqual([
      { line: 2, text: 'example.com', problem: 'not an IP address or CIDR prefix' },
      { line: 3, text: '10.0.0.0/33', problem: expect.stringMatching(/prefix length is 0 to 32/) },
    ]);
  });
});

describe('writeList', () => {
  const at = Date.UTC(2026, 0, 1);
  const decision = (over: Partial<Decision>): Decision => ({
    id: 'dec_aaaaaaaaaaaaaaaa',
    scope: 'ip',
    value: '198.51.100.7',
    action: 'block',
    reason: '',
    source: 'manual',
    createdAt: at,
    expiresAt: null,
    ...over,
  });

  it('writes active block decisions on addresses and prefixes, on every route, under a header', () => {
    const text = writeList(
      [
        decision({}),
        decision({ scope: 'cidr', value: '203.0.113.0/24', expiresAt: at + 1 }),
        decision({ value: '198.51.100.8', action: 'challenge' }),
        decision({ value: '198.51.100.9', expiresAt: at }),
        decision({ scope: 'fingerprint', value: 'fp1' }),
        decision({ value: '198.51.100.10', route: '/login' }),
      ],
      at,
    );
    expect(text).toBe(
      '# Breakwater block list: 2 address(es) and prefix(es), 2026-01-01T00:00:00.000Z\n198.51.100.7\n203.0.113.0/24\n',
    );
    expect(readList(text).entries.map((e) => e.value)).toEqual(['198.51.100.7', '203.0.113.0/24']);
  });
});
