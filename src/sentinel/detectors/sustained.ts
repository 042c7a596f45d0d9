// Sources that keep sending: each source's least rate over each of the last few seconds, read from the
// windows' top lists. A page load's burst (tens of requests within a second) fills one or two of those
// seconds and leaves the next one empty; a flooding address fills every one of them. The http-flood
// detector's sustained floor reads it, and the baselines learn from it how steady the site's own
// heaviest client is.

import type { KeyCount, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import { count, keys, windowLength } from './measure.js';

export interface SustainedSources {
  /** Seconds the span covers; 0 until enough windows have been seen. */
  seconds: number;
  /** Per source, the least rate (requests per second) it sent in each second of the span, busiest first;
   * only sources present in every second. */
  sources: { key: string; rate: number }[];
}

export const NO_SUSTAINED: SustainedSources = { seconds: 0, sources: [] };

interface Held {
  ms: number;
  top: readonly KeyCount[];
}

export class SustainedRates {
  private readonly windows: Held[] = [];

  constructor(private readonly config: SentinelConfig) {}

  /** Adds the newest window and returns the sources sustained over the latest `window.sustainViews` seconds. */
  push(snapshot: WindowSnapshot): SustainedSources {
    const { viewWindows, sustainViews } = this.config.window;
    this.windows.push({ ms: windowLength(snapshot, this.config), top: keys(snapshot.topSources) });
    while (this.windows.length > viewWindows * sustainViews) this.windows.shift();
    if (this.windows.length < viewWindows * sustainViews) return NO_SUSTAINED;

    let least: Map<string, number> | undefined;
    let seconds = 0;
    for (let start = 0; start < this.windows.length; start += viewWindows) {
      const span = this.windows.slice(start, start + viewWindows);
      const spanSeconds = span.reduce((sum, w) => sum + w.ms, 0) / 1000;
      seconds += spanSeconds;
      const counts = new Map<string, number>();
      for (const w of span)
        for (const k of w.top) counts.set(k.key, (counts.get(k.key) ?? 0) + count(k.count));
      const next = new Map<string, number>();
      for (const [key, c] of counts) {
        const rate = c / spanSeconds;
        if (least === undefined) next.set(key, rate);
        else if (least.has(key)) next.set(key, Math.min(rate, least.get(key) as number));
      }
      least = next;
    }
    const sources = [...(least ?? [])]
      .map(([key, rate]) => ({ key, rate }))
      .sort((a, b) => b.rate - a.rate || (a.key < b.key ? -1 : 1));
    return { seconds, sources };
  }

  /** Forgets the windows seen so far (after a gap they describe another time). */
  reset(): void {
    this.windows.length = 0;
  }
}
