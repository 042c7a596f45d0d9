// The nineteenth unseen set's scene: Alder & Whitcombe LLP, a law and accounting practice in Austin with a
// Miami office, at corp.example. Its people, clients, properties and courts; random fill-ins; a letter
// writer giving text and HTML; and the message writer, which adds the receiving MTA's Received and
// Authentication-Results headers, a Date in 2024–2026, a Message-ID and the MIME structure.
import type { SeededRandom } from './generate.js';

export type R = SeededRandom;

export const FIRM = 'Alder & Whitcombe LLP';
export const DOMAIN = 'corp.example';

export interface Person {
  first: string;
  last: string;
  email: string;
  title: string;
  office: 'Austin' | 'Miami';
}

type Role = 'partner' | 'paralegal' | 'accountant' | 'it' | 'office' | 'associate';

const STAFF: [string, string, Role, string, 'Austin' | 'Miami'][] = [
  ['Margaret', 'Alder', 'partner', 'Managing Partner', 'Austin'],
  ['Thomas', 'Whitcombe', 'partner', 'Partner, Tax & Accounting', 'Austin'],
  ['Daniel', 'Okafor', 'partner', 'Partner, Real Estate', 'Austin'],
  ['Rebecca', 'Lindqvist', 'partner', 'Partner, Litigation', 'Austin'],
  ['Alejandro', 'Ferrer', 'partner', 'Partner, Miami Office', 'Miami'],
  ['Catherine', 'Boone', 'partner', 'Partner, Estate Planning', 'Austin'],
  ['Jenna', 'Morales', 'paralegal', 'Senior Paralegal', 'Austin'],
  ['Tyler', 'Brooks', 'paralegal', 'Paralegal', 'Austin'],
  ['Lucía', 'Navarro', 'paralegal', 'Paralegal', 'Miami'],
  ['Brianna', 'Hughes', 'paralegal', 'Real Estate Paralegal', 'Austin'],
  ['Marisol', 'Castillo', 'paralegal', 'Closing Coordinator', 'Miami'],
  ['Kevin', 'Tran', 'paralegal', 'Litigation Paralegal', 'Austin'],
  ['Priya', 'Raman', 'accountant', 'Senior Accountant', 'Austin'],
  ['Grant', 'Ellison', 'accountant', 'Tax Manager', 'Austin'],
  ['Sofía', 'Delgado', 'accountant', 'Staff Accountant', 'Miami'],
  ['Aaron', 'Whitley', 'accountant', 'Payroll & Trust Accounting', 'Austin'],
  ['Marcus', 'Reyes', 'it', 'IT Manager', 'Austin'],
  ['Dana', 'Kowalski', 'it', 'Systems Administrator', 'Austin'],
  ['Heather', 'Simms', 'office', 'Office Manager', 'Austin'],
  ['Carmen', 'Ibarra', 'office', 'Office Administrator', 'Miami'],
  ['Nora', 'Pennington', 'office', 'Billing & Accounts Payable', 'Austin'],
  ['Ethan', 'Calloway', 'associate', 'Associate', 'Austin'],
  ['Valeria', 'Montes', 'associate', 'Associate', 'Miami'],
];

const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function toPerson([first, last, , title, office]: (typeof STAFF)[number]): Person {
  return { first, last, title, office, email: `${plain(first[0] + last).toLowerCase()}@${DOMAIN}` };
}

export function staff(r: R, ...roles: Role[]): Person {
  const pool = roles.length ? STAFF.filter((s) => roles.includes(s[2])) : STAFF;
  return toPerson(r.pick(pool));
}

export function miamiStaff(r: R, ...roles: Role[]): Person {
  return toPerson(r.pick(STAFF.filter((s) => s[4] === 'Miami' && (!roles.length || roles.includes(s[2])))));
}

export const name = (p: { first: string; last: string }) => `${p.first} ${p.last}`;
export const addr = (p: Person) => mailbox(name(p), p.email);

