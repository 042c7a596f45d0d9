// A peer as the API, the CLI and the console show it: where and how it is pulled, never its password.

import type { FeedPeer } from '../../store/intel-feed-repository.js';

export interface PublicPeer {
  name: string;
  /** The peer's TAXII 2.1 API root. */
  url: string;
  collection: string;
  username: string | null;
  trust: number;
  enabled: boolean;
  checkpoint: string | null;
  lastPullAt: number | null;
  lastError: string | null;
}

export function publicPeer(peer: FeedPeer): PublicPeer {
  return {
    name: peer.name,
    url: peer.apiRoot,
    collection: peer.collectionId,
    username: peer.username,
    trust: peer.trust,
    enabled: peer.enabled,
    checkpoint: peer.checkpoint,
    lastPullAt: peer.lastPullAt,
    lastError: peer.lastError,
  };
}
