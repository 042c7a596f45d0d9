// One index of decisions for the table's lookups: exact IPv4 and IPv6 addresses, a CIDR trie, and
// fingerprints. The table keeps one for the decisions on every route and one for each route that has
// decisions of its own.

import type { ParsedCidr } from '../net/ip.js';
import { RadixTrie } from '../net/radix-trie.js';
import type { Decision } from './decision.js';

/** Where a stored decision is indexed, so that it can be taken out again. */
export type Placement =
  /** IPv4 keys are the address as a signed int32, which the engine holds without boxing. */
  | { index: 'ip4'; key: number }
  | { index: 'ip6'; key: string }
  | { index: 'cidr'; key: ParsedCidr }
  | { index: 'fingerprint'; key: string };

export class DecisionIndex {
  readonly exact4 = new Map<number, Decision[]>();
  readonly exact6 = new Map<string, Decision[]>();
  readonly byFingerprint = new Map<string, Decision[]>();
  readonly cidrs = new RadixTrie<Decision>();
  /** Decisions held. */
  size = 0;

  /** `route`: the route its decisions apply to, in canonical form; '' for every route. */
  constructor(readonly route = '') {}

  attach(decision: Decision, placement: Placement): void {
    this.size++;
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

  detach(decision: Decision, placement: Placement): void {
    this.size--;
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
