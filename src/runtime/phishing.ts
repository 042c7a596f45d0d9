// The phishing part: the desk that analyses and answers reports, the SMTP listener of the report address
// and the IMAP pull of a reporting mailbox, as `phishing:` configures them. The SMTP server and the IMAP
// client are loaded only when configured.

import { trustSettings } from '../intel/feeds/feeds.js';
import type { Mailer } from '../notify/index.js';
import { PhishingDesk } from '../phishing/desk.js';
import type { Core } from './core.js';

export interface PhishingPart {
  desk: PhishingDesk;
  /** Port of the report address's SMTP listener; undefined when none runs. */
  smtpPort: number | undefined;
}

export async function startPhishing(core: Core, mailer: Mailer | undefined): Promise<PhishingPart> {
  const { config, store, events, log, now, teardown } = core;
  const settings = config.phishing;
  const desk = new PhishingDesk({
    store,
    events,
    mailer,
    settings,
    log,
    now,
    intel: { collectionId: config.intel.collections[0].id, identity: config.intel.identity },
    trust: trustSettings(config),
  });
  await desk.start();
  teardown.add(() => desk.stop());
  let smtpPort: number | undefined;
  if (settings.smtp !== null && settings.address !== null) {
    const { startSmtpIntake } = await import('../phishing/intake/smtp.js');
    const intake = await startSmtpIntake({
      listen: settings.smtp,
      address: settings.address,
      maxMessageSize: settings.maxMessageSize,
      senderRate: settings.senderRate,
      desk,
      log,
      now,
    });
    teardown.add(() => intake.close());
    smtpPort = intake.port;
    log.info('phishing reports taken over SMTP', { address: settings.address, port: intake.port });
  }
  if (settings.imap !== null) {
    const { ImapIntake } = await import('../phishing/intake/imap.js');
    const imap = new ImapIntake({
      url: settings.imap,
      intervalMs: settings.imapInterval,
      maxMessageSize: settings.maxMessageSize,
      desk,
      store,
      log,
    });
    imap.start();
    teardown.add(() => imap.stop());
  }
  return { desk, smtpPort };
}
