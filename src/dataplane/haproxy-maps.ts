// What HAProxy's maps hold for a set of decisions: one map per action, keyed by address or CIDR, so that
// HAProxy's ACLs apply Breakwater's precedence (allow, then block, then challenge, then throttle) and
// map_ip's longest-prefix match picks the most specific throttle. Fingerprint decisions are not carried.
// HAProxy's maps know no paths: a decision on one route (but an allow entry) puts its address or prefix
// in the challenge map, which hands those clients to Breakwater's gateway on every path, where the
// decision is applied on its route only and their other requests go on to the origin. An allow entry
// on one route is not carried.

import { join } from 'node:path';
import type { Decision } from '../responder/decision.js';

export const MAP_NAMES = ['allow', 'block', 'challenge', 'throttle', 'throttle-key'] as const;
export type MapName = (typeof MAP_NAMES)[number];

/** Each map's entries: key (address or CIDR) → value. */
export type MapContents = Record<MapName, Map<string, string>>;

/** HAProxy counts a throttled key's requests over this period (`http_req_rate(10s)` in the snippet). */
export const THROTTLE_PERIOD_SECONDS = 10;

/** A map's file, as HAProxy's configuration and runtime API name it. */
export function mapFile(mapsDir: string, map: MapName): string {
  return join(mapsDir, `${map}.map`);
}

export function emptyMaps(): MapContents {
  return {
    allow: new Map(),
    block: new Map(),
    challenge: new Map(),
    throttle: new Map(),
    'throttle-key': new Map(),
  };
}

/**
 * Requests a throttled key may send in one period: a token bucket of `rate` per second and `burst` lets
 * through at most rate × period + burst in any period, which is the limit HAProxy's rate counter holds.
 */
export function throttleLimit(decision: Decision): number {
  const { rate, burst } = decision.throttle ?? { rate: 1, burst: 0 };
  return Math.max(1, Math.ceil(rate * THROTTLE_PERIOD_SECONDS + burst));
}

/**
 * The maps for `decisions`. Two decisions of one action on one key: a throttle keeps the lower limit.
 * A throttle's key map names the decision's own value, so that every address of a throttled prefix
 * shares one counter, as the prefix's one budget in the gateway.
 */
export function mapsFor(decisions: Iterable<Decision>): MapContents {
  const maps = emptyMaps();
  for (const decision of decisions) {
    if (decision.scope === 'fingerprint') continue;
    const key = decision.value;
    if (decision.route !== undefined) {
      if (decision.action !== 'allow') maps.challenge.set(key, '1');
      continue;
    }
    if (decision.action !== 'throttle') {
      maps[decision.action].set(key, '1');
      continue;
    }
    const limit = throttleLimit(decision);
    const held = maps.throttle.get(key);
    if (held === undefined || Number(held) > limit) maps.throttle.set(key, String(limit));
    maps['throttle-key'].set(key, key);
  }
  return maps;
}

/** One change to bring a map from what HAProxy holds to what it should: a value to set, or a key to drop. */
export interface MapEdit {
  map: MapName;
  key: string;
  /** Undefined: the key is removed. */
  value?: string;
}

/** The edits that turn `held` into `wanted`. */
export function mapEdits(held: MapContents, wanted: MapContents): MapEdit[] {
  const edits: MapEdit[] = [];
  for (const map of MAP_NAMES) {
    for (const [key, value] of wanted[map]) {
      if (held[map].get(key) !== value) edits.push({ map, key, value });
    }
    for (const key of held[map].keys()) {
      if (!wanted[map].has(key)) edits.push({ map, key });
    }
  }
  return edits;
}
