// The responder: turns detections into decisions along the ladder, with TTLs that double for repeat
// offenders, escalation while an attack goes on, de-escalation when it clears, and allowlists that
// always win. Pure: detections and a clock in, decisions out.
//
// Escalation is kept twice: per target (one still named after `escalateAfterMs` climbs a rung) and per
// attack (a detection still going after `escalateAfterMs` climbs too, and the targets it names from then
// on start at its rung). The second answers source rotation: a flood that moves on to fresh addresses
// or prefixes before any of them is named twice would otherwise meet the first rung forever.

import type { Detection, DetectionTarget } from '../sentinel/detection.js';
import type { Decision, ThrottleRate } from './decision.js';
import { newDecisionId } from './decision-id.js';
import { type ParsedCidr, parseCidr, prefixesOverlap } from './ip.js';
import { atMost, climb, type Rung, rungRank, type Steps, stepsFor } from './ladder.js';

export interface ResponderConfig {
  /** Record what would be decided without enforcing it. */
  dryRun: boolean;
  /** First decision's lifetime; doubles for each repeat offence up to maxTtlMs. */
  baseTtlMs: number;
  maxTtlMs: number;
  /** A target still named after this long climbs one rung. */
  escalateAfterMs: number;
  /** Once a detection clears, its decisions end within this. */
  cooldownMs: number;
  /** Rate given to throttled targets. */
  throttle: ThrottleRate;
  /** Addresses and CIDRs never acted on (health checkers, partners, our own ranges). */
  allowlist: string[];
}

export const defaultResponderConfig: ResponderConfig = {
  dryRun: false,
  baseTtlMs: 10 * 60_000,
  maxTtlMs: 24 * 3_600_000,
  escalateAfterMs: 3_000,
  cooldownMs: 60_000,
  throttle: { rate: 5, burst: 10 },
  allowlist: [],
};

interface Engagement {
  decision: Decision;
  rung: Rung;
  since: number;
  /** Named for API traffic: it stays on the API ladder whatever else names it. */
  api: boolean;
}

/** How far an attack (one detection) has climbed, whatever targets it names. */
interface AttackRung {
  rung: Rung;
  since: number;
}

/** Remembered offences per target, bounded. */
const MAX_OFFENDERS = 100_000;
/** Attacks followed at once, bounded (a detection is forgotten when it clears). */
const MAX_ATTACKS = 1_000;

export class Responder {
  private readonly config: ResponderConfig;
  private readonly engaged = new Map<string, Engagement>();
  private readonly attacks = new Map<string, AttackRung>();
  private readonly offences = new Map<string, number>();
  private readonly allowed: ParsedCidr[] = [];

  constructor(
    config: Partial<ResponderConfig> = {},
    private readonly newId: () => string = newDecisionId,
  ) {
    this.config = { ...defaultResponderConfig, ...config };
    for (const range of this.config.allowlist) {
      const cidr = parseCidr(range);
      if (cidr === null) throw new RangeError(`responder allowlist: not an address or CIDR: ${range}`);
      this.allowed.push(cidr);
    }
  }

  get dryRun(): boolean {
    return this.config.dryRun;
  }

  /** Decisions to put in the table (new, escalated or shortened) for this tick's detections. */
  respond(detections: readonly Detection[], now: number): Decision[] {
    const out: Decision[] = [];
    for (const detection of detections) {
      if (detection.state === 'cleared') this.deescalate(detection, now, out);
      else for (const target of detection.targets) this.engage(detection, target, now, out);
    }
    return out;
  }

  /**
   * A block for a client the edge caught abusing the protocol itself (an HTTP/2 reset flood that comes
   * back after its connection was closed), unless allowlisted or already engaged.
   */
  abuse(address: string, what: string, now: number): Decision | undefined {
    const target: DetectionTarget = { scope: 'ip', value: address, share: 1, rate: 0 };
    const key = `ip:${address}`;
    const current = this.engaged.get(key);
    if (
      this.isAllowlisted(target) ||
      (current?.rung === 'block' && (current.decision.expiresAt ?? Infinity) > now)
    ) {
      return undefined;
    }
    const decision: Decision = {
      id: this.newId(),
      scope: 'ip',
      value: address,
      action: 'block',
      reason: `${what}: the client broke the protocol's limits`,
      source: 'detector',
      createdAt: now,
      expiresAt: now + this.ttlFor(key),
    };
    this.engaged.set(key, { decision, rung: 'block', since: now, api: false });
    return decision;
  }

