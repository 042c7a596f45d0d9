// The first console admin: while no user has chosen a password yet, `npm start` prints a setup link for
// admin@breakwater.local (added when missing); the link is renewed on each start until it is used.
import type { Store } from '../store/index.js';
import { inviteUser, renewSetup } from './invite.js';
import { setupUrl } from './setup-link.js';

export const FIRST_ADMIN_EMAIL = 'admin@breakwater.local';

/** A setup link for the first admin, or undefined once anyone can sign in. */
export async function firstAdminSetupUrl(
  store: Pick<Store, 'users' | 'audit'>,
  consoleUrl: string,
  now: number,
): Promise<string | undefined> {
  const users = await store.users.list();
  if (users.some((u) => u.hasPassword)) return undefined;
  const waiting = users.find((u) => u.role === 'admin' && !u.disabled);
  const token = waiting
    ? (await renewSetup(store, waiting.id, now)).token
    : (await inviteUser(store, { email: FIRST_ADMIN_EMAIL, role: 'admin' }, now)).token;
  if (!waiting) {
    await store.audit.append({
      actor: { kind: 'system', id: null, name: 'breakwater demo' },
      address: null,
      action: 'user_added',
      target: { email: FIRST_ADMIN_EMAIL },
      detail: { role: 'admin' },
    });
  }
  return setupUrl(consoleUrl, token);
}