const FIRSTS = [
  'James',
  'Linda',
  'Robert',
  'Karen',
  'Michael',
  'Susan',
  'David',
  'Angela',
  'Brian',
  'Melissa',
  'Kyle',
  'Rachel',
  'Steven',
  'Amanda',
  'Patrick',
  'Hannah',
  'Derek',
  'Courtney',
  'Wesley',
  'Lauren',
  'Trevor',
  'Megan',
  'Colin',
  'Shannon',
];
const LASTS = [
  'Harper',
  'Whitfield',
  'Nguyen',
  'Baxter',
  'Sullivan',
  'Patel',
  'Coleman',
  'Reinholt',
  'Gallagher',
  'Dawson',
  'Pruitt',
  'Kimball',
  'Hollis',
  'Stroud',
  'McAllister',
  'Fenwick',
  'Yoder',
  'Ashby',
  'Lindgren',
  'Pace',
];
const NOMBRES = [
  'José',
  'María',
  'Carlos',
  'Ana',
  'Luis',
  'Gabriela',
  'Jorge',
  'Daniela',
  'Ricardo',
  'Paola',
  'Fernando',
  'Isabel',
  'Andrés',
  'Camila',
  'Héctor',
  'Verónica',
  'Rafael',
  'Mariana',
];
const APELLIDOS = [
  'García',
  'Rodríguez',
  'Hernández',
  'Martínez',
  'López',
  'González',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivera',
  'Gómez',
  'Díaz',
  'Vargas',
  'Castro',
  'Ortiz',
  'Mendoza',
  'Rojas',
];

export function outsider(r: R, hispanic = r.below(4) === 0): { first: string; last: string } {
  return hispanic
    ? { first: r.pick(NOMBRES), last: `${r.pick(APELLIDOS)}${r.below(2) ? ` ${r.pick(APELLIDOS)}` : ''}` }
    : { first: r.pick(FIRSTS), last: r.pick(LASTS) };
}

/** A free-mail address for a person, in one of the shapes people pick. */
export function freemail(r: R, p: { first: string; last: string }, providers = FREEMAIL): string {
  const f = plain(p.first).toLowerCase();
  const l = plain(p.last.split(' ')[0]).toLowerCase();
  const shape = r.pick([
    `${f}.${l}`,
    `${f}${l}${int(r, 1, 99)}`,
    `${f[0]}${l}${int(r, 60, 99)}`,
    `${l}.${f}`,
  ]);
  return `${shape}@${r.pick(providers)}`;
}
const FREEMAIL = [
  'gmail.com',
  'gmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'hotmail.com',
  'aol.com',
];

export const int = (r: R, lo: number, hi: number) => lo + r.below(hi - lo + 1);
export const digits = (r: R, n: number) => Array.from({ length: n }, () => r.below(10)).join('');
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const alnum = (r: R, n: number) => Array.from({ length: n }, () => ALNUM[r.below(36)]).join('');
export const hex = (r: R, n: number) =>
  Array.from({ length: n }, () => '0123456789abcdef'[r.below(16)]).join('');
export const upper = (r: R, n: number) =>
  Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[r.below(32)]).join('');
