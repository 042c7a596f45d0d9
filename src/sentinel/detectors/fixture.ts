// Parts for the detectors' tests: requests added to a hand-built window, as the edge's tally would count
// them.
import type { KeyCount, WindowSnapshot } from '../window.js';

export const CHROME = 'c4r0me00';

/** Adds `n` requests from `source` (prefix: its /24) with `fingerprint` on `path` to the window. */
export function add(
  w: WindowSnapshot,
  source: string,
  n: number,
  fingerprint = CHROME,
  path = '/',
  isNew = false,
): void {
  const prefix = `${source.split('.').slice(0, 3).join('.')}.0/24`;
  const bump = (list: KeyCount[], key: string) => {
    const had = list.find((k) => k.key === key);
    if (had) had.count += n;
    else list.push({ key, count: n });
    list.sort((a, b) => b.count - a.count);
  };
  w.requests += n;
  w.byVerdict.allow += n;
  w.distinctSources += 1;
  if (isNew) {
    w.newSources += 1;
    w.newSourceRequests += n;
  }
  bump(w.topSources, source);
  bump(w.topPrefixes, prefix);
  bump(w.topFingerprints, fingerprint);
  let p = w.paths.find((x) => x.path === path);
  if (!p) {
    p = { path, kind: 'browser', requests: 0, withQuery: 0, distinctQueries: 0, distinctSources: 0 };
    w.paths.push(p);
  }
  p.requests += n;
  p.distinctSources += 1;
  w.outcomes.status2xx += n;
  w.outcomes.latencyCount += n;
  w.outcomes.latencyP50Ms = 30;
  w.outcomes.latencyP99Ms = 150;
}
