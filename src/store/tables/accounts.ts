// Tables of the store: Console users, their factors, sessions and the audit log.

export interface UsersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  role: string;
  /** argon2id PHC string; null until the user follows the setup link. */
  password_hash: string | null;
  disabled: number;
  /** SHA-256 hex of the one-time setup token; null once used. */
  setup_hash: string | null;
  setup_expires_at: number | string | null;
  /** Base32 TOTP secret, sealed (sealed.ts); null when TOTP is not enrolled. */
  totp_secret: string | null;
  /** Secret shown at enrolment, waiting for a first code; sealed. */
  totp_pending_secret: string | null;
  /** The last time step whose code was accepted: a code works once. */
  totp_last_step: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

export interface PasskeysTable {
  /** Credential id, base64url. */
  id: string;
  user_id: string;
  name: string;
  /** COSE public key, base64url. */
  public_key: string;
  counter: number | string;
  /** JSON: string[]. */
  transports: string;
  created_at: number | string;
  last_used_at: number | string | null;
}

export interface RecoveryCodesTable {
  id: string;
  user_id: string;
  /** SHA-256 hex of the normalised code. */
  hash: string;
  used_at: number | string | null;
}

export interface SessionsTable {
  /** Public id, shown in the session list. */
  id: string;
  /** SHA-256 hex of the cookie value. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  /** enroll | pending | complete. */
  mfa: string;
  /** When a second factor was last checked. */
  mfa_at: number | string | null;
  /** WebAuthn challenge waiting for an answer, with its purpose: `register:…` or `login:…`. */
  challenge: string | null;
  address: string;
  user_agent: string;
  created_at: number | string;
  last_seen_at: number | string;
  /** null: any second factor; `passkey`: a passkey alone; `refused`: the password was wrong (session.ts). */
  gate: string | null;
  /** Second-factor codes that failed in this session. */
  mfa_failures: number | string;
}

export interface LoginFailuresTable {
  id: string;
  /** Lower-cased email as typed. */
  account: string;
  /** The client address; an IPv6 client by its /64. */
  address: string;
  at: number | string;
  /** password | mfa. */
  kind: string;
}

/** Where each account completed a sign-in: such an address is not held back by the account's budget. */
export interface LoginAddressesTable {
  account: string;
  address: string;
  last_at: number | string;
}

export interface AuditLogTable {
  seq: number | string;
  at: number | string;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  address: string | null;
  action: string;
  /** JSON object. */
  target: string;
  /** JSON object. */
  detail: string;
  prev_hash: string;
  hash: string;
  /** 1 when `hash` is an HMAC under the audit key (audit-chain.ts); 0 on entries written before. */
  keyed: number;
}

export interface AccountTables {
  users: UsersTable;
  passkeys: PasskeysTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  login_addresses: LoginAddressesTable;
  audit_log: AuditLogTable;
}