export function guid(r: R): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
}
export function money(r: R, lo: number, hi: number, cents = true): string {
  const v = int(r, lo, hi) + (cents ? r.below(100) / 100 : 0);
  return `$${v.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;
}
/** The same amount written the Spanish way used in Miami mail: US$ 12,345.67 (US convention kept). */
export const dolares = (r: R, lo: number, hi: number) => `US${money(r, lo, hi)}`;

const AUSTIN_STREETS = [
  'Barton Hills Dr',
  'Shoal Creek Blvd',
  'Bee Caves Rd',
  'Manchaca Rd',
  'Burnet Rd',
  'W 34th St',
  'Mesa Dr',
  'Spicewood Springs Rd',
  'Rollingwood Dr',
  'S Congress Ave',
  'Far West Blvd',
  'Exposition Blvd',
];
const MIAMI_STREETS = [
  'Brickell Ave',
  'Coral Way',
  'SW 8th St',
  'Biscayne Blvd',
  'Alton Rd',
  'NE 2nd Ave',
  'Ponce de Leon Blvd',
  'SW 27th Ave',
  'Collins Ave',
];

export function property(r: R, city: 'Austin' | 'Miami' = r.below(3) ? 'Austin' : 'Miami'): string {
  return city === 'Austin'
    ? `${int(r, 100, 9899)} ${r.pick(AUSTIN_STREETS)}, ${r.pick(['Austin', 'Austin', 'West Lake Hills', 'Round Rock', 'Cedar Park'])}, TX ${r.pick(['78703', '78704', '78731', '78746', '78757', '78664', '78613'])}`
    : `${int(r, 100, 4999)} ${r.pick(MIAMI_STREETS)}${r.below(2) ? ` Unit ${int(r, 2, 38)}${r.pick(['01', '04', '07', '12'])}` : ''}, ${r.pick(['Miami', 'Miami', 'Coral Gables', 'Miami Beach'])}, FL ${r.pick(['33131', '33145', '33134', '33139', '33130'])}`;
}

export const matter = (r: R) => `${int(r, 2024, 2026)}-${digits(r, 4)}`;
export const gfNumber = (r: R) =>
  `GF# ${int(r, 24, 26)}${digits(r, 5)}-${r.pick(['ATX', 'TRV', 'WLM', 'MIA'])}`;
export function causeNumber(r: R): string {
  return r.pick([
    `D-1-GN-${int(r, 24, 26)}-00${digits(r, 4)}`,
    `C-1-CV-${int(r, 24, 26)}-00${digits(r, 4)}`,
    `1:${int(r, 24, 26)}-cv-00${digits(r, 3)}-${r.pick(['RP', 'ADA', 'DII', 'ML'])}`,
    `${int(r, 2024, 2026)}-0${digits(r, 5)}-CA-01`,
  ]);
}

// ---- dates ----
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** A moment between January 2024 and October 2026, in UTC, in business-ish hours for Texas. */
export function when(r: R): Date {
  const year = r.pick([2024, 2025, 2026]);
  const month = r.below(year === 2026 ? 10 : 12);
  return new Date(Date.UTC(year, month, int(r, 1, 28), int(r, 12, 23), r.below(60), r.below(60)));
}
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);
export const longDate = (d: Date) =>
  `${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
export const fecha = (d: Date) => `${d.getUTCDate()} de ${MESES[d.getUTCMonth()]} de ${d.getUTCFullYear()}`;
export const usDate = (d: Date) =>
  `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const weekday = (d: Date) =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()];

function rfcDate(d: Date, offsetMinutes: number): string {
  const local = new Date(d.getTime() + offsetMinutes * 60000);
  const p = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(offsetMinutes);
  return `${DAYS[local.getUTCDay()]}, ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())} ${sign}${p(Math.floor(off / 60))}${p(off % 60)}`;
}

// ---- authentication ----
export interface Auth {
  spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror';
  dkim: 'pass' | 'fail' | 'none';
  dmarc: 'pass' | 'fail' | 'none' | 'bestguesspass';
  mailFrom: string;
  dkimDomain?: string;
  fromDomain: string;
  policy?: string;
}
/** A brand's or a real organisation's own mail: everything passes, the bounce address on its sending domain. */
export const pass = (fromDomain: string, mailFrom = fromDomain, dkimDomain = fromDomain): Auth => ({
  spf: 'pass',
  dkim: 'pass',
  dmarc: 'pass',
  mailFrom,
  dkimDomain,
  fromDomain,
  policy: 'reject',
});
/** An attacker's own registered domain: SPF and DKIM set up, DMARC often not published. */
export const owned = (r: R, fromDomain: string, mailFrom = fromDomain): Auth => ({
  spf: 'pass',
  dkim: r.below(4) ? 'pass' : 'none',
  dmarc: r.below(2) ? 'none' : 'pass',
  mailFrom,
  dkimDomain: fromDomain,
  fromDomain,
  policy: 'none',
});
/** A real domain written into From by someone else's server. */
export const spoofed = (r: R, fromDomain: string, mailFrom: string): Auth => ({
  spf: r.pick(['fail', 'softfail', 'none'] as const),
  dkim: 'none',
  dmarc: 'fail',
  mailFrom,
  fromDomain,
  policy: r.pick(['reject', 'quarantine', 'none']),
});
/** A free-mail account: the provider signs and its SPF passes. */
export const free = (address: string): Auth => {
  const d = address.split('@')[1];
  return pass(d, d, d === 'gmail.com' ? 'gmail.com' : d);
};

