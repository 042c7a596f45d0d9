// Tests for the baselines: cold floors, learning toward a steady rate, the clamped step, freezing and
// slowing, exclusions of flooding sources, and the bound on per-key baselines.
import { describe, expect, it } from 'vitest';
import { Baselines, KeyedRates, LEARN_ALL, type Learning } from './baselines.js';
import { quietWindow } from './cases/generate.js';
import { defaultSentinelConfig as config } from './detectors/config.js';
import type { WindowSnapshot } from './window.js';

/** A 250 ms window with `requests` from one address, the heaviest being `top`. */
function windowOf(i: number, requests: number, top = 1): WindowSnapshot {
  const w = quietWindow(i * 250);
  w.requests = requests;
  w.topSources = [
    { key: '198.51.100.7', count: top },
    { key: '10.0.0.1', count: 1 },
  ];
  w.topPrefixes = [{ key: '198.51.100.0/24', count: top }];
  w.topFingerprints = [{ key: 'c4r0me00', count: requests }];
  w.paths = [{ path: '/', kind: 'browser', requests, withQuery: 0, distinctQueries: 0, distinctSources: 1 }];
  return w;
}

function feed(b: Baselines, from: number, count: number, requests: number, learning: Learning = LEARN_ALL) {
  for (let i = from; i < from + count; i++) b.update(windowOf(i, requests), 250, learning);
}

describe('Baselines', () => {
  it('reads as its floors while cold, and warms after warmupMs of traffic', () => {
    const b = new Baselines(config);
    const f = config.baselines.floors;
    expect(b.requestRate).toBe(f.requestRate);
    expect(b.errorShare).toBe(f.errorShare);
    expect(b.latencyP99Ms).toBe(f.latencyP99Ms);
    expect(b.pathRate('/')).toBe(f.pathRate);
    expect(b.warm).toBe(false);
    feed(b, 0, config.baselines.warmupMs / 250 + 1, 10);
    expect(b.warm).toBe(true);
  });

  it('learns a steady rate, and follows when it changes', () => {
    const b = new Baselines(config);
    feed(b, 0, 400, 10); // 40 req/s
    expect(b.requestRate).toBeCloseTo(40, 5);
    expect(b.pathRate('/')).toBeCloseTo(40, 5);
    expect(b.fingerprintRate('c4r0me00')).toBeCloseTo(40, 5);
    feed(b, 400, 4 * 300, 20); // 80 req/s for five minutes
    expect(b.requestRate).toBeGreaterThan(75);
  });

  it('clamps a window: a 100x spike moves the baseline no more than a 2x one', () => {
    const spiked = new Baselines(config);
    const doubled = new Baselines(config);
    feed(spiked, 0, 400, 10);
    feed(doubled, 0, 400, 10);
    feed(spiked, 400, 1, 1000);
    feed(doubled, 400, 1, 20);
    expect(spiked.requestRate).toBeCloseTo(doubled.requestRate, 10);
    expect(spiked.requestRate).toBeLessThan(40.5);
  });

  it('freezes while an attack is detected, and learns slower during a crowd', () => {
    const frozen = new Baselines(config);
    const slowed = new Baselines(config);
    const learning = new Baselines(config);
    for (const b of [frozen, slowed, learning]) feed(b, 0, 400, 10);
    feed(frozen, 400, 40, 20, { ...LEARN_ALL, traffic: 'freeze' });
    feed(slowed, 400, 40, 20, { ...LEARN_ALL, traffic: 'slow' });
    feed(learning, 400, 40, 20);
    expect(frozen.requestRate).toBeCloseTo(40, 10);
    expect(slowed.requestRate).toBeGreaterThan(40);
    expect(slowed.requestRate - 40).toBeLessThan((learning.requestRate - 40) / 5);
  });

  it('leaves flooding sources out of normal traffic and of the heaviest normal source', () => {
    const b = new Baselines(config);
    const learning = { ...LEARN_ALL, excludedSources: new Set(['198.51.100.7']) };
    for (let i = 0; i < 400; i++) b.update(windowOf(i, 110, 100), 250, learning);
    expect(b.requestRate).toBeCloseTo(40, 5);
    expect(b.topSourceRate).toBeCloseTo(4, 5); // 10.0.0.1, the heaviest source left
  });

  it('survives empty windows and garbage numbers', () => {
    const b = new Baselines(config);
    const w = quietWindow(0);
    w.requests = Number.NaN;
    w.outcomes.latencyP99Ms = Number.POSITIVE_INFINITY;
    b.update(w, 250);
    b.update(quietWindow(250), 250);
    expect(Number.isFinite(b.requestRate)).toBe(true);
    expect(Number.isFinite(b.latencyP99Ms)).toBe(true);
  });
});

describe('KeyedRates', () => {
  it('keeps at most 2 × maxKeys, pruning to the largest maxKeys', () => {
    const k = new KeyedRates(2);
    const list = [
      { key: 'a', count: 40 },
      { key: 'b', count: 30 },
      { key: 'c', count: 20 },
      { key: 'd', count: 10 },
    ];
    k.observe(list, 1, 1000, 'learn', config.baselines);
    expect(k.size).toBe(4);
    k.observe([{ key: 'e', count: 1000 }], 1, 1000, 'learn', config.baselines);
    expect(k.size).toBe(2);
    expect(k.get('e')).toBeGreaterThan(k.get('a'));
    expect(k.get('b')).toBe(0);
  });
});
