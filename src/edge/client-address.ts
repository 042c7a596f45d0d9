// Phase 3, identify: the client's address. Taken from the socket, or, when the peer is a trusted
// proxy (a load balancer or CDN in front), from X-Forwarded-For walked right to left past trusted hops.

import { canonicalAddress } from '../net/ip.js';

export interface TrustedProxies {
  /** True when the address belongs to a configured trusted proxy. */
  trusts(address: string): boolean;
}

export function clientAddressOf(
  peer: string,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): { client: string; peerTrusted: boolean } {
  if (!trusted.trusts(peer)) return { client: peer, peerTrusted: false };
  if (forwardedFor === undefined) return { client: peer, peerTrusted: true };
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = canonicalAddress(hops[i].trim());
    if (hop === null) break; // a malformed hop ends what we can believe
    if (!trusted.trusts(hop)) return { client: hop, peerTrusted: true };
  }
  return { client: peer, peerTrusted: true };
}
