import { afterEach, describe, expect, it } from 'vitest';
import { type MailSink, readableMail as readable, startMailSink } from '../../test/support/mail-sink.js';
import { silentLog } from '../log.js';
import { collectingTimeline, incidentEvent, notificationSettings, waitUntil } from './fixture.js';
import { createMailer, smtpOptions } from './mailer.js';
import { Notifier } from './notifier.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function mailServer(): Promise<MailSink> {
  const server = await startMailSink({ refuseDomain: 'refuse.example.com' });
  cleanup.push(() => server.close());
  return server;
}

describe('the mailer', () => {
  it('is absent while no SMTP server is configured', () => {
    expect(createMailer(notificationSettings({}).email)).toBeUndefined();
  });

  it('sends plain text and HTML from the configured sender', async () => {
    const server = await mailServer();
    const settings = notificationSettings({ email: { smtp: server.url, from: 'breakwater@example.com' } });
    const mailer = createMailer(settings.email)!;
    await mailer.send({
      to: 'owner@example.com',
      subject: 'A security key was added',
      text: 'A security key was added to your account.',
      html: '<p>A security key was added to your account.</p>',
    });
    expect(server.mails).toHaveLength(1);
    const [mail] = server.mails;
    expect(mail.from).toBe('breakwater@example.com');
    expect(mail.to).toEqual(['owner@example.com']);
    expect(mail.raw).toMatch(/^Subject: A security key was added$/m);
    expect(mail.raw).toContain('text/plain');
    expect(mail.raw).toContain('<p>A security key was added to your account.</p>');
  });

  it('rejects when the server refuses the recipient', async () => {
    const server = await mailServer();
    const settings = notificationSettings({ email: { smtp: server.url, from: 'breakwater@example.com' } });
    await expect(
      createMailer(settings.email)!.send({ to: 'nobody@refuse.example.com', subject: 's', text: 't' }),
    ).rejects.toThrow(/550/);
  });

  it('requires STARTTLS on smtp:// beyond loopback, uses TLS on smtps://, and logs in with the URL credentials', () => {
    expect(smtpOptions('smtp://mail.example.com', 5_000)).toMatchObject({
      host: 'mail.example.com',
      port: 587,
      secure: false,
      requireTLS: true,
    });
    expect(smtpOptions('smtp://127.0.0.1:2525', 5_000)).toMatchObject({ port: 2525, requireTLS: false });
    expect(smtpOptions('smtps://bw%40example.com:p%3Ass@mail.example.com', 5_000)).toMatchObject({
      port: 465,
      secure: true,
      auth: { user: 'bw@example.com', pass: 'p:ss' },
    });
  });
});

describe('email notifications', () => {
  it('mail each recipient the summary as subject and the facts as text and HTML, and write it on the timeline', async () => {
    const server = await mailServer();
    const settings = notificationSettings({
      email: {
        smtp: server.url,
        from: 'breakwater@example.com',
        to: ['soc@example.com', 'oncall@example.com'],
        events: ['status'],
      },
    });
    const timeline = collectingTimeline();
    const notifier = new Notifier({
      settings,
      record: timeline.record,
      mailer: createMailer(settings.email),
      log: silentLog,
    });
    cleanup.push(() => notifier.close());
    notifier.notify(incidentEvent('opened'));
    notifier.notify(incidentEvent('status'));
    await waitUntil(() => timeline.entries.length === 1);

    expect(server.mails).toHaveLength(1);
    const [mail] = server.mails;
    expect(mail.to).toEqual(['soc@example.com', 'oncall@example.com']);
    const text = readable(mail.raw);
    expect(text).toMatch(/^Subject: \[SEV2\] INC-2026-0001 mitigated: HTTP flood on Webmail$/m);
    expect(text).toMatch(/^To: soc@example.com, oncall@example.com$/m);
    expect(text).toMatch(/^Status: +mitigated \(was investigating\)$/m);
    expect(text).toMatch(/^Time to mitigate: +12 s$/m);
    expect(text).toContain(
      '<th align="left" style="padding:2px 12px 2px 0">Attack requests stopped</th><td>34 000</td>',
    );
    expect(timeline.entries[0].entry).toMatchObject({
      kind: 'notification',
      text: 'Notified soc@example.com, oncall@example.com by email: mitigated.',
      data: {
        channel: 'email',
        target: 'soc@example.com, oncall@example.com',
        status: 'delivered',
        attempt: 1,
      },
    });
  });

  it('give up at once on a message the server refuses for good (5xx), and write it on the timeline', async () => {
    const server = await mailServer();
    const settings = notificationSettings({
      email: { smtp: server.url, from: 'breakwater@example.com', to: ['soc@refuse.example.com'] },
      retries: 1,
      backoff: '10ms',
    });
    const timeline = collectingTimeline();
    const notifier = new Notifier({
      settings,
      record: timeline.record,
      mailer: createMailer(settings.email),
      log: silentLog,
    });
    cleanup.push(() => notifier.close());
    notifier.notify(incidentEvent('resolved'));
    await waitUntil(() => timeline.entries.length === 1);
    expect(server.mails).toHaveLength(0);
    expect(timeline.entries[0].entry.data).toMatchObject({ channel: 'email', status: 'failed', attempt: 1 });
    expect(timeline.entries[0].entry.data?.error).toMatch(/550/);
  });
});
