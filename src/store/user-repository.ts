// Console users: email, role, password hash, one-time setup token, and TOTP state (secret, last step used).
// TOTP secrets are sealed with the store key; the ones an older version stored in clear are sealed at open.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema.js';
import { isSealed } from './sealed.js';
import type { Sealer } from './sealer.js';
import { StoreError } from './store-error.js';
import type { UsersTable } from './tables/accounts.js';
import { TOKEN_ROLES, type TokenRole } from './token-repository.js';

export interface User {
  id: string;
  email: string;
  role: TokenRole;
  disabled: boolean;
  /** False until the user has followed the setup link and chosen a password. */
  hasPassword: boolean;
  totp: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A user with the secrets that only sign-in code reads. */
export interface UserSecrets extends User {
  passwordHash: string | null;
  setupHash: string | null;
  setupExpiresAt: number | null;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpLastStep: number | null;
}

export interface NewUser {
  id: string;
  email: string;
  role: TokenRole;
  setupHash: string;
  setupExpiresAt: number;
}

export class UserRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
    private readonly sealer: Sealer,
  ) {}

  async create(user: NewUser): Promise<User> {
    const at = this.now();
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        role: user.role,
        password_hash: null,
        disabled: 0,
        setup_hash: user.setupHash,
        setup_expires_at: user.setupExpiresAt,
        totp_secret: null,
        totp_pending_secret: null,
        totp_last_step: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return (await this.find(user.id)) as User;
  }

  async find(id: string): Promise<UserSecrets | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && this.withSecrets(row);
  }

  async findByEmail(email: string): Promise<UserSecrets | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
    return row && this.withSecrets(row);
  }

  async findBySetupHash(hash: string): Promise<UserSecrets | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('setup_hash', '=', hash)
      .executeTakeFirst();
    return row && this.withSecrets(row);
  }

  /** Every user, oldest first. */
  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map((row) => publicUser(toUser(row)));
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Admins who are not disabled. */
  async countActiveAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(id: string, change: { role?: TokenRole; disabled?: boolean }): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.disabled === undefined ? {} : { disabled: change.disabled ? 1 : 0 }),
        updated_at: this.now(),
      })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** A new setup token replaces any earlier one. */
  async setSetup(id: string, hash: string, expiresAt: number): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ setup_hash: hash, setup_expires_at: expiresAt, updated_at: this.now() })
      .where('id', '=', id)
      .execute();
  }

  /** Sets the password and spends the setup token; false when the token was spent meanwhile. */
  async completeSetup(id: string, setupHash: string, passwordHash: string): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, setup_hash: null, setup_expires_at: null, updated_at: this.now() })
      .where('id', '=', id)
      .where('setup_hash', '=', setupHash)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setPendingTotp(id: string, secret: string): Promise<void> {
    const sealed = await this.sealer.seal('users.totp_pending_secret', secret);
    await this.db.updateTable('users').set({ totp_pending_secret: sealed }).where('id', '=', id).execute();
  }

  /** The pending secret becomes the TOTP secret; the step of the confirming code counts as used. */
  async confirmTotp(id: string, secret: string, step: number): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        totp_secret: await this.sealer.seal('users.totp_secret', secret),
        totp_pending_secret: null,
        totp_last_step: step,
        updated_at: this.now(),
      })
      .where('id', '=', id)
      .execute();
  }

  async clearTotp(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ totp_secret: null, totp_pending_secret: null, totp_last_step: null, updated_at: this.now() })
      .where('id', '=', id)
      .where('totp_secret', 'is not', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Records `step` as used; false when it or a later step was used already (a replayed code). */
  async spendTotpStep(id: string, step: number): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** Seals the TOTP secrets an older version stored in clear; a value changed meanwhile is left to its writer. */
  async sealClearSecrets(): Promise<void> {
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'totp_secret', 'totp_pending_secret'])
      .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending_secret', 'is not', null)]))
      .execute();
    for (const row of rows) {
      for (const column of ['totp_secret', 'totp_pending_secret'] as const) {
        const clear = row[column];
        if (clear === null || isSealed(clear)) continue;
        await this.db
          .updateTable('users')
          .set({ [column]: await this.sealer.seal(`users.${column}`, clear) })
          .where('id', '=', row.id)
          .where(column, '=', clear)
          .execute();
      }
    }
  }

  private async withSecrets(row: Selectable<UsersTable>): Promise<UserSecrets> {
    return {
      ...toUser(row),
      totpSecret: await this.sealer.open('users.totp_secret', row.totp_secret),
      totpPendingSecret: await this.sealer.open('users.totp_pending_secret', row.totp_pending_secret),
    };
  }
}

export function publicUser(user: User): User {
  const { id, email, role, disabled, hasPassword, totp, createdAt, updatedAt } = user;
  return { id, email, role, disabled, hasPassword, totp, createdAt, updatedAt };
}

const nullableNumber = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

function toUser(row: Selectable<UsersTable>): UserSecrets {
  if (!(TOKEN_ROLES as readonly string[]).includes(row.role)) {
    throw new StoreError(`user ${row.id} in the database has an unknown role '${row.role}'`, 'users');
  }
  const role = row.role as TokenRole;
  return {
    id: row.id,
    email: row.email,
    role,
    disabled: Number(row.disabled) !== 0,
    hasPassword: row.password_hash !== null,
    totp: row.totp_secret !== null,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    passwordHash: row.password_hash,
    setupHash: row.setup_hash,
    setupExpiresAt: nullableNumber(row.setup_expires_at),
    totpSecret: row.totp_secret,
    totpPendingSecret: row.totp_pending_secret,
    totpLastStep: nullableNumber(row.totp_last_step),
  };
}
