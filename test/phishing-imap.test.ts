// The reporting mailbox pulled over IMAP from a real server (Dovecot, started here): every message becomes
// one report, none is read twice across restarts of the intake, and a server that goes away mid-way loses
// nothing: the pull fails with the network's error and the next one takes up where the checkpoint says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLog } from '../src/log.js';
import { ImapIntake } from '../src/phishing/intake/imap.js';
import { type Dovecot, startDovecot } from './support/dovecot.js';
import { startTestDesk, type TestDesk } from './support/phishing-desk.js';
import { forwardedAsAttachment, paypalPhish } from './support/phishing-mail.js';

let t: TestDesk;
let dovecot: Dovecot;

beforeEach(async () => {
  [t, dovecot] = await Promise.all([startTestDesk(), startDovecot()]);
});
afterEach(async () => {
  await Promise.all([t.close(), dovecot.dispose()]);
});

function intake(): ImapIntake {
  return new ImapIntake({
    url: dovecot.url,
    intervalMs: 60_000,
    maxMessageSize: t.settings.maxMessageSize,
    desk: t.desk,
    store: t.store,
    log: silentLog,
    timeoutMs: 2_000,
  });
}

const reportFrom = (who: string) => forwardedAsAttachment(paypalPhish({ subject: `Limited (${who})` }), who);

describe('the reporting mailbox over IMAP', () => {
  it('stores each message once, across restarts of the intake', async () => {
    await dovecot.append(reportFrom('alice@corp.example'));
    await dovecot.append(reportFrom('bob@corp.example'));
    expect(await intake().pull()).toEqual({ stored: 2, skipped: 0 });
    await dovecot.append(reportFrom('carol@corp.example'));
    const again = intake();
    expect(await again.pull()).toEqual({ stored: 1, skipped: 0 });
    expect(await again.pull()).toEqual({ stored: 0, skipped: 0 });
    await t.desk.settled();
    const reports = await t.store.phishingReports.list({ limit: 10 });
    expect(reports.map((r) => r.reporter).sort()).toEqual([
      'alice@corp.example',
      'bob@corp.example',
      'carol@corp.example',
    ]);
    expect(reports.every((r) => r.source === 'imap' && r.verdict === 'phishing')).toBe(true);
    const checkpoint = await t.store.phishingCampaigns.checkpoint(again.name);
    expect(checkpoint?.lastUid).toBe(3);
  });

  it('loses nothing when the server goes away, and takes up again when it is back', async () => {
    await dovecot.append(reportFrom('alice@corp.example'));
    const pulling = intake();
    expect(await pulling.pull()).toEqual({ stored: 1, skipped: 0 });
    await dovecot.append(reportFrom('bob@corp.example'));
    await dovecot.stop();
    await expect(pulling.pull()).rejects.toThrow(/ECONNREFUSED|connect|closed/i);
    await dovecot.start();
    expect(await pulling.pull()).toEqual({ stored: 1, skipped: 0 });
    await t.desk.settled();
    expect((await t.store.phishingReports.list({ limit: 10 })).length).toBe(2);
  });
});
