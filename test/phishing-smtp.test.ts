// The report address end to end on loopback: a reporter forwards mail to the SMTP listener, the desk
// stores it, checks it (DNS answered by a zone on loopback), and the answer lands in the reporter's
// mailbox (an SMTP sink); what the listener refuses, and a client that stops mid-DATA.
import { connect } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../src/notify/fixture.js';
import type { Analysis } from '../src/phishing/analysis.js';
import { readableMail } from './support/mail-sink.js';
import { REPORT_ADDRESS, startTestDesk, type TestDesk } from './support/phishing-desk.js';
import { forwardedAsAttachment, forwardedInline, paypalPhish, signedNote } from './support/phishing-mail.js';

let t: TestDesk;

beforeEach(async () => {
  t = await startTestDesk({ senderRate: 3 });
});
afterEach(async () => {
  await t.close();
});

function send(raw: string, from = 'alice@corp.example', to = REPORT_ADDRESS) {
  const transport = createTransport({
    host: '127.0.0.1',
    port: t.intake.port,
    secure: false,
    ignoreTLS: true,
  });
  return transport.sendMail({ envelope: { from, to }, raw });
}

/** The text of the answer mailed to `to`. */
function answerTo(to: string): string | undefined {
  const mail = t.sink.mails.find((m) => m.to.includes(to));
  return mail === undefined ? undefined : readableMail(mail.raw);
}

describe('reports to the report address', () => {
  it('answers a phish forwarded as an attachment with the verdict and the signs in the message', async () => {
    const started = Date.now();
    await send(forwardedAsAttachment(paypalPhish()));
    await waitUntil(() => answerTo('alice@corp.example') !== undefined, 10_000);
    const [report] = await t.store.phishingReports.list({ limit: 10 });
    expect(report).toMatchObject({
      source: 'smtp',
      reporter: 'alice@corp.example',
      sender: 'service@paypal.com',
      verdict: 'phishing',
    });
    expect(report.feedbackAt! - started).toBeLessThan(5_000);
    const analysis = report.analysis as Analysis;
    expect(analysis.form).toBe('attachment');
    const codes = analysis.reasons.map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining(['dmarc-fail', 'spf-fail', 'text-target-mismatch', 'lookalike-link']),
    );
    expect(t.zone.queries).toContain('TXT _dmarc.paypal.com');

    const answer = answerTo('alice@corp.example')!;
    expect(answer).toContain('This is a phishing message');
    expect(answer).toContain(
      'A link shows "https://www.paypal.com/signin" but really goes to paypa1-secure.example',
    );
    expect(answer).toContain('If you clicked a link or opened an attachment');
    // The raw message is sealed at rest: its text is not in the table.
    const row = await t.store.db.selectFrom('phishing_reports').select('raw').executeTakeFirstOrThrow();
    expect(row.raw).toMatch(/^v1:/);
    expect((await t.store.phishingReports.raw(report.id))?.toString()).toContain('paypa1-secure.example');
  });

  it('finds a signed message from its own domain clean, its DKIM checked against the zone', async () => {
    await send(forwardedAsAttachment(await signedNote(t.key)));
    await waitUntil(() => answerTo('alice@corp.example') !== undefined, 10_000);
    const [report] = await t.store.phishingReports.list({ limit: 10 });
    expect(report.verdict).toBe('clean');
    expect(t.zone.queries).toContain('TXT s1._domainkey.shop.example');
    expect(answerTo('alice@corp.example')).toContain('We found nothing dangerous in this message.');
  });

  it('reads a forward made inline, and says the authentication could not be checked', async () => {
    await send(forwardedInline());
    await waitUntil(() => answerTo('alice@corp.example') !== undefined, 10_000);
    const [report] = await t.store.phishingReports.list({ limit: 10 });
    const analysis = report.analysis as Analysis;
    expect(report.sender).toBe('service@paypal-support.example');
    expect(analysis.partial).toBe(true);
    expect(analysis.gaps.join(' ')).toMatch(/forwarded inline/);
    expect(analysis.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['ip-literal', 'lookalike-sender']),
    );
    expect(['phishing', 'suspicious']).toContain(report.verdict);
  });

  it('refuses other recipients, a sender past its hourly share, and a message over the size cap', async () => {
    await expect(send(paypalPhish(), 'alice@corp.example', 'ceo@corp.example')).rejects.toMatchObject({
      responseCode: 550,
    });
    for (let i = 0; i < 3; i++) await send(forwardedAsAttachment(paypalPhish()), 'bob@corp.example');
    await expect(send(forwardedAsAttachment(paypalPhish()), 'bob@corp.example')).rejects.toMatchObject({
      responseCode: 450,
    });
    const big = `${forwardedAsAttachment(paypalPhish())}${'x'.repeat(100)}\r\n`.repeat(1);
    const huge = big + `${'A'.repeat(998)}\r\n`.repeat(Math.ceil(t.settings.maxMessageSize / 1000) + 10);
    await expect(send(huge, 'carol@corp.example')).rejects.toMatchObject({ responseCode: 552 });
    await t.desk.settled();
    expect((await t.store.phishingReports.list({ limit: 100 })).length).toBe(3);
  });

  it('stores nothing from a client that stops mid-DATA, and goes on taking reports', async () => {
    const socket = connect(t.intake.port, '127.0.0.1');
    const said: string[] = [];
    socket.on('data', (chunk) => said.push(chunk.toString()));
    const write = async (line: string, expect: RegExp) => {
      socket.write(`${line}\r\n`);
      await waitUntil(() => expect.test(said.join('')), 5_000);
    };
    await waitUntil(() => said.join('').startsWith('220'), 5_000);
    await write('EHLO client.example', /250[ -]/);
    await write('MAIL FROM:<dave@corp.example>', /250 Accepted/);
    await write(`RCPT TO:<${REPORT_ADDRESS}>`, /250 Accepted[\s\S]*250 Accepted/);
    await write('DATA', /354/);
    socket.write(forwardedAsAttachment(paypalPhish()).slice(0, 300));
    socket.destroy();
    await send(forwardedAsAttachment(paypalPhish()), 'erin@corp.example');
    await t.desk.settled();
    const reports = await t.store.phishingReports.list({ limit: 10 });
    expect(reports.map((r) => r.reporter)).toEqual(['alice@corp.example']);
  });
});
