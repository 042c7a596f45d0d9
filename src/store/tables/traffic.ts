// Tables of the store: Per-second traffic rollups.

// biome-ignore lint/suspicious/noEmptyInterface: filled in with the feature's tables.
export interface TrafficTables {}
