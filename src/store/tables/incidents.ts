// Tables of the store: Incidents and their timelines.

// biome-ignore lint/suspicious/noEmptyInterface: filled in with the feature's tables.
export interface IncidentTables {}
