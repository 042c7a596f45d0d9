// A user's second factors at a glance: which are enrolled, how sign-in continues after the password,
// and issuing a fresh set of recovery codes.
import type { MfaState, Store, User } from '../store/index.js';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes.js';

export type SignInMethod = 'totp' | 'passkey' | 'recovery';

export interface FactorSummary {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export async function factorSummary(
  store: Pick<Store, 'factors'>,
  user: Pick<User, 'id' | 'totp'>,
): Promise<FactorSummary> {
  return {
    totp: user.totp,
    passkeys: await store.factors.countPasskeys(user.id),
    recoveryCodesLeft: await store.factors.recoveryCodesLeft(user.id),
  };
}

/** TOTP and passkeys are second factors; recovery codes only stand in for a lost one. */
export const hasSecondFactor = (factors: FactorSummary): boolean => factors.totp || factors.passkeys > 0;

/** After the password: `pending` when a factor is to be checked, `enroll` when one must be added. */
export const stateAfterPassword = (factors: FactorSummary): MfaState =>
  hasSecondFactor(factors) ? 'pending' : 'enroll';

/** How a `pending` session can finish signing in; for `enroll`, what can be enrolled. */
export function signInMethods(factors: FactorSummary): SignInMethod[] {
  if (!hasSecondFactor(factors)) return ['totp', 'passkey'];
  const methods: SignInMethod[] = [];
  if (factors.totp) methods.push('totp');
  if (factors.passkeys > 0) methods.push('passkey');
  if (factors.recoveryCodesLeft > 0) methods.push('recovery');
  return methods;
}

/** Ten new recovery codes replace the old ones; the codes are returned once and stored hashed. */
export async function issueRecoveryCodes(store: Pick<Store, 'factors'>, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await store.factors.replaceRecoveryCodes(userId, codes.map(recoveryCodeHash));
  return codes;
}
