// Origin distress: the origin's 5xx and connection-error share, or its p99 latency, far above normal.
// Nothing to target: the responder sheds and prioritises. Other detectors read the health check too.

import type { BaselineView } from '../baselines.js';
import type { Finding } from '../detection.js';
import type { WindowSnapshot } from '../window.js';
import { CAPEC } from './capec.js';
import type { SentinelConfig } from './config.js';
import { count, fixed, percent, round, share, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';

export interface OriginHealth {
  answers: number;
  errors: number;
  errorShare: number;
  errorThreshold: number;
  latencyP99Ms: number;
  latencyThresholdMs: number;
  failing: boolean;
  slow: boolean;
}

/** How the origin answered in this window, against its thresholds. */
export function originHealth(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): OriginHealth {
  const c = config.originDistress;
  const o = snapshot.outcomes;
  const errors = count(o?.status5xx) + count(o?.originErrors);
  const answers = count(o?.status2xx) + count(o?.status3xx) + count(o?.status4xx) + errors;
  const errorShare = share(errors, answers);
  const errorThreshold = Math.max(c.errorShareFloor, c.errorShareMultiple * baselines.errorShare);
  const latencyP99Ms = count(o?.latencyP99Ms);
  const latencyThresholdMs = Math.max(c.latencyP99FloorMs, c.latencyMultiple * baselines.latencyP99Ms);
  return {
    answers,
    errors,
    errorShare,
    errorThreshold,
    latencyP99Ms,
    latencyThresholdMs,
    failing: answers >= c.minOutcomes && errors >= c.minErrors && errorShare > errorThreshold,
    slow: count(o?.latencyCount) >= c.minOutcomes && latencyP99Ms > latencyThresholdMs,
  };
}

export function detectOriginDistress(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): Finding[] {
  const h = originHealth(snapshot, baselines, config);
  if (!h.failing && !h.slow) return [];
  const windowMs = windowLength(snapshot, config);
  const seconds = windowMs / 1000;
  const parts: string[] = [];
  if (h.failing)
    parts.push(`answered ${percent(h.errorShare)} with errors (normally ${percent(baselines.errorShare)})`);
  if (h.slow)
    parts.push(`p99 latency is ${fixed(h.latencyP99Ms)} ms (normally ${fixed(baselines.latencyP99Ms)} ms)`);
  return [
    {
      kind: 'origin-distress',
      key: 'origin-distress',
      targets: [],
      maxAction: 'throttle',
      evidence: {
        windowMs,
        observedRate: round(h.errors / seconds),
        baselineRate: round((baselines.errorShare * h.answers) / seconds),
        topKeys: [],
        summary: `The origin ${parts.join(' and ')}.`,
      },
    },
  ];
}

export const originDistress: DetectorModule<'origin-distress'> = {
  kind: 'origin-distress',
  detect: detectOriginDistress,
  confirmWindows: 2,
  label: 'Origin distress',
  attackPattern: {
    name: 'Origin exhaustion',
    description: 'Traffic drives the origin into errors and slow answers, exhausting its capacity.',
    capec: [CAPEC.flooding],
  },
  unlearning: () => ({ outcomes: 'freeze' }),
  excludesTargets: false,
  startingRung: 'challenge',
};
