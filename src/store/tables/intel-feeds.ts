// Tables of the store: peers' feeds we pull from, their checkpoints, and the indicators imported from them.

export interface IntelPeersTable {
  name: string;
  /** The peer's TAXII 2.1 API root URL, ending with '/'. */
  api_root: string;
  collection_id: string;
  /** Basic credentials for the peer's server (ours to present, not to check): the password sealed (sealed.ts). */
  username: string | null;
  password: string | null;
  /** 0 to 100. */
  trust: number;
  /** 0 or 1. */
  enabled: number;
  /** `added_after` for the next pull: the last `X-TAXII-Date-Added-Last` seen, as the peer wrote it. */
  checkpoint: string | null;
  created_at: number | string;
  last_pull_at: number | string | null;
  /** Null when the last pull succeeded. */
  last_error: string | null;
}

export interface IntelPullsTable {
  id: string;
  peer: string;
  started_at: number | string;
  finished_at: number | string;
  /** 'ok' or 'error'. */
  status: string;
  pages: number;
  objects: number;
  imported: number;
  duplicates: number;
  revoked: number;
  unsupported: number;
  invalid: number;
  error: string | null;
}

export interface IntelImportsTable {
  peer: string;
  indicator_id: string;
  /** Canonical address or prefix; '' for an indicator Breakwater cannot act on. */
  value: string;
  /** 'ip', 'cidr', or '' for an unsupported indicator. */
  scope: string;
  pattern: string;
  confidence: number | null;
  modified: number | string;
  valid_until: number | string | null;
  /** enforced, observe, refused or unsupported. */
  status: string;
  reason: string;
  /** 1 when refused because it touches a protected address. */
  poisoning: number;
  /** The TLP level the indicator came under; null for those imported before it was kept. */
  tlp: string | null;
  imported_at: number | string;
}

export interface IntelFeedTables {
  intel_peers: IntelPeersTable;
  intel_pulls: IntelPullsTable;
  intel_imports: IntelImportsTable;
}
