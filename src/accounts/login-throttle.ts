// Sign-in throttling by account and by client address. After five failures in an hour, each further try
// waits twice as long as the one before (1 s, 2 s, 4 s … at most 15 min). An account's failures slow down
// only the addresses that failed against it: an attacker cannot lock the owner out, who signs in from an
// address with no failures. At most 100 failures per account and hour are counted, so storage stays bounded.
import type { FailureCount, Store } from '../store/index.js';

export const FREE_FAILURES = 5;
export const THROTTLE_WINDOW_MS = 3_600_000;
export const MAX_COUNTED_PER_ACCOUNT = 100;
const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;

export class LoginThrottle {
  constructor(
    private readonly store: Pick<Store, 'loginFailures'>,
    private readonly now: () => number,
  ) {}

  /** Milliseconds before this address may try this account again; 0 when it may try now. */
  async retryAfter(account: string, address: string): Promise<number> {
    const at = this.now();
    const since = at - THROTTLE_WINDOW_MS;
    const failures = this.store.loginFailures;
    let wait = delayLeft(await failures.count({ address }, since), at);
    const fromHere = await failures.count({ account, address }, since);
    if (fromHere.count > 0) wait = Math.max(wait, delayLeft(await failures.count({ account }, since), at));
    return wait;
  }

  async fail(account: string, address: string): Promise<void> {
    const at = this.now();
    const since = at - THROTTLE_WINDOW_MS;
    await this.store.loginFailures.prune(since);
    const counted = await this.store.loginFailures.count({ account }, since);
    if (counted.count < MAX_COUNTED_PER_ACCOUNT) await this.store.loginFailures.record(account, address, at);
  }

  /** A full sign-in forgets this address's failures against the account. */
  async succeed(account: string, address: string): Promise<void> {
    await this.store.loginFailures.clear(account, address);
  }
}

function delayLeft(failures: FailureCount, at: number): number {
  if (failures.count < FREE_FAILURES) return 0;
  const delay = Math.min(BASE_DELAY_MS * 2 ** (failures.count - FREE_FAILURES), MAX_DELAY_MS);
  return Math.max(0, failures.lastAt + delay - at);
}
