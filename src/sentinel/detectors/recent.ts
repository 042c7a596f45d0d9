// The recent view detectors read: the last few windows (for example 4 × 250 ms) merged into one, so a
// page load's burst or a single typo is not read as a rate, while a flood still shows in its first window.
// Counts and top lists add up; distinct counts add up too (an upper bound); gauges come from the latest.

import type { KeyCount, PathWindow, WindowSnapshot } from '../window.js';
import type { SentinelConfig } from './config.js';
import { count, keys, windowLength } from './measure.js';

export class RecentWindows {
  private readonly windows: WindowSnapshot[] = [];

  constructor(private readonly config: SentinelConfig) {}

  /** Adds the newest window and returns the view over the latest `window.viewWindows` windows. */
  push(snapshot: WindowSnapshot): WindowSnapshot {
    this.windows.push(snapshot);
    while (this.windows.length > this.config.window.viewWindows) this.windows.shift();
    return mergeWindows(this.windows, this.config);
  }

  /** Forgets the windows seen so far (after a gap they describe another time). */
  reset(): void {
    this.windows.length = 0;
  }
}

/** One window spanning `windows` (oldest first): its length is the sum of theirs, ending where the last ends. */
export function mergeWindows(windows: readonly WindowSnapshot[], config: SentinelConfig): WindowSnapshot {
  const last = windows[windows.length - 1];
  if (windows.length === 1) return last;
  const length = windows.reduce((sum, w) => sum + windowLength(w, config), 0);
  const end =
    Number.isFinite(last.end) && last.end > last.start ? last.end : last.start + windowLength(last, config);
  const sum = (read: (w: WindowSnapshot) => number | undefined) =>
    windows.reduce((s, w) => s + count(read(w)), 0);
  const latencyCount = sum((w) => w.outcomes?.latencyCount);
  const weighted = (read: (w: WindowSnapshot) => number | undefined) =>
    latencyCount > 0
      ? windows.reduce((s, w) => s + count(read(w)) * count(w.outcomes?.latencyCount), 0) / latencyCount
      : 0;
  const byVerdict = { ...last.byVerdict };
  for (const key of Object.keys(byVerdict) as (keyof typeof byVerdict)[])
    byVerdict[key] = sum((w) => w.byVerdict?.[key]);

  return {
    start: end - length,
    end,
    requests: sum((w) => w.requests),
    byVerdict,
    distinctSources: sum((w) => w.distinctSources),
    newSources: sum((w) => w.newSources),
    newSourceRequests: sum((w) => w.newSourceRequests),
    verifiedRequests: sum((w) => w.verifiedRequests),
    topSources: mergeTop(windows.map((w) => w.topSources)),
    topPrefixes: mergeTop(windows.map((w) => w.topPrefixes)),
    topFingerprints: mergeTop(windows.map((w) => w.topFingerprints)),
    paths: mergePaths(windows),
    outcomes: {
      status2xx: sum((w) => w.outcomes?.status2xx),
      status3xx: sum((w) => w.outcomes?.status3xx),
      status4xx: sum((w) => w.outcomes?.status4xx),
      status5xx: sum((w) => w.outcomes?.status5xx),
      originErrors: sum((w) => w.outcomes?.originErrors),
      latencyP50Ms: weighted((w) => w.outcomes?.latencyP50Ms),
      latencyP99Ms: weighted((w) => w.outcomes?.latencyP99Ms),
      latencyCount,
    },
    logins: {
      failures: sum((w) => w.logins?.failures),
      successes: sum((w) => w.logins?.successes),
      topSources: mergeTop(windows.map((w) => w.logins?.topSources)),
      topPrefixes: mergeTop(windows.map((w) => w.logins?.topPrefixes)),
      distinctSources: sum((w) => w.logins?.distinctSources),
    },
    slow: {
      closed: sum((w) => w.slow?.closed),
      topSources: mergeTop(windows.map((w) => w.slow?.topSources)),
      topPrefixes: mergeTop(windows.map((w) => w.slow?.topPrefixes)),
      pendingTopSources: [...keys(last.slow?.pendingTopSources)],
      pendingTopPrefixes: [...keys(last.slow?.pendingTopPrefixes)],
      pending: count(last.slow?.pending),
    },
  };
}

/** Top lists added up by key, busiest first, as long as the longest of them. */
function mergeTop(lists: readonly (readonly KeyCount[] | undefined)[]): KeyCount[] {
  const totals = new Map<string, number>();
  let longest = 0;
  for (const list of lists) {
    const l = keys(list);
    longest = Math.max(longest, l.length);
    for (const k of l) totals.set(k.key, (totals.get(k.key) ?? 0) + count(k.count));
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, longest)
    .map(([key, c]) => ({ key, count: c }));
}

function mergePaths(windows: readonly WindowSnapshot[]): PathWindow[] {
  const byPath = new Map<string, PathWindow>();
  let longest = 0;
  for (const w of windows) {
    const paths = Array.isArray(w.paths) ? w.paths : [];
    longest = Math.max(longest, paths.length);
    for (const p of paths) {
      const had = byPath.get(p.path);
      if (!had) {
        byPath.set(p.path, { ...p });
        continue;
      }
      if (count(p.requests) > had.requests) had.kind = p.kind;
      had.requests += count(p.requests);
      had.withQuery += count(p.withQuery);
      had.distinctQueries += count(p.distinctQueries);
      had.distinctSources += count(p.distinctSources);
    }
  }
  return [...byPath.values()].sort((a, b) => b.requests - a.requests).slice(0, longest);
}
