// Adding a console user: the account is created without a password, with a one-time setup link that
// the user follows to choose one. A new link can be issued to an existing user (a forgotten password).
import { randomUUID } from 'node:crypto';
import type { Role } from '../auth/tokens.js';
import type { Store, User } from '../store/index.js';
import { newSetupToken } from './setup-link.js';

export const MAX_EMAIL_LENGTH = 254;

/** The email in the form it is stored and compared in, or undefined when it is not an address. */
export function normaliseEmail(text: string): string | undefined {
  const email = text.trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+$/.test(email)) return undefined;
  return email;
}

export class UserExistsError extends Error {
  constructor(readonly email: string) {
    super(`a user with email ${email} exists already`);
    this.name = 'UserExistsError';
  }
}

export interface Invitation {
  user: User;
  /** The setup token for the link; shown once. */
  token: string;
  expiresAt: number;
}

/** Creates the user with a setup token; throws UserExistsError when the email is taken. */
export async function inviteUser(
  store: Pick<Store, 'users'>,
  input: { email: string; role: Role },
  now: number,
): Promise<Invitation> {
  if (await store.users.findByEmail(input.email)) throw new UserExistsError(input.email);
  const setup = newSetupToken(now);
  const user = await store.users.create({
    id: randomUUID(),
    email: input.email,
    role: input.role,
    setupHash: setup.hash,
    setupExpiresAt: setup.expiresAt,
  });
  return { user, token: setup.token, expiresAt: setup.expiresAt };
}

/** A fresh setup link for an existing user; the earlier one stops working. */
export async function renewSetup(
  store: Pick<Store, 'users'>,
  userId: string,
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  const setup = newSetupToken(now);
  await store.users.setSetup(userId, setup.hash, setup.expiresAt);
  return { token: setup.token, expiresAt: setup.expiresAt };
}
