// Tokens answer to their makers: when a console user (or a token) is disabled, removed or demoted, the
// tokens it made through the API, and the tokens those made in turn, are revoked or lowered to match.
import type { Store } from '../store/index.js';
import type { TokenMaker } from '../store/token-repository.js';
import { type Role, roleAtLeast } from './tokens.js';

/**
 * Brings the tokens `maker` made, at every depth, under `role`: none left when `role` is null (the maker is
 * gone or disabled), else none above it. Returns how many tokens were revoked or lowered.
 */
export async function followMaker(
  store: Pick<Store, 'tokens'>,
  maker: TokenMaker,
  role: Role | null,
): Promise<number> {
  let changed = 0;
  for (const token of await store.tokens.madeBy(maker)) {
    let left: Role | null = token.role;
    if (role === null) {
      await store.tokens.revoke(token.id);
      left = null;
      changed += 1;
    } else if (!roleAtLeast(role, token.role)) {
      await store.tokens.setRole(token.id, role);
      left = role;
      changed += 1;
    }
    changed += await followMaker(store, { kind: 'token', id: token.id }, left);
  }
  return changed;
}
