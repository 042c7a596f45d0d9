// A path-compressed binary radix trie of IPv4 and IPv6 prefixes, each holding one or more values.
// Lookups walk from the shortest covering prefix to the longest and allocate nothing.

import type { ParsedAddress } from './ip.js';

/** A prefix to store: `ParsedCidr` from ip.ts fits. Bits past `prefixLength` are ignored. */
export type TriePrefix =
  | { readonly family: 4; readonly bits: number; readonly prefixLength: number }
  | { readonly family: 6; readonly bits: Uint32Array; readonly prefixLength: number };

export interface TrieMatch<V> {
  prefixLength: number;
  values: readonly V[];
}

/** Called for each value on a covering prefix, shortest prefix first. */
export type TrieVisitor<V> = (value: V, prefixLength: number) => void;

class TrieNode<V> {
  zero: TrieNode<V> | null = null;
  one: TrieNode<V> | null = null;
  values: V[] | null = null;

  /** `key` has every bit past `length` zeroed. */
  constructor(
    readonly key: Uint32Array,
    readonly length: number,
  ) {}
}

function bitAt(words: Uint32Array, index: number): number {
  return (words[index >>> 5] >>> (31 - (index & 31))) & 1;
}

/** True when the first `length` bits of `key` and `address` agree. */
function covers(key: Uint32Array, length: number, address: Uint32Array): boolean {
  let w = 0;
  for (; length >= 32; length -= 32, w++) {
    if (key[w] !== address[w]) return false;
  }
  if (length === 0) return true;
  return ((key[w] ^ address[w]) & (0xffffffff << (32 - length))) === 0;
}

/** Number of leading bits `a` and `b` share, at most `limit`. */
function commonLength(a: Uint32Array, b: Uint32Array, limit: number): number {
  for (let w = 0; w * 32 < limit; w++) {
    const diff = a[w] ^ b[w];
    if (diff !== 0) return Math.min(limit, w * 32 + Math.clz32(diff));
  }
  return limit;
}

function masked(words: Uint32Array, length: number): Uint32Array {
  const out = new Uint32Array(words.length);
  for (let w = 0; w < words.length; w++) {
    const keep = length - w * 32;
    if (keep >= 32) out[w] = words[w];
    else if (keep > 0) out[w] = (words[w] & (0xffffffff << (32 - keep))) >>> 0;
  }
  return out;
}

function replaceChild<V>(parent: TrieNode<V>, old: TrieNode<V>, next: TrieNode<V> | null): void {
  if (parent.zero === old) parent.zero = next;
  else parent.one = next;
}

/** One address family: keys of `width` bits. */
class PrefixTree<V> {
  readonly root: TrieNode<V>;

  constructor(readonly width: number) {
    this.root = new TrieNode<V>(new Uint32Array(width / 32), 0);
  }

  insert(key: Uint32Array, length: number, value: V): void {
    let node = this.root;
    for (;;) {
      if (node.length === length) {
        if (node.values === null) node.values = [value];
        else node.values.push(value);
        return;
      }
      const side = bitAt(key, node.length);
      const child = side ? node.one : node.zero;
      if (child === null) {
        const leaf = new TrieNode<V>(key, length);
        leaf.values = [value];
        if (side) node.one = leaf;
        else node.zero = leaf;
        return;
      }
      const common = commonLength(key, child.key, Math.min(length, child.length));
      if (common === child.length) {
        node = child;
        continue;
      }
      // The new prefix and the child part ways (or the new prefix ends) above the child: split there.
      const fork = new TrieNode<V>(masked(key, common), common);
      if (bitAt(child.key, common)) fork.one = child;
      else fork.zero = child;
      if (side) node.one = fork;
      else node.zero = fork;
      if (common === length) {
        fork.values = [value];
        return;
      }
      const leaf = new TrieNode<V>(key, length);
      leaf.values = [value];
      if (bitAt(key, common)) fork.one = leaf;
      else fork.zero = leaf;
      return;
    }
  }

  find(key: Uint32Array, length: number): TrieNode<V> | null {
    let node: TrieNode<V> | null = this.root;
    while (node !== null && node.length < length) node = bitAt(key, node.length) ? node.one : node.zero;
    if (node === null || node.length !== length || !covers(node.key, length, key)) return null;
    return node;
  }

  remove(key: Uint32Array, length: number, value: V): boolean {
    let grandparent: TrieNode<V> | null = null;
    let parent: TrieNode<V> | null = null;
    let node: TrieNode<V> | null = this.root;
    while (node !== null && node.length < length) {
      grandparent = parent;
      parent = node;
      node = bitAt(key, node.length) ? node.one : node.zero;
    }
    if (node === null || node.length !== length || !covers(node.key, length, key)) return false;
    const values = node.values;
    const index = values === null ? -1 : values.indexOf(value);
    if (values === null || index < 0) return false;
    values.splice(index, 1);
    if (values.length > 0) return true;
    node.values = null;
    // Keep the tree compressed: a non-root node without values has exactly two children.
    if (parent === null || (node.zero !== null && node.one !== null)) return true;
    const only = node.zero ?? node.one;
    replaceChild(parent, node, only);
    if (only === null && grandparent !== null && parent.values === null) {
      replaceChild(grandparent, parent, parent.zero ?? parent.one);
    }
    return true;
  }

