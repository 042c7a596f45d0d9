// Email deliveries: one message per notice to every address of `notifications.email.to`.

import { type Channel, DeliveryFailure } from './channel.js';
import { emailContent } from './email-body.js';
import type { EmailSettings, Mailer } from './mailer.js';

export function emailChannel(email: EmailSettings, mailer: Mailer): Channel {
  return {
    kind: 'email',
    target: email.to.join(', '),
    events: email.events,
    async deliver(delivery) {
      try {
        await mailer.send({ to: email.to, ...emailContent(delivery.notice) });
      } catch (error) {
        // SMTP replies 5xx for what will not change on a retry (unknown mailbox, refused sender), 4xx otherwise.
        const code = (error as { responseCode?: unknown }).responseCode;
        if (typeof code === 'number' && code >= 500)
          throw new DeliveryFailure((error as Error).message, true);
        throw error;
      }
    },
  };
}
