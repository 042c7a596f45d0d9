// A legitimate API client (the webmail's mobile app): JSON calls on /api/messages from its own source
// address over one keep-alive pool. It cannot run a challenge; a 2xx or 3xx answer is served.

import type { Pool } from 'undici';
import { MESSAGE_COUNT, PAGE_SIZE } from '../demo/mailbox.js';
import type { Random } from './attack-requests.js';
import { openPool } from './connection-pool.js';
import type { DrillTarget } from './target.js';

const USER_AGENT = 'BreakwaterMail/3.4.1 (iPhone; iOS 17.5; Scale/3.00)';
const CONNECTIONS = 2;

export class ApiClient {
  private readonly pool: Pool;

  constructor(
    private readonly target: DrillTarget,
    localAddress: string | undefined,
    private readonly random: Random,
  ) {
    this.pool = openPool(target, localAddress, CONNECTIONS);
  }

  /** One call: a page of the message list or one message. True when it was served. */
  async call(): Promise<boolean> {
    const pages = Math.ceil(MESSAGE_COUNT / PAGE_SIZE);
    const path =
      this.random() < 0.6
        ? `/api/messages?page=${1 + Math.floor(this.random() * pages)}`
        : `/api/messages/${1 + Math.floor(this.random() * MESSAGE_COUNT)}`;
    const response = await this.pool.request({
      method: 'GET',
      path,
      headers: [
        'host',
        this.target.host,
        'accept',
        'application/json',
        'user-agent',
        USER_AGENT,
        'accept-language',
        'en-GB,en;q=0.9',
        'accept-encoding',
        'gzip, deflate, br',
      ],
    });
    await response.body.dump();
    return response.statusCode >= 200 && response.statusCode < 400;
  }

  close(): Promise<void> {
    return this.pool.destroy().catch(() => {});
  }
}