function authHeader(a: Auth, r: R): string {
  const parts = [`spf=${a.spf} smtp.mailfrom=${a.mailFrom}`];
  if (a.dkim === 'none') parts.push('dkim=none (message not signed)');
  else
    parts.push(
      `dkim=${a.dkim} header.d=${a.dkimDomain ?? a.fromDomain} header.s=${r.pick(['s1', 'selector1', 'k1', 'google', 'dkim', 'mail', 's2048'])}`,
    );
  parts.push(
    a.dmarc === 'none'
      ? `dmarc=none header.from=${a.fromDomain}`
      : `dmarc=${a.dmarc} (p=${(a.policy ?? 'none').toUpperCase()}) header.from=${a.fromDomain}`,
  );
  return `Authentication-Results: mx.corp.example;\r\n\t${parts.join(';\r\n\t')}`;
}

// ---- MIME ----
export interface Attachment {
  type: string;
  name: string;
  content: Buffer;
  /** Referred to from the HTML by cid:name. */
  inline?: boolean;
}

export interface Mail {
  from: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  /** An iCalendar REQUEST shown as the message's calendar alternative. */
  calendar?: Buffer;
  parts?: Attachment[];
  /** null: the message came without the receiving MTA's results (a relay, a forward). */
  auth: Auth | null;
  /** The sending host, as the receiving MTA saw it. */
  relay?: string;
  headers?: string[];
  messageIdDomain?: string;
  /** Minutes from UTC of the sender's clock; Central time when unset. */
  zone?: number;
  /** The body's transfer encoding when it is not plain ASCII: quoted-printable unless base64. */
  encoding?: 'base64' | 'quoted-printable';
  date?: Date;
}

const isAscii = (s: string) => /^[\x20-\x7e\r\n\t]*$/.test(s);

