// The shapes the console reads from the control plane; the domain types come from Breakwater's own modules.

export type {
  Incident,
  IncidentFigures,
  IncidentStatus,
  Severity,
  SourceCount,
  TimelineEntry,
} from '../../src/incidents/incident.js';
export { INCIDENT_STATUSES, OPEN_STATUSES, SEVERITIES } from '../../src/incidents/incident.js';
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
