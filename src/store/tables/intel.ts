// Tables of the store: Threat intelligence: the STIX objects of our TAXII collections, the stable ids
// behind them, inbound TAXII accounts and the status of each POST.

export interface StixObjectsTable {
  collection_id: string;
  object_id: string;
  type: string;
  /** The object's version as written (`modified`, else `created`). */
  version: string;
  /** The version with its fraction padded to nine digits, so that text order is time order. */
  version_key: string;
  spec_version: string;
  /** Milliseconds since the epoch; strictly increasing within a collection. */
  date_added: number | string;
  /** The strictest TLP 2.0 level among the object's markings: clear, green, amber, amber+strict, red. */
  tlp: string;
  /** 1 on the latest version of the object, 0 on the others. */
  latest: number;
  /** 1 on the first version of the object, 0 on the others. */
  first: number;
  /** JSON: the STIX object. */
  object: string;
  /** The TAXII account that created the object (its first version); null for what this server publishes. */
  writer: string | null;
}

export interface StixIdsTable {
  /** What the id stands for, such as `indicator:ip:198.51.100.7` or `campaign:INC-2026-0001`. */
  key: string;
  stix_id: string;
}

export interface TaxiiAccountsTable {
  name: string;
  /** SHA-256 hex of the account's secret; the secret itself is never stored. */
  secret_hash: string;
  /** JSON: collection ids the account may read. */
  can_read: string;
  /** JSON: collection ids the account may write. */
  can_write: string;
  /** 1 when the account may read TLP:AMBER and TLP:AMBER+STRICT objects. */
  amber: number;
  created_at: number | string;
}

export interface TaxiiStatusesTable {
  id: string;
  account: string;
  collection_id: string;
  request_timestamp: number | string;
  /** JSON: the TAXII status resource. */
  resource: string;
}

export interface IntelTables {
  stix_objects: StixObjectsTable;
  stix_ids: StixIdsTable;
  taxii_accounts: TaxiiAccountsTable;
  taxii_statuses: TaxiiStatusesTable;
}
