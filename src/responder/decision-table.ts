// The decision table: every active decision, indexed for the edge's lookups (exact address, CIDR trie,
// fingerprint) and resolved to one winner by action precedence, then specificity, then age. Decisions
// on one route only are indexed apart, one index per route (decision-index.ts), and looked at only
// when a lookup gives a request's path and the table holds any: a request is judged by those of its
// route together with those of every route, by the same precedence.

import {
  canonicalAddress,
  checkCidr,
  formatIPv6,
  isMappedIPv4,
  NOT_IPV4,
  parseAddress,
  parseIPv6Into,
  readIPv4Key,
} from '../net/ip.js';
import { ACTION_PRECEDENCE, type Decision } from './decision.js';
import { DecisionIndex, type Placement } from './decision-index.js';
import { checkRoute, requestPath, routeCovers } from './decision-route.js';

export type DecisionChangeType = 'put' | 'remove' | 'expire';

export interface DecisionChange {
  type: DecisionChangeType;
  decision: Decision;
}

export type DecisionListener = (change: DecisionChange) => void;

interface Stored {
  decision: Decision;
  placement: Placement;
}

/**
 * Specificity used to break ties between decisions with the same action: an exact address is as
 * specific as its full-length prefix (/32, /128), a CIDR counts its prefix length, and a fingerprint,
 * which may cover clients anywhere, counts below every prefix.
 */
const FINGERPRINT_SPECIFICITY = -1;

export class DecisionTable {
  private readonly byId = new Map<string, Stored>();
  /** Decisions on every route. */
  private readonly everyRoute = new DecisionIndex();
  /** Decisions on one route, by route; empty (and never looked at) unless some are held. */
  private readonly routes: DecisionIndex[] = [];
  private readonly listeners = new Set<DecisionListener>();
  /** Earliest expiry among stored decisions (may be stale-early after removals): below it, none expired. */
  private earliestExpiry = Number.POSITIVE_INFINITY;
  /** Reused for IPv6 parsing so that lookups stay allocation-light. */
  private readonly words = new Uint32Array(4);

  // The lookup in progress; lookups are synchronous, so one set of fields serves them all. The clock is
  // read only when a covering decision can expire, so a miss costs no clock call.
  private at = 0;
  private clockRead = false;
  private best: Decision | undefined = undefined;
  private bestSpecificity = 0;
  /** Whether the lookup in progress passes over the detector's decisions. */
  private skipAutomatic = false;
  private readonly considerCidr = (decision: Decision, prefixLength: number): void => {
    this.consider(decision, prefixLength);
  };

  constructor(private readonly now: () => number = Date.now) {}

  /** Active decisions held (those expired but not yet pruned are not counted). */
  get size(): number {
    if (this.now() < this.earliestExpiry) return this.byId.size;
    return this.list().length;
  }

  /**
   * Adds a decision, or replaces the one with the same id. The value is normalised (`::ffff:1.2.3.4`
   * becomes `1.2.3.4`, a CIDR gets its host bits zeroed); an invalid value throws a RangeError.
   */
  put(input: Decision): void {
    const { decision, placement } = place(input);
    const previous = this.byId.get(decision.id);
    if (previous !== undefined) this.detach(previous);
    const stored = { decision, placement };
    this.byId.set(decision.id, stored);
    this.attach(stored);
    if (decision.expiresAt !== null && decision.expiresAt < this.earliestExpiry) {
      this.earliestExpiry = decision.expiresAt;
    }
    this.emit('put', decision);
  }

  /** Takes a decision out (expired or not) and returns it. */
  remove(id: string): Decision | undefined {
    const stored = this.byId.get(id);
    if (stored === undefined) return undefined;
    this.byId.delete(id);
    this.detach(stored);
    this.emit('remove', stored.decision);
    return stored.decision;
  }

  /** The decision with this id, unless it has expired. */
  get(id: string): Decision | undefined {
    const decision = this.byId.get(id)?.decision;
    return decision !== undefined && isActive(decision, this.now()) ? decision : undefined;
  }

  /** Active decisions, in the order they were first put. */
  list(): Decision[] {
    const at = this.now();
    const active: Decision[] = [];
    for (const { decision } of this.byId.values()) if (isActive(decision, at)) active.push(decision);
    return active;
  }

