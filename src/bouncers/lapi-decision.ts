// Our decisions in the shape of CrowdSec's Local API (`models.Decision`), which every CrowdSec bouncer
// reads: block → ban, challenge → captcha, throttle → throttle; allow entries and fingerprints have no
// LAPI form and are never handed out. Automatic prefix decisions and decisions on one route stay at the
// edge (see published()).
import { createHash } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import type { Action, Decision } from '../responder/decision.js';

export type LapiType = 'ban' | 'captcha' | 'throttle';
export type LapiScope = 'Ip' | 'Range';

export interface LapiDecision {
  /** Numeric, as bouncers parse it (int64); stable for one decision in one shape. */
  id: number;
  origin: string;
  type: LapiType;
  scope: LapiScope;
  value: string;
  /** Time left, written like Go's time.Duration: `3h59m58s`. */
  duration: string;
  scenario: string;
  simulated: boolean;
}

export const LAPI_ORIGIN = 'breakwater';

const TYPES: Partial<Record<Action, LapiType>> = { block: 'ban', challenge: 'captcha', throttle: 'throttle' };

/** What a decision that never expires is handed out as: a year, renewed at each bouncer's startup. */
export const PERMANENT_MS = 365 * 24 * 3600 * 1000;

/** The parts of a decision's LAPI form that do not change with time, worked out once per decision. */
const shapes = new WeakMap<Decision, Omit<LapiDecision, 'duration'> | null>();

function shapeOf(decision: Decision): Omit<LapiDecision, 'duration'> | null {
  let shape = shapes.get(decision);
  if (shape === undefined) {
    const type = TYPES[decision.action];
    shape =
      type === undefined || decision.scope === 'fingerprint'
        ? null
        : {
            id: lapiId(decision.id, type, decision.value),
            origin: LAPI_ORIGIN,
            type,
            scope: decision.scope === 'ip' ? 'Ip' : 'Range',
            value: decision.value,
            scenario: `breakwater/${scenarioOf(decision)}`,
            simulated: false,
          };
    shapes.set(decision, shape);
  }
  return shape;
}

/** The LAPI form of one decision at `now`, or null when it has none. */
export function toLapi(decision: Decision, now: number): LapiDecision | null {
  const shape = shapeOf(decision);
  if (shape === null) return null;
  const left = decision.expiresAt === null ? PERMANENT_MS : decision.expiresAt - now;
  if (left <= 0) return null;
  return { ...shape, duration: goDuration(left) };
}

/** Decisions worked through between two yields to the event loop, which the gateway shares. */
const CHUNK = 2000;

/**
 * The decisions bouncers are given. Left out, besides those with no LAPI form: any decision that covers
 * an allowlisted address (an allow entry wins here, a firewall cannot tell; an allow entry on one route
 * counts too, as a ban would close that route), automatic prefix decisions, which the edge applies with
 * the good-standing clients inside them carved out at judge time, and decisions on one route, which a
 * firewall, seeing no paths, would enforce on the whole site — neither is something a bouncer can do. Yields to the event loop every few thousand decisions, so that a pull
 * over a large table never holds up the gateway in the same process for long.
 */
export async function published(decisions: readonly Decision[], now: number): Promise<LapiDecision[]> {
  const allowed: Range[] = [];
  for (const d of decisions) {
    const range = d.action === 'allow' && d.scope !== 'fingerprint' ? asRange(d.value) : null;
    if (range !== null) allowed.push(range);
  }
  const out: LapiDecision[] = [];
  for (let i = 0; i < decisions.length; i++) {
    if (i > 0 && i % CHUNK === 0) await new Promise((resolve) => setImmediate(resolve));
    const lapi = handedOut(decisions[i], now);
    if (lapi === null) continue;
    if (allowed.length > 0) {
      const range = asRange(lapi.value);
      if (range !== null && allowed.some((allow) => rangesOverlap(allow, range))) continue;
    }
    out.push(lapi);
  }
  return out;
}

/** The LAPI form of a decision bouncers may be given, leaving allow entries to the caller; else null. */
export function handedOut(decision: Decision, now: number): LapiDecision | null {
  if (decision.scope === 'cidr' && decision.source === 'detector') return null;
  if (decision.route !== undefined) return null;
  return toLapi(decision, now);
}

/** Whole seconds, rounded up so a live decision never reads `0s`: `45s`, `2m5s`, `3h0m1s`. */
export function goDuration(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`;
  if (minutes > 0) return `${minutes}m${seconds}s`;
  return `${seconds}s`;
}

/** The detector's kind for an automatic decision, else where the decision came from. */
function scenarioOf(decision: Decision): string {
  if (decision.detectionId !== undefined) return decision.detectionId.split(':')[0];
  return decision.source;
}

/** A positive integer below 2^53 from the decision's id and shape, so a changed shape gets a new id. */
function lapiId(id: string, type: LapiType, value: string): number {
  const digest = createHash('sha256').update(`${id}\n${type}\n${value}`).digest();
  return digest.readUIntBE(0, 6) + 1;
}

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** True when the address or prefix `a` and the address or prefix `b` share an address. */
export function overlaps(a: string, b: string): boolean {
  const [ra, rb] = [asRange(a), asRange(b)];
  return ra !== null && rb !== null && rangesOverlap(ra, rb);
}

function rangesOverlap(a: Range, b: Range): boolean {
  if (a[0].kind() !== b[0].kind()) return false;
  const [wide, narrow] = a[1] <= b[1] ? [a, b] : [b, a];
  return narrow[0].match(wide);
}

function asRange(value: string): Range | null {
  try {
    if (value.includes('/')) return ipaddr.parseCIDR(value);
    const address = ipaddr.parse(value);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return null;
  }
}
