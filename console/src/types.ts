// The shapes the console reads from the control plane; the domain types come from Breakwater's own modules.

export type {
  Incident,
  IncidentFigures,
  IncidentKind,
  IncidentStatus,
  Severity,
  SourceCount,
  TimelineEntry,
} from '../../src/incidents/incident.js';
export {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  OPEN_STATUSES,
  SEVERITIES,
} from '../../src/incidents/incident.js';
export type { Action, Decision, Scope } from '../../src/responder/decision.js';
export { ACTIONS, SCOPES } from '../../src/responder/decision.js';
export type { Detection, DetectionKind } from '../../src/sentinel/detection.js';
export { DETECTION_KINDS } from '../../src/sentinel/detection.js';
/** One second of traffic at the edge, as the live stream and /api/v1/traffic carry it. */
export type { TrafficPoint } from '../../src/store/traffic-repository.js';

export type Role = 'viewer' | 'responder' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'responder', 'admin'];

export function roleAtLeast(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export type MfaState = 'complete' | 'pending' | 'enroll';

export interface SessionInfo {
  user: { id: string; email: string; role: Role };
  mfa: MfaState;
  factors: { totp: boolean; passkeys: number; recoveryCodesLeft: number };
  csrfToken: string;
}

export type SecondFactor = 'totp' | 'passkey' | 'recovery';

export interface LoginAnswer {
  mfa: 'pending' | 'enroll' | 'complete';
  methods?: SecondFactor[] | string[];
  csrfToken?: string;
}

export interface Passkey {
  id: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

export interface SessionSummary {
  id: string;
  address: string;
  userAgent: string;
  createdAt: number;
  lastSeenAt: number;
  current?: boolean;
}

export interface ConsoleUser {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** False until the user has followed the setup link. */
  hasPassword: boolean;
  totp: boolean;
  passkeys?: number;
  createdAt: number;
}

export interface ApiToken {
  id: string;
  name: string | null;
  role: Role;
  createdAt: number;
  lastUsedAt: number | null;
  expiresAt: number | null;
  revokedAt: number | null;
}

export interface AuditEntry {
  seq: number;
  at: number;
  actor: { kind: string; id: string | null; name: string | null };
  address: string | null;
  action: string;
  target: Record<string, unknown>;
  detail: Record<string, unknown>;
}

/** A peer whose TAXII collection is pulled, as /api/v1/intel/peers shows it (never its password). */
export type { PublicPeer as IntelPeer } from '../../src/intel/feeds/public-peer.js';
export type { ImportStatus } from '../../src/intel/feeds/trust-policy.js';
export { IMPORT_STATUSES } from '../../src/intel/feeds/trust-policy.js';
/** An indicator imported from a peer, with the trust policy's verdict. */
export type { ImportedIndicator } from '../../src/store/imported-indicator-repository.js';
/** The record of one pull of a peer's collection. */
export type { FeedPull } from '../../src/store/intel-feed-repository.js';

/** One of our TAXII collections, as peers see it. */
export interface IntelCollection {
  id: string;
  title: string;
  description?: string;
  alias?: string;
}
/** This gateway in its cluster: workers, leader, Redis and the store, decisions from other gateways. */
export type { ClusterReport } from '../../src/control/routes/cluster.js';
/** A STIX 2.1 object we publish. */
export type { StixObject } from '../../src/intel/stix/objects.js';
