// Messages for the phishing desk's tests, made here (nothing from real mailboxes): a PayPal-style phish
// with a lying link, an ordinary message signed with DKIM, and a reporter's forward of either (as an
// attachment or inline). Lines end with CRLF, as on the wire.
import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** A phish claiming to be PayPal, sent from 203.0.113.5, its link text naming paypal.com. */
export function paypalPhish(options: { to?: string; link?: string; subject?: string } = {}): string {
  const link = options.link ?? 'https://paypa1-secure.example/signin?session=8812';
  return crlf([
    'Received: from mx.paypa1-secure.example (mx.paypa1-secure.example [203.0.113.5])',
    '\tby mx.corp.example with ESMTP id 4XyZ; Sat, 05 Dec 2026 09:12:00 +0000',
    'Return-Path: <bounce@paypal.com>',
    'From: "PayPal" <service@paypal.com>',
    `To: ${options.to ?? 'alice@corp.example'}`,
    `Subject: ${options.subject ?? 'Your account is limited'}`,
    'Date: Sat, 05 Dec 2026 09:11:58 +0000',
    'Message-ID: <limit-8812@paypa1-secure.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Dear customer, we noticed unusual activity and limited your account until you confirm your identity.</p>',
    `<p><a href="${link}">https://www.paypal.com/signin</a></p>`,
    '<p>If you do not confirm within 24 hours your account will be closed permanently.</p>',
  ]);
}

export interface SigningKey {
  privateKey: string;
  /** The TXT record to publish at <selector>._domainkey.<domain>. */
  record: string;
}

export function signingKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    record: `v=DKIM1; k=rsa; p=${der}`,
  };
}

/** An ordinary newsletter-free note from news@shop.example, signed with `key` as selector `s1`. */
export async function signedNote(key: SigningKey): Promise<string> {
  const message = crlf([
    'Received: from mail.shop.example (mail.shop.example [198.51.100.7])',
    '\tby mx.corp.example with ESMTP id 77aa; Sat, 05 Dec 2026 08:00:00 +0000',
    'Return-Path: <orders@shop.example>',
    'From: Shop Orders <orders@shop.example>',
    'To: alice@corp.example',
    'Subject: Your order 1042 has shipped',
    'Date: Sat, 05 Dec 2026 07:59:58 +0000',
    'Message-ID: <order-1042@shop.example>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello Alice, your order 1042 has shipped and should arrive on Tuesday.',
    'You can follow it at https://shop.example/orders/1042 whenever you like.',
  ]);
  const { signatures } = await dkimSign(message, {
    signatureData: [{ signingDomain: 'shop.example', selector: 's1', privateKey: key.privateKey }],
  } as never);
  return signatures + message;
}

/** Alice's forward of `message` as a message/rfc822 attachment. */
export function forwardedAsAttachment(
  message: string,
  reporter = 'alice@corp.example',
  to = 'phish@corp.example',
): string {
  return crlf([
    `From: Alice <${reporter}>`,
    `To: ${to}`,
    'Subject: Fwd: suspicious',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="fwd-boundary"',
    '',
    '--fwd-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'This looks odd to me.',
    '--fwd-boundary',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="suspicious.eml"',
    '',
    message,
    '--fwd-boundary--',
  ]);
}

/** Alice's forward of the phish inline, the way mail clients quote a forwarded message. */
export function forwardedInline(reporter = 'alice@corp.example'): string {
  return crlf([
    `From: Alice <${reporter}>`,
    'To: phish@corp.example',
    'Subject: Fwd: Your account is limited',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Is this real?',
    '',
    '---------- Forwarded message ---------',
    'From: PayPal Service <service@paypal-support.example>',
    'Date: Sat, 5 Dec 2026 at 09:11',
    'Subject: Your account is limited',
    'To: <alice@corp.example>',
    '',
    'We limited your account. Confirm your identity at http://192.0.2.44/paypal/login within 24 hours.',
  ]);
}
