// Sign-in throttling, in three budgets a guess must fit in, each followed by a back-off that doubles (1 s,
// 2 s, 4 s … at most 15 min) from the latest failure:
// - an address (an IPv6 client by its /64): five failures in the hour, whatever the accounts;
// - an account, from every address it never signed in from: ten password failures in the hour, so
//   spreading guesses over many addresses gains nothing; addresses the account completed a sign-in from
//   (and which failed less than five times themselves) are not held back, so an attacker cannot lock the
//   owner out of their usual place (a user with a passkey gets in from anywhere: see routes/auth.ts);
// - the second factor of an account: five failed codes in the hour, from any session.
// An attempt is recorded before it is checked and forgotten when it succeeds, one at a time in this
// process, so parallel tries cannot all slip under a budget.
import type { Store } from '../store/index.js';
import type { FailureCount, FailureKind } from '../store/login-failure-repository.js';
import { throttleKey } from './throttle-key.js';

export const FREE_FAILURES = 5;
export const ACCOUNT_FREE_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 3_600_000;
/** An address the account signed in from this recently is its owner's. */
export const KNOWN_ADDRESS_MS = 90 * 86_400_000;
const BASE_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 15 * 60_000;

/** Where a wait comes from: this address, or the account's budget for addresses it does not know. */
export type HoldReason = 'address' | 'account';

export type Reservation = { ok: true; id: string } | { ok: false; waitMs: number; reason: HoldReason };

export interface ReserveOptions {
  /** Leave the account's budget out: the attempt is gated behind a passkey and tells nothing. */
  gated?: boolean;
}

export class LoginThrottle {
  /** Reservations, one at a time, so each sees the ones before it. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Pick<Store, 'loginFailures'>,
    private readonly now: () => number,
  ) {}

  /**
   * Records an attempt at the account from the address before it is checked, unless a budget is spent:
   * then says how long to wait and why. Call `succeeded` with the id when the attempt turns out right.
   */
  reserve(
    account: string,
    ip: string,
    kind: FailureKind,
    options: ReserveOptions = {},
  ): Promise<Reservation> {
    const next = this.tail.then(() => this.reserveNow(account, throttleKey(ip), kind, options));
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** The attempt was right: it is not a failure. */
  async succeeded(reservation: { id: string }): Promise<void> {
    await this.store.loginFailures.remove(reservation.id);
  }

  /** A full sign-in: forgets this address's failures against the account and remembers the address. */
  async signedIn(account: string, ip: string): Promise<void> {
    const address = throttleKey(ip);
    await this.store.loginFailures.clear(account, address);
    await this.store.loginFailures.markKnown(account, address, this.now());
  }

  private async reserveNow(
    account: string,
    address: string,
    kind: FailureKind,
    options: ReserveOptions,
  ): Promise<Reservation> {
    const at = this.now();
    const since = at - THROTTLE_WINDOW_MS;
    const failures = this.store.loginFailures;
    await failures.prune(since);
    const fromHere = await failures.count({ account, address }, since);
    const addressWait = Math.max(
      delayLeft(await failures.count({ address }, since), FREE_FAILURES, at),
      delayLeft(fromHere, FREE_FAILURES, at),
    );
    if (addressWait > 0) return { ok: false, waitMs: addressWait, reason: 'address' };
    const accountWait = await this.accountWait(account, address, kind, options, at);
    if (accountWait > 0) return { ok: false, waitMs: accountWait, reason: 'account' };
    return { ok: true, id: await failures.record(account, address, at, kind) };
  }

  private async accountWait(
    account: string,
    address: string,
    kind: FailureKind,
    options: ReserveOptions,
    at: number,
  ): Promise<number> {
    const failures = this.store.loginFailures;
    const since = at - THROTTLE_WINDOW_MS;
    if (kind === 'mfa') return delayLeft(await failures.count({ account, kind }, since), FREE_FAILURES, at);
    if (options.gated || (await failures.isKnown(account, address, at - KNOWN_ADDRESS_MS))) return 0;
    return delayLeft(await failures.count({ account, kind }, since), ACCOUNT_FREE_FAILURES, at);
  }
}

function delayLeft(failures: FailureCount, free: number, at: number): number {
  if (failures.count < free) return 0;
  const delay = Math.min(BASE_DELAY_MS * 2 ** (failures.count - free), MAX_DELAY_MS);
  return Math.max(0, failures.lastAt + delay - at);
}
