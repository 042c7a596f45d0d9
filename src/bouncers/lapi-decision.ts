// Our decisions in the shape of CrowdSec's Local API (`models.Decision`), which every CrowdSec bouncer
// reads: block → ban, challenge → captcha, throttle → throttle; allow entries and fingerprints have no
// LAPI form and are never handed out. Automatic prefix decisions stay at the edge (see published()).
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

/** The LAPI form of one decision at `now`, or null when it has none. */
export function toLapi(decision: Decision, now: number): LapiDecision | null {
  const type = TYPES[decision.action];
  if (type === undefined || decision.scope === 'fingerprint') return null;
  const scope: LapiScope = decision.scope === 'ip' ? 'Ip' : 'Range';
  const left = decision.expiresAt === null ? PERMANENT_MS : decision.expiresAt - now;
  if (left <= 0) return null;
  return {
    id: lapiId(decision.id, type, decision.value),
    origin: LAPI_ORIGIN,
    type,
    scope,
    value: decision.value,
    duration: goDuration(left),
    scenario: `breakwater/${scenarioOf(decision)}`,
    simulated: false,
  };
}

/**
 * The decisions bouncers are given. Left out, besides those with no LAPI form: any decision that covers
 * an allowlisted address (an allow entry wins here, a firewall cannot tell), and automatic prefix
 * decisions, which the edge applies with the good-standing clients inside them carved out at judge time
 * — something no bouncer can do.
 */
export function published(decisions: readonly Decision[], now: number): LapiDecision[] {
  const allowed = decisions.filter((d) => d.action === 'allow' && d.scope !== 'fingerprint');
  const out: LapiDecision[] = [];
  for (const decision of decisions) {
    if (decision.scope === 'cidr' && decision.source === 'detector') continue;
    if (allowed.some((allow) => overlaps(allow.value, decision.value))) continue;
    const lapi = toLapi(decision, now);
    if (lapi !== null) out.push(lapi);
  }
  return out;
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

/** True when the address or prefix `a` and the address or prefix `b` share an address. */
export function overlaps(a: string, b: string): boolean {
  const [ra, rb] = [asRange(a), asRange(b)];
  if (ra === null || rb === null || ra[0].kind() !== rb[0].kind()) return false;
  const [wide, narrow] = ra[1] <= rb[1] ? [ra, rb] : [rb, ra];
  return narrow[0].match(wide);
}

function asRange(value: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | null {
  try {
    if (value.includes('/')) return ipaddr.parseCIDR(value);
    const address = ipaddr.parse(value);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    return null;
  }
}
