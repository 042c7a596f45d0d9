// The scene of the eleventh unseen set (unseen-11.ts, unseen-11-local.ts, unseen-ham-11.ts): the staff of
// corp.example and the people and firms around them, the Authentication-Results an MTA writes, the hosts
// attackers register or borrow, the three page shapes the mail is drawn in, and the loop that turns each
// template into seeded messages.
import type { SeededRandom } from './generate.js';
import { mimeMessage, type Part } from './mime.js';

export type Locale = 'en' | 'ja' | 'ko' | 'pt' | 'pl' | 'tr';

export interface Person {
  first: string;
  last: string;
  /** The name as shown in a From or To line, in the person's own script. */
  name: string;
  email: string;
}

const PEOPLE: Record<Locale, readonly (readonly [string, string, string])[]> = {
  en: [
    ['Marcus', 'Whitfield', ''],
    ['Priya', 'Raman', ''],
    ['Elena', 'Lindqvist', ''],
    ['Tobias', 'Greer', ''],
    ['Harriet', 'Okafor', ''],
    ['Owen', 'Castellano', ''],
    ['Nadia', 'Pennington', ''],
    ['Felix', 'Ashworth', ''],
    ['Ruth', 'Holloway', ''],
    ['Samir', 'Haddad', ''],
    ['Claire', 'Dumont', ''],
    ['Jonah', 'Varga', ''],
    ['Imogen', 'Brennan', ''],
    ['Victor', 'Iyer', ''],
  ],
  ja: [
    ['Haruto', 'Sato', '佐藤 陽翔'],
    ['Yui', 'Tanaka', '田中 結衣'],
    ['Ren', 'Kobayashi', '小林 蓮'],
    ['Aoi', 'Yamamoto', '山本 葵'],
    ['Sota', 'Nakamura', '中村 颯太'],
    ['Mei', 'Inoue', '井上 芽衣'],
  ],
  ko: [
    ['Minjun', 'Kim', '김민준'],
    ['Seoyeon', 'Park', '박서연'],
    ['Jihoon', 'Lee', '이지훈'],
    ['Hayoon', 'Choi', '최하윤'],
    ['Dohyun', 'Jung', '정도현'],
  ],
  pt: [
    ['Lucas', 'Ferreira', ''],
    ['Camila', 'Rocha', ''],
    ['Rafael', 'Nogueira', ''],
    ['Beatriz', 'Andrade', ''],
    ['Thiago', 'Barros', ''],
    ['Larissa', 'Monteiro', ''],
  ],
  pl: [
    ['Katarzyna', 'Wiśniewska', ''],
    ['Piotr', 'Zieliński', ''],
    ['Agnieszka', 'Mazur', ''],
    ['Tomasz', 'Krawczyk', ''],
    ['Magdalena', 'Wójcik', ''],
  ],
  tr: [
    ['Emre', 'Yıldız', ''],
    ['Zeynep', 'Aydın', ''],
    ['Burak', 'Çelik', ''],
    ['Elif', 'Şahin', ''],
    ['Can', 'Öztürk', ''],
  ],
};

/** A name folded to the letters of a mailbox: Wiśniewska to wisniewska, Yıldız to yildiz. */
export function ascii(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** The recipient of the message being written: nobody else drawn for it carries the same first name. */
let recipient: Person | undefined;

/** Someone from a locale; at corp.example unless another domain (or a mailbox shape) is given. */
export function person(
  r: SeededRandom,
  locale: Locale = 'en',
  domain = 'corp.example',
  dotted = true,
): Person {
  let [first, last, native] = r.pick(PEOPLE[locale]);
  while (first === recipient?.first) [first, last, native] = r.pick(PEOPLE[locale]);
  const local = dotted
    ? `${ascii(first)}.${ascii(last)}`
    : `${ascii(first)}${ascii(last)}${10 + r.below(89)}`;
  return { first, last, name: native || `${first} ${last}`, email: `${local}@${domain}` };
}

export function fromLine(name: string, email: string): string {
  return `${encodeWord(name)} <${email}>`;
}

/** A display name as a mail client writes it: RFC 2047 if not ASCII, quoted if it holds specials. */
export function encodeWord(s: string): string {
  if (!/^[\x20-\x7e]*$/.test(s)) return `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;
  return /[",().:;<>@[\]]/.test(s) ? `"${s.replace(/"/g, "'")}"` : s;
}

