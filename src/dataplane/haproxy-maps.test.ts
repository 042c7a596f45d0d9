// The maps HAProxy is given for a set of decisions, and the edits between two sets.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../responder/decision.js';
import { mapEdits, mapsFor } from './haproxy-maps.js';

function decision(fields: Partial<Decision>): Decision {
  return {
    id: fields.value ?? 'd',
    scope: 'ip',
    value: '203.0.113.7',
    action: 'block',
    reason: 'test',
    source: 'manual',
    createdAt: 0,
    expiresAt: null,
    ...fields,
  };
}

describe('mapsFor', () => {
  it('puts each action in its map, a throttle with its limit per period and its own counter key', () => {
    const maps = mapsFor([
      decision({ value: '203.0.113.7', action: 'block' }),
      decision({
        scope: 'cidr',
        value: '198.51.100.0/24',
        action: 'throttle',
        throttle: { rate: 2, burst: 5 },
      }),
      decision({
        scope: 'cidr',
        value: '198.51.100.0/24',
        action: 'throttle',
        throttle: { rate: 1, burst: 0 },
      }),
      decision({ value: '192.0.2.1', action: 'challenge' }),
      decision({ value: '10.0.0.0/8', scope: 'cidr', action: 'allow' }),
      decision({ scope: 'fingerprint', value: 'abcd1234', action: 'block' }),
    ]);
    expect([...maps.block]).toEqual([['203.0.113.7', '1']]);
    expect([...maps.challenge]).toEqual([['192.0.2.1', '1']]);
    expect([...maps.allow]).toEqual([['10.0.0.0/8', '1']]);
    // the lower of the two limits: 1/s over 10 s
    expect([...maps.throttle]).toEqual([['198.51.100.0/24', '10']]);
    expect([...maps['throttle-key']]).toEqual([['198.51.100.0/24', '198.51.100.0/24']]);
  });
});

describe('mapsFor with decisions on one route', () => {
  it('hands their clients to the gateway (the challenge map), never blocks or throttles them in HAProxy', () => {
    const maps = mapsFor([
      decision({ value: '203.0.113.7', action: 'block', route: '/login' }),
      decision({
        scope: 'cidr',
        value: '198.51.100.0/24',
        action: 'throttle',
        throttle: { rate: 1, burst: 0 },
        route: '/api/search',
      }),
      decision({ value: '192.0.2.9', action: 'allow', route: '/health' }),
    ]);
    expect([...maps.challenge]).toEqual([
      ['203.0.113.7', '1'],
      ['198.51.100.0/24', '1'],
    ]);
    expect(maps.block.size + maps.throttle.size + maps['throttle-key'].size + maps.allow.size).toBe(0);
  });
});

describe('mapEdits', () => {
  it('sets what is new or changed and drops what is gone', () => {
    const held = mapsFor([decision({ value: '203.0.113.7' }), decision({ value: '203.0.113.8' })]);
    const wanted = mapsFor([decision({ value: '203.0.113.8' }), decision({ value: '203.0.113.9' })]);
    expect(mapEdits(held, wanted)).toEqual([
      { map: 'block', key: '203.0.113.9', value: '1' },
      { map: 'block', key: '203.0.113.7' },
    ]);
    expect(mapEdits(wanted, wanted)).toEqual([]);
  });
});
