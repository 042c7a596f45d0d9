// A phishing desk for tests, on real parts: a SQLite store in a temp directory, a DNS zone on
// loopback with the SPF, DKIM and DMARC records of the test mail, an SMTP sink for the answers, and the
// SMTP listener of the report address on an ephemeral port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/index.js';
import { EventBus } from '../../src/events.js';
import { silentLog } from '../../src/log.js';
import { createMailer } from '../../src/notify/index.js';
import { PhishingDesk } from '../../src/phishing/desk.js';
import { type SmtpIntake, startSmtpIntake } from '../../src/phishing/intake/smtp.js';
import { openStore, type Store } from '../../src/store/index.js';
import { type DnsZone, startDnsZone } from './dns-zone.js';
import { type MailSink, startMailSink } from './mail-sink.js';
import { type SigningKey, signingKey } from './phishing-mail.js';

export const REPORT_ADDRESS = 'phish@corp.example';

export interface TestDesk {
  desk: PhishingDesk;
  intake: SmtpIntake;
  sink: MailSink;
  zone: DnsZone;
  key: SigningKey;
  store: Store;
  dataDir: string;
  events: EventBus;
  settings: ReturnType<typeof parseConfig>['phishing'];
  close(): Promise<void>;
}

export async function startTestDesk(phishing: Record<string, unknown> = {}): Promise<TestDesk> {
  const key = signingKey();
  const zone = await startDnsZone({
    'TXT paypal.com': ['v=spf1 ip4:198.51.100.0/24 -all'],
    'TXT _dmarc.paypal.com': ['v=DMARC1; p=reject'],
    'TXT shop.example': ['v=spf1 ip4:198.51.100.7 -all'],
    'TXT _dmarc.shop.example': ['v=DMARC1; p=quarantine'],
    'TXT s1._domainkey.shop.example': [key.record],
  });
  const sink = await startMailSink();
  const dataDir = mkdtempSync(join(tmpdir(), 'breakwater-phishing-'));
  const store = await openStore({ dataDir });
  const config = parseConfig({
    notifications: { email: { smtp: sink.url, from: 'breakwater@corp.example' } },
    phishing: {
      address: REPORT_ADDRESS,
      smtp: '127.0.0.1:0',
      dns: [`${zone.host}:${zone.port}`],
      protectedDomains: ['corp.example'],
      ...phishing,
    },
  });
  const events = new EventBus();
  const desk = new PhishingDesk({
    store,
    events,
    mailer: createMailer(config.notifications.email, 5_000),
    settings: config.phishing,
    log: silentLog,
    now: Date.now,
  });
  await desk.start();
  const intake = await startSmtpIntake({
    listen: config.phishing.smtp as { host: string; port: number },
    address: REPORT_ADDRESS,
    maxMessageSize: config.phishing.maxMessageSize,
    senderRate: config.phishing.senderRate,
    desk,
    log: silentLog,
    now: Date.now,
  });
  return {
    desk,
    intake,
    sink,
    zone,
    key,
    store,
    dataDir,
    events,
    settings: config.phishing,
    async close() {
      await intake.close();
      await desk.stop();
      await sink.close();
      await zone.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
