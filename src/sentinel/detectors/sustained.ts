// Sources and prefixes that keep sending: each one's least rate over each of the last few seconds, read
// from the windows' top lists. A page load's burst (tens of requests within a second) fills one or two of
// those seconds and leaves the next one empty; a flooding address, or a /24 of flooding addresses, fills
// every one of them. The http-flood detector's sustained floors read it, and the baselines learn from it
// how steady the site's own heaviest client is.

import type { KeyCount, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import { count, keys, windowLength } from './measure.js';

/** A key's least rate (requests per second) over each second of the span. */
export interface SustainedRate {
  key: string;
  rate: number;
}

export interface SustainedSources {
  /** Seconds the span covers; 0 until enough windows have been seen. */
  seconds: number;
  /** Per source, the least rate it sent in each second of the span, busiest first; only sources present
   * in every second. */
  sources: SustainedRate[];
  /** The same per prefix (/24, /48). */
  prefixes: SustainedRate[];
}

export const NO_SUSTAINED: SustainedSources = { seconds: 0, sources: [], prefixes: [] };

interface Held {
  ms: number;
  sources: readonly KeyCount[];
  prefixes: readonly KeyCount[];
}

export class SustainedRates {
  private readonly windows: Held[] = [];

  constructor(private readonly config: SentinelConfig) {}

  /** Adds the newest window and returns the keys sustained over the latest `window.sustainViews` seconds. */
  push(snapshot: WindowSnapshot): SustainedSources {
    const { viewWindows, sustainViews } = this.config.window;
    this.windows.push({
      ms: windowLength(snapshot, this.config),
      sources: keys(snapshot.topSources),
      prefixes: keys(snapshot.topPrefixes),
    });
    while (this.windows.length > viewWindows * sustainViews) this.windows.shift();
    if (this.windows.length < viewWindows * sustainViews) return NO_SUSTAINED;

    const spans: Held[][] = [];
    for (let start = 0; start < this.windows.length; start += viewWindows)
      spans.push(this.windows.slice(start, start + viewWindows));
    const seconds = spans.reduce((sum, span) => sum + spanSeconds(span), 0);
    return {
      seconds,
      sources: leastRates(spans, (w) => w.sources),
      prefixes: leastRates(spans, (w) => w.prefixes),
    };
  }

  /** Forgets the windows seen so far (after a gap they describe another time). */
  reset(): void {
    this.windows.length = 0;
  }
}

function spanSeconds(span: readonly Held[]): number {
  return span.reduce((sum, w) => sum + w.ms, 0) / 1000;
}

/** Per key present in every span, its least rate over the spans, busiest first. */
function leastRates(spans: readonly Held[][], list: (w: Held) => readonly KeyCount[]): SustainedRate[] {
  let least: Map<string, number> | undefined;
  for (const span of spans) {
    const seconds = spanSeconds(span);
    const counts = new Map<string, number>();
    for (const w of span)
      for (const k of list(w)) counts.set(k.key, (counts.get(k.key) ?? 0) + count(k.count));
    const next = new Map<string, number>();
    for (const [key, c] of counts) {
      const rate = c / seconds;
      if (least === undefined) next.set(key, rate);
      else if (least.has(key)) next.set(key, Math.min(rate, least.get(key) as number));
    }
    least = next;
  }
  return [...(least ?? [])]
    .map(([key, rate]) => ({ key, rate }))
    .sort((a, b) => b.rate - a.rate || (a.key < b.key ? -1 : 1));
}
