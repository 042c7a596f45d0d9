// Tests for the sentinel's lifecycle: confirmation, stable ids, clearing, a new id for a new attack,
// gaps and broken clocks, garbage windows, determinism, and a tick's cost with a million sources.
import { describe, expect, it } from 'vitest';
import { generateWindows, quietWindow } from './cases/generate.js';
import { SCENARIOS } from './cases/scenarios.js';
import type { Detection } from './detection.js';
import { Sentinel } from './sentinel.js';
import type { WindowSnapshot } from './window.js';

const T0 = 1_700_000_000_000;
const FLOODER = '198.51.100.7';

/** Window `i`: ten regulars, plus `flood` requests from one address. */
function windowAt(i: number, flood = 0, start = T0 + i * 250): WindowSnapshot {
  const w = quietWindow(start);
  for (let r = 0; r < 10; r++) {
    w.topSources.push({ key: `10.0.${r}.1`, count: 1 });
    w.topPrefixes.push({ key: `10.0.${r}.0/24`, count: 1 });
  }
  if (flood > 0) {
    w.topSources.unshift({ key: FLOODER, count: flood });
    w.topPrefixes.unshift({ key: '198.51.100.0/24', count: flood });
  }
  w.requests = 10 + flood;
  w.distinctSources = flood > 0 ? 11 : 10;
  w.topFingerprints = [{ key: 'c4r0me00', count: w.requests }];
  w.paths = [
    {
      path: '/',
      kind: 'browser',
      requests: w.requests,
      withQuery: 0,
      distinctQueries: 0,
      distinctSources: 11,
    },
  ];
  w.outcomes = {
    ...w.outcomes,
    status2xx: w.requests,
    latencyCount: w.requests,
    latencyP50Ms: 30,
    latencyP99Ms: 150,
  };
  return w;
}

/** Runs windows through a sentinel; returns every tick's result. */
function run(sentinel: Sentinel, windows: readonly WindowSnapshot[]) {
  return windows.map((w) => sentinel.tick(w));
}

