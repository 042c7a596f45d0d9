// The decision table: every active decision, indexed for the edge's lookups (exact address, CIDR trie,
// fingerprint) and resolved to one winner by action precedence, then specificity, then age.

import {
  canonicalAddress,
  checkCidr,
  formatIPv6,
  isMappedIPv4,
  NOT_IPV4,
  type ParsedCidr,
  parseAddress,
  parseIPv6Into,
  readIPv4Key,
} from '../net/ip.js';
import { RadixTrie } from '../net/radix-trie.js';
import { ACTION_PRECEDENCE, type Decision } from './decision.js';

export type DecisionChangeType = 'put' | 'remove' | 'expire';

export interface DecisionChange {
  type: DecisionChangeType;
  decision: Decision;
}

export type DecisionListener = (change: DecisionChange) => void;

/** Where a stored decision is indexed, so that it can be taken out again. */
type Placement =
  /** IPv4 keys are the address as a signed int32, which the engine holds without boxing. */
  | { index: 'ip4'; key: number }
  | { index: 'ip6'; key: string }
  | { index: 'cidr'; key: ParsedCidr }
  | { index: 'fingerprint'; key: string };

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
  private readonly exact4 = new Map<number, Decision[]>();
  private readonly exact6 = new Map<string, Decision[]>();
  private readonly byFingerprint = new Map<string, Decision[]>();
  private readonly cidrs = new RadixTrie<Decision>();
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

  /** The winning active decision for an address among exact-address and CIDR decisions. */
  forAddress(ip: string): Decision | undefined {
    return this.resolve(ip, undefined);
  }

  /** The winning active decision for a request: its address, its prefixes and its fingerprint. */
  forRequest(ip: string, fingerprint: string | undefined): Decision | undefined {
    return this.resolve(ip, fingerprint);
  }

  /**
   * The winning active decision for a request among those not made by the detector (manual, intel,
   * config, allowlist): what still applies to a client carved out of every automatic decision, even
   * where an automatic one outranks it.
   */
  forRequestBeyondAutomatic(ip: string, fingerprint: string | undefined): Decision | undefined {
    this.skipAutomatic = true;
    try {
      return this.resolve(ip, fingerprint);
    } finally {
      this.skipAutomatic = false;
    }
  }

  /** True when the address's winning decision is `block`. For the accept phase: allocates nothing for IPv4. */
  blockedAtAccept(ip: string): boolean {
    if (this.byId.size === 0) return false;
    return this.resolve(ip, undefined)?.action === 'block';
  }

  /** Calls `listener` after every put, remove and expiry; returns a function that stops it. */
  onChange(listener: DecisionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private resolve(ip: string, fingerprint: string | undefined): Decision | undefined {
    if (this.byId.size === 0) return undefined;
    this.clockRead = false;
    this.best = undefined;
    this.bestSpecificity = 0;
    const v4 = readIPv4Key(ip);
    if (v4 !== NOT_IPV4) {
      this.resolveV4(v4);
    } else if (parseIPv6Into(ip, this.words)) {
      if (isMappedIPv4(this.words)) this.resolveV4(this.words[3] | 0);
      else this.resolveV6(this.words);
    }
    if (fingerprint !== undefined && this.byFingerprint.size > 0) {
      this.considerAll(this.byFingerprint.get(fingerprint), FINGERPRINT_SPECIFICITY);
    }
    const winner = this.best;
    this.best = undefined;
    return winner;
  }

  /** `key` is the IPv4 address as a signed int32, so that passing it around never boxes it. */
  private resolveV4(key: number): void {
    this.considerAll(this.exact4.get(key), 32);
    this.cidrs.forEachMatchV4(key, this.considerCidr);
  }

  private resolveV6(words: Uint32Array): void {
    if (this.exact6.size > 0) this.considerAll(this.exact6.get(formatIPv6(words)), 128);
    this.cidrs.forEachMatchV6(words, this.considerCidr);
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
    switch (placement.index) {
      case 'ip4':
        addTo(this.exact4, placement.key, decision);
        break;
      case 'ip6':
        addTo(this.exact6, placement.key, decision);
        break;
      case 'fingerprint':
        addTo(this.byFingerprint, placement.key, decision);
        break;
      case 'cidr':
        this.cidrs.insert(placement.key, decision);
        break;
    }
  }

  private detach({ decision, placement }: Stored): void {
    switch (placement.index) {
      case 'ip4':
        takeFrom(this.exact4, placement.key, decision);
        break;
      case 'ip6':
        takeFrom(this.exact6, placement.key, decision);
        break;
      case 'fingerprint':
        takeFrom(this.byFingerprint, placement.key, decision);
        break;
      case 'cidr':
        this.cidrs.remove(placement.key, decision);
        break;
    }
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

/** Normalises the decision's value and works out where it is indexed; throws on an invalid value. */
function place(decision: Decision): Stored {
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

function withValue(decision: Decision, value: string): Decision {
  return decision.value === value ? decision : { ...decision, value };
}

function addTo<K>(index: Map<K, Decision[]>, key: K, decision: Decision): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [decision]);
  else list.push(decision);
}

function takeFrom<K>(index: Map<K, Decision[]>, key: K, decision: Decision): void {
  const list = index.get(key);
  if (list === undefined) return;
  const at = list.indexOf(decision);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) index.delete(key);
}
