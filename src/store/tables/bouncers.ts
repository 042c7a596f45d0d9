// Tables of the store: registered bouncers and the decisions each one has been handed.

export interface BouncersTable {
  name: string;
  /** SHA-256 hex of the bouncer's API key; the key itself is never stored. */
  key_hash: string;
  created_at: number | string;
  last_pull_at: number | string | null;
  /** Address and User-Agent of the last pull. */
  last_address: string | null;
  user_agent: string | null;
}

export interface BouncerDeliveriesTable {
  bouncer: string;
  /** The numeric id the bouncer knows the decision by. */
  lapi_id: number | string;
  /** JSON: the LapiDecision as handed over, so it can be handed back as deleted. */
  decision: string;
}

export interface BouncerTables {
  bouncers: BouncersTable;
  bouncer_deliveries: BouncerDeliveriesTable;
}
