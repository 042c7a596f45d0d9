// Pulls a reporting mailbox over IMAP (imapflow): each message with a UID past the checkpoint is stored as
// a report, then the checkpoint moves past it, so nothing is lost across restarts or dropped connections;
// a message whose bytes were already stored (a crash between the two) is not stored twice. A mailbox whose
// UIDVALIDITY changed is read again from the start. imaps:// is TLS from the first byte; imap:// must
// upgrade with STARTTLS unless the server is on loopback.
import { ImapFlow } from 'imapflow';
import type { Log } from '../../log.js';
import { isLoopbackAddress } from '../../net/loopback.js';
import type { Store } from '../../store/index.js';
import type { PhishingDesk } from '../desk.js';
import { sha256 } from '../message.js';

export interface ImapIntakeOptions {
  /** imaps://user:password@host[:port]/mailbox; the mailbox is INBOX when the path is empty. */
  url: string;
  intervalMs: number;
  maxMessageSize: number;
  desk: Pick<PhishingDesk, 'receive'>;
  store: Pick<Store, 'phishingCampaigns' | 'phishingReports'>;
  log: Log;
  /** Time for connecting and for any silence of the server; 30 s unless given. */
  timeoutMs?: number;
}

export interface PullResult {
  stored: number;
  skipped: number;
}

export class ImapIntake {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private readonly target: URL;
  private readonly mailbox: string;
  /** The checkpoint's name: user@host/mailbox. */
  readonly name: string;

  constructor(private readonly opts: ImapIntakeOptions) {
    this.target = new URL(opts.url);
    this.mailbox = decodeURIComponent(this.target.pathname.replace(/^\//, '')) || 'INBOX';
    this.name = `${decodeURIComponent(this.target.username)}@${this.target.host}/${this.mailbox}`;
  }

  start(): void {
    this.timer = setInterval(() => void this.pullLogged(), this.opts.intervalMs);
    this.timer.unref();
    void this.pullLogged();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running.catch(() => undefined);
  }

  /** One pull now, after the one under way; rejects with the server's or the network's error. */
  pull(): Promise<PullResult> {
    const next = this.running.catch(() => undefined).then(() => this.read());
    this.running = next;
    return next;
  }

  private async pullLogged(): Promise<void> {
    try {
      const { stored, skipped } = await this.pull();
      if (stored + skipped > 0)
        this.opts.log.info('reporting mailbox pulled', { mailbox: this.name, stored, skipped });
    } catch (error) {
      this.opts.log.warn('pulling the reporting mailbox failed', {
        mailbox: this.name,
        error: (error as Error).message,
      });
    }
  }

  private async read(): Promise<PullResult> {
    const { store, desk, log } = this.opts;
    const host = this.target.hostname.replace(/^\[|\]$/g, '');
    const secure = this.target.protocol === 'imaps:';
    const loopback = host === 'localhost' || isLoopbackAddress(host);
    const timeout = this.opts.timeoutMs ?? 30_000;
    const client = new ImapFlow({
      host,
      port: this.target.port ? Number(this.target.port) : secure ? 993 : 143,
      secure,
      doSTARTTLS: secure ? undefined : !loopback,
      auth: {
        user: decodeURIComponent(this.target.username),
        pass: decodeURIComponent(this.target.password),
      },
      logger: false,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    client.on('error', () => undefined);
    const result: PullResult = { stored: 0, skipped: 0 };
    await client.connect();
    try {
      const opened = await client.mailboxOpen(this.mailbox, { readOnly: true });
      const uidValidity = String(opened.uidValidity);
      const held = await store.phishingCampaigns.checkpoint(this.name);
      let lastUid = held?.uidValidity === uidValidity ? held.lastUid : 0;
      if (held !== undefined && held.uidValidity !== uidValidity) {
        log.warn('reporting mailbox was recreated (UIDVALIDITY changed); reading it from the start', {
          mailbox: this.name,
        });
      }
      if (opened.exists === 0) return result;
      const uids = ((await client.search({ uid: `${lastUid + 1}:*` }, { uid: true })) || []).filter(
        (uid) => uid > lastUid,
      );
      for (const uid of uids.sort((a, b) => a - b)) {
        const message = await client.fetchOne(
          String(uid),
          { uid: true, source: true, size: true },
          { uid: true },
        );
        const source = message ? message.source : undefined;
        if (source === undefined || (message && (message.size ?? 0) > this.opts.maxMessageSize)) {
          log.warn('a message of the reporting mailbox was left out (too large or unreadable)', {
            mailbox: this.name,
            uid,
          });
          result.skipped += 1;
        } else if (await store.phishingReports.holds('imap', sha256(source))) {
          result.skipped += 1;
        } else {
          await desk.receive(source, 'imap', '');
          result.stored += 1;
        }
        lastUid = uid;
        await store.phishingCampaigns.saveCheckpoint(this.name, { uidValidity, lastUid });
      }
      return result;
    } finally {
      await client.logout().catch(() => client.close());
    }
  }
}