  /**
   * Prunes the table every `intervalMs` on a timer that does not hold the process open, telling `pruned`
   * what expired each time (also when nothing did). Returns how to stop.
   */
  pruneEvery(intervalMs: number, pruned: (expired: Decision[]) => void): () => void {
    const timer = setInterval(() => pruned(this.prune()), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Removes expired decisions, tells the listeners, and returns them. */
  prune(): Decision[] {
    const at = this.now();
    if (at < this.earliestExpiry) return [];
    const expired: Stored[] = [];
    let earliest = Number.POSITIVE_INFINITY;
    for (const stored of this.byId.values()) {
      const expiresAt = stored.decision.expiresAt;
      if (expiresAt === null) continue;
      if (expiresAt <= at) expired.push(stored);
      else if (expiresAt < earliest) earliest = expiresAt;
    }
    this.earliestExpiry = earliest;
    for (const stored of expired) {
      this.byId.delete(stored.decision.id);
      this.detach(stored);
    }
    for (const stored of expired) this.emit('expire', stored.decision);
    return expired.map((stored) => stored.decision);
  }

  /**
   * The winning active decision for an address among exact-address and CIDR decisions on every route
   * (what a firewall could enforce: decisions on one route are not the address's).
   */
  forAddress(ip: string): Decision | undefined {
    return this.resolve(ip, undefined, undefined);
  }

  /**
   * The winning active decision for a request: its address, its prefixes and its fingerprint, on every
   * route and, given the request's path (without its query), on the routes that cover it.
   */
  forRequest(ip: string, fingerprint: string | undefined, path?: string): Decision | undefined {
    return this.resolve(ip, fingerprint, path);
  }

  /**
   * The winning active decision for a request among those not made by the detector (manual, intel,
   * config, allowlist): what still applies to a client carved out of every automatic decision, even
   * where an automatic one outranks it.
   */
  forRequestBeyondAutomatic(
    ip: string,
    fingerprint: string | undefined,
    path?: string,
  ): Decision | undefined {
    this.skipAutomatic = true;
    try {
      return this.resolve(ip, fingerprint, path);
    } finally {
      this.skipAutomatic = false;
    }
  }

  /**
   * True when the address's winning decision on every route is `block` (at accept there is no path
   * yet). For the accept phase: allocates nothing for IPv4.
   */
  blockedAtAccept(ip: string): boolean {
    if (this.byId.size === 0) return false;
    return this.resolve(ip, undefined, undefined)?.action === 'block';
  }

  /** Calls `listener` after every put, remove and expiry; returns a function that stops it. */
  onChange(listener: DecisionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private resolve(
    ip: string,
    fingerprint: string | undefined,
    path: string | undefined,
  ): Decision | undefined {
    if (this.byId.size === 0) return undefined;
    this.clockRead = false;
    this.best = undefined;
    this.bestSpecificity = 0;
    const v4 = readIPv4Key(ip);
    let family: 0 | 4 | 6 = 0;
    if (v4 !== NOT_IPV4) family = 4;
    else if (parseIPv6Into(ip, this.words)) family = isMappedIPv4(this.words) ? 4 : 6;
    const key = v4 !== NOT_IPV4 ? v4 : this.words[3] | 0;
    this.resolveIn(this.everyRoute, family, key, fingerprint);
    if (path !== undefined && this.routes.length > 0) {
      const canonical = requestPath(path);
      for (let i = 0; i < this.routes.length; i++) {
        const index = this.routes[i];
        if (routeCovers(index.route, canonical)) this.resolveIn(index, family, key, fingerprint);
      }
    }
    const winner = this.best;
    this.best = undefined;
    return winner;
  }

  /** `key` is the IPv4 address as a signed int32 (family 4), so that passing it around never boxes it. */
  private resolveIn(
    index: DecisionIndex,
    family: 0 | 4 | 6,
    key: number,
    fingerprint: string | undefined,
  ): void {
    if (family === 4) {
      this.considerAll(index.exact4.get(key), 32);
      index.cidrs.forEachMatchV4(key, this.considerCidr);
    } else if (family === 6) {
      if (index.exact6.size > 0) this.considerAll(index.exact6.get(formatIPv6(this.words)), 128);
      index.cidrs.forEachMatchV6(this.words, this.considerCidr);
    }
    if (fingerprint !== undefined && index.byFingerprint.size > 0) {
      this.considerAll(index.byFingerprint.get(fingerprint), FINGERPRINT_SPECIFICITY);
    }
  }

  private considerAll(decisions: Decision[] | undefined, specificity: number): void {
    if (decisions === undefined) return;
    for (let i = 0; i < decisions.length; i++) this.consider(decisions[i], specificity);
  }

  private consider(decision: Decision, specificity: number): void {
    if (this.skipAutomatic && decision.source === 'detector') return;
    if (decision.expiresAt !== null) {
      if (!this.clockRead) {
        this.at = this.now();
        this.clockRead = true;
      }
      if (decision.expiresAt <= this.at) return;
    }
    const best = this.best;
    if (best !== undefined) {
      const rank = ACTION_PRECEDENCE[decision.action] - ACTION_PRECEDENCE[best.action];
      if (rank < 0) return;
      if (rank === 0) {
        if (specificity < this.bestSpecificity) return;
        if (specificity === this.bestSpecificity) {
          if (decision.createdAt < best.createdAt) return;
          // Equal in everything that matters: the larger id wins, so the result never depends on order.
          if (decision.createdAt === best.createdAt && decision.id < best.id) return;
        }
      }
    }
    this.best = decision;
    this.bestSpecificity = specificity;
  }

  private attach({ decision, placement }: Stored): void {
    const route = decision.route;
    if (route === undefined) {
      this.everyRoute.attach(decision, placement);
      return;
    }
    let index = this.routes.find((r) => r.route === route);
    if (index === undefined) {
      index = new DecisionIndex(route);
      this.routes.push(index);
    }
    index.attach(decision, placement);
  }

  private detach({ decision, placement }: Stored): void {
    const route = decision.route;
    if (route === undefined) {
      this.everyRoute.detach(decision, placement);
      return;
    }
    const at = this.routes.findIndex((r) => r.route === route);
    if (at < 0) return;
    this.routes[at].detach(decision, placement);
    if (this.routes[at].size === 0) this.routes.splice(at, 1);
  }

  private emit(type: DecisionChangeType, decision: Decision): void {
    if (this.listeners.size === 0) return;
    let failure: unknown;
    let failed = false;
    for (const listener of [...this.listeners]) {
      try {
        listener({ type, decision });
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
    if (failed) throw failure;
  }
}

function isActive(decision: Decision, at: number): boolean {
  return decision.expiresAt === null || decision.expiresAt > at;
}

/** Normalises the decision's value and route and works out where it is indexed; throws on invalid ones. */
function place(input: Decision): Stored {
  const decision = withRoute(input);
  switch (decision.scope) {
    case 'ip': {
      const address = parseAddress(decision.value);
      if (address === null) {
        throw new RangeError(
          `decision ${decision.id}: expected an IP address for scope ip, found '${decision.value}'`,
        );
      }
      const normalised = withValue(decision, canonicalAddress(decision.value) as string);
      if (address.family === 4)
        return { decision: normalised, placement: { index: 'ip4', key: address.bits | 0 } };
      return { decision: normalised, placement: { index: 'ip6', key: normalised.value } };
    }
    case 'cidr': {
      const check = checkCidr(decision.value);
      if (!check.ok) throw new RangeError(`decision ${decision.id}: ${check.error}`);
      return {
        decision: withValue(decision, check.cidr.text),
        placement: { index: 'cidr', key: check.cidr },
      };
    }
    case 'fingerprint': {
      if (typeof decision.value !== 'string' || decision.value.length === 0) {
        throw new RangeError(`decision ${decision.id}: expected a fingerprint id, found '${decision.value}'`);
      }
      return { decision, placement: { index: 'fingerprint', key: decision.value } };
    }
    default:
      throw new RangeError(`decision ${decision.id}: unknown scope '${String(decision.scope)}'`);
  }
}

/** The decision with its route in canonical form (`/api/` is `/api`); throws on an invalid route. */
function withRoute(decision: Decision): Decision {
  if (decision.route === undefined) return decision;
  const check = checkRoute(decision.route);
  if (!check.ok) throw new RangeError(`decision ${decision.id}: route ${check.error}`);
  return check.route === decision.route ? decision : { ...decision, route: check.route };
}

function withValue(decision: Decision, value: string): Decision {
  return decision.value === value ? decision : { ...decision, value };
}
