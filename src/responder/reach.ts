// What reaches the origin: the requests the edge let through in one window from clients not in good
// standing (no pass, no standing), per route and per source. The responder's closed loop reads a window
// every tick and measures an attack's residual from it: what of the attack's signature (its route, its
// targets, or all unknown traffic) still gets through, against the baseline. Bounded per window: at
// most MAX_ROUTES routes and MAX_SOURCES sources are told apart, the rest only counted.

import { type ParsedCidr, parseCidr, prefixesOverlap } from '../net/ip.js';
import type { Detection } from '../sentinel/detection.js';

/** Who a request that reached the origin came from. */
export interface Reacher {
  address: string;
  prefix: string;
  fingerprint: string;
  route: string;
}

export interface ReachedSource extends Reacher {
  /** Requests in the window (its route and fingerprint are those of its latest). */
  count: number;
}

export interface ReachWindow {
  start: number;
  end: number;
  /** Requests from clients not in good standing, all routes. */
  total: number;
  /** The same by route. */
  routes: Map<string, number>;
  /** The same by source, busiest first; at most MAX_SOURCES of them. */
  sources: ReachedSource[];
}

const MAX_ROUTES = 512;
const MAX_SOURCES = 16_384;

export class Reach {
  private start: number;
  private total = 0;
  private routes = new Map<string, number>();
  private sources = new Map<string, ReachedSource>();

  constructor(private readonly now: () => number) {
    this.start = now();
  }

  /** A request let through to the origin from a client not in good standing. */
  passed(who: Reacher): void {
    this.total++;
    const routed = this.routes.get(who.route);
    if (routed !== undefined) this.routes.set(who.route, routed + 1);
    else if (this.routes.size < MAX_ROUTES) this.routes.set(who.route, 1);
    const source = this.sources.get(who.address);
    if (source !== undefined) {
      source.count++;
      source.route = who.route;
      source.fingerprint = who.fingerprint;
    } else if (this.sources.size < MAX_SOURCES) {
      // the four fields by name: `who` is the edge's whole client (cookie, user agent…), and copying it
      // by spread cost ten times the rest of the count
      const { address, prefix, fingerprint, route } = who;
      this.sources.set(address, { address, prefix, fingerprint, route, count: 1 });
    }
  }

  /** Adds a window counted elsewhere (a gateway worker's) into the current one, within the same bounds. */
  absorb(window: ReachWindow): void {
    this.total += window.total;
    for (const [route, count] of window.routes) {
      const routed = this.routes.get(route);
      if (routed !== undefined) this.routes.set(route, routed + count);
      else if (this.routes.size < MAX_ROUTES) this.routes.set(route, count);
    }
    for (const source of window.sources) {
      const known = this.sources.get(source.address);
      if (known !== undefined) known.count += source.count;
      else if (this.sources.size < MAX_SOURCES) this.sources.set(source.address, { ...source });
    }
  }

  /** Ends the window and starts the next. */
  rotate(): ReachWindow {
    const end = this.now();
    const sources = [...this.sources.values()].sort((a, b) => b.count - a.count);
    const window = { start: this.start, end, total: this.total, routes: this.routes, sources };
    this.start = end;
    this.total = 0;
    this.routes = new Map();
    this.sources = new Map();
    return window;
  }
}

/** An attack's residual: what of its signature reaches the origin, and the most that counts as normal. */
export interface Residual {
  /** Requests per second. */
  rate: number;
  ceiling: number;
  /** The window measured, in seconds. */
  seconds: number;
  /** The sources of the signature that reached the origin, busiest first. */
  sources: ReachedSource[];
}

/** Twice the baseline of the signature, plus this many requests per second, is still normal. */
export const RESIDUAL_MARGIN = 2;
export const RESIDUAL_FLOOR = 5;

/** Kinds whose attack is measured by what reaches the origin (request floods). */
const MEASURED = new Set<Detection['kind']>(['http-flood', 'distributed-flood', 'cache-bypass']);

/**
 * The residual of a request flood in this window: requests from clients not in good standing on its
 * route (a route's flood), or from its targets (a named flood), or all of them (a spread flood), against
 * RESIDUAL_MARGIN times its baseline plus RESIDUAL_FLOOR. A distributed flood's baseline is the whole
 * site's normal rate, so it is measured on all of them too, whatever it names: the keys it names first
 * are those that held most of its excess, and a tool with more fingerprints (or prefixes) than that
 * sends the rest past them. Undefined for other kinds of detection.
 */
export function residualOf(detection: Detection, window: ReachWindow): Residual | undefined {
  if (!MEASURED.has(detection.kind)) return undefined;
  const seconds = Math.max(0.001, (window.end - window.start) / 1000);
  const spread = detection.kind === 'distributed-flood';
  const sources = spread ? window.sources : window.sources.filter(signatureOf(detection));
  const count = spread
    ? window.total
    : detection.path !== undefined
      ? (window.routes.get(detection.path) ?? 0)
      : detection.targets.length > 0
        ? sources.reduce((sum, s) => sum + s.count, 0)
        : window.total;
  return {
    rate: count / seconds,
    ceiling: RESIDUAL_MARGIN * detection.evidence.baselineRate + RESIDUAL_FLOOR,
    seconds,
    sources,
  };
}

/** Whether a source sends a flood's signature: its route, or one of the keys it names. */
export function signatureOf(detection: Pick<Detection, 'path' | 'targets'>): (source: Reacher) => boolean {
  const { path, targets } = detection;
  if (path !== undefined) return (s) => s.route === path;
  if (targets.length === 0) return () => true;
  const addresses = new Set<string>();
  const fingerprints = new Set<string>();
  const prefixes = new Set<string>();
  const ranges: ParsedCidr[] = [];
  for (const t of targets) {
    if (t.scope === 'ip') addresses.add(t.value);
    else if (t.scope === 'fingerprint') fingerprints.add(t.value);
    else {
      prefixes.add(t.value);
      const range = parseCidr(t.value);
      if (range !== null) ranges.push(range);
    }
  }
  const inRange = (address: string) => {
    const at = parseCidr(address);
    return at !== null && ranges.some((range) => prefixesOverlap(range, at));
  };
  return (s) =>
    addresses.has(s.address) ||
    fingerprints.has(s.fingerprint) ||
    prefixes.has(s.prefix) ||
    (ranges.length > 0 && inRange(s.address));
}
