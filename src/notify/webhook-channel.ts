// Webhook deliveries: a POST of the JSON event (signed) or of a Slack message, answered 2xx to count.

import { type Dispatcher, request } from 'undici';
import type { Config } from '../config/index.js';
import { VERSION } from '../version.js';
import { type Channel, DeliveryFailure } from './channel.js';
import type { Notice } from './notice.js';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signBody } from './signature.js';
import { slackBody } from './slack-body.js';
import { webhookBody } from './webhook-body.js';

export type WebhookSettings = Config['notifications']['webhooks'][number];

/** How a delivery's body is written, for each format a webhook may be configured with. */
const BODIES: Record<WebhookSettings['format'], (notice: Notice, deliveryId: string) => string> = {
  json: webhookBody,
  slack: slackBody,
};

/** Refusals worth retrying; a redirect or another 4xx means the URL or the request is wrong: no retry. */
const RETRYABLE_CLIENT_ERRORS = new Set([408, 425, 429]);

export function webhookChannel(hook: WebhookSettings, dispatcher: Dispatcher): Channel {
  // A user and password in the URL are sent as Basic credentials, not as part of the URL.
  const url = new URL(hook.url);
  const credentials = url.username
    ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`
    : undefined;
  url.username = '';
  url.password = '';
  return {
    kind: 'webhook',
    target: url.host,
    events: hook.events,
    async deliver(delivery, signal) {
      const body = BODIES[hook.format](delivery.notice, delivery.id);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': `Breakwater/${VERSION}`,
        [DELIVERY_HEADER]: delivery.id,
      };
      if (credentials !== undefined) headers.authorization = credentials;
      // Signed with the wall clock, which the receiver compares with its own.
      if (hook.secret !== undefined) headers[SIGNATURE_HEADER] = signBody(hook.secret, body, Date.now());
      const response = await request(url, { method: 'POST', headers, body, signal, dispatcher });
      await response.body.dump();
      const status = response.statusCode;
      if (status >= 200 && status < 300) return;
      throw new DeliveryFailure(`HTTP ${status}`, status < 500 && !RETRYABLE_CLIENT_ERRORS.has(status));
    },
  };
}
