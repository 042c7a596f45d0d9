// Console sessions kept server-side: only the cookie's SHA-256 hash is stored, with the CSRF token,
// the second-factor state, the factors it may still use, its failed codes and a pending WebAuthn challenge.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import type { SessionsTable } from './tables/accounts.js';

export const MFA_STATES = ['enroll', 'pending', 'complete'] as const;
/** enroll: no second factor yet; pending: a second factor is still to be checked; complete: signed in. */
export type MfaState = (typeof MFA_STATES)[number];

/**
 * Which second factors a pending session may finish with. null: any the user has. `passkey`: a passkey
 * alone (the account's budget for unknown addresses is spent). `refused`: as `passkey` to the client, but
 * the password was wrong, so no factor can finish it.
 */
export type SessionGate = null | 'passkey' | 'refused';

export interface Session {
  id: string;
  tokenHash: string;
  userId: string;
  csrfToken: string;
  mfa: MfaState;
  mfaAt: number | null;
  challenge: string | null;
  address: string;
  userAgent: string;
  createdAt: number;
  lastSeenAt: number;
  gate: SessionGate;
  /** Second-factor codes that failed in this session. */
  mfaFailures: number;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: Session): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        token_hash: session.tokenHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        mfa: session.mfa,
        mfa_at: session.mfaAt,
        challenge: session.challenge,
        address: session.address,
        user_agent: session.userAgent,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        gate: session.gate,
        mfa_failures: session.mfaFailures,
      })
      .execute();
  }

  async findByTokenHash(hash: string): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    return row && toSession(row);
  }

  /** A user's sessions, newest first. */
  async listForUser(userId: string): Promise<Session[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toSession);
  }

  async touch(id: string, at: number): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  }

  /** A new cookie and CSRF token for the session, with its second-factor state. */
  async rotate(
    id: string,
    change: { tokenHash: string; csrfToken: string; mfa: MfaState; mfaAt: number | null },
  ): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({
        token_hash: change.tokenHash,
        csrf_token: change.csrfToken,
        mfa: change.mfa,
        mfa_at: change.mfaAt,
        challenge: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async setMfaAt(id: string, at: number): Promise<void> {
    await this.db.updateTable('sessions').set({ mfa_at: at }).where('id', '=', id).execute();
  }

  /** Counts one more failed second-factor check in the session; returns the count. */
  async countMfaFailure(id: string): Promise<number> {
    await this.db
      .updateTable('sessions')
      .set((eb) => ({ mfa_failures: eb('mfa_failures', '+', 1) }))
      .where('id', '=', id)
      .execute();
    const row = await this.db
      .selectFrom('sessions')
      .select('mfa_failures')
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? Number.POSITIVE_INFINITY : Number(row.mfa_failures);
  }

  async setChallenge(id: string, challenge: string | null): Promise<void> {
    await this.db.updateTable('sessions').set({ challenge }).where('id', '=', id).execute();
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Ends every session of the user, except `keep` when given; returns how many ended. */
  async removeForUser(userId: string, keep?: string): Promise<number> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (keep !== undefined) query = query.where('id', '!=', keep);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Forgets sessions idle since `idleBefore` or started before `startedBefore`. */
  async pruneExpired(idleBefore: number, startedBefore: number): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', startedBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    mfa: (MFA_STATES as readonly string[]).includes(row.mfa) ? (row.mfa as MfaState) : 'pending',
    mfaAt: row.mfa_at === null ? null : Number(row.mfa_at),
    challenge: row.challenge,
    address: row.address,
    userAgent: row.user_agent,
    createdAt: Number(row.created_at),
    lastSeenAt: Number(row.last_seen_at),
    gate: row.gate === 'passkey' || row.gate === 'refused' ? row.gate : null,
    mfaFailures: Number(row.mfa_failures),
  };
}
