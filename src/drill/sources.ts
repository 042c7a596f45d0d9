// Source addresses for drill clients: distinct loopback addresses 127.<range>.x.y, one range per kind
// of traffic, so the gateway sees (and can act on) each as its own client. Linux routes all of 127/8
// to the loopback interface, so a client can bind any of them.

import type { DrillTarget } from './target.js';

/** Second octet of each traffic kind's range. */
export const SOURCE_RANGES = {
  'distributed-flood': 1,
  legit: 3,
  'cache-bypass': 4,
  'credential-stuffing': 5,
  slowloris: 6,
  'slow-post': 7,
  'h2-rapid-reset': 8,
  'http-flood': 10,
} as const;

/** Hosts in one range: x in 0..255, y in 1..254. */
export const MAX_SOURCES = 256 * 254;

/**
 * `count` addresses 127.<range>.x.y starting at host `first` (0-based), or [undefined] for an IPv6
 * target: ::1 is the only IPv6 loopback address, so every client shares it and binds nothing.
 */
export function loopbackSources(
  target: DrillTarget,
  range: number,
  count: number,
  first = 0,
): (string | undefined)[] {
  if (target.family === 6) return [undefined];
  if (!Number.isInteger(count) || count < 1 || first + count > MAX_SOURCES) {
    throw new RangeError(`sources: expected 1 to ${MAX_SOURCES - first} addresses, found ${count}`);
  }
  const out: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const n = first + i;
    out[i] = `127.${range}.${Math.floor(n / 254)}.${(n % 254) + 1}`;
  }
  return out;
}