  private engage(detection: Detection, target: DetectionTarget, now: number, out: Decision[]): void {
    if (this.isAllowlisted(target)) return;
    const key = `${target.scope}:${target.value}`;
    const engaged = this.engaged.get(key);
    const current =
      engaged !== undefined && (engaged.decision.expiresAt ?? Number.POSITIVE_INFINITY) > now
        ? engaged
        : undefined;
    // A target throttled for its API traffic and then named for browser traffic too (or the reverse)
    // climbs the API ladder: a challenge would loosen the limit on its API requests.
    const api = detection.routeKind === 'api' || current?.api === true;
    const steps = stepsFor(detection, target.scope, api ? 'api' : detection.routeKind);
    if (steps === undefined) return;
    const attack = this.attackRung(detection, steps, now);
    if (current !== undefined) {
      current.api = api;
      if (now - current.since < this.config.escalateAfterMs) return;
      const rung = climb(current.rung, steps);
      if (rung === current.rung) return;
      const { throttle: _previousRate, ...rest } = current.decision;
      const decision: Decision = {
        ...rest,
        ...this.actionFields(rung),
        reason: this.reason(detection, rung),
      };
      this.engaged.set(key, { decision, rung, since: now, api });
      out.push(decision);
      return;
    }
    const start = atMost(attack, steps);
    const ttl = this.ttlFor(key);
    const decision: Decision = {
      id: this.newId(),
      scope: target.scope,
      value: target.value,
      ...this.actionFields(start),
      reason: this.reason(detection, start),
      source: 'detector',
      createdAt: now,
      expiresAt: now + ttl,
      detectionId: detection.id,
    };
    this.engaged.set(key, { decision, rung: start, since: now, api });
    out.push(decision);
  }

  /**
   * The rung the attack stands on: its targets' first rung when it starts, one higher for each
   * `escalateAfterMs` it goes on (up to the top of this target's ladder).
   */
  private attackRung(detection: Detection, steps: Steps, now: number): Rung {
    let attack = this.attacks.get(detection.id);
    if (attack === undefined) {
      if (this.attacks.size >= MAX_ATTACKS) this.attacks.clear();
      attack = { rung: steps.rungs[0], since: now };
      this.attacks.set(detection.id, attack);
    } else if (now - attack.since >= this.config.escalateAfterMs) {
      const rung = climb(attack.rung, steps);
      if (rungRank(rung) > rungRank(attack.rung)) {
        attack.rung = rung;
        attack.since = now;
      }
    }
    return attack.rung;
  }

  /** Counts an offence by the target and returns its lifetime: doubled for each repeat, capped. */
  private ttlFor(key: string): number {
    const offences = Math.min((this.offences.get(key) ?? 0) + 1, 32);
    if (this.offences.size >= MAX_OFFENDERS) this.offences.clear();
    this.offences.set(key, offences);
    return Math.min(this.config.baseTtlMs * 2 ** (offences - 1), this.config.maxTtlMs);
  }

  private deescalate(detection: Detection, now: number, out: Decision[]): void {
    this.attacks.delete(detection.id);
    const end = now + this.config.cooldownMs;
    for (const [key, engagement] of this.engaged) {
      if (engagement.decision.detectionId !== detection.id) continue;
      this.engaged.delete(key);
      if ((engagement.decision.expiresAt ?? Number.POSITIVE_INFINITY) > end) {
        out.push({ ...engagement.decision, expiresAt: end });
      }
    }
  }

  private actionFields(rung: Rung): Pick<Decision, 'action' | 'throttle'> {
    return rung === 'throttle' ? { action: 'throttle', throttle: this.config.throttle } : { action: rung };
  }

  private reason(detection: Detection, rung: Rung): string {
    return `${detection.kind} (${rung}): ${detection.evidence.summary}`;
  }

  private isAllowlisted(target: DetectionTarget): boolean {
    if (target.scope === 'fingerprint') return false;
    const range = parseCidr(target.value);
    // A prefix that touches an allowlisted range is left alone: acting on it would hit the allowed part.
    return range !== null && this.allowed.some((allowed) => prefixesOverlap(allowed, range));
  }
}