describe('Sentinel', () => {
  it('confirms a flood in its second window, keeps one id while it lasts, then clears', () => {
    const windows = [
      ...Array.from({ length: 100 }, (_, i) => windowAt(i)),
      ...Array.from({ length: 40 }, (_, i) => windowAt(100 + i, 100)),
      ...Array.from({ length: 30 }, (_, i) => windowAt(140 + i)),
    ];
    const ticks = run(new Sentinel(), windows);
    const first = ticks.findIndex((t) => t.detections.length > 0);
    expect(first).toBe(101);
    const [d] = ticks[first].detections;
    expect(d).toMatchObject({
      kind: 'http-flood',
      state: 'active',
      startedAt: T0 + 100 * 250,
      maxAction: 'block',
    });
    expect(d.id).toBe(`http-flood:*:${T0 + 100 * 250}`);
    expect(d.targets).toEqual([
      { scope: 'ip', value: FLOODER, share: expect.any(Number), rate: expect.any(Number) },
    ]);

    const all = ticks.flatMap((t) => t.detections);
    expect(new Set(all.map((x) => x.id))).toEqual(new Set([d.id]));
    const cleared = ticks.findIndex((t) => t.detections.some((x) => x.state === 'cleared'));
    // The last flood window leaves the one-second view after 3 more ticks; then 8 quiet windows.
    expect(cleared).toBe(139 + 3 + 8);
    const last = ticks[cleared].detections[0];
    expect(last.lastSeenAt).toBe(T0 + 143 * 250);
    expect(ticks[cleared].active).toEqual([]);
    expect(ticks[cleared - 1].active.map((x) => x.id)).toEqual([d.id]);
  });

  it('gives a flood that returns after clearing a new id', () => {
    const windows = [
      ...Array.from({ length: 100 }, (_, i) => windowAt(i)),
      ...Array.from({ length: 10 }, (_, i) => windowAt(100 + i, 100)),
      ...Array.from({ length: 20 }, (_, i) => windowAt(110 + i)),
      ...Array.from({ length: 10 }, (_, i) => windowAt(130 + i, 100)),
    ];
    const ids = new Set(run(new Sentinel(), windows).flatMap((t) => t.detections.map((d) => d.id)));
    expect([...ids]).toEqual([`http-flood:*:${T0 + 100 * 250}`, `http-flood:*:${T0 + 130 * 250}`]);
  });

  it('keeps the same detection through a short lull', () => {
    const windows = [
      ...Array.from({ length: 100 }, (_, i) => windowAt(i)),
      ...Array.from({ length: 10 }, (_, i) => windowAt(100 + i, 100)),
      ...Array.from({ length: 6 }, (_, i) => windowAt(110 + i)),
      ...Array.from({ length: 10 }, (_, i) => windowAt(116 + i, 100)),
    ];
    const ids = new Set(run(new Sentinel(), windows).flatMap((t) => t.detections.map((d) => d.id)));
    expect(ids.size).toBe(1);
  });

  it('does not take one burst (a page load) for a flood', () => {
    const windows = [...Array.from({ length: 100 }, (_, i) => windowAt(i)), windowAt(100, 40)];
    windows.push(...Array.from({ length: 20 }, (_, i) => windowAt(101 + i)));
    expect(run(new Sentinel(), windows).flatMap((t) => t.detections)).toEqual([]);
  });

  it('clears what was active across a long gap, and starts afresh after it', () => {
    const sentinel = new Sentinel();
    run(
      sentinel,
      Array.from({ length: 100 }, (_, i) => windowAt(i)),
    );
    run(
      sentinel,
      Array.from({ length: 10 }, (_, i) => windowAt(100 + i, 100)),
    );
    expect(sentinel.tick(windowAt(110, 100)).active).toHaveLength(1);
    const afterGap = sentinel.tick(windowAt(111, 100, T0 + 111 * 250 + 600_000));
    expect(afterGap.detections.map((d) => d.state)).toEqual(['cleared']);
    expect(afterGap.active).toEqual([]);
    const next = sentinel.tick(windowAt(112, 100, T0 + 112 * 250 + 600_000));
    expect(next.active.map((d) => d.startedAt)).toEqual([T0 + 111 * 250 + 600_000]);
  });

  it('never moves a detection back in time when the clock steps back', () => {
    const sentinel = new Sentinel();
    run(
      sentinel,
      Array.from({ length: 100 }, (_, i) => windowAt(i)),
    );
    const seen: Detection[] = [];
    for (let i = 100; i < 120; i++) {
      const start = T0 + i * 250 - (i >= 110 ? 5_000 : 0);
      seen.push(...sentinel.tick(windowAt(i, 100, start)).detections);
    }
    expect(new Set(seen.map((d) => d.id)).size).toBe(1);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i].lastSeenAt).toBeGreaterThanOrEqual(seen[i - 1].lastSeenAt);
  });

  it('takes garbage windows without throwing or reporting', () => {
    const sentinel = new Sentinel();
    const broken = [
      quietWindow(T0),
      { ...quietWindow(T0 + 250), end: T0 + 250 },
      { ...quietWindow(T0 + 500), end: T0 },
      { ...quietWindow(T0 + 750), start: Number.NaN, end: Number.NaN },
      { ...quietWindow(T0 + 1000), requests: -5, distinctSources: Number.POSITIVE_INFINITY },
      {
        ...quietWindow(T0 + 1250),
        topSources: undefined,
        paths: undefined,
        slow: undefined,
        logins: undefined,
      },
    ] as unknown as WindowSnapshot[];
    for (const w of broken) expect(sentinel.tick(w)).toEqual({ detections: [], active: [] });
  });

  it('is deterministic: the same windows give the same detections', () => {
    const windows = generateWindows(SCENARIOS['distributed-flood-fingerprint']);
    expect(run(new Sentinel(), windows)).toEqual(run(new Sentinel(), windows));
  });

  it('takes overrides section by section', () => {
    const sentinel = new Sentinel({
      httpFlood: { sourceRateFloor: 1000, sustainedSourceFloor: 1000 },
      lifecycle: { clearAfterWindows: 2 },
    });
    expect(sentinel.config.httpFlood.sourceRateFloor).toBe(1000);
    expect(sentinel.config.httpFlood.prefixRateFloor).toBe(100);
    expect(sentinel.config.lifecycle.confirmWindows['http-flood']).toBe(2);
    const windows = [
      ...Array.from({ length: 100 }, (_, i) => windowAt(i)),
      ...Array.from({ length: 10 }, (_, i) => windowAt(100 + i, 100)),
    ];
    // Under the raised address floors, the same flood is blamed on its prefix.
    const targets = run(sentinel, windows).flatMap((t) => t.detections.flatMap((d) => d.targets));
    expect(new Set(targets.map((t) => `${t.scope}:${t.value}`))).toEqual(new Set(['cidr:198.51.100.0/24']));
  });

  it('costs the same with a million sources seen: a tick reads only counters and top-k lists', () => {
    // The tally summarises any number of sources into counters and k-entry lists, so a tick's work is
    // bounded by k and the per-key baseline caps; this checks the budget (≤ 5 ms) with k = 32.
    const k = 32;
    const windowOfMillion = (i: number): WindowSnapshot => {
      const w = quietWindow(T0 + i * 250);
      w.requests = 250_000;
      w.distinctSources = 1_000_000;
      w.newSources = 200_000;
      w.newSourceRequests = 50_000;
      const list = (prefix: string) =>
        Array.from({ length: k }, (_, j) => ({ key: `${prefix}${(i * 7 + j) % 251}`, count: 1000 - j }));
      w.topSources = list('100.64.0.');
      w.topPrefixes = list('100.65.').map((x) => ({ ...x, key: `${x.key}.0/24` }));
      w.topFingerprints = list('fp');
      w.paths = Array.from({ length: k }, (_, j) => ({
        path: `/p${(i + j) % 300}`,
        kind: 'browser' as const,
        requests: 5000,
        withQuery: 5000,
        distinctQueries: 4900,
        distinctSources: 4000,
      }));
      w.logins = {
        failures: 500,
        successes: 10,
        topSources: list('100.66.0.'),
        topPrefixes: [],
        distinctSources: 400,
      };
      w.slow = { ...w.slow, closed: 100, pending: 5000, pendingTopSources: list('100.67.0.') };
      w.outcomes = {
        ...w.outcomes,
        status2xx: 200_000,
        status5xx: 100,
        latencyCount: 200_000,
        latencyP99Ms: 300,
      };
      return w;
    };
    const sentinel = new Sentinel();
    const windows = Array.from({ length: 400 }, (_, i) => windowOfMillion(i));
    run(sentinel, windows.slice(0, 100));
    const started = performance.now();
    run(sentinel, windows.slice(100));
    const perTick = (performance.now() - started) / 300;
    expect(perTick).toBeLessThan(5);
  });
});
