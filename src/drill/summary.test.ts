// Pacing, the timeline, and the figures computed from it: time to mitigate and latency percentiles.

import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar.js';
import { Pacer } from './pacer.js';
import { loopbackSources } from './sources.js';
import { minimumSample, percentile, timeToMitigate } from './summary.js';
import type { DrillTarget } from './target.js';
import { Timeline } from './timeline.js';

describe('Pacer', () => {
  it('sends at the rate whatever the answers, counting sends with no free slot as not sent', () => {
    let free = 3;
    let fired = 0;
    const pacer = new Pacer(100, () => free-- > 0 && ++fired > 0, 0);
    pacer.tick(50); // 5 due, 3 slots
    expect(fired).toBe(3);
    expect(pacer.notSent).toBe(2);
    free = 1_000;
    pacer.tick(100);
    expect(fired).toBe(8);
  });

  it('catches up at most a quarter second after a stall', () => {
    let fired = 0;
    const pacer = new Pacer(1_000, () => ++fired > 0, 0);
    pacer.tick(2_000);
    expect(fired).toBe(250);
    expect(pacer.notSent).toBe(1_750);
  });
});

describe('Timeline and time to mitigate', () => {
  it('buckets by second and finds the first second with ≥ 90% stopped', () => {
    let now = 0;
    const timeline = new Timeline(0, () => now);
    const second = (at: number, stopped: number, reached: number) => {
      now = at * 1000 + 10;
      for (let i = 0; i < stopped; i++) timeline.attackOutcome('throttled');
      for (let i = 0; i < reached; i++) timeline.attackOutcome('reached');
    };
    second(0, 0, 10); // warm-up second: ignored
    second(1, 2, 18);
    second(2, 17, 3); // 85%
    second(3, 19, 1); // 95%
    second(4, 20, 0);
    expect(timeline.attack).toMatchObject({ stopped: 58, throttled: 58, reached: 32 });
    expect(timeToMitigate(timeline.seconds, 1, 10)).toBe(2);
    expect(timeToMitigate(timeline.seconds, 1, 100)).toBeNull();
  });

  it('needs a handful of outcomes in a second to judge it', () => {
    expect(minimumSample(2_000)).toBe(10);
    expect(minimumSample(6)).toBe(3);
    expect(minimumSample(1)).toBe(1);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile(values, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('sources and cookies', () => {
  const v4 = { family: 4 } as DrillTarget;

  it('spreads sources over 127.<range>.x.y, skipping .0 and .255', () => {
    const sources = loopbackSources(v4, 1, 2_000);
    expect(sources[0]).toBe('127.1.0.1');
    expect(sources[253]).toBe('127.1.0.254');
    expect(sources[254]).toBe('127.1.1.1');
    expect(new Set(sources).size).toBe(2_000);
    expect(loopbackSources({ family: 6 } as DrillTarget, 1, 50)).toEqual([undefined]);
  });

  it('keeps cookies a browser keeps and drops expired ones', () => {
    const jar = new CookieJar();
    jar.store(['bw_pass=v1.abc; Path=/; Max-Age=3600; HttpOnly', 'session=s1; Path=/']);
    expect(jar.header()).toBe('bw_pass=v1.abc; session=s1');
    jar.store('session=; Path=/; Max-Age=0');
    expect(jar.header()).toBe('bw_pass=v1.abc');
  });
});
