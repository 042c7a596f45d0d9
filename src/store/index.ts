// The store's public face: open it, and the types of what it holds.
export {
  AUDIT_GENESIS,
  type AuditActor,
  type AuditEntry,
  type AuditInput,
  AuditRepository,
  type AuditVerdict,
  canonicalJson,
} from './audit-repository.js';
export { BouncerRepository, type Pull, type StoredBouncer } from './bouncer-repository.js';
export { DecisionRepository } from './decision-repository.js';
export { type DetectionFilter, DetectionRepository } from './detection-repository.js';
export { FactorRepository, type Passkey } from './factor-repository.js';
export {
  type ImportedIndicator,
  ImportedIndicatorRepository,
  type ImportFilter,
  type NewImport,
} from './imported-indicator-repository.js';
export {
  type IncidentFilter,
  IncidentRepository,
  incidentId,
  type LinkedDecision,
  type NewTimelineEntry,
  type TimelineLine,
} from './incident-repository.js';
export {
  type FeedPeer,
  type FeedPull,
  IntelFeedRepository,
  type NewFeedPeer,
  type PullCounts,
} from './intel-feed-repository.js';
export { type FailureCount, LoginFailureRepository } from './login-failure-repository.js';
export {
  type Campaign,
  type MailboxCheckpoint,
  PhishingCampaignRepository,
} from './phishing-campaign-repository.js';
export {
  type AnalysisRecord,
  type NewReport,
  PhishingReportRepository,
  REPORT_SOURCES,
  REPORT_STATUSES,
  type ReportFilter,
  type ReportNote,
  type ReportSource,
  type ReportStatus,
  type StoredReport,
} from './phishing-report-repository.js';
export type { Database } from './schema.js';
export { SecretRepository } from './secret-repository.js';
export { MFA_STATES, type MfaState, type Session, SessionRepository } from './session-repository.js';
export {
  type AddResult,
  StixObjectRepository,
  type StixPage,
  type StixQuery,
  type StoredStixObject,
  type VersionMatch,
} from './stix-object-repository.js';
export { BUSY_TIMEOUT_MS, DATABASE_FILE, openStore, type Store, type StoreOptions } from './store.js';
export { StoreError } from './store-error.js';
export {
  type NewTaxiiAccount,
  type TaxiiAccount,
  TaxiiAccountError,
  TaxiiAccountRepository,
} from './taxii-account-repository.js';
export { type StatusDetail, type TaxiiStatus, TaxiiStatusRepository } from './taxii-status-repository.js';
export {
  type NewToken,
  type StoredToken,
  TOKEN_ROLES,
  TokenRepository,
  type TokenRole,
} from './token-repository.js';
export {
  TRAFFIC_RETENTION_MS,
  type TrafficPoint,
  type TrafficRange,
  TrafficRepository,
} from './traffic-repository.js';
export { type NewUser, publicUser, type User, UserRepository, type UserSecrets } from './user-repository.js';
