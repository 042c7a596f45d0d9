// A legitimate API client (the webmail's mobile app): JSON calls on /api/messages from its own source
// address over one keep-alive pool. It cannot run a challenge; a 2xx or 3xx answer is served.

import type { Pool } from 'undici';
import { MESSAGE_COUNT, PAGE_SIZE } from '../demo/mailbox.js';
import type { Random } from './attack-requests.js';
import { openPool } from './connection-pool.js';
import type { DrillTarget } from './target.js';

const USER_AGENT = 'BreakwaterMail/3.4.1 (iPhone; iOS 17.5; Scale/3.00)';
const CONNECTIONS = 2;

/** The app's headers after Host, in the order it sends them. */
export const APP_HEADERS: readonly string[] = [
  'accept',
  'application/json',
  'user-agent',
  USER_AGENT,
  'accept-language',
  'en-GB,en;q=0.9',
  'accept-encoding',
  'gzip, deflate, br',
];

/** What the app asks for: a page of the message list, or one message. */
export function appPath(random: Random): string {
  const pages = Math.ceil(MESSAGE_COUNT / PAGE_SIZE);
  return random() < 0.6
    ? `/api/messages?page=${1 + Math.floor(random() * pages)}`
    : `/api/messages/${1 + Math.floor(random() * MESSAGE_COUNT)}`;
}

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
    const status = await this.request();
    return status >= 200 && status < 400;
  }

  /** One call, and the status it was answered with. */
  async request(): Promise<number> {
    const response = await this.pool.request({
      method: 'GET',
      path: appPath(this.random),
      headers: ['host', this.target.host, ...APP_HEADERS],
    });
    await response.body.dump();
    return response.statusCode;
  }

  close(): Promise<void> {
    return this.pool.destroy().catch(() => {});
  }
}
