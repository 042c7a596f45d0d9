// The configured trusted proxies (load balancers, CDNs in front of the edge) as a prefix trie:
// only their X-Forwarded-For is believed.

import { parseAddress, parseCidr } from '../net/ip.js';
import { RadixTrie } from '../net/radix-trie.js';
import type { TrustedProxies } from './client-address.js';

export class ProxyList implements TrustedProxies {
  private readonly trie = new RadixTrie<true>();
  private readonly empty: boolean;

  /** `ranges` are addresses or CIDRs, already validated by the configuration. */
  constructor(ranges: readonly string[]) {
    for (const range of ranges) {
      const cidr = parseCidr(range);
      if (cidr === null) throw new Error(`not an address or CIDR: ${range}`);
      this.trie.insert(cidr, true);
    }
    this.empty = ranges.length === 0;
  }

  trusts(address: string): boolean {
    if (this.empty) return false;
    const parsed = parseAddress(address);
    return parsed !== null && this.trie.longestMatch(parsed) !== undefined;
  }
}
