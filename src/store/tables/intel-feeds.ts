// Tables of the store: peers' feeds we pull from, their checkpoints, and the indicators imported from them.

// biome-ignore lint/suspicious/noEmptyInterface: filled in with the feature's tables.
export interface IntelFeedTables {}
