// Credential stuffing: failed logins from one source or prefix above a floor, or failures from many
// sources far above normal while login attempts surge too (an auth outage fails logins without a surge).

import type { BaselineView } from '../baselines.js';
import type { DetectionTarget, Finding } from '../detection.js';
import type { WindowSnapshot } from '../window.js';
import { prefixContains } from './address.js';
import type { SentinelConfig } from './config.js';
import { concentration, excessByKey, sourcesWorth } from './excess.js';
import { count, fixed, keys, percent, round, share, target, topKeys, windowLength } from './measure.js';
import type { DetectorModule } from './module.js';

export function detectCredentialStuffing(
  snapshot: WindowSnapshot,
  baselines: BaselineView,
  config: SentinelConfig,
): Finding[] {
  const c = config.credentialStuffing;
  const l = snapshot.logins;
  if (!l) return [];
  const windowMs = windowLength(snapshot, config);
  const seconds = windowMs / 1000;
  const failures = count(l.failures);
  const failureRate = failures / seconds;
  const attemptRate = (failures + count(l.successes)) / seconds;

  const targets: DetectionTarget[] = [];
  for (const k of keys(l.topSources)) {
    const n = count(k.count);
    if (n >= c.minFailures && n / seconds >= c.sourceFailureRateFloor) {
      targets.push(target('ip', k.key, n / seconds, failureRate));
    }
  }
  for (const k of keys(l.topPrefixes)) {
    let n = count(k.count);
    for (const t of targets) if (t.scope === 'ip' && prefixContains(k.key, t.value)) n -= t.rate * seconds;
    if (n >= c.minFailures && n / seconds >= c.prefixFailureRateFloor) {
      targets.push(target('cidr', k.key, n / seconds, failureRate));
    }
  }

  const normal = baselines.loginFailureRate;
  const widespread =
    failureRate > Math.max(c.totalFailureRateFloor, c.baselineMultiple * normal) &&
    attemptRate > c.attemptMultiple * baselines.loginAttemptRate &&
    count(l.distinctSources) >= c.minDistinctSources;
  if (widespread && targets.length === 0) {
    const excess = failureRate - normal;
    const prefixes = concentration(
      excessByKey(keys(l.topPrefixes), seconds, () => 0, excess, normal, failureRate),
      {
        minShare: 0.05,
        minRate: Math.max(
          c.prefixFailureRateFloor / 2,
          sourcesWorth(4, failures, count(l.distinctSources), seconds),
        ),
        surprise: 0,
        burst: 1,
        seconds,
        needShare: c.prefixExcessShare,
        maxKeys: c.maxTargets,
      },
    );
    for (const p of prefixes ?? []) targets.push(target('cidr', p.key, p.rate, failureRate));
  }
  if (targets.length === 0 && !widespread) return [];

  const chosen = targets.sort((a, b) => b.rate - a.rate).slice(0, c.maxTargets);
  const who =
    chosen.length > 0
      ? `${chosen[0].value} leads with ${fixed(chosen[0].rate)}/s`
      : `${fixed(count(l.distinctSources))} sources share them, none standing out`;
  return [
    {
      kind: 'credential-stuffing',
      key: 'credential-stuffing',
      targets: chosen,
      maxAction: chosen.length > 0 ? 'block' : 'challenge',
      evidence: {
        windowMs,
        observedRate: round(failureRate),
        baselineRate: round(normal),
        topKeys: [
          ...topKeys('ip', l.topSources, failures, 3),
          ...topKeys('cidr', l.topPrefixes, failures, 2),
        ],
        summary: `${fixed(failureRate)} failed logins/s (normally ${fixed(normal)}, ${percent(share(failures, failures + count(l.successes)))} of attempts); ${who}.`,
      },
    },
  ];
}

export const credentialStuffing: DetectorModule<'credential-stuffing'> = {
  kind: 'credential-stuffing',
  detect: detectCredentialStuffing,
  confirmWindows: 2,
  label: 'Credential stuffing',
  attackPattern: {
    name: 'Credential stuffing',
    description: 'Automated logins try stolen username and password pairs against the login routes.',
    capec: [{ id: 600, name: 'Credential Stuffing' }],
  },
  unlearning: () => ({ logins: 'freeze' }),
  excludesTargets: false,
  startingRung: 'lowest',
};
