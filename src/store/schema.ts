// The database's tables as Kysely sees them. Portable types only: text, integer, bigint (timestamps in
// milliseconds since the epoch), double precision; JSON would be text. Drivers may return bigint as text.
// Each feature's tables live in tables/<feature>.ts and join the Database here.

import type { AccountTables } from './tables/accounts.js';
import type { BouncerTables } from './tables/bouncers.js';
import type { IncidentTables } from './tables/incidents.js';
import type { IntelTables } from './tables/intel.js';
import type { IntelFeedTables } from './tables/intel-feeds.js';
import type { PhishingTables } from './tables/phishing.js';
import type { TrafficTables } from './tables/traffic.js';

export interface DecisionsTable {
  id: string;
  scope: string;
  value: string;
  action: string;
  throttle_rate: number | null;
  throttle_burst: number | null;
  difficulty: number | null;
  reason: string;
  source: string;
  created_at: number | string;
  expires_at: number | string | null;
  detection_id: string | null;
  /** The route a decision applies to (a path prefix); null for every route. */
  route: string | null;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  role: string;
  /** SHA-256 hex of the bearer token; the token itself is never stored. */
  hash: string;
  created_at: number | string;
  expires_at: number | string | null;
  last_used_at: number | string | null;
  revoked_at: number | string | null;
  /** user | token: who made the token through the API; null on the command line. */
  creator_kind: string | null;
  creator_id: string | null;
}

export interface SecretsTable {
  name: string;
  value: string;
  created_at: number | string;
}

export interface DetectionsTable {
  id: string;
  kind: string;
  state: string;
  started_at: number | string;
  last_seen_at: number | string;
  path: string | null;
  route_kind: string | null;
  max_action: string;
  /** JSON: DetectionTarget[]. */
  targets: string;
  /** JSON: Evidence. */
  evidence: string;
}

export interface Database
  extends TrafficTables,
    IncidentTables,
    AccountTables,
    IntelTables,
    IntelFeedTables,
    PhishingTables,
    BouncerTables {
  decisions: DecisionsTable;
  detections: DetectionsTable;
  api_tokens: ApiTokensTable;
  secrets: SecretsTable;
}
