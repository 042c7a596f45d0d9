// What the sentinel reports: a Finding is one window's verdict of one detector; a Detection is an attack
// followed across windows (stable id, active until quiet), which the responder and incidents consume.

import type { KeyCount } from './window.js';

/**
 * The kinds' names, for those who must not load the detectors (the console, the API's schemas). Each
 * has exactly one module in the registry (detectors/index.ts), which holds everything else about it; a
 * name without a module, or a module whose name is not here, does not compile.
 */
export const DETECTION_KINDS = [
  'http-flood',
  'distributed-flood',
  'cache-bypass',
  'slow-clients',
  'credential-stuffing',
  'origin-distress',
] as const;
export type DetectionKind = (typeof DETECTION_KINDS)[number];

/**
 * The strongest answer the responder may give to a detection's targets (or, with no targets, to its
 * path): `observe` records only. A detector lowers it when legitimate clients could be among the targets.
 */
export const RESPONSE_CEILINGS = ['observe', 'throttle', 'challenge', 'block'] as const;
export type ResponseCeiling = (typeof RESPONSE_CEILINGS)[number];

export interface DetectionTarget {
  scope: 'ip' | 'cidr' | 'fingerprint';
  value: string;
  /** Share of the window's relevant requests (all requests, login failures or slow connections). */
  share: number;
  /** Requests (or failures, or slow connections) per second; for pending connections, the count. */
  rate: number;
}

export interface Evidence {
  windowMs: number;
  observedRate: number;
  baselineRate: number;
  /** Keys carry their scope: `ip:…`, `cidr:…`, `fingerprint:…`, `path:…`. */
  topKeys: (KeyCount & { share: number })[];
  /** One sentence a person reads on the console. */
  summary: string;
  /**
   * For a request flood under the responder's closed loop: what of its signature still reached the
   * origin in the latest window (requests per second), and the most that counts as normal. The attack is
   * mitigated while `rate` stays at or under `ceiling`.
   */
  residual?: { rate: number; ceiling: number };
}

/** One detector's verdict on one window. */
export interface Finding {
  kind: DetectionKind;
  /** Findings with the same key in consecutive windows are the same attack. */
  key: string;
  path?: string;
  routeKind?: 'api' | 'browser';
  targets: DetectionTarget[];
  maxAction: ResponseCeiling;
  evidence: Evidence;
}

export interface Detection {
  /** `${kind}:${path ?? '*'}:${startedAt}`: stable while the same attack continues. */
  id: string;
  kind: DetectionKind;
  /** Start of the first window that showed it, and end of the latest one; ms since the epoch. */
  startedAt: number;
  lastSeenAt: number;
  /** Cleared after a run of quiet windows (config `lifecycle.clearAfterWindows`). */
  state: 'active' | 'cleared';
  path?: string;
  routeKind?: 'api' | 'browser';
  /** What the responder should act on, from the latest window that showed the attack at its ceiling;
   * empty when there is nothing to name (origin distress, spread attacks) and always with `observe`. */
  targets: DetectionTarget[];
  /** The strongest ceiling any window of this detection allowed (it never drops while active). */
  maxAction: ResponseCeiling;
  evidence: Evidence;
}

/** Orders ceilings: observe < throttle < challenge < block. */
export function ceilingRank(ceiling: ResponseCeiling): number {
  return RESPONSE_CEILINGS.indexOf(ceiling);
}
