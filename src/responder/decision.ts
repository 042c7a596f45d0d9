// A decision: what the edge does with traffic from one scope (an address, a prefix, a fingerprint),
// on every route or on one route only (a path prefix). Manual, detector and intel decisions, and
// allowlist entries, all share this one shape and one table.

export const SCOPES = ['ip', 'cidr', 'fingerprint'] as const;
export type Scope = (typeof SCOPES)[number];

/** `allow` is an allowlist entry: it always wins over every other action. */
export const ACTIONS = ['allow', 'block', 'challenge', 'throttle'] as const;
export type Action = (typeof ACTIONS)[number];

export const SOURCES = ['manual', 'detector', 'intel', 'config'] as const;
export type DecisionSource = (typeof SOURCES)[number];

export interface ThrottleRate {
  /** Sustained requests per second. */
  rate: number;
  /** Requests allowed in a burst above the rate. */
  burst: number;
}

export interface Decision {
  id: string;
  scope: Scope;
  /** Canonical form: `203.0.113.7`, `2001:db8::1`, `203.0.113.0/24`, `2001:db8::/48`, or a fingerprint id. */
  value: string;
  action: Action;
  /** Set when action is `throttle`. */
  throttle?: ThrottleRate;
  /** Proof-of-work difficulty in leading zero bits, when action is `challenge` (route policy otherwise). */
  difficulty?: number;
  reason: string;
  source: DecisionSource;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Milliseconds since the epoch; null never expires. */
  expiresAt: number | null;
  /** The detection that caused an automatic decision. */
  detectionId?: string;
  /**
   * The route it applies to: a path prefix in canonical form (see route-scope.ts), e.g. `/api/search`,
   * covering that path and those below it. Absent: every route.
   */
  route?: string;
}

/** Higher wins when several decisions cover one request. */
export const ACTION_PRECEDENCE: Record<Action, number> = { allow: 4, block: 3, challenge: 2, throttle: 1 };
