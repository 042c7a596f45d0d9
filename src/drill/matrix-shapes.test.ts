import { describe, expect, it } from 'vitest';
import { caseAddresses } from './matrix-addresses.js';
import { AGENT_STYLES, generateMatrix, MATRIX_BOUNDS, ROUTE_KINDS, SPREADS } from './matrix-shapes.js';

describe('the attack-shape matrix', () => {
  it('gives the same cases for the same seed, and others for another', () => {
    expect(generateMatrix(7, 24)).toEqual(generateMatrix(7, 24));
    expect(generateMatrix(8, 24)).not.toEqual(generateMatrix(7, 24));
  });

  it('covers every spread, agent style and route kind about equally', () => {
    const cases = generateMatrix(12, 24);
    for (const [values, of] of [
      [SPREADS, (c: (typeof cases)[number]) => c.spread],
      [AGENT_STYLES, (c: (typeof cases)[number]) => c.agents],
      [ROUTE_KINDS, (c: (typeof cases)[number]) => c.route],
    ] as const) {
      for (const value of values) expect(cases.filter((c) => of(c) === value)).toHaveLength(6);
    }
  });

  it('keeps every case within what the machine can generate and serve', () => {
    for (const c of generateMatrix(3, 64)) {
      expect(c.rate).toBeGreaterThanOrEqual(MATRIX_BOUNDS.rate.min - 0.5);
      expect(c.rate).toBeLessThanOrEqual(MATRIX_BOUNDS.rate.max);
      expect(c.perAddressRate).toBeGreaterThanOrEqual(MATRIX_BOUNDS.perAddressRate.min);
      expect(c.perAddressRate).toBeLessThanOrEqual(MATRIX_BOUNDS.perAddressRate.max);
      expect(c.sources).toBeLessThanOrEqual(MATRIX_BOUNDS.sources.max);
      expect(c.rate).toBeCloseTo(c.sources * c.perAddressRate, 0);
    }
  });
});

describe('the addresses of a case', () => {
  const cases = generateMatrix(12, 24);

  it('spread the attack as its shape says, outside 127.0/16 and the legitimate 127.3/16', () => {
    for (const c of cases) {
      const a = caseAddresses(c, 10);
      expect(new Set(a.attack).size).toBe(c.sources);
      const blocks = new Set(a.attack.map((x) => x.slice(0, x.lastIndexOf('.'))));
      const ranges = new Set(a.attack.map((x) => x.split('.').slice(0, 2).join('.')));
      if (c.spread === 'one-address') expect(a.attack).toHaveLength(1);
      if (c.spread === 'one-/24') expect(blocks.size).toBe(1);
      if (c.spread === 'few-/16s') expect(ranges.size).toBeGreaterThanOrEqual(2);
      if (c.spread === 'few-/16s') expect(ranges.size).toBeLessThanOrEqual(4);
      if (c.spread === 'scattered') expect(blocks.size).toBe(c.sources);
      expect(ranges.has('127.0')).toBe(false);
      expect(ranges.has('127.3')).toBe(false);
      expect(a.attackRanges.sort()).toEqual([...ranges].sort());
    }
  });

  it('put neighbours inside the attack /24s on addresses of their own, and everyone else in 127.3', () => {
    for (const c of cases) {
      const a = caseAddresses(c, 10);
      const attackBlocks = new Set(a.attack.map((x) => x.slice(0, x.lastIndexOf('.'))));
      expect(a.neighbours).toHaveLength(c.legit.neighbours);
      for (const n of a.neighbours) {
        expect(attackBlocks.has(n.slice(0, n.lastIndexOf('.')))).toBe(true);
        expect(a.attack).not.toContain(n);
      }
      for (const x of [...a.browsers, ...a.app, ...a.visitors]) expect(x.startsWith('127.3.')).toBe(true);
      expect(new Set(a.visitors).size).toBe(10);
    }
  });

  it('keep the long-standing clients on the same addresses from case to case', () => {
    const [first, second] = cases.map((c) => caseAddresses(c, 0));
    expect(first.app.slice(0, 5)).toEqual(second.app.slice(0, 5));
    expect(first.browsers.slice(0, 4)).toEqual(second.browsers.slice(0, 4));
  });
});