/** A subject as a mail client writes it: as typed if ASCII, else RFC 2047. */
export function encodeSubject(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;
}

// Authentication-Results as mx.corp.example writes them.
/** Signed and aligned for its own domain: real providers, registered attacker domains, hijacked mailboxes. */
export function pass(domain: string, mailfrom = domain): string {
  return `spf=pass smtp.mailfrom=${mailfrom}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`;
}
/** A freshly registered domain with SPF but no DKIM and no DMARC record yet. */
export function spfOnly(domain: string): string {
  return `spf=pass smtp.mailfrom=${domain}; dkim=none; dmarc=none header.from=${domain}`;
}
/** A protected domain put in From by someone who cannot send for it. */
export function spoofed(domain: string, relay: string): string {
  return `spf=fail smtp.mailfrom=${domain} (sender IP not permitted); dkim=none; dmarc=fail (p=reject) header.from=${domain} smtp.helo=${relay}`;
}
/** Sent through a mailing service that signs with its own key, aligned by the SPF of a bounce subdomain. */
export function viaService(domain: string, service: string): string {
  return `spf=pass smtp.mailfrom=bounce.${domain}; dkim=pass header.d=${domain}; dkim=pass header.d=${service}; dmarc=pass header.from=${domain}`;
}

export const FREEMAIL = [
  'gmail.com',
  'outlook.com',
  'hotmail.com',
  'yahoo.com',
  'proton.me',
  'icloud.com',
] as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function token(r: SeededRandom, length: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}
export function digits(r: SeededRandom, length: number): string {
  return token(r, length, '0123456789');
}
export function upper(r: SeededRandom, length: number): string {
  return token(r, length, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
}

/** An amount between lo and hi with cents, written 1,234.56 (or 1.234,56 where the locale says so). */
export function amount(r: SeededRandom, lo: number, hi: number, comma = false): string {
  const value = lo + r.below(Math.max(1, (hi - lo) * 100)) / 100;
  const [whole, cents] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  return comma ? `${grouped},${cents}` : `${grouped}.${cents}`;
}

/** A working day later in November 2026 (the month the mail is dated), with its weekday. */
export function day(r: SeededRandom): string {
  let date = 3 + r.below(24);
  while ((date - 1) % 7 === 0 || (date - 1) % 7 === 6) date = 3 + r.below(24);
  const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    (date - 1) % 7
  ];
  return `${weekday}, ${date} November`;
}

/** A US number kept for fiction (555-01xx), as callback lures print them. */
export function phone(r: SeededRandom): string {
  return `+1 (${r.pick(['808', '844', '855', '866', '877', '888'])}) 555-01${digits(r, 2)}`;
}

/** A host an attacker sets up or borrows, in one of the shapes 2025 campaigns use. */
export function lureHost(r: SeededRandom, words: readonly string[]): string {
  const word = r.pick(words);
  switch (r.below(6)) {
    case 0:
      return `${token(r, 5 + r.below(5), LETTERS)}.${r.pick(['example', 'test'])}`;
    case 1:
      return `${word}-${r.pick(['secure', 'verify', 'portal', 'access', 'auth', 'online'])}.example.${r.pick(['com', 'net', 'org'])}`;
    case 2:
      return `${word}${r.pick(['-', ''])}${token(r, 4)}.${r.pick(['web.app', 'pages.dev', 'workers.dev', 'netlify.app', 'r2.dev', 'firebaseapp.com'])}`;
    case 3:
      return `${r.pick(['oakridge-dental', 'lakeview-bakery', 'hillcrest-tiles', 'marlow-joinery', 'sunny-paws-grooming', 'riverside-optics'])}.example.org`;
    case 4:
      return `${token(r, 3, LETTERS)}${digits(r, 2)}-${word}.${r.pick(['example.net', 'invalid', 'test'])}`;
    default:
      return `${r.pick(['my', 'go', 'id', 'sso', 'app'])}-${word}.${r.pick(['example', 'example.com', 'test'])}`;
  }
}

