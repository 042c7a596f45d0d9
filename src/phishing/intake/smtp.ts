// The SMTP listener of the report address: reporters forward suspicious mail to it (as an attachment or
// inline). Mail to any other address is refused, each sender has an hourly share, a message over the size
// cap is refused with 552. A report is answered 250 only once it is stored, so a client that stops
// mid-DATA (or a store that fails) leaves its sender's server holding the message, never a lost report.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { HostPort } from '../../config/host-port.js';
import type { Log } from '../../log.js';
import type { PhishingDesk } from '../desk.js';
import { SenderRate } from './sender-rate.js';

export interface SmtpIntakeOptions {
  listen: HostPort;
  /** The report address; the only recipient accepted. */
  address: string;
  maxMessageSize: number;
  senderRate: number;
  desk: Pick<PhishingDesk, 'receive'>;
  log: Log;
  now: () => number;
}

export interface SmtpIntake {
  port: number;
  close(): Promise<void>;
}

type SmtpError = Error & { responseCode: number };

function refusal(code: number, text: string): SmtpError {
  const error = new Error(text) as SmtpError;
  error.responseCode = code;
  return error;
}

export async function startSmtpIntake(opts: SmtpIntakeOptions): Promise<SmtpIntake> {
  const rate = new SenderRate(opts.senderRate, opts.now);
  const address = opts.address.toLowerCase();
  const server = new SMTPServer({
    name: 'breakwater',
    banner: 'Breakwater phishing reports',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: opts.maxMessageSize,
    logger: false,
    maxClients: 100,
    socketTimeout: 60_000,
    closeTimeout: 5_000,
    onMailFrom(from, _session, callback) {
      if (!rate.take(from.address || '<>')) {
        callback(refusal(450, '4.7.1 Too many reports from this sender; try again later'));
      } else callback();
    },
    onRcptTo(to, _session, callback) {
      if (to.address.toLowerCase() !== address) {
        callback(refusal(550, `5.1.1 Only <${opts.address}> takes reports here`));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(refusal(552, `5.3.4 Reports are limited to ${opts.maxMessageSize} bytes`));
          return;
        }
        const reporter = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        opts.desk.receive(Buffer.concat(chunks), 'smtp', reporter).then(
          () => callback(),
          (error: Error) => {
            opts.log.error('a phishing report could not be stored', { error: error.message });
            callback(refusal(451, '4.3.0 The report could not be stored; try again later'));
          },
        );
      });
    },
  });
  server.on('error', (error) => opts.log.warn('phishing SMTP listener', { error: error.message }));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.listen.port, opts.listen.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
