// What each kind of detection is, as a STIX attack pattern: a name, one sentence, and the CAPEC entries
// that describe it, as each detector's module states them; and a CAPEC entry as a STIX reference.

import type { DetectionKind } from '../../sentinel/detection.js';
import { perKind } from '../../sentinel/detectors/index.js';
import type { AttackPatternFacts, Capec } from '../../sentinel/detectors/module.js';

/** Each kind's attack pattern, from its detector module. */
export const ATTACK_PATTERNS: Record<DetectionKind, AttackPatternFacts> = perKind(
  (detector) => detector.attackPattern,
);

export function capecReference(capec: Capec) {
  return {
    source_name: 'capec',
    external_id: `CAPEC-${capec.id}`,
    description: capec.name,
    url: `https://capec.mitre.org/data/definitions/${capec.id}.html`,
  };
}
