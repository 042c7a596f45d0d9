// Tables of the store: Threat intelligence: peers, collections, STIX objects and imports.

// biome-ignore lint/suspicious/noEmptyInterface: filled in with the feature's tables.
export interface IntelTables {}
