// Tables of the store: Console users, their factors, sessions and the audit log.

// biome-ignore lint/suspicious/noEmptyInterface: filled in with the feature's tables.
export interface AccountTables {}
