// The responder: turns detections into decisions along the ladder, with TTLs that double for repeat
// offenders, escalation while an attack goes on, de-escalation when it clears, and allowlists that
// always win. Pure: detections and a clock in, decisions out.
//
// The closed loop. A request flood comes with its residual (reach.ts): what of its signature still
// reaches the origin, measured every tick, against its baseline. While the residual is above that
// ceiling the attack climbs one step every `stepMs`: a distributed flood whose unnamed part alone is
// above the ceiling has the fingerprints carrying it named too (widen); its throttles tighten (rates
// derived from the baseline, a quarter each time, twice; both at once when the residual is more than
// four times its ceiling), then its targets climb a rung (a prefix or fingerprint, which real clients
// share, no higher than challenge, its API clients capped together from the start), then the sources
// that keep sending the signature are blocked one address at a time, heaviest first (and only those
// sending it at MIN_BLOCKED_RATE or more in two windows running, faster than one person), enough of
// them to bring the residual down. A new decision gets one step to work before it is judged. Once the residual is
// back under the ceiling nothing climbs; when the detection clears, its decisions end — unless it
// starts again on the same line within the cooldown, when it takes up where it stood (resume).
//
// A distributed flood spread like normal traffic names no prefix and no fingerprint, and its detection
// only observes while the origin copes; yet when its residual (all traffic from clients not in good
// standing) is above the ceiling, the origin is measured to take more than its normal load from
// strangers. Then the route it hits is answered: the ranges the strangers that got it through came from
// are challenged (a browser solves the puzzle once and its pass carries it; an API client gets a tight
// allowance from the baseline; clients in good standing are carved out by the judge), each step for the
// ranges new to it (once answered, even under the ceiling, while it is detected), and the loop goes on
// to block the addresses that still get through fast.
//
// Detections without a residual (slow clients, credential stuffing) climb on time: a target still named
// after `escalateAfterMs` climbs a rung, and so does the attack as a whole, so the targets it names from
// then on start at its rung (source rotation: a flood moving on to fresh addresses before any is named
// twice would otherwise meet the first rung forever).
//
// A cache bypass, and a spread flood that names no one, are answered on the route they hit (decisions on
// that route only, see routeOf): the same clients' other requests go on untouched. A target that
// another attack names beyond that route is widened to every route. The per-address blocks of the
// closed loop, for sources faster than any person, cover every route.
//
// Nobody in good standing (good-standing.ts) is named in an address decision, and nothing ever decides
// against the allowlist (which includes the trusted proxies in front of the edge).

import { formatAddress, type ParsedCidr, parseAddress, parseCidr, prefixesOverlap } from '../net/ip.js';
import type { Detection, DetectionTarget } from '../sentinel/detection.js';
import type { Decision, ThrottleRate } from './decision.js';
import { newDecisionId } from './decision-id.js';
import { checkRoute, requestPath } from './decision-route.js';
import { atMost, climb, type Rung, rungRank, type Steps, stepsFor } from './ladder.js';
import { RESIDUAL_FLOOR, type ReachedSource, type Residual, signatureOf } from './reach.js';

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
  /** Addresses and CIDRs never acted on (health checkers, partners, trusted proxies, our own ranges). */
  allowlist: string[];
  /** Closed loop: how often an attack whose residual stays above its ceiling climbs one step. */
  stepMs: number;
  /** Whether an address is in good standing (never named in an address decision). */
  inGoodStanding: (address: string) => boolean;
  /** Whether an address not in good standing was there, behaving, before an attack that started at `at`. */
  seenBefore: (address: string, at: number) => boolean;
}

export const defaultResponderConfig: ResponderConfig = {
  dryRun: false,
  baseTtlMs: 10 * 60_000,
  maxTtlMs: 24 * 3_600_000,
  escalateAfterMs: 3_000,
  cooldownMs: 60_000,
  throttle: { rate: 5, burst: 10 },
  allowlist: [],
  stepMs: 1_000,
  inGoodStanding: () => false,
  seenBefore: () => false,
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
  /** Closed loop: when it last stepped (or decided anew), times its throttles were tightened, and
   * addresses blocked for its signature. */
  steppedAt: number;
  tightened: number;
  /** Times the API allowance of its challenges was capped or tightened. */
  allowanceTightened: number;
  blocked: number;
  /** Ranges challenged for a spread flood that names no one. */
  challenged: number;
  /** Addresses that sent its signature fast enough to be blocked in the last window judged. */
  suspects: Set<string>;
}

