// The channel registry makes every channel the settings configure, and only those: one per webhook, one
// for the email recipients when a mailer can send to them; a channel kind without an entry fails to
// compile.

import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import type { Channel } from './channel.js';
import { CHANNEL_KINDS, channelsFor } from './channels.js';
import { notificationSettings } from './fixture.js';
import type { Mailer } from './mailer.js';

const dispatcher = new Agent();
afterAll(() => dispatcher.close());

const mailer: Mailer = { send: async () => undefined };
const settings = notificationSettings({
  webhooks: [
    { url: 'https://hooks.example.com/bw', secret: 'a-secret-of-enough-length' },
    { url: 'https://hooks.slack.com/services/T/B/X', format: 'slack' },
  ],
  email: { smtp: 'smtp://127.0.0.1:2525', from: 'bw@example.com', to: ['soc@example.com'] },
});

describe('the channel registry', () => {
  it('makes one channel per webhook, then one for the email recipients', () => {
    const channels = channelsFor(settings, { dispatcher, mailer });
    expect(channels.map((c) => [c.kind, c.target])).toEqual([
      ['webhook', 'hooks.example.com'],
      ['webhook', 'hooks.slack.com'],
      ['email', 'soc@example.com'],
    ]);
  });

  it('makes no email channel without a mailer, and nothing when nothing is configured', () => {
    expect(channelsFor(settings, { dispatcher, mailer: undefined }).map((c) => c.kind)).toEqual([
      'webhook',
      'webhook',
    ]);
    expect(channelsFor(notificationSettings({}), { dispatcher, mailer })).toEqual([]);
  });

  it('has an entry for every channel kind', () => {
    expect(Object.keys(CHANNEL_KINDS).sort()).toEqual(['email', 'webhook']);
    // @ts-expect-error a registry without the email kind
    const missing: Record<Channel['kind'], unknown> = { webhook: CHANNEL_KINDS.webhook };
    expect(missing).toBeDefined();
  });
});