/** A path as kits lay them out: a campaign folder, a random leaf, often the victim's address appended. */
export function lurePath(r: SeededRandom, email: string): string {
  const b64 = Buffer.from(email).toString('base64').replace(/=+$/, '');
  switch (r.below(4)) {
    case 0:
      return `/${token(r, 6)}/${token(r, 10)}#${b64}`;
    case 1:
      return `/?${token(r, 2, LETTERS)}=${token(r, 16)}&e=${encodeURIComponent(email)}`;
    case 2:
      return `/wp-content/uploads/${2025 + r.below(2)}/${token(r, 8)}/index.html#${b64}`;
    default:
      return `/${r.pick(['s', 'v', 'c', 'doc', 'auth'])}/${token(r, 12)}$${b64}`;
  }
}

/** One misspelling of a domain: letters swapped, doubled or dropped, rn for m, 1 for l, a billing suffix. */
function misspell(r: SeededRandom, domain: string): string {
  const dot = domain.indexOf('.');
  const name = domain.slice(0, dot);
  const rest = domain.slice(dot);
  const at = 1 + r.below(name.length - 2);
  switch (r.below(5)) {
    case 0:
      return `${name.slice(0, at)}${name[at + 1]}${name[at]}${name.slice(at + 2)}${rest}`;
    case 1:
      return `${name.slice(0, at)}${name[at]}${name.slice(at)}${rest}`;
    case 2:
      return name.includes('m') ? `${name.replace('m', 'rn')}${rest}` : `${name.replace('l', '1')}${rest}`;
    case 3:
      return `${name}-${r.pick(['invoices', 'billing', 'accounts', 'ar'])}${rest}`;
    default:
      return `${name.slice(0, at)}${name.slice(at + 1)}${rest}`;
  }
}

/** A vendor's domain misspelled in one of the ways lookalike registrations do it, never the domain itself. */
export function lookalike(r: SeededRandom, domain: string): string {
  const fake = misspell(r, domain);
  return fake === domain ? domain.replace('.', '-invoices.') : fake;
}

export interface Firm {
  name: string;
  domain: string;
}
/** The firms corp.example buys from and works with. */
export const FIRMS: readonly Firm[] = [
  { name: 'Quillmark Office Supply', domain: 'quillmark.example.com' },
  { name: 'Halvorsen Freight', domain: 'halvorsenfreight.example' },
  { name: 'Brightwater Catering', domain: 'brightwatercatering.example.net' },
  { name: 'Orrin Analytics', domain: 'orrinanalytics.example.com' },
  { name: 'Castellan Legal LLP', domain: 'castellanlegal.example.org' },
  { name: 'Kestrel Print Works', domain: 'kestrelprint.example' },
  { name: 'Mirabel Facilities', domain: 'mirabelfm.example.com' },
  { name: 'Tamsin Cloud Hosting', domain: 'tamsincloud.example.net' },
];