export function encodeWord(s: string): string {
  if (isAscii(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;
}

/** "Name <addr>" with the name encoded when it is not ASCII or quoted when it holds specials. */
export function mailbox(display: string, address: string): string {
  if (!isAscii(display)) return `${encodeWord(display)} <${address}>`;
  return /[,.;:@()&"]/.test(display)
    ? `"${display.replace(/"/g, '')}" <${address}>`
    : `${display} <${address}>`;
}

function quotedPrintable(s: string): string {
  const out: string[] = [];
  for (const line of s.replace(/\r\n/g, '\n').split('\n')) {
    let enc = '';
    for (const byte of Buffer.from(line)) {
      const c = String.fromCharCode(byte);
      enc +=
        (byte >= 33 && byte <= 126 && c !== '=') || byte === 32
          ? c
          : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    enc = enc.replace(/ $/, '=20');
    while (enc.length > 76) {
      let cut = 75;
      while (enc[cut - 1] === '=' || enc[cut - 2] === '=') cut--;
      out.push(`${enc.slice(0, cut)}=`);
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join('\r\n');
}

const b64 = (b: Buffer) => b.toString('base64').replace(/.{76}/g, '$&\r\n');

function textPart(type: string, body: string, encoding: Mail['encoding']): string[] {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  if (encoding === 'base64')
    return [
      `Content-Type: ${type}; charset="utf-8"`,
      'Content-Transfer-Encoding: base64',
      '',
      b64(Buffer.from(crlf)),
    ];
  if (isAscii(crlf) && crlf.split('\r\n').every((l) => l.length < 990))
    return [`Content-Type: ${type}; charset="us-ascii"`, 'Content-Transfer-Encoding: 7bit', '', crlf];
  return [
    `Content-Type: ${type}; charset="utf-8"`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(crlf),
  ];
}

function attachmentPart(a: Attachment): string[] {
  const n = encodeWord(a.name);
  return [
    `Content-Type: ${a.type}; name="${n}"`,
    `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename="${n}"`,
    ...(a.inline ? [`Content-ID: <${a.name}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    b64(a.content),
  ];
}

function multipart(kind: string, boundary: string, bodies: string[][]): string[] {
  const lines = [`Content-Type: multipart/${kind}; boundary="${boundary}"`, ''];
  for (const b of bodies) lines.push(`--${boundary}`, ...b);
  lines.push(`--${boundary}--`, '');
  return lines;
}

/** One mailbox header value made ASCII: the address without accents, the display name encoded. */
function asciiMailbox(value: string): string {
  const m = value.match(/^(.*?)\s*<([^>]+)>$/);
  if (!m) return plain(value);
  const display = m[1].replace(/^"|"$/g, '');
  return display.startsWith('=?') ? `${m[1]} <${plain(m[2])}>` : mailbox(display, plain(m[2]));
}

const domainOf = (from: string) => (from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? 'mail.example').toLowerCase();

/** The message as the receiving MTA stored it. */
export function render(r: R, m: Mail, d: Date): string {
  const date = m.date ?? d;
  const zone = m.zone ?? (date.getUTCMonth() >= 2 && date.getUTCMonth() <= 9 ? -300 : -360);
  const fromDomain = domainOf(m.from);
  const relay =
    m.relay ?? `${r.pick(['mail', 'smtp', 'mx1', 'out', 'mta'])}.${m.auth?.mailFrom ?? fromDomain}`;
  const ip = `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(r, 2, 250)}`;
  const to = m.to ?? 'staff@corp.example';
  const received = new Date(date.getTime() + int(r, 1, 40) * 1000);
  const firstAddress = to.match(/<([^>]+)>/)?.[1] ?? to.split(',')[0].trim();
  const head: string[] = [
    `Received: from ${relay} (${relay} [${ip}])\r\n\tby mx.corp.example (Postfix) with ESMTPS id ${upper(r, 10)}\r\n\tfor <${firstAddress}>; ${rfcDate(received, zone)}`,
  ];
  if (m.auth && r.below(6) !== 0) head.push(authHeader(m.auth, r));
  const boundary = (tag: string) => `----=_${tag}_${alnum(r, 8)}.${digits(r, 10)}`;
  const idDomain = m.messageIdDomain ?? relay;
  head.push(
    `From: ${asciiMailbox(m.from)}`,
    `To: ${asciiMailbox(to)}`,
    ...(m.cc ? [`Cc: ${asciiMailbox(m.cc)}`] : []),
    ...(m.replyTo ? [`Reply-To: ${asciiMailbox(m.replyTo)}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${rfcDate(date, zone)}`,
    `Message-ID: <${r.pick([`${alnum(r, 12)}.${digits(r, 6)}`, guid(r), `${upper(r, 16)}${digits(r, 4)}`])}@${idDomain}>`,
    ...(m.headers ?? []),
    'MIME-Version: 1.0',
  );
  const enc = m.encoding;
  const texts: string[][] = [];
  if (m.text !== undefined) texts.push(textPart('text/plain', m.text, enc));
  const inline = (m.parts ?? []).filter((p) => p.inline);
  const attached = (m.parts ?? []).filter((p) => !p.inline);
  if (m.html !== undefined) {
    const html = textPart('text/html', m.html, enc);
    texts.push(
      inline.length ? multipart('related', boundary('rel'), [html, ...inline.map(attachmentPart)]) : html,
    );
  }
  if (m.calendar)
    texts.push([
      'Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
      'Content-Transfer-Encoding: base64',
      '',
      b64(m.calendar),
    ]);
  let body = texts.length === 1 ? texts[0] : multipart('alternative', boundary('alt'), texts);
  if (attached.length) body = multipart('mixed', boundary('mix'), [body, ...attached.map(attachmentPart)]);
  return `${[...head, ...body].join('\r\n').replace(/(\r\n)*$/, '')}\r\n`;
}

// ---- letters ----
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Letter {
  greeting?: string;
  paras: string[];
  button?: { text: string; url: string };
  /** Lines under the body: a signature block. */
  sign?: string[];
  /** Small print at the foot. */
  footer?: string[];
  /** The brand bar's colour and name. */
  brand?: { name: string; color: string; logo?: string };
  /** Plain text shows the button's address as "Text: url" rather than "<url>". */
  textLink?: 'colon' | 'angle';
}

/** The same letter as plain text and as a simple table-laid HTML mail. */
export function letter(l: Letter): { text: string; html: string } {
  const t: string[] = [];
  if (l.greeting) t.push(l.greeting, '');
  for (const p of l.paras) t.push(p, '');
  if (l.button)
    t.push(
      l.textLink === 'angle' ? `${l.button.text} <${l.button.url}>` : `${l.button.text}: ${l.button.url}`,
      '',
    );
  if (l.sign) t.push(...l.sign, '');
  if (l.footer) t.push('--', ...l.footer);
  const color = l.brand?.color ?? '#1f3a5f';
  const h: string[] = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="margin:0;padding:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">',
  ];
  if (l.brand)
    h.push(
      `<tr><td style="background:${color};padding:18px 28px;color:#fff;font-size:20px;font-weight:bold">${
        l.brand.logo
          ? `<img src="${l.brand.logo}" alt="${esc(l.brand.name)}" height="28" style="border:0">`
          : esc(l.brand.name)
      }</td></tr>`,
    );
  h.push('<tr><td style="padding:24px 28px;line-height:1.5">');
  if (l.greeting) h.push(`<p>${esc(l.greeting)}</p>`);
  for (const p of l.paras) h.push(`<p>${esc(p).replace(/\n/g, '<br>')}</p>`);
  if (l.button)
    h.push(
      `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:20px 0"><tr><td style="background:${color};border-radius:4px"><a href="${l.button.url}" style="display:inline-block;padding:12px 24px;color:#ffffff;text-decoration:none;font-weight:bold">${esc(l.button.text)}</a></td></tr></table>`,
    );
  if (l.sign) h.push(`<p>${l.sign.map(esc).join('<br>')}</p>`);
  h.push('</td></tr>');
  if (l.footer)
    h.push(
      `<tr><td style="padding:16px 28px;font-size:11px;color:#777;border-top:1px solid #e5e5e5">${l.footer.map(esc).join('<br>')}</td></tr>`,
    );
  h.push('</table></td></tr></table></body></html>');
  return { text: t.join('\n').trimEnd(), html: h.join('\n') };
}

/** Plain lines into a short HTML body such as Outlook writes for a typed note. */
export function noteHtml(lines: string[]): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">${lines
    .map((l) => (l === '' ? '<div><br></div>' : `<div>${esc(l)}</div>`))
    .join('\n')}</div></body></html>`;
}

/** The firm's own signature block. */
export function signature(p: Person): string[] {
  const phone = p.office === 'Miami' ? '(305) 555-01' : '(512) 555-01';
  return [
    name(p),
    p.title,
    FIRM,
    p.office === 'Miami'
      ? '1450 Brickell Avenue, Suite 2100 | Miami, FL 33131'
      : '600 Congress Avenue, Suite 1800 | Austin, TX 78701',
    `${phone}${String(10 + ((p.first.length * 7 + p.last.length) % 89)).padStart(2, '0')}`,
  ];
}

/** A quoted earlier message, as a reply shows it. */
export function quoted(fromLine: string, d: Date, lines: string[]): string[] {
  return ['', `On ${weekday(d)}, ${longDate(d)}, ${fromLine} wrote:`, ...lines.map((l) => `> ${l}`)];
}

export interface Template {
  id: string;
  kind: string;
  make(r: R, d: Date): Mail | Promise<Mail>;
}

/** Every template's messages, each from its own seeded stream. */
export async function generate(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (let t = 0; t < templates.length; t++) {
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom((Math.imul(seed ^ 0x19, 2654435761) + Math.imul(t + 1, 40503) + k * 7919) >>> 0);
      const d = when(r);
      const mail = await templates[t].make(r, d);
      out.push({ raw: render(r, mail, d), kind: templates[t].kind, template: templates[t].id });
    }
  }
  return out;
}
