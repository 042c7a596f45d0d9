// The phishing desk inside Breakwater, end to end on loopback: reports by SMTP and by upload over the
// control API, the answers in the reporters' mailbox, a campaign of three reports opening an incident,
// a responder overturning the verdict (a correction goes out, and the campaign's next report gets the
// same answer), and who may read what.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/index.js';
import { waitUntil } from '../src/notify/fixture.js';
import { ensureBuilt, finished, startCli } from './support/cli.js';
import { type DnsZone, startDnsZone } from './support/dns-zone.js';
import { type MailSink, startMailSink } from './support/mail-sink.js';
import { forwardedAsAttachment, paypalPhish } from './support/phishing-mail.js';
import { type Stack, startStack } from './support/stack.js';
import { stixValidator } from './support/stix-schemas.js';

let stack: Stack;
let sink: MailSink;
let zone: DnsZone;

beforeAll(async () => {
  [sink, zone] = await Promise.all([
    startMailSink(),
    startDnsZone({
      'TXT paypal.com': ['v=spf1 ip4:198.51.100.0/24 -all'],
      'TXT _dmarc.paypal.com': ['v=DMARC1; p=reject'],
    }),
  ]);
  stack = await startStack({
    config: {
      notifications: { email: { smtp: sink.url, from: 'breakwater@corp.example' } },
      phishing: {
        address: 'phish@corp.example',
        smtp: '127.0.0.1:0',
        dns: [`${zone.host}:${zone.port}`],
        protectedDomains: ['corp.example'],
        incidentAfter: 3,
      },
    },
  });
});
afterAll(async () => {
  await stack.stop();
  await Promise.all([sink.close(), zone.close()]);
});

