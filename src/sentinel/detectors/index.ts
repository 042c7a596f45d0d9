// The detector registry: every detector's module record, in the order the sentinel runs them. The
// kinds' labels, attack patterns, confirm windows, learning rule and starting rungs are all read from
// here, so a detector is added by writing its module, listing it below and naming its kind in
// DETECTION_KINDS (detection.ts); forgetting either of the last two does not compile.

import type { DetectionKind } from '../detection.js';
import { cacheBypass } from './cache-bypass.js';
import { credentialStuffing } from './credential-stuffing.js';
import { distributedFlood } from './distributed-flood.js';
import { httpFlood } from './http-flood.js';
import type { DetectorModule } from './module.js';
import { originDistress } from './origin-distress.js';
import { slowClients } from './slow-clients.js';

export type { Detector, DetectorModule } from './module.js';

export const DETECTORS = [
  httpFlood,
  distributedFlood,
  cacheBypass,
  slowClients,
  credentialStuffing,
  originDistress,
] as const;

/** Compile-time check: every kind named in detection.ts has a module here (the reverse holds by the
 * module type's constraint). */
const everyKindRegistered: [DetectionKind] extends [(typeof DETECTORS)[number]['kind']] ? true : never = true;
void everyKindRegistered;

const BY_KIND = new Map<DetectionKind, DetectorModule>(DETECTORS.map((d) => [d.kind, d]));

/** The module of a kind. */
export function detectorOf(kind: DetectionKind): DetectorModule {
  return BY_KIND.get(kind) as DetectorModule;
}

/** One value per kind, read from each kind's module. */
export function perKind<T>(read: (module: DetectorModule) => T): Record<DetectionKind, T> {
  return Object.fromEntries(DETECTORS.map((d) => [d.kind, read(d)])) as Record<DetectionKind, T>;
}
