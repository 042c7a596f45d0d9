// The channel registry: for each kind of channel, how its channels are made from the notification
// settings (none when it is not configured). The notifier makes every channel from here; a channel kind
// without an entry does not compile. Webhook body formats have their own registry in webhook-channel.ts.

import type { Dispatcher } from 'undici';
import type { Config } from '../config/index.js';
import type { Channel } from './channel.js';
import { emailChannel } from './email-channel.js';
import type { Mailer } from './mailer.js';
import { webhookChannel } from './webhook-channel.js';

export type NotificationSettings = Config['notifications'];

/** What channels are made with besides their settings. */
export interface ChannelParts {
  /** For HTTP deliveries: connection pooling and the connect timeout. */
  dispatcher: Dispatcher;
  /** Sends email; without one, no email channel is made. */
  mailer: Mailer | undefined;
}

type MakeChannels = (settings: NotificationSettings, parts: ChannelParts) => Channel[];

export const CHANNEL_KINDS: Record<Channel['kind'], MakeChannels> = {
  webhook: (settings, { dispatcher }) => settings.webhooks.map((hook) => webhookChannel(hook, dispatcher)),
  email: (settings, { mailer }) =>
    mailer !== undefined && settings.email.to.length > 0 ? [emailChannel(settings.email, mailer)] : [],
};

/** Every channel the settings configure, webhooks first. */
export function channelsFor(settings: NotificationSettings, parts: ChannelParts): Channel[] {
  return Object.values(CHANNEL_KINDS).flatMap((make) => make(settings, parts));
}
