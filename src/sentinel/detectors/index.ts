// The detector registry: every detector's module record, in the order the sentinel runs them. The
// detection kinds, their labels, attack patterns, confirm windows, learning rule and starting rungs are
// all read from here, so a detector is added by writing its module and listing it below; a kind that is
// not listed does not exist, and its module does not compile.

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

/** Every kind of detection, in the registry's order. */
export const DETECTION_KINDS: readonly DetectionKind[] = DETECTORS.map((d) => d.kind);

const BY_KIND = new Map<DetectionKind, DetectorModule>(DETECTORS.map((d) => [d.kind, d]));

/** The module of a kind. */
export function detectorOf(kind: DetectionKind): DetectorModule {
  return BY_KIND.get(kind) as DetectorModule;
}

/** One value per kind, read from each kind's module. */
export function perKind<T>(read: (module: DetectorModule) => T): Record<DetectionKind, T> {
  return Object.fromEntries(DETECTORS.map((d) => [d.kind, read(d)])) as Record<DetectionKind, T>;
}
