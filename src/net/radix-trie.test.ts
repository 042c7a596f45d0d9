// Tests for the prefix trie: exact behaviour on small cases and a random differential test against a
// linear scan over thousands of IPv4 and IPv6 prefixes, with removals.
import { describe, expect, it } from 'vitest';
import { type ParsedAddress, parseAddress, parseCidr } from './ip.js';
import { RadixTrie, type TriePrefix } from './radix-trie.js';

function cidr(text: string) {
  const parsed = parseCidr(text);
  if (parsed === null) throw new Error(`bad cidr ${text}`);
  return parsed;
}

function address(text: string): ParsedAddress {
  const parsed = parseAddress(text);
  if (parsed === null) throw new Error(`bad address ${text}`);
  return parsed;
}

describe('RadixTrie', () => {
  it('finds every covering prefix, shortest first, and the longest', () => {
    const trie = new RadixTrie<string>();
    trie.insert(cidr('10.0.0.0/8'), 'a');
    trie.insert(cidr('10.1.0.0/16'), 'b');
    trie.insert(cidr('10.1.2.0/24'), 'c');
    trie.insert(cidr('10.1.3.0/24'), 'd');
    trie.insert(cidr('0.0.0.0/0'), 'all');
    trie.insert(cidr('10.1.2.3/32'), 'host');
    expect(trie.matches(address('10.1.2.3'))).toEqual([
      { prefixLength: 0, values: ['all'] },
      { prefixLength: 8, values: ['a'] },
      { prefixLength: 16, values: ['b'] },
      { prefixLength: 24, values: ['c'] },
      { prefixLength: 32, values: ['host'] },
    ]);
    expect(trie.longestMatch(address('10.1.3.9'))).toEqual({ prefixLength: 24, values: ['d'] });
    expect(trie.longestMatch(address('11.0.0.1'))).toEqual({ prefixLength: 0, values: ['all'] });
    expect(trie.size).toBe(6);
  });

  it('keeps several values on one prefix and removes them one at a time', () => {
    const trie = new RadixTrie<string>();
    trie.insert(cidr('192.0.2.0/24'), 'allow');
    trie.insert(cidr('192.0.2.0/24'), 'block');
    expect(trie.get(cidr('192.0.2.0/24'))).toEqual(['allow', 'block']);
    expect(trie.remove(cidr('192.0.2.0/24'), 'allow')).toBe(true);
    expect(trie.remove(cidr('192.0.2.0/24'), 'allow')).toBe(false);
    expect(trie.longestMatch(address('192.0.2.1'))?.values).toEqual(['block']);
    expect(trie.remove(cidr('192.0.2.0/24'), 'block')).toBe(true);
    expect(trie.longestMatch(address('192.0.2.1'))).toBeUndefined();
    expect(trie.size).toBe(0);
  });

  it('does not remove from a different prefix of the same length', () => {
    const trie = new RadixTrie<string>();
    trie.insert(cidr('192.0.2.0/24'), 'x');
    expect(trie.remove(cidr('192.0.3.0/24'), 'x')).toBe(false);
    expect(trie.remove(cidr('192.0.2.0/25'), 'x')).toBe(false);
    expect(trie.size).toBe(1);
  });

  it('keeps IPv4 and IPv6 apart', () => {
    const trie = new RadixTrie<string>();
    trie.insert(cidr('0.0.0.0/0'), 'v4');
    trie.insert(cidr('::/0'), 'v6');
    trie.insert(cidr('2001:db8::/32'), 'doc');
    expect(trie.matches(address('1.2.3.4')).flatMap((m) => m.values)).toEqual(['v4']);
    expect(trie.matches(address('2001:db8::1')).flatMap((m) => m.values)).toEqual(['v6', 'doc']);
    expect(trie.sizeOf(4)).toBe(1);
    expect(trie.sizeOf(6)).toBe(2);
  });

  it('ignores host bits in the prefix it is given', () => {
    const trie = new RadixTrie<string>();
    trie.insert({ family: 4, bits: 0x0a0101ff, prefixLength: 16 }, 'x');
    expect(trie.get(cidr('10.1.0.0/16'))).toEqual(['x']);
    expect(trie.longestMatch(address('10.1.200.1'))?.values).toEqual(['x']);
  });

  it('refuses an impossible prefix length', () => {
    const trie = new RadixTrie<string>();
    expect(() => trie.insert({ family: 4, bits: 0, prefixLength: 33 }, 'x')).toThrow(RangeError);
    expect(() => trie.insert({ family: 6, bits: new Uint32Array(4), prefixLength: -1 }, 'x')).toThrow(
      RangeError,
    );
  });
});

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entry {
  prefix: TriePrefix;
  id: number;
}

