import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfig } from '../config/index.js';

function problems(notifications: unknown): string[] {
  try {
    parseConfig({ notifications });
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  return [];
}

const SECRET = 'whsec-0123456789abcdef';

describe('notifications settings', () => {
  it('send nothing by default, and retry five times from 1s', () => {
    expect(defaultConfig().notifications).toEqual({
      webhooks: [],
      email: { smtp: null, from: null, to: [], events: ['opened', 'severity', 'status', 'resolved'] },
      retries: 5,
      backoff: 1_000,
      maxBackoff: 60_000,
      timeout: 10_000,
      queueSize: 1_000,
    });
  });

  it('give a webhook the json format and every event unless told', () => {
    const config = parseConfig({
      notifications: { webhooks: [{ url: 'https://hooks.example.com/bw', secret: SECRET }] },
    });
    expect(config.notifications.webhooks).toEqual([
      {
        url: 'https://hooks.example.com/bw',
        format: 'json',
        secret: SECRET,
        events: ['opened', 'severity', 'status', 'resolved'],
      },
    ]);
  });

  it('require a secret of 16 characters or more for json webhooks', () => {
    expect(problems({ webhooks: [{ url: 'https://hooks.example.com/bw' }] })).toEqual([
      'notifications.webhooks[0].secret: expected a shared secret of at least 16 characters that signs the deliveries (required with format json), found nothing',
    ]);
    expect(problems({ webhooks: [{ url: 'https://hooks.example.com/bw', secret: 'short' }] })).toEqual([
      'notifications.webhooks[0].secret: expected a shared secret of at least 16 characters that signs the deliveries, found "short"',
    ]);
  });

  it('refuse a secret on a Slack webhook, a URL that is not http(s), an unknown event and an empty list', () => {
    expect(
      problems({
        webhooks: [
          { url: 'https://hooks.slack.com/services/T/B/X', format: 'slack', secret: SECRET },
          { url: 'ftp://files.example.com', secret: SECRET },
          { url: 'https://hooks.example.com/bw', secret: SECRET, events: ['opened', 'closed'] },
          { url: 'https://hooks.example.com/bw', secret: SECRET, events: [] },
        ],
      }),
    ).toEqual([
      'notifications.webhooks[0].secret: expected no secret with format slack (Slack does not check signatures; its URL is the secret), found "whsec-0123456789abcdef"',
      'notifications.webhooks[1].url: expected an http:// or https:// URL, found "ftp://files.example.com"',
      'notifications.webhooks[2].events[1]: expected one of opened, severity, status, resolved, found "closed"',
      'notifications.webhooks[3].events: expected a list of one or more of opened, severity, status, resolved, found []',
    ]);
  });

  it('check the email server, the sender and the recipients', () => {
    expect(problems({ email: { smtp: 'smtp://mail.example.com:587', to: ['soc@example.com'] } })).toEqual([
      'notifications.email.from: expected an email address such as soc@example.com (required with email.smtp), found nothing',
    ]);
    expect(problems({ email: { to: ['soc@example.com'] } })).toEqual([
      'notifications.email.smtp: expected an smtp:// or smtps:// URL such as smtp://mail:587 (required with email.to), found nothing',
    ]);
    expect(
      problems({
        email: { smtp: 'http://mail.example.com', from: 'breakwater', to: ['soc@example.com', 'x'] },
      }),
    ).toEqual([
      'notifications.email.smtp: expected an smtp:// or smtps:// URL such as smtp://mail:587, found "http://mail.example.com"',
      'notifications.email.from: expected an email address such as soc@example.com, found "breakwater"',
      'notifications.email.to[1]: expected an email address such as soc@example.com, found "x"',
    ]);
  });

  it('refuse a longest wait shorter than the first, and name the default it is checked against', () => {
    expect(problems({ maxBackoff: '500ms' })).toEqual([
      'notifications.maxBackoff: expected a duration no shorter than notifications.backoff (1s), found "500ms"',
    ]);
    expect(problems({ backoff: '5m' })).toEqual([
      'notifications.maxBackoff: expected a duration no shorter than notifications.backoff (5m), found "1m" (the default)',
    ]);
  });
});
