// Sends email through the SMTP server of `notifications.email`: incident notifications, and any other notice
// Breakwater mails (security notices to an account's owner). The SMTP client is loaded with the first
// message, so a Breakwater that never mails does not carry it in memory.

import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../config/index.js';
import { isLoopbackAddress } from '../net/loopback.js';

export type EmailSettings = Config['notifications']['email'];

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with the server's or the network's error. */
  send(message: MailMessage): Promise<void>;
}

/** Default for each SMTP step (connecting, the greeting, any silence on the socket). */
const SMTP_TIMEOUT_MS = 10_000;

/** A mailer for `email`, or undefined when no SMTP server is configured. */
export function createMailer(email: EmailSettings, timeoutMs = SMTP_TIMEOUT_MS): Mailer | undefined {
  if (email.smtp === null || email.from === null) return undefined;
  const options = smtpOptions(email.smtp, timeoutMs);
  const from = email.from;
  let transport: Promise<Transporter> | undefined;
  return {
    async send(message) {
      transport ??= import('nodemailer').then(({ createTransport }) => createTransport(options));
      await (await transport).sendMail({ from, ...message });
    },
  };
}

/**
 * Transport options for an smtp:// or smtps:// URL. smtps:// is TLS from the first byte (port 465 unless
 * given); smtp:// (port 587 unless given) must upgrade with STARTTLS, except to a server on loopback.
 * Certificates are always verified. A user and password in the URL are sent with AUTH.
 */
export function smtpOptions(url: string, timeoutMs: number): SMTPTransport.Options {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  const host = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname;
  const loopback = host === 'localhost' || isLoopbackAddress(host);
  return {
    host,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && !loopback,
    ...(parsed.username && {
      auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) },
    }),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}
