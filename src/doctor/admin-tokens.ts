// Check: admin API tokens that never expire, or that nobody used for 90 days. A forgotten admin token in
// a script or a CI secret is a key to every defence that nobody is watching.
import type { Check, Finding } from './finding.js';
import { storeMissing } from './store-missing.js';

export const UNUSED_MS = 90 * 86_400_000;

export const adminTokens: Check = async ({ store, now }) => {
  if (!store) return [storeMissing('API tokens')];
  const at = now();
  const findings: Finding[] = [];
  for (const token of await store.tokens.list()) {
    if (token.role !== 'admin' || token.revokedAt !== null) continue;
    if (token.expiresAt !== null && token.expiresAt <= at) continue;
    const lastUse = token.lastUsedAt ?? token.createdAt;
    if (at - lastUse >= UNUSED_MS) {
      findings.push({
        id: 'admin-token-unused',
        severity: 'medium',
        title: `admin token "${token.name}" (${token.id}) unused for ${Math.floor((at - lastUse) / 86_400_000)} days`,
        why: 'a token nobody uses is one nobody would miss or notice being used by someone else',
        fix: `revoke it: DELETE /api/v1/tokens/${token.id} with an admin token, or in the console`,
      });
    } else if (token.expiresAt === null) {
      findings.push({
        id: 'admin-token-no-expiry',
        severity: 'medium',
        title: `admin token "${token.name}" (${token.id}) never expires`,
        why: 'a leaked token stays good until someone notices; a lifetime bounds the damage',
        fix: 'make a new one with a lifetime (ttl, such as 90d), swap it in, and revoke this one',
      });
    }
  }
  return findings;
};
