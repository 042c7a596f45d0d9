// A channel: one place notifications go (a webhook, the email recipients), which incident changes it wants,
// and how one attempt at a delivery is made.

import type { Notice, NotifyEvent } from './notice.js';

export interface Delivery {
  /** Kept across retries, so a receiver can tell a retry from a new notification. */
  id: string;
  notice: Notice;
}

export interface Channel {
  kind: 'webhook' | 'email';
  /** Who is told, as shown on the timeline: the webhook's host, or the email addresses. Never a secret. */
  target: string;
  events: readonly NotifyEvent[];
  /** One attempt; rejects when it failed. Stops when `signal` aborts. */
  deliver(delivery: Delivery, signal: AbortSignal): Promise<void>;
}

/** A failed attempt; `permanent` when trying again cannot help (the receiver refused the request itself). */
export class DeliveryFailure extends Error {
  override readonly name = 'DeliveryFailure';

  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message);
  }
}