/** Bit by bit, the slow obvious way. */
function coversNaively(prefix: TriePrefix, target: ParsedAddress): boolean {
  if (prefix.family !== target.family) return false;
  const words = (value: number | Uint32Array) => (typeof value === 'number' ? [value] : value);
  const a = words(prefix.bits);
  const b = words(target.bits);
  for (let i = 0; i < prefix.prefixLength; i++) {
    const shift = 31 - (i % 32);
    if (((a[i >> 5] >>> shift) & 1) !== ((b[i >> 5] >>> shift) & 1)) return false;
  }
  return true;
}

function naiveMatches(entries: Iterable<Entry>, target: ParsedAddress): string[] {
  return [...entries]
    .filter((entry) => coversNaively(entry.prefix, target))
    .map((entry) => `${entry.prefix.prefixLength}:${entry.id}`)
    .sort();
}

function trieMatches(trie: RadixTrie<Entry>, target: ParsedAddress): string[] {
  const seen: string[] = [];
  let lastLength = -1;
  trie.forEachMatch(target, (entry, prefixLength) => {
    if (prefixLength < lastLength) seen.push('out of order');
    if (prefixLength !== entry.prefix.prefixLength) seen.push('wrong length');
    lastLength = prefixLength;
    seen.push(`${prefixLength}:${entry.id}`);
  });
  return seen.sort();
}

describe('RadixTrie against a linear scan', () => {
  // Clustered prefixes (few distinct top bits) so that prefixes nest and share paths often.
  function randomV4(random: () => number): number {
    const top = [0x0a000000, 0xc0a80000, 0xcb007100, 0x01020300][Math.floor(random() * 4)];
    return (top ^ (Math.floor(random() * 0x10000) * (random() < 0.5 ? 1 : 0x100))) >>> 0;
  }

  function randomV6(random: () => number): Uint32Array {
    const words = new Uint32Array(4);
    words[0] = random() < 0.7 ? 0x20010db8 : Math.floor(random() * 0x100000000);
    words[1] = random() < 0.5 ? 0 : Math.floor(random() * 0x100);
    words[2] = Math.floor(random() * 0x100000000);
    words[3] = Math.floor(random() * 0x100000000);
    return words;
  }

  function randomLength(random: () => number, width: number): number {
    const roll = random();
    if (roll < 0.1) return width;
    if (roll < 0.3) return Math.floor(random() * (width + 1));
    return width / 2 + Math.floor(random() * (width / 2 + 1));
  }

  it.each([1, 2, 3])('agrees on inserts, removals and lookups (seed %i)', (seed) => {
    const random = generator(seed);
    const trie = new RadixTrie<Entry>();
    const live = new Map<number, Entry>();
    let nextId = 0;
    const add = () => {
      const v4 = random() < 0.6;
      const prefix: TriePrefix = v4
        ? { family: 4, bits: randomV4(random), prefixLength: randomLength(random, 32) }
        : { family: 6, bits: randomV6(random), prefixLength: randomLength(random, 128) };
      const entry = { prefix, id: nextId++ };
      trie.insert(prefix, entry);
      live.set(entry.id, entry);
    };
    for (let i = 0; i < 3000; i++) add();
    const probe = () => {
      for (let i = 0; i < 400; i++) {
        const target: ParsedAddress =
          random() < 0.6 ? { family: 4, bits: randomV4(random) } : { family: 6, bits: randomV6(random) };
        expect(trieMatches(trie, target)).toEqual(naiveMatches(live.values(), target));
      }
      // Probe at the prefixes themselves too: their first address is always covered.
      let n = 0;
      for (const entry of live.values()) {
        if (n++ % 25 !== 0) continue;
        const target: ParsedAddress =
          entry.prefix.family === 4
            ? { family: 4, bits: entry.prefix.bits }
            : { family: 6, bits: entry.prefix.bits };
        expect(trieMatches(trie, target)).toEqual(naiveMatches(live.values(), target));
      }
      expect(trie.size).toBe(live.size);
    };
    probe();
    // Remove two thirds, in random order, then add some back, checking as we go.
    const ids = [...live.keys()].sort(() => random() - 0.5);
    for (const id of ids.slice(0, 2000)) {
      const entry = live.get(id) as Entry;
      expect(trie.remove(entry.prefix, entry)).toBe(true);
      live.delete(id);
    }
    probe();
    for (let i = 0; i < 500; i++) add();
    probe();
    for (const entry of [...live.values()]) {
      expect(trie.remove(entry.prefix, entry)).toBe(true);
      live.delete(entry.id);
    }
    expect(trie.size).toBe(0);
    probe();
  });
});