async function api<T>(
  path: string,
  token: string,
  init: RequestInit = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${stack.controlUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function report(raw: string, from: string) {
  const port = stack.bw.phishing.smtpPort as number;
  return createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({
    envelope: { from, to: 'phish@corp.example' },
    raw,
  });
}

const mailsTo = (to: string) => sink.mails.filter((m) => m.to.includes(to));

interface ReportView {
  id: string;
  reporter: string;
  verdict: string | null;
  status: string;
  campaignId: string | null;
  review: string | null;
}

describe('the phishing desk', () => {
  it('takes an upload over the API, for responders to read, safely', async () => {
    const raw = paypalPhish({ subject: 'Uploaded one', link: 'https://paypal.com.login-check.example/x' });
    const refused = await api('/api/v1/reports', stack.tokens.viewer, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: raw,
    });
    expect(refused.status).toBe(415);
    const posted = await api<{ report: ReportView }>('/api/v1/reports', stack.tokens.viewer, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822' },
      body: raw,
    });
    expect(posted.status).toBe(202);
    const id = posted.body.report.id;
    expect((await api(`/api/v1/reports/${id}`, stack.tokens.viewer)).status).toBe(403);
    await stack.bw.phishing.desk.settled();
    const read = await api<{
      report: ReportView & { analysis: { reasons: { code: string; explanation: string }[] } };
    }>(`/api/v1/reports/${id}`, stack.tokens.responder);
    expect(read.body.report.verdict).toBe('phishing');
    const lookalike = read.body.report.analysis.reasons.find((r) => r.code === 'lookalike-link');
    expect(lookalike?.explanation).toContain('paypal.com.login-check.example starts with paypal.com');
    const message = await api<{ html: string }>(`/api/v1/reports/${id}/message`, stack.tokens.responder);
    expect(message.body.html).toContain('https://www.paypal.com/signin');
    expect(message.body.html).not.toMatch(/href=/);
  });

  it('answers reporters, opens an incident for a campaign, and remembers an overturned verdict', async () => {
    const reporters = ['ann@corp.example', 'ben@corp.example', 'cat@corp.example'];
    for (const who of reporters)
      await report(forwardedAsAttachment(paypalPhish({ subject: 'Campaign' }), who), who);
    await stack.bw.phishing.desk.settled();
    for (const who of reporters) expect(mailsTo(who)[0]?.raw).toContain('phishing');

    const { body } = await api<{ reports: ReportView[] }>(
      '/api/v1/reports?open=true',
      stack.tokens.responder,
    );
    const campaign = body.reports.filter((r) => reporters.includes(r.reporter));
    expect(campaign).toHaveLength(3);
    expect(new Set(campaign.map((r) => r.campaignId)).size).toBe(1);
    const incidents = await api<{ incidents: { id: string; title: string }[] }>(
      '/api/v1/incidents',
      stack.tokens.viewer,
    );
    expect(incidents.body.incidents.map((i) => i.title)).toContain('Phishing campaign: Campaign');

    const overturned = await api<{ report: ReportView }>(
      `/api/v1/reports/${campaign[0].id}/review`,
      stack.tokens.responder,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'overturn', verdict: 'spam' }),
      },
    );
    expect(overturned.body.report.review).toBe('overturned:spam');
    await waitUntil(() => mailsTo(campaign[0].reporter).length === 2, 5_000);
    expect(mailsTo(campaign[0].reporter)[1].raw).toContain('Correction');

    await report(
      forwardedAsAttachment(paypalPhish({ subject: 'Campaign' }), 'dan@corp.example'),
      'dan@corp.example',
    );
    await stack.bw.phishing.desk.settled();
    const later = (
      await api<{ reports: ReportView[] }>(
        '/api/v1/reports?reporter=dan@corp.example',
        stack.tokens.responder,
      )
    ).body.reports[0];
    expect(later).toMatchObject({ verdict: 'spam', campaignId: campaign[0].campaignId });

    const figures = await api<{ reporters: { name: string; reports: number }[] }>(
      '/api/v1/reports/figures',
      stack.tokens.responder,
    );
    expect(figures.body.reporters.find((f) => f.name === 'ann@corp.example')?.reports).toBe(1);
  });

  it('publishes a confirmed campaign as STIX under AMBER, without the reporter, and lists it for mail gateways', async () => {
    const link = 'https://docusign-review.example/envelope/77';
    for (const who of ['fay@corp.example', 'gus@corp.example']) {
      await report(forwardedAsAttachment(paypalPhish({ subject: 'Please sign', link }), who), who);
    }
    await stack.bw.phishing.desk.settled();
    const fay = (
      await api<{ reports: ReportView[] }>(
        '/api/v1/reports?reporter=fay@corp.example',
        stack.tokens.responder,
      )
    ).body.reports[0];
    const confirmed = await api<{ report: ReportView }>(
      `/api/v1/reports/${fay.id}/review`,
      stack.tokens.responder,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'confirm', tlp: 'amber' }),
      },
    );
    expect(confirmed.body.report.review).toBe('confirmed');

    const page = await stack.bw.store.stixObjects.query({
      collectionId: parseConfig({}).intel.collections[0].id,
      tlp: ['amber'],
      limit: 1000,
    });
    const objects = page.objects.map((o) => o.object);
    const text = JSON.stringify(objects);
    expect(text).toContain("[domain-name:value = 'docusign-review.example']");
    expect(text).toContain(`[url:value = '${link}']`);
    expect(text).toContain("[email-addr:value = 'service@paypal.com']");
    expect(objects.map((o) => o.type)).toEqual(
      expect.arrayContaining(['campaign', 'indicator', 'observed-data', 'email-message', 'relationship']),
    );
    expect(text).not.toMatch(/fay@corp\.example|gus@corp\.example|alice@corp\.example/);
    const validate = stixValidator();
    expect(objects.flatMap((o) => validate(o))).toEqual([]);

    const lists = await fetch(`${stack.controlUrl}/api/v1/reports/lists/postfix-access`, {
      headers: { authorization: `Bearer ${stack.tokens.viewer}` },
    });
    expect(await lists.text()).toContain('docusign-review.example REJECT reported phishing\n');
  });

  it('takes a report from the command line and prints the verdict with its reasons', async () => {
    ensureBuilt();
    const file = join(stack.dataDir, 'suspicious.eml');
    // A link of its own: the campaign of paypa1-secure.example was overturned above.
    writeFileSync(
      file,
      paypalPhish({ subject: 'From the command line', link: 'https://signin.cli-lure.example/' }),
    );
    const run = await finished(
      startCli(['reports', 'submit', '--wait', '--control', stack.controlUrl, file], {
        cwd: stack.dataDir,
        env: { BREAKWATER_TOKEN: stack.tokens.responder },
      }),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^rep_[0-9a-f]{16} .* phishing \(\d+\) .* From the command line$/m);
    expect(run.stdout).toContain(
      'A link shows "https://www.paypal.com/signin" but really goes to signin.cli-lure.example.',
    );
  }, 180_000);
});
