// TAXII status resources: the outcome of each POST of objects, kept for the account that posted them.

import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StatusDetail {
  id: string;
  version: string;
  message?: string;
}

/** The TAXII 2.1 status resource, as the API returns it. */
export interface TaxiiStatus {
  id: string;
  status: 'complete' | 'pending';
  request_timestamp: string;
  total_count: number;
  success_count: number;
  successes?: StatusDetail[];
  failure_count: number;
  failures?: StatusDetail[];
  pending_count: number;
}

export class TaxiiStatusRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number,
  ) {}

  async save(status: TaxiiStatus, account: string, collectionId: string): Promise<void> {
    await this.db
      .insertInto('taxii_statuses')
      .values({
        id: status.id,
        account,
        collection_id: collectionId,
        request_timestamp: this.now(),
        resource: JSON.stringify(status),
      })
      .execute();
  }

  /** The status, if this account posted it. */
  async find(id: string, account: string): Promise<TaxiiStatus | undefined> {
    const row = await this.db
      .selectFrom('taxii_statuses')
      .select('resource')
      .where('id', '=', id)
      .where('account', '=', account)
      .executeTakeFirst();
    return row && (JSON.parse(row.resource) as TaxiiStatus);
  }
}
