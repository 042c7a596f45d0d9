// A detector module must carry every part, and its kind must be named in DETECTION_KINDS: forgetting
// either fails to compile (`npm run typecheck`), so nothing about a detector is left for a reviewer to
// notice. The registry and the lists derived from it are checked at run time against the names.

import { describe, expect, expectTypeOf, it } from 'vitest';
import { KIND_LABELS } from '../../incidents/wording.js';
import { ATTACK_PATTERNS } from '../../intel/stix/attack-patterns.js';
import { DETECTION_KINDS, type DetectionKind } from '../detection.js';
import { defaultSentinelConfig } from './config.js';
import { DETECTORS, type DetectorModule } from './index.js';

const parts: Omit<DetectorModule<'http-flood'>, 'kind'> = {
  detect: () => [],
  confirmWindows: 2,
  label: 'Example',
  attackPattern: { name: 'Example', description: 'An example.', capec: [] },
  unlearning: () => ({}),
  excludesTargets: false,
  startingRung: 'lowest',
};

describe('a detector module', () => {
  it('is complete only with every part, and only for a registered kind', () => {
    const complete: DetectorModule<'http-flood'> = { kind: 'http-flood', ...parts };
    expect(complete.kind).toBe('http-flood');

    const { label: _label, ...withoutLabel } = parts;
    // @ts-expect-error the label is missing
    const noLabel: DetectorModule<'http-flood'> = { kind: 'http-flood', ...withoutLabel };
    const { unlearning: _unlearning, ...withoutUnlearning } = parts;
    // @ts-expect-error what the baselines must not learn is missing
    const noUnlearning: DetectorModule<'http-flood'> = { kind: 'http-flood', ...withoutUnlearning };
    const { startingRung: _rung, ...withoutRung } = parts;
    // @ts-expect-error the starting rung is missing
    const noRung: DetectorModule<'http-flood'> = { kind: 'http-flood', ...withoutRung };
    // @ts-expect-error a kind DETECTION_KINDS does not name
    const unregistered: DetectorModule<'ping-flood'> = { kind: 'ping-flood', ...parts };
    expect([noLabel, noUnlearning, noRung, unregistered]).toHaveLength(4);
  });

  it('has one module per named kind, in order, and gives each derived list every kind', () => {
    expectTypeOf<DetectionKind>().toEqualTypeOf<(typeof DETECTORS)[number]['kind']>();
    const kinds = DETECTORS.map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(DETECTION_KINDS).toEqual(kinds);
    for (const derived of [KIND_LABELS, ATTACK_PATTERNS, defaultSentinelConfig.lifecycle.confirmWindows])
      expect(Object.keys(derived).sort()).toEqual([...kinds].sort());
  });
});