/** An attack that cleared: where it stood, and the decisions it had made (at their full lifetime). */
interface EndedAttack {
  until: number;
  attack: AttackRung;
  engagements: Map<string, Engagement>;
}

/** Remembered offences per target, bounded. */
const MAX_OFFENDERS = 100_000;
/** Attacks followed at once, bounded (a detection is forgotten when it clears). */
const MAX_ATTACKS = 1_000;
/** Closed loop: throttles tighten this many times, by this factor, to no less than this rate. */
const TIGHTENINGS = 2;
const TIGHTEN_BY = 4;
const MIN_THROTTLE_RATE = 0.25;
/** Closed loop: fingerprints of a distributed flood named anew per step, at most. */
const WIDEN_PER_STEP = 8;
/** Closed loop: addresses blocked for one attack per step, and in all. */
const BLOCKS_PER_STEP = 2_000;
const MAX_BLOCKS_PER_ATTACK = 20_000;
/** Closed loop: an address is blocked for an attack only if it sent its signature at least this fast in
 * two windows running (one person's burst of clicks is not a flood). */
const MIN_BLOCKED_RATE = 2;
/** A spread flood that names no one: the ranges its strangers come from are challenged, at most this many
 * /16s before they are taken by /8. */
const MAX_SPREAD_RANGES = 16;
/** …and at most this many ranges are challenged for one such attack in all. */
const MAX_SPREAD_DECISIONS = 64;

export class Responder {
  private readonly config: ResponderConfig;
  private readonly engaged = new Map<string, Engagement>();
  private readonly attacks = new Map<string, AttackRung>();
  /** Attacks that cleared, by line, kept for the cooldown in case the same attack starts again. */
  private readonly ended = new Map<string, EndedAttack>();
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