export interface Body {
  paras: readonly string[];
  button?: { label: string; href: string };
  /** Lines under the paragraphs: a signature, a footer. */
  sign?: readonly string[];
  /** The name in the header bar of the panel shapes. */
  brand?: string;
  color?: string;
  /** Small print at the foot. */
  footer?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asText(b: Body): string {
  return [
    ...b.paras,
    ...(b.button ? [`${b.button.label}: ${b.button.href}`] : []),
    ...(b.sign ? [b.sign.join('\n')] : []),
    ...(b.footer ? [b.footer] : []),
  ].join('\n\n');
}

function asHtml(b: Body, shape: number): string {
  const p = b.paras.map((x) => `<p style="margin:0 0 14px">${esc(x)}</p>`).join('\n');
  const sign = b.sign ? `<p style="margin:18px 0 0">${b.sign.map(esc).join('<br>')}</p>` : '';
  const foot = b.footer ? `<p style="font-size:11px;color:#8a8f98;margin-top:24px">${esc(b.footer)}</p>` : '';
  const color = b.color ?? '#2b5797';
  if (shape === 0) {
    const link = b.button
      ? `<p><a href="${esc(b.button.href)}" style="color:${color}">${esc(b.button.label)}</a></p>`
      : '';
    return `<div style="font-family:Calibri,Arial,sans-serif;font-size:14px">\n${p}\n${link}${sign}${foot}\n</div>`;
  }
  const button = b.button
    ? `<table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="${color}" style="border-radius:3px;padding:10px 22px"><a href="${esc(b.button.href)}" style="color:#ffffff;text-decoration:none;font-weight:600">${esc(b.button.label)}</a></td></tr></table>`
    : '';
  const bar = b.brand
    ? `<tr><td style="background:${color};color:#fff;padding:14px 24px;font-size:18px;font-weight:600">${esc(b.brand)}</td></tr>`
    : '';
  if (shape === 1)
    return `<html><body style="background:#eef0f3;margin:0;padding:24px 0"><table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Segoe UI',Helvetica,sans-serif;font-size:14px;color:#1f2328">${bar}<tr><td style="padding:24px">\n${p}\n${button}${sign}${foot}\n</td></tr></table></body></html>`;
  return `<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222"><div style="max-width:600px;margin:0 auto;border:1px solid #dde1e6;border-top:4px solid ${color};padding:20px 26px">${b.brand ? `<div style="font-weight:700;color:${color};margin-bottom:16px">${esc(b.brand)}</div>` : ''}\n${p}\n${button}${sign}\n</div>${foot}</body></html>`;
}

/** A body as text, HTML or both, the choice and the page shape drawn from the seed unless one is fixed. */
export function render(
  r: SeededRandom,
  b: Body,
  form: 'any' | 'text' | 'html' | 'both' = 'any',
): { text?: string; html?: string } {
  const f = form === 'any' ? r.pick(['text', 'html', 'both', 'both'] as const) : form;
  const shape = b.brand ? 1 + r.below(2) : r.below(3);
  return {
    ...(f !== 'html' ? { text: asText(b) } : {}),
    ...(f !== 'text' ? { html: asHtml(b, shape) } : {}),
  };
}

export interface Letter {
  from: string;
  /** The checks mx.corp.example recorded, without its own name. */
  auth: string;
  subject: string;
  /** Further header lines: Reply-To, List-Unsubscribe, X-Mailer. */
  headers?: string[];
  text?: string;
  html?: string;
  parts?: Part[];
}

export interface Template {
  name: string;
  kind: string;
  /** The recipient's locale, for templates written in one language. */
  locale?: Locale;
  write(r: SeededRandom, to: Person, number: number): Letter | Promise<Letter>;
}

/** Every template's messages, each template from its own stream, numbered from base. */
export async function compose(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  base: number,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries()) {
    const r = seededRandom(seed * 7919 + t);
    for (let i = 0; i < perTemplate; i++) {
      const number = base + t * 5000 + i;
      recipient = undefined;
      const to = person(r, template.locale ?? 'en');
      recipient = to;
      const letter = await template.write(r, to, number);
      const raw = mimeMessage({
        headers: [
          `Authentication-Results: mx.corp.example; ${letter.auth}`,
          `From: ${letter.from}`,
          ...(letter.headers ?? []),
          `To: ${fromLine(to.name, to.email)}`,
        ],
        subject: encodeSubject(letter.subject),
        text: letter.text,
        html: letter.html,
        parts: letter.parts,
        number,
      });
      out.push({ raw, kind: template.kind, template: template.name });
    }
  }
  return out;
}