  forEachMatch(address: Uint32Array, visit: TrieVisitor<V>): void {
    let node: TrieNode<V> | null = this.root;
    while (node !== null) {
      if (!covers(node.key, node.length, address)) return;
      const values = node.values;
      if (values !== null) {
        for (let i = 0; i < values.length; i++) visit(values[i], node.length);
      }
      if (node.length === this.width) return;
      node = bitAt(address, node.length) ? node.one : node.zero;
    }
  }

  longest(address: Uint32Array): TrieNode<V> | null {
    let best: TrieNode<V> | null = null;
    let node: TrieNode<V> | null = this.root;
    while (node !== null && covers(node.key, node.length, address)) {
      if (node.values !== null) best = node;
      if (node.length === this.width) break;
      node = bitAt(address, node.length) ? node.one : node.zero;
    }
    return best;
  }
}

export class RadixTrie<V> {
  private readonly v4 = new PrefixTree<V>(32);
  private readonly v6 = new PrefixTree<V>(128);
  /** Reused for IPv4 lookups so that they allocate nothing. */
  private readonly scratch4 = new Uint32Array(1);
  private count4 = 0;
  private count6 = 0;

  /** Values stored, both families. */
  get size(): number {
    return this.count4 + this.count6;
  }

  sizeOf(family: 4 | 6): number {
    return family === 4 ? this.count4 : this.count6;
  }

  /** Adds a value under the prefix; a prefix may hold several values (compared with `===` on removal). */
  insert(prefix: TriePrefix, value: V): void {
    const length = checkedLength(prefix);
    if (prefix.family === 4) {
      this.v4.insert(masked(Uint32Array.of(prefix.bits), length), length, value);
      this.count4++;
    } else {
      this.v6.insert(masked(prefix.bits, length), length, value);
      this.count6++;
    }
  }

  /** Removes one value from the prefix; false when it was not there. */
  remove(prefix: TriePrefix, value: V): boolean {
    const length = checkedLength(prefix);
    if (prefix.family === 4) {
      this.scratch4[0] = prefix.bits;
      const removed = this.v4.remove(this.scratch4, length, value);
      if (removed) this.count4--;
      return removed;
    }
    const removed = this.v6.remove(prefix.bits, length, value);
    if (removed) this.count6--;
    return removed;
  }

  /** The values stored on exactly this prefix. */
  get(prefix: TriePrefix): readonly V[] | undefined {
    const length = checkedLength(prefix);
    let node: TrieNode<V> | null;
    if (prefix.family === 4) {
      this.scratch4[0] = prefix.bits;
      node = this.v4.find(this.scratch4, length);
    } else {
      node = this.v6.find(prefix.bits, length);
    }
    return node?.values ?? undefined;
  }

  /**
   * Visits every value on a prefix covering the IPv4 address, shortest prefix first. `bits` is a uint32,
   * or the same bits as a signed int32 (`bits | 0`), which the engine passes without boxing.
   */
  forEachMatchV4(bits: number, visit: TrieVisitor<V>): void {
    if (this.count4 === 0) return;
    this.scratch4[0] = bits;
    this.v4.forEachMatch(this.scratch4, visit);
  }

  /** Visits every value on a prefix covering the IPv6 address (four words), shortest prefix first. */
  forEachMatchV6(words: Uint32Array, visit: TrieVisitor<V>): void {
    if (this.count6 === 0) return;
    this.v6.forEachMatch(words, visit);
  }

  forEachMatch(address: ParsedAddress, visit: TrieVisitor<V>): void {
    if (address.family === 4) this.forEachMatchV4(address.bits, visit);
    else this.forEachMatchV6(address.bits, visit);
  }

  /** Every covering prefix with its values, shortest first. Allocates; for tools and tests. */
  matches(address: ParsedAddress): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    this.forEachMatch(address, (value, prefixLength) => {
      const last = found[found.length - 1];
      if (last !== undefined && last.prefixLength === prefixLength) (last.values as V[]).push(value);
      else found.push({ prefixLength, values: [value] });
    });
    return found;
  }

  /** The longest prefix covering the address that holds values. */
  longestMatch(address: ParsedAddress): TrieMatch<V> | undefined {
    let node: TrieNode<V> | null;
    if (address.family === 4) {
      this.scratch4[0] = address.bits;
      node = this.v4.longest(this.scratch4);
    } else {
      node = this.v6.longest(address.bits);
    }
    return node?.values ? { prefixLength: node.length, values: node.values } : undefined;
  }
}

function checkedLength(prefix: TriePrefix): number {
  const width = prefix.family === 4 ? 32 : 128;
  const length = prefix.prefixLength;
  if (!Number.isInteger(length) || length < 0 || length > width) {
    throw new RangeError(`prefix length must be 0 to ${width} for IPv${prefix.family}; got ${length}`);
  }
  return length;
}