  /**
   * Decisions to put in the table (new, escalated or shortened) for this tick's detections; `residuals`
   * (by detection id) closes the loop for the request floods measured this tick.
   */
  respond(
    detections: readonly Detection[],
    now: number,
    residuals: ReadonlyMap<string, Residual> = new Map(),
  ): Decision[] {
    const out: Decision[] = [];
    for (const detection of detections) {
      if (detection.state === 'cleared') {
        this.deescalate(detection, now, out);
        continue;
      }
      const residual = residuals.get(detection.id);
      if (!this.attacks.has(detection.id)) this.resume(detection, now, out);
      for (const target of detection.targets) this.engage(detection, target, now, out, residual);
      if (residual !== undefined) this.close(detection, residual, now, out);
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
      (current?.rung === 'block' &&
        current.decision.route === undefined &&
        (current.decision.expiresAt ?? Infinity) > now)
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

  private engage(
    detection: Detection,
    target: DetectionTarget,
    now: number,
    out: Decision[],
    residual: Residual | undefined,
  ): void {
    if (this.isAllowlisted(target)) return;
    if (target.scope === 'ip' && this.config.inGoodStanding(target.value)) return;
    const key = `${target.scope}:${target.value}`;
    const engaged = this.engaged.get(key);
    const current =
      engaged !== undefined && (engaged.decision.expiresAt ?? Number.POSITIVE_INFINITY) > now
        ? engaged
        : undefined;
    // A target throttled for its API traffic and then named for browser traffic too (or the reverse)
    // climbs the API ladder: a challenge would loosen the limit on its API requests.
    const api = detection.routeKind === 'api' || current?.api === true;
    const steps = this.stepsOf(detection, target, api, residual);
    if (steps === undefined) return;
    const attack = this.attackRung(detection, steps, now, residual === undefined);
    const route = routeOf(detection);
    if (current !== undefined) {
      current.api = api;
      widenRoute(current, route, out);
      // In the closed loop a shared target (prefix, fingerprint) climbs when its attack's residual says
      // so (close), not on time; one address still named after escalateAfter is a flooder of its own.
      const onTime = residual === undefined || target.scope === 'ip';
      if (!onTime || now - current.since < this.config.escalateAfterMs) return;
      const rung = climb(current.rung, steps);
      if (rung === current.rung) return;
      const { throttle: _previousRate, ...rest } = current.decision;
      const decision: Decision = {
        ...rest,
        ...this.actionFields(rung, detection, residual, target.scope),
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
      ...this.actionFields(start, detection, residual, target.scope),
      reason: this.reason(detection, start),
      source: 'detector',
      createdAt: now,
      expiresAt: now + ttl,
      detectionId: detection.id,
      ...(route === undefined ? {} : { route }),
    };
    this.engaged.set(key, { decision, rung: start, since: now, api });
    out.push(decision);
    // a new decision is given one step to work before the closed loop judges it
    if (residual !== undefined) this.attackOf(detection, start, now).steppedAt = now;
  }

  /**
   * The rung the attack stands on: its targets' first rung when it starts, one higher for each
   * `escalateAfterMs` it goes on (up to the top of this target's ladder).
   */
  private attackRung(detection: Detection, steps: Steps, now: number, onTime: boolean): Rung {
    const attack = this.attackOf(detection, steps.rungs[0], now);
    if (onTime && now - attack.since >= this.config.escalateAfterMs) {
      const rung = climb(attack.rung, steps);
      if (rungRank(rung) > rungRank(attack.rung)) {
        attack.rung = rung;
        attack.since = now;
      }
    }
    return attack.rung;
  }

  private attackOf(detection: Detection, first: Rung, now: number): AttackRung {
    let attack = this.attacks.get(detection.id);
    if (attack === undefined) {
      if (this.attacks.size >= MAX_ATTACKS) this.attacks.clear();
      attack = {
        rung: first,
        since: now,
        steppedAt: Number.NEGATIVE_INFINITY,
        tightened: 0,
        allowanceTightened: 0,
        blocked: 0,
        challenged: 0,
        suspects: new Set(),
      };
      this.attacks.set(detection.id, attack);
    }
    return attack;
  }

  /**
   * The ladder of one target. In the closed loop a prefix or a fingerprint, which real clients share,
   * climbs no higher than challenge: what still gets through is answered address by address.
   */
  private stepsOf(
    detection: Detection,
    target: DetectionTarget,
    api: boolean,
    residual: Residual | undefined,
  ): Steps | undefined {
    const steps = stepsFor(detection, target.scope, api ? 'api' : detection.routeKind);
    if (steps === undefined || residual === undefined || target.scope === 'ip') return steps;
    const rungs = steps.rungs.filter((rung) => rung !== 'block');
    return rungs.length > 0 ? { rungs } : undefined;
  }

  /**
   * One turn of the closed loop for a request flood: while its residual is above the ceiling, one step
   * every `stepMs` (tighten its throttles, climb its targets, block the sources that keep sending).
   */
  private close(detection: Detection, residual: Residual, now: number, out: Decision[]): void {
    if (namesNoOne(detection)) {
      this.answerUnnamed(detection, residual, now, out);
      return;
    }
    if (detection.maxAction === 'observe' || residual.rate <= residual.ceiling) return;
    const attack = this.attackOf(detection, 'throttle', now);
    if (now - attack.steppedAt < this.config.stepMs) return;
    attack.steppedAt = now;
    const mine = [...this.engaged.values()].filter(
      (e) => e.decision.detectionId === detection.id && e.decision.scope !== 'ip',
    );
    // a distributed flood's residual holds all unknown sources (reach.ts): those sending a key it named
    // are its own, the rest may be the part of it that goes past its names
    const named = signatureOf({ targets: mine.map((e) => ({ ...e.decision, share: 0, rate: 0 })) });
    const sends = detection.kind === 'distributed-flood' ? named : () => true;
    // what it names now is new, and given a step to work; what it named before goes on being judged
    this.widen(detection, residual, sends, now, out);
    const throttles = mine.filter((e) => e.rung === 'throttle');
    if (throttles.length > 0 && attack.tightened < TIGHTENINGS) {
      const times = tighteningsFor(residual, TIGHTENINGS - attack.tightened);
      attack.tightened += times;
      for (const e of throttles) tighten(e, times, out);
      return;
    }
    let climbed = false;
    for (const e of mine) {
      const target = { scope: e.decision.scope, value: e.decision.value, share: 0, rate: 0 };
      const steps = this.stepsOf(detection, target, e.api, residual);
      const rung = steps === undefined ? e.rung : climb(e.rung, steps);
      if (rung === e.rung) continue;
      const { throttle: before, ...rest } = e.decision;
      const fields = this.actionFields(rung, detection, residual, e.decision.scope);
      // a challenge's allowance for API clients is no looser than the throttle it climbed from
      if (fields.throttle !== undefined && before !== undefined && before.rate < fields.throttle.rate)
        fields.throttle = before;
      e.decision = { ...rest, ...fields, reason: this.reason(detection, rung) };
      e.rung = rung;
      e.since = now;
      out.push(e.decision);
      climbed = true;
    }
    if (climbed) {
      if (rungRank(attack.rung) < rungRank('challenge')) attack.rung = 'challenge';
      return;
    }
    this.tightenAllowances(mine, detection, residual, attack, out);
    this.blockSenders(detection, residual, attack, sends, now, out);
  }

  /**
   * A distributed flood is measured on all unknown traffic (reach.ts), and names at first only the keys
   * that held most of its excess. When what gets through without sending any key it named is itself
   * above the ceiling (more than the whole site's normal load: a tool with more user agents than were
   * named), the heaviest fingerprints of it are named now, at the attack's rung: as many as bring that
   * part under the ceiling, each sending at least RESIDUAL_FLOOR a second, at most WIDEN_PER_STEP a
   * step. When the flood has a path of its own, only what gets through on that path counts: the site's
   * app polling another route is no part of it, though other attacks may keep the rest above the ceiling.
   */
  private widen(
    detection: Detection,
    residual: Residual,
    sends: (source: ReachedSource) => boolean,
    now: number,
    out: Decision[],
  ): void {
    if (detection.kind !== 'distributed-flood') return;
    const unnamed = new Map<string, number>();
    const { path } = detection;
    for (const s of residual.sources)
      if (!sends(s) && (path === undefined || s.route === path))
        unnamed.set(s.fingerprint, (unnamed.get(s.fingerprint) ?? 0) + s.count);
    let excess = [...unnamed.values()].reduce((sum, n) => sum + n, 0) / residual.seconds - residual.ceiling;
    let named = 0;
    for (const [value, count] of [...unnamed].sort((a, b) => b[1] - a[1])) {
      const rate = count / residual.seconds;
      if (excess <= 0 || named >= WIDEN_PER_STEP || rate < RESIDUAL_FLOOR) break;
      const before = out.length;
      this.engage(detection, { scope: 'fingerprint', value, share: 0, rate }, now, out, residual);
      if (out.length > before) named++;
      excess -= rate;
    }
  }

  /**
   * At the top of a shared target's ladder (a challenge), what still gets through is what the challenge
   * lets API clients send, which cannot solve one: each address has a small allowance of its own, and
   * the whole range's (or fingerprint's) is capped too — from the start at the attack's baseline shared
   * between its targets, then, while the residual stays above the ceiling, a quarter of it, then a
   * sixteenth. A challenge decided without a cap (before the attack was measured) gets the attack's.
   */
  private tightenAllowances(
    mine: readonly Engagement[],
    detection: Detection,
    residual: Residual,
    attack: AttackRung,
    out: Decision[],
  ): void {
    const challenges = mine.filter((e) => e.rung === 'challenge');
    if (challenges.length === 0 || attack.allowanceTightened >= TIGHTENINGS) return;
    const times = tighteningsFor(residual, TIGHTENINGS - attack.allowanceTightened);
    attack.allowanceTightened += times;
    for (const e of challenges) {
      if (e.decision.throttle !== undefined) tighten(e, times, out);
      else {
        e.decision = { ...e.decision, throttle: this.asTightAsTheAttack(detection, 'challenge') };
        out.push(e.decision);
      }
    }
  }

  /**
   * Blocks, address by address, the heaviest sources still sending the attack's signature: enough of
   * them to bring the residual under its ceiling, never an allowlisted one or one in good standing.
   */
  private blockSenders(
    detection: Detection,
    residual: Residual,
    attack: AttackRung,
    sends: (source: ReachedSource) => boolean,
    now: number,
    out: Decision[],
  ): void {
    let excess = 1 - residual.ceiling / residual.rate; // the share of the residual to stop
    const total = residual.sources.reduce((sum, s) => sum + s.count, 0);
    const least = MIN_BLOCKED_RATE * residual.seconds;
    const before = attack.suspects;
    attack.suspects = new Set();
    for (const source of residual.sources) {
      if (source.count < least) break; // busiest first: the rest send like one person does
      if (sends(source)) attack.suspects.add(source.address);
    }
    let made = 0;
    for (const source of residual.sources) {
      if (excess <= 0 || made >= BLOCKS_PER_STEP || attack.blocked >= MAX_BLOCKS_PER_ATTACK) break;
      if (source.count < least) break;
      if (!before.has(source.address)) continue;
      const target: DetectionTarget = { scope: 'ip', value: source.address, share: 0, rate: 0 };
      const key = `ip:${source.address}`;
      const engaged = this.engaged.get(key);
      if (engaged?.rung === 'block' && engaged.decision.route === undefined) continue;
      if (this.isAllowlisted(target) || this.config.inGoodStanding(source.address)) continue;
      const decision: Decision = {
        id: this.newId(),
        scope: 'ip',
        value: source.address,
        action: 'block',
        reason: `${detection.kind} (block): kept sending the attack's requests past its other decisions; ${detection.evidence.summary}`,
        source: 'detector',
        createdAt: now,
        expiresAt: now + this.ttlFor(key),
        detectionId: detection.id,
      };
      this.engaged.set(key, { decision, rung: 'block', since: now, api: false });
      out.push(decision);
      excess -= total > 0 ? source.count / total : 1;
      attack.blocked++;
      made++;
    }
  }

  /**
   * A spread flood that names no one is answered once its residual is above the ceiling; from then on,
   * one step a second while it is detected, the ranges of the strangers still getting its route through
   * are challenged too, even under the ceiling (which is the site's whole normal load from strangers, and
   * a spread flood's last range fits under it), and the addresses that still get through fast while the
   * residual is above it are blocked.
   */
  private answerUnnamed(detection: Detection, residual: Residual, now: number, out: Decision[]): void {
    const answered = this.attacks.has(detection.id);
    if (!answered && residual.rate <= residual.ceiling) return;
    const attack = this.attackOf(detection, 'challenge', now);
    if (now - attack.steppedAt < this.config.stepMs) return;
    attack.steppedAt = now;
    const onRoute = onRouteOf(detection);
    const made = this.challengeSenders(detection, residual, attack, onRoute, now, out);
    if (made === 0 && residual.rate > residual.ceiling)
      this.blockSenders(detection, residual, attack, onRoute, now, out);
  }

  /**
   * The answer to a spread flood that names no one: the ranges its strangers came from (each source that
   * got its route through to the origin, neither in good standing nor seen behaving before the attack
   * started, grouped by /16, or by /8 when they come from more than MAX_SPREAD_RANGES of them; /32 and
   * /16 for IPv6) are challenged, never one touching the allowlist. A range whose only senders were
   * there before the flood is not one it came from, whatever their standing. A handful of range
   * decisions, not one per address: a browser there that is not in good standing meets the puzzle from
   * its first request, and the judge carves out clients in good standing and pass holders as from
   * every automatic decision. API clients, which cannot solve one, are held together to a sixteenth of
   * the baseline (as tight as the loop's throttles get) shared between the ranges: the baseline is
   * everyone's, and strangers are only a part of it. Returns how many ranges were challenged anew.
   */
  private challengeSenders(
    detection: Detection,
    residual: Residual,
    attack: AttackRung,
    onRoute: (source: ReachedSource) => boolean,
    now: number,
    out: Decision[],
  ): number {
    const { inGoodStanding, seenBefore } = this.config;
    const senders = residual.sources.filter(
      (s) => onRoute(s) && !inGoodStanding(s.address) && !seenBefore(s.address, detection.startedAt),
    );
    let ranges = rangesOf(senders, 16, 32);
    if (ranges.size > MAX_SPREAD_RANGES) ranges = rangesOf(senders, 8, 16);
    const share = detection.evidence.baselineRate / TIGHTEN_BY ** TIGHTENINGS / Math.max(1, ranges.size);
    const rate = Math.min(this.config.throttle.rate, Math.max(MIN_THROTTLE_RATE, share));
    const throttle = { rate, burst: Math.max(1, Math.ceil(2 * rate)) };
    const route = routeOf(detection);
    const on = detection.path === undefined ? 'the site' : detection.path;
    const where = route === undefined ? '' : ` on ${route}`;
    let made = 0;
    for (const [range, count] of [...ranges].sort((a, b) => b[1] - a[1])) {
      if (attack.challenged >= MAX_SPREAD_DECISIONS) break;
      const key = `cidr:${range}`;
      const current = this.engaged.get(key);
      if (current !== undefined && (current.decision.expiresAt ?? Number.POSITIVE_INFINITY) > now) {
        widenRoute(current, route, out);
        continue;
      }
      if (this.isAllowlisted({ scope: 'cidr', value: range, share: 0, rate: 0 })) continue;
      const decision: Decision = {
        id: this.newId(),
        scope: 'cidr',
        value: range,
        action: 'challenge',
        throttle,
        reason: `${detection.kind} (challenge): it names no prefix or fingerprint, and ${round(residual.rate)} req/s from clients not in good standing reached the origin (ceiling ${round(residual.ceiling)}), ${round(count / residual.seconds)} of them on ${on} from ${range}: its clients not in good standing are challenged${where}; ${detection.evidence.summary}`,
        source: 'detector',
        createdAt: now,
        expiresAt: now + this.ttlFor(key),
        detectionId: detection.id,
        ...(route === undefined ? {} : { route }),
      };
      this.engaged.set(key, { decision, rung: 'challenge', since: now, api: false });
      out.push(decision);
      attack.challenged++;
      made++;
    }
    return made;
  }

  /** Counts an offence by the target and returns its lifetime: doubled for each repeat, capped. */
  private ttlFor(key: string): number {
    const offences = Math.min((this.offences.get(key) ?? 0) + 1, 32);
    if (this.offences.size >= MAX_OFFENDERS) this.offences.clear();
    this.offences.set(key, offences);
    return Math.min(this.config.baseTtlMs * 2 ** (offences - 1), this.config.maxTtlMs);
  }

  private deescalate(detection: Detection, now: number, out: Decision[]): void {
    const attack = this.attacks.get(detection.id);
    this.attacks.delete(detection.id);
    const end = now + this.config.cooldownMs;
    const engagements = new Map<string, Engagement>();
    for (const [key, engagement] of this.engaged) {
      if (engagement.decision.detectionId !== detection.id) continue;
      this.engaged.delete(key);
      engagements.set(key, engagement);
      if ((engagement.decision.expiresAt ?? Number.POSITIVE_INFINITY) > end) {
        out.push({ ...engagement.decision, expiresAt: end });
      }
    }
    if (attack === undefined) return;
    if (this.ended.size >= MAX_ATTACKS) this.ended.clear();
    this.ended.set(lineOf(detection), { until: end, attack, engagements });
  }

  /**
   * A detection that starts again on the same line (kind and route) within the cooldown of the last one
   * is the same attack moving on — a flood rotating its prefixes clears the detection each time its
   * prefix of the moment is held back — so it takes up where that one stood: its rung, its tightened
   * rates and its blocks, and the decisions it made, put back at their full lifetime under the new
   * detection. The attack is followed by its signature, not restarted for every prefix it moves to.
   */
  private resume(detection: Detection, now: number, out: Decision[]): void {
    const line = lineOf(detection);
    const ended = this.ended.get(line);
    if (ended === undefined) return;
    this.ended.delete(line);
    if (ended.until <= now) return;
    this.attacks.set(detection.id, { ...ended.attack, suspects: new Set(ended.attack.suspects) });
    for (const [key, engagement] of ended.engagements) {
      const current = this.engaged.get(key);
      if (current !== undefined && (current.decision.expiresAt ?? Number.POSITIVE_INFINITY) > now) continue;
      const decision = { ...engagement.decision, detectionId: detection.id };
      if ((decision.expiresAt ?? Number.POSITIVE_INFINITY) <= now) continue;
      this.engaged.set(key, { ...engagement, decision });
      out.push(decision);
    }
  }

  /**
   * A throttle's rate is the configured one; in the closed loop, no more than the attack's baseline
   * shared between its targets (the normal load, not a fixed figure). In the closed loop a challenge on
   * a prefix or a fingerprint caps what its API clients (which cannot solve one) send together at that
   * same rate from the start: the range's allowance is not left open for a step first.
   */
  private actionFields(
    rung: Rung,
    detection: Detection,
    residual: Residual | undefined,
    scope: DetectionTarget['scope'],
  ): Pick<Decision, 'action' | 'throttle'> {
    if (residual !== undefined && (rung === 'throttle' || (rung === 'challenge' && scope !== 'ip')))
      return { action: rung, throttle: this.asTightAsTheAttack(detection, rung) };
    if (rung !== 'throttle') return { action: rung };
    return { action: 'throttle', throttle: this.config.throttle };
  }

  /**
   * A rate for a target an attack names now: from the baseline, tightened as often as the attack's
   * others already were, so a fingerprint named late does not reopen what the loop closed.
   */
  private asTightAsTheAttack(detection: Detection, rung: Rung): ThrottleRate {
    const attack = this.attacks.get(detection.id);
    const times = rung === 'throttle' ? attack?.tightened : attack?.allowanceTightened;
    const { rate } = this.fromBaseline(detection);
    const tightened = Math.max(MIN_THROTTLE_RATE, rate / TIGHTEN_BY ** (times ?? 0));
    return { rate: tightened, burst: Math.max(1, Math.ceil(2 * tightened)) };
  }

  /** The attack's baseline shared between its targets, no looser than the configured throttle. */
  private fromBaseline(detection: Detection): ThrottleRate {
    const share = detection.evidence.baselineRate / Math.max(1, detection.targets.length);
    const rate = Math.min(this.config.throttle.rate, Math.max(MIN_THROTTLE_RATE * TIGHTEN_BY, share));
    return { rate, burst: Math.max(1, Math.ceil(2 * rate)) };
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

/**
 * How many quarterings a throttle or an allowance takes in one step: as many as the residual is over
 * its ceiling, in powers of TIGHTEN_BY (ten times over: two at once), at least one, at most `left`. The
 * residual is a whole second of what reached the origin, so a flood far above it is not thin evidence.
 */
function tighteningsFor(residual: Residual, left: number): number {
  const over = Math.log(residual.rate / Math.max(residual.ceiling, 1)) / Math.log(TIGHTEN_BY);
  return Math.max(1, Math.min(left, Math.ceil(over)));
}

/** Divides an engagement's rate by TIGHTEN_BY `times`, down to MIN_THROTTLE_RATE, and says so. */
function tighten(e: Engagement, times: number, out: Decision[]): void {
  const rate = Math.max(MIN_THROTTLE_RATE, (e.decision.throttle?.rate ?? 1) / TIGHTEN_BY ** times);
  e.decision = { ...e.decision, throttle: { rate, burst: Math.max(1, Math.ceil(2 * rate)) } };
  out.push(e.decision);
}

/**
 * A distributed flood whose detection names no target (none held its excess, or all it named were in
 * good standing and spared): its route is answered range by range.
 */
function namesNoOne(detection: Detection): boolean {
  return detection.kind === 'distributed-flood' && detection.targets.length === 0;
}

/**
 * The route a detection's decisions apply to: the one a cache bypass, or a spread flood that names no
 * one, hits, in a decision's canonical form; undefined (every route) for other detections, for one on
 * `/` (which as a route covers every path), and for a path that cannot be written as a route.
 */
function routeOf(detection: Detection): string | undefined {
  if (detection.path === undefined) return undefined;
  if (detection.kind !== 'cache-bypass' && !namesNoOne(detection)) return undefined;
  const check = checkRoute(requestPath(detection.path));
  return check.ok && check.route !== '/' ? check.route : undefined;
}

/**
 * A target decided on one route and named now beyond it (on another route, or on every route): its
 * decision covers every route from now on.
 */
function widenRoute(e: Engagement, route: string | undefined, out: Decision[]): void {
  if (e.decision.route === undefined || e.decision.route === route) return;
  const { route: _narrow, ...wide } = e.decision;
  e.decision = wide;
  out.push(wide);
}

/** Whether a source got the detection's route through (any route when it names none). */
function onRouteOf(detection: Detection): (source: ReachedSource) => boolean {
  const { path } = detection;
  return path === undefined ? () => true : (s) => s.route === path;
}

/** Where the sources come from, by range (`v4` bits for IPv4, `v6` for IPv6): requests of each. */
function rangesOf(sources: readonly ReachedSource[], v4: number, v6: number): Map<string, number> {
  const ranges = new Map<string, number>();
  for (const s of sources) {
    const at = parseAddress(s.address);
    const range = at && parseCidr(`${formatAddress(at)}/${at.family === 4 ? v4 : v6}`)?.text;
    if (range) ranges.set(range, (ranges.get(range) ?? 0) + s.count);
  }
  return ranges;
}

function round(rate: number): number {
  return Math.round(rate * 10) / 10;
}

/** A detection's line: its kind and route, the part of its id that stays when it starts again. */
function lineOf(detection: Detection): string {
  return `${detection.kind}:${detection.path ?? '*'}`;
}
