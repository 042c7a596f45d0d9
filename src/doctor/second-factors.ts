// Check: console users who sign in with a password alone, or whose only second factor left is a recovery
// code. A password can be phished or reused; the account can turn every defence off.
import { factorSummary, hasSecondFactor } from '../accounts/factors.js';
import type { Check, Finding } from './finding.js';
import { storeMissing } from './store-missing.js';

export const secondFactors: Check = async ({ store }) => {
  if (!store) return [storeMissing('users')];
  const findings: Finding[] = [];
  for (const user of await store.users.list()) {
    if (user.disabled || !user.hasPassword) continue;
    const secrets = await store.users.find(user.id);
    if (!secrets) continue;
    const factors = await factorSummary(store, secrets);
    if (!hasSecondFactor(factors) && factors.recoveryCodesLeft === 0) {
      findings.push({
        id: 'user-without-second-factor',
        severity: 'high',
        title: `${user.email} (${user.role}) has no second factor`,
        why: 'a phished or reused password alone signs in as this user',
        fix: `have ${user.email} sign in and enrol a passkey or an authenticator app, or disable the account`,
      });
    } else if (!hasSecondFactor(factors)) {
      findings.push({
        id: 'user-recovery-codes-only',
        severity: 'medium',
        title: `${user.email} (${user.role}) has only recovery codes left`,
        why: 'recovery codes are meant for a lost factor: written down, they are read more easily than a passkey',
        fix: `have ${user.email} enrol a passkey or an authenticator app`,
      });
    }
  }
  return findings;
};
