// The store's public face: open it, and the types of what it holds.
export { DecisionRepository } from './decision-repository.js';
export { type DetectionFilter, DetectionRepository } from './detection-repository.js';
export type { Database } from './schema.js';
export { SecretRepository } from './secret-repository.js';
export { BUSY_TIMEOUT_MS, DATABASE_FILE, openStore, type Store, type StoreOptions } from './store.js';
export { StoreError } from './store-error.js';
export {
  type NewToken,
  type StoredToken,
  TOKEN_ROLES,
  TokenRepository,
  type TokenRole,
} from './token-repository.js';
