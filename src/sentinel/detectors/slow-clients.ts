// Slow clients (Slowloris, slow POST): a source or prefix holding many header-phase connections open, or
// getting many connections closed for slowness; or pending connections far above normal overall.

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding } from '../detection.js';
import type { KeyCount, WindowSnapshot } from '../window.js';
import { prefixContains } from './address.js';
import type { SentinelConfig } from './config.js';
import { count, fixed, keys, round, target, topKeys, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';

export function detectSlowClients(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): Finding[] {
  const c = config.slowClients;
  const s = snapshot.slow;
  if (!s) return [];
  const windowMs = windowLength(snapshot, config);
  const seconds = windowMs / 1000;
  const pending = count(s.pending);
  const closed = count(s.closed);

  const found = new Map<string, DetectionTarget>();
  const add = (t: DetectionTarget) => {
    const key = `${t.scope}:${t.value}`;
    const had = found.get(key);
    if (!had || had.share < t.share) found.set(key, t);
  };
  // Pending connections are a gauge: a target's `rate` is the number held open.
  const pendingFloors = { source: c.pendingSourceFloor, prefix: c.pendingPrefixFloor, count: 1 };
  for (const t of heavy(keys(s.pendingTopSources), keys(s.pendingTopPrefixes), 1, pending, pendingFloors))
    add(t);
  const closeFloors = { source: c.closeSourceRateFloor, prefix: c.closePrefixRateFloor, count: c.minCloses };
  for (const t of heavy(keys(s.topSources), keys(s.topPrefixes), seconds, closed / seconds, closeFloors))
    add(t);
  const targets = [...found.values()].sort((a, b) => b.share - a.share).slice(0, c.maxTargets);
  const pendingThreshold = Math.max(c.pendingTotalFloor, c.pendingMultiple * baselines.pending);
  if (targets.length === 0 && pending <= pendingThreshold) return [];

  const lead = targets[0];
  const who = lead
    ? `${lead.value} leads (${lead.scope === 'ip' ? 'address' : 'prefix'})`
    : 'no source or prefix stands out';
  return [
    {
      kind: 'slow-clients',
      key: 'slow-clients',
      targets,
      maxAction: targets.length > 0 ? 'block' : 'observe',
      evidence: {
        windowMs,
        observedRate: round(closed / seconds),
        baselineRate: round(baselines.slowCloseRate),
        topKeys: [
          ...topKeys('ip', s.pendingTopSources, pending, 3),
          ...topKeys('cidr', s.pendingTopPrefixes, pending, 2),
        ],
        summary: `${fixed(pending)} connections are stuck sending headers (normally ${fixed(baselines.pending)}) and ${fixed(closed / seconds)}/s were closed for slowness; ${who}.`,
      },
    },
  ];
}

/**
 * Sources whose count (at least `floors.count`) over `per` seconds reaches `floors.source`, and prefixes
 * whose count less their heavy sources' reaches `floors.prefix`; shares are of `total` (same unit).
 */
function heavy(
  sources: readonly KeyCount[],
  prefixes: readonly KeyCount[],
  per: number,
  total: number,
  floors: { source: number; prefix: number; count: number },
): DetectionTarget[] {
  const out: DetectionTarget[] = [];
  for (const k of sources) {
    const n = count(k.count);
    if (n >= floors.count && n / per >= floors.source) out.push(target('ip', k.key, n / per, total));
  }
  for (const k of prefixes) {
    let n = count(k.count);
    for (const t of out) if (t.scope === 'ip' && prefixContains(k.key, t.value)) n -= t.rate * per;
    if (n >= floors.count && n / per >= floors.prefix) out.push(target('cidr', k.key, n / per, total));
  }
  return out;
}

export const slowClients: DetectorModule<'slow-clients'> = {
  kind: 'slow-clients',
  detect: detectSlowClients,
  confirmWindows: 2,
  label: 'Slow-client attack',
  attackPattern: {
    name: 'Slow HTTP clients (Slowloris, slow POST)',
    description: 'Clients hold connections open by sending request heads or bodies very slowly.',
    capec: [
      { id: 469, name: 'HTTP DoS' },
      { id: 130, name: 'Excessive Allocation' },
    ],
  },
  unlearning: () => ({ slow: 'freeze' }),
  excludesTargets: false,
  // Slow connections are no browser's; nothing lower stops them holding sockets.
  startingRung: 'highest',
};
