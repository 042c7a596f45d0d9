// Tests for the recent view: windows add up, top lists merge by key, length survives a clock step back.
import { describe, expect, it } from 'vitest';
import { quietWindow } from '../cases/generate.js';
import { defaultSentinelConfig as config } from './config.js';
import { mergeWindows, RecentWindows } from './recent.js';

describe('RecentWindows', () => {
  it('merges the latest windows: counts and lists add up, gauges come from the newest', () => {
    const recent = new RecentWindows(config);
    let view = quietWindow(0);
    for (let i = 0; i < 6; i++) {
      const w = quietWindow(i * 250);
      w.requests = 10;
      w.topSources = [
        { key: i % 2 ? 'a' : 'b', count: 6 },
        { key: 'c', count: 4 },
      ];
      w.slow.pending = i;
      w.outcomes.latencyCount = 10;
      w.outcomes.latencyP99Ms = 100 * (i + 1);
      view = recent.push(w);
    }
    expect(view.requests).toBe(40);
    expect(view.end - view.start).toBe(1000);
    expect(view.topSources).toEqual([
      { key: 'c', count: 16 },
      { key: 'a', count: 12 },
    ]);
    expect(view.slow.pending).toBe(5);
    expect(view.outcomes.latencyP99Ms).toBe(450);
  });

  it('keeps the view one second long when the clock steps back inside it', () => {
    const a = quietWindow(10_000);
    const b = quietWindow(7_000);
    const view = mergeWindows([a, b], config);
    expect(view.end).toBe(7_250);
    expect(view.end - view.start).toBe(500);
  });
});
