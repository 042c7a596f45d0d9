// The scene of the twenty-first unseen set: Stadt Aldenmoor, a town administration of 90,000 people at
// corp.example (mayor's office, Bürgerbüro, building authority, Kämmerei and Steueramt, public works,
// schools department, IT, council). Its people, the citizens who write to it, dates, a letter writer giving
// text and HTML, and an RFC 5322 writer with the receiving MTA's Received and Authentication-Results lines.
import type { SeededRandom } from './generate.js';
import { invitation } from './unseen-payloads.js';

// ---------------------------------------------------------------- random helpers

export function int(r: SeededRandom, lo: number, hi: number): number {
  return lo + r.below(hi - lo + 1);
}

export function chance(r: SeededRandom, percent: number): boolean {
  return r.below(100) < percent;
}

export function digits(r: SeededRandom, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(r.below(10));
  return s;
}

export function hex(r: SeededRandom, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[r.below(16)];
  return s;
}

export function alnum(r: SeededRandom, n: number, upper = false): string {
  const set = upper ? 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' : 'abcdefghijkmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < n; i++) s += set[r.below(set.length)];
  return s;
}

export function token(r: SeededRandom, n: number): string {
  const set = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let s = '';
  for (let i = 0; i < n; i++) s += set[r.below(set.length)];
  return s;
}

/** An amount in German notation: 12.345,67. */
export function euro(r: SeededRandom, lo: number, hi: number): string {
  const cents = int(r, lo * 100, hi * 100);
  return deAmount(cents / 100);
}

export function deAmount(v: number): string {
  const [whole, frac] = v.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
}

export function enAmount(v: number): string {
  return v.toFixed(2).replace(/\B(?=(\d{3})+(?!\.))/g, ',');
}

/** A German IBAN-looking number (check digits not computed: the body is what a reader sees). */
export function iban(r: SeededRandom, country = 'DE'): string {
  const body = country === 'DE' ? `${digits(r, 2)}${digits(r, 18)}` : `${digits(r, 2)}${digits(r, 20)}`;
  return `${country}${body}`.replace(/(.{4})/g, '$1 ').trim();
}

// ---------------------------------------------------------------- dates

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONATE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

export interface When {
  /** The Date header's value. */
  rfc: string;
  /** The day in German notation, 14.05.2025. */
  de: string;
  year: number;
  month: number;
  day: number;
  /** Days after this one, in German notation. */
  plus(days: number): string;
  /** An iCalendar UTC stamp this many days later at the given hour. */
  ical(days: number, hour: number): string;
}

export function when(r: SeededRandom, weekdayOnly = true): When {
  let t = 0;
  for (let tries = 0; tries < 8; tries++) {
    const year = int(r, 2024, 2026);
    const month = r.below(12);
    const day = int(r, 1, 28);
    t = Date.UTC(year, month, day, int(r, 6, 18), r.below(60), r.below(60));
    const wd = new Date(t).getUTCDay();
    if (!weekdayOnly || (wd !== 0 && wd !== 6)) break;
  }
  const d = new Date(t);
  const summer = d.getUTCMonth() >= 3 && d.getUTCMonth() <= 9;
  const pad = (n: number) => String(n).padStart(2, '0');
  const rfc = `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${summer ? '+0200' : '+0100'}`;
  const deOf = (x: Date) => `${pad(x.getUTCDate())}.${pad(x.getUTCMonth() + 1)}.${x.getUTCFullYear()}`;
  return {
    rfc,
    de: deOf(d),
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    plus: (days) => deOf(new Date(t + days * 86400000)),
    ical: (days, hour) => {
      const x = new Date(t + days * 86400000);
      return `${x.getUTCFullYear()}${pad(x.getUTCMonth() + 1)}${pad(x.getUTCDate())}T${pad(hour)}0000Z`;
    },
  };
}

// ---------------------------------------------------------------- people

const FIRST = [
  'Thomas',
  'Michael',
  'Andreas',
  'Stefan',
  'Jürgen',
  'Frank',
  'Markus',
  'Christian',
  'Jan',
  'Tobias',
  'Matthias',
  'Holger',
  'Dirk',
  'Sebastian',
  'Sabine',
  'Petra',
  'Claudia',
  'Andrea',
  'Susanne',
  'Julia',
  'Anja',
  'Nicole',
  'Stefanie',
  'Birgit',
  'Monika',
  'Lena',
  'Melanie',
  'Heike',
  'Sandra',
  'Wiebke',
  'Hauke',
  'Imke',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Krause',
  'Lehmann',
  'Köhler',
  'Brandt',
  'Janssen',
  'Ahlers',
  'Oltmanns',
  'Eilers',
  'Gerdes',
  'Hinrichs',
  'Tammen',
];
export const TURKISH: readonly [string, string][] = [
  ['Ayşe', 'Yılmaz'],
  ['Mehmet', 'Demir'],
  ['Fatma', 'Kaya'],
  ['Mustafa', 'Şahin'],
  ['Emine', 'Çelik'],
  ['Hüseyin', 'Öztürk'],
  ['Zeynep', 'Aydın'],
  ['Burak', 'Arslan'],
];
export const UKRAINIAN: readonly [string, string, string][] = [
  ['Olena', 'Kovalenko', 'Олена Коваленко'],
  ['Andrii', 'Shevchenko', 'Андрій Шевченко'],
  ['Iryna', 'Bondarenko', 'Ірина Бондаренко'],
  ['Oleksandr', 'Tkachenko', 'Олександр Ткаченко'],
  ['Nataliia', 'Kravchenko', 'Наталія Кравченко'],
  ['Serhii', 'Melnyk', 'Сергій Мельник'],
];

export function ascii(s: string): string {
  return s
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z0-9.-]/g, '');
}

export interface Dept {
  name: string;
  short: string;
  roles: readonly string[];
}

export const DEPTS: Record<string, Dept> = {
  mayor: {
    name: 'Büro der Bürgermeisterin',
    short: 'BM',
    roles: ['Büroleitung', 'Referentin der Bürgermeisterin'],
  },
  buerger: {
    name: 'Bürgerbüro',
    short: '32.1',
    roles: ['Sachbearbeitung Meldewesen', 'Teamleitung Bürgerbüro'],
  },
  bau: { name: 'Bauordnungsamt', short: '63', roles: ['Sachbearbeitung Baugenehmigungen', 'Bauaufsicht'] },
  kaemmerei: { name: 'Kämmerei', short: '20', roles: ['Stadtkasse', 'Sachbearbeitung Haushalt', 'Kämmerer'] },
  steuer: { name: 'Steueramt', short: '22', roles: ['Sachbearbeitung Gewerbesteuer', 'Grundsteuer'] },
  tief: { name: 'Tiefbauamt / Baubetriebshof', short: '66', roles: ['Straßenunterhaltung', 'Bauleitung'] },
  hochbau: {
    name: 'Gebäudemanagement',
    short: '65',
    roles: ['Projektleitung Hochbau', 'Technisches Gebäudemanagement'],
  },
  schule: { name: 'Schulverwaltungsamt', short: '40', roles: ['Schulträgeraufgaben', 'Digitalpakt Schule'] },
  it: {
    name: 'IT-Abteilung',
    short: '10.3',
    roles: ['Systemadministration', 'IT-Sicherheit', 'Anwenderbetreuung'],
  },
  personal: { name: 'Personalamt', short: '11', roles: ['Personalsachbearbeitung', 'Entgeltabrechnung'] },
  vergabe: { name: 'Zentrale Vergabestelle', short: '10.4', roles: ['Vergabestelle'] },
  presse: { name: 'Pressestelle', short: 'PR', roles: ['Pressesprecherin', 'Öffentlichkeitsarbeit'] },
  ordnung: { name: 'Ordnungsamt', short: '32', roles: ['Gewerbeangelegenheiten', 'Sachbearbeitung'] },
  rat: { name: 'Ratsbüro', short: '10.1', roles: ['Sitzungsdienst'] },
};

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  dept: Dept;
  role: string;
  phone: string;
}

export const TOWN = 'Aldenmoor';
export const ORG = 'corp.example';
export const WEB = 'https://www.corp.example';
export const TENANT = 'stadtaldenmoor';
export const MAYOR = {
  first: 'Katrin',
  last: 'Vollmer',
  name: 'Katrin Vollmer',
  title: 'Bürgermeisterin',
  email: 'katrin.vollmer@corp.example',
};
export const ADDRESS = ['Stadt Aldenmoor', 'Rathausplatz 1', '26871 Aldenmoor'];

export function phoneOf(r: SeededRandom): string {
  return `04952 871-${int(r, 100, 489)}`;
}

export function staff(r: SeededRandom, dept?: keyof typeof DEPTS): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const d = DEPTS[dept ?? r.pick(Object.keys(DEPTS))];
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}@${ORG}`,
    dept: d,
    role: r.pick(d.roles),
    phone: phoneOf(r),
  };
}

export function germanName(r: SeededRandom): [string, string] {
  return [r.pick(FIRST), r.pick(LAST)];
}

export const FREEMAIL = [
  'gmx.de',
  'web.de',
  't-online.de',
  'gmail.com',
  'outlook.de',
  'gmx.net',
  'yahoo.de',
  'posteo.de',
];

/** A citizen's own address at a free mail provider: vorname.nachname77@web.de and the like. */
export function privateAddress(r: SeededRandom, first: string, last: string, domain?: string): string {
  const f = ascii(first).toLowerCase();
  const l = ascii(last).toLowerCase();
  const local = r.pick([
    `${f}.${l}`,
    `${f[0]}.${l}${int(r, 1, 99)}`,
    `${f}${l}${int(r, 60, 99)}`,
    `${l}.${f}`,
  ]);
  return `${local}@${domain ?? r.pick(FREEMAIL)}`;
}

/** The signature block of a town employee. */
export function signature(p: Person): string[] {
  return [
    p.name,
    `${p.role}`,
    `${p.dept.name}`,
    ADDRESS[0],
    ADDRESS[1],
    ADDRESS[2],
    `Tel.: ${p.phone}`,
    `E-Mail: ${p.email}`,
    'www.corp.example',
  ];
}

export const STREETS = [
  'Moorweg',
  'Am Deich',
  'Lindenstraße',
  'Kirchstraße',
  'Hauptstraße',
  'Schulstraße',
  'Birkenallee',
  'Am Markt',
  'Fehnstraße',
  'Gartenweg',
  'Torfstich',
  'Hafenstraße',
];

export function street(r: SeededRandom): string {
  return `${r.pick(STREETS)} ${int(r, 1, 120)}`;
}

export const CONTRACTORS = [
  { name: 'Kessler Bau GmbH', domain: 'kessler-bau.de', city: 'Leer' },
  { name: 'Heyen Tiefbau GmbH & Co. KG', domain: 'heyen-tiefbau.de', city: 'Aurich' },
  { name: 'Elektro Frerichs GmbH', domain: 'elektro-frerichs.de', city: 'Aldenmoor' },
  { name: 'Dachdeckerei Wübbena', domain: 'wuebbena-dach.de', city: 'Westerstede' },
  { name: 'Nordwest Straßenbau AG', domain: 'nw-strassenbau.de', city: 'Oldenburg' },
  { name: 'Haustechnik Boekhoff GmbH', domain: 'boekhoff-haustechnik.de', city: 'Papenburg' },
] as const;

export const SCHOOLS = [
  'Grundschule am Moor',
  'Oberschule Aldenmoor',
  'Grundschule Fehnkamp',
  'Gymnasium am Wall',
  'Grundschule Lindenhof',
];

export const PROJECTS = [
  'Sanierung Grundschule am Moor, 2. BA',
  'Neubau Kita Birkenallee',
  'Erneuerung Regenwasserkanal Fehnstraße',
  'Brandschutzertüchtigung Rathaus',
  'Umbau Feuerwehrhaus Fehnkamp',
  'Deckensanierung Kreisstraße K 12, Ortsdurchfahrt',
  'Digitalisierung Oberschule Aldenmoor (DigitalPakt)',
];

export const KRZ = {
  name: 'Kommunales Rechenzentrum Nordwest',
  short: 'KRZ Nordwest',
  domain: 'krz-nordwest.de',
};
export const SPARKASSE = { name: 'Sparkasse Aldenmoor-Leer', domain: 'sparkasse-aldenmoor.de' };
export const PAPER = { name: 'Aldenmoorer Anzeiger', domain: 'aldenmoorer-anzeiger.de' };

// ---------------------------------------------------------------- bodies

export type Block =
  | string
  | { button: string; url: string }
  | { list: readonly string[] }
  | { quote: string };

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function textLine(s: string): string {
  return s.replace(LINK, (_m, label: string, url: string) => (label === url ? url : `${label} <${url}>`));
}

function htmlLine(s: string, color = '#0b5cab'): string {
  let out = '';
  let at = 0;
  for (const m of s.matchAll(LINK)) {
    out += esc(s.slice(at, m.index));
    out += `<a href="${esc(m[2])}" style="color:${color}">${esc(m[1])}</a>`;
    at = (m.index ?? 0) + m[0].length;
  }
  return (out + esc(s.slice(at))).replace(/\n/g, '<br>\n');
}

export interface Body {
  text: string;
  html: string;
}

/** A personal letter: plain paragraphs in text, an Outlook-like HTML in the other part. */
export function letter(blocks: readonly Block[], font = 'Calibri, Arial, sans-serif'): Body {
  const text: string[] = [];
  const html: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') {
      text.push(textLine(b));
      html.push(`<p style="margin:0 0 12px 0">${htmlLine(b)}</p>`);
    } else if ('button' in b) {
      text.push(`${b.button}: ${b.url}`);
      html.push(`<p><a href="${esc(b.url)}"><b>${esc(b.button)}</b></a></p>`);
    } else if ('list' in b) {
      text.push(b.list.map((x) => `- ${textLine(x)}`).join('\n'));
      html.push(`<ul>${b.list.map((x) => `<li>${htmlLine(x)}</li>`).join('')}</ul>`);
    } else {
      text.push(
        b.quote
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n'),
      );
      html.push(
        `<div style="border-left:2px solid #b5c4df;padding-left:8px;color:#444">${htmlLine(b.quote)}</div>`,
      );
    }
  }
  return {
    text: `${text.join('\n\n')}\n`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="font-family:${font};font-size:11pt">\n${html.join('\n')}\n</div></body></html>\n`,
  };
}

export interface BrandStyle {
  name: string;
  color: string;
  heading?: string;
  preheader?: string;
  footer: readonly string[];
  logo?: string;
}

/** A brand's notification: table layout, a coloured bar, a button, a grey footer. */
export function branded(style: BrandStyle, blocks: readonly Block[]): Body {
  const text: string[] = [style.name.toUpperCase(), ''];
  if (style.heading) text.push(style.heading, '');
  const rows: string[] = [];
  for (const b of blocks) {
    if (typeof b === 'string') {
      text.push(textLine(b), '');
      rows.push(
        `<tr><td style="padding:0 32px 14px 32px;font-size:15px;line-height:22px;color:#222">${htmlLine(b, style.color)}</td></tr>`,
      );
    } else if ('button' in b) {
      text.push(`${b.button}:`, b.url, '');
      rows.push(
        `<tr><td align="center" style="padding:8px 32px 22px 32px"><table role="presentation" cellpadding="0" cellspacing="0"><tr><td bgcolor="${style.color}" style="border-radius:4px"><a href="${esc(b.url)}" target="_blank" style="display:inline-block;padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">${esc(b.button)}</a></td></tr></table></td></tr>`,
      );
    } else if ('list' in b) {
      text.push(b.list.map((x) => `  * ${textLine(x)}`).join('\n'), '');
      rows.push(
        `<tr><td style="padding:0 32px 14px 32px;font-size:14px;color:#222"><ul>${b.list.map((x) => `<li>${htmlLine(x, style.color)}</li>`).join('')}</ul></td></tr>`,
      );
    } else {
      text.push(b.quote, '');
      rows.push(
        `<tr><td style="padding:0 32px 14px 32px"><div style="background:#f3f4f6;padding:12px;font-size:14px">${htmlLine(b.quote)}</div></td></tr>`,
      );
    }
  }
  text.push('--', ...style.footer);
  const logo = style.logo
    ? `<img src="${esc(style.logo)}" alt="${esc(style.name)}" height="32" style="display:block;border:0">`
    : `<span style="font-size:20px;font-weight:bold;color:#ffffff">${esc(style.name)}</span>`;
  const html = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(style.heading ?? style.name)}</title></head>
<body style="margin:0;padding:0;background:#eef0f3;font-family:Arial,Helvetica,sans-serif">
${style.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${esc(style.preheader)}</div>\n` : ''}<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#eef0f3"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="max-width:600px">
<tr><td bgcolor="${style.color}" style="padding:18px 32px">${logo}</td></tr>
${style.heading ? `<tr><td style="padding:28px 32px 12px 32px;font-size:22px;font-weight:bold;color:#111">${esc(style.heading)}</td></tr>\n` : '<tr><td style="height:24px"></td></tr>\n'}${rows.join('\n')}
<tr><td style="padding:18px 32px;background:#f7f7f7;font-size:11px;line-height:16px;color:#777">${style.footer.map((f) => htmlLine(f, '#777')).join('<br>\n')}</td></tr>
</table></td></tr></table>
</body></html>
`;
  return { text: `${text.join('\n')}\n`, html };
}

// ---------------------------------------------------------------- messages

export interface Part {
  type: string;
  name: string;
  content: Buffer;
  /** Shown in the HTML by cid: rather than attached. */
  cid?: string;
}

/**
 * How the receiving MTA judged the sender: `pass` (SPF, DKIM and DMARC aligned), `nodkim` (SPF only),
 * `spoof` (the From domain's SPF fails and DMARC fails), `softfail`, `foreign` (sent through another
 * domain's service, DKIM and SPF for that domain, DMARC none for the From), `none` (no header at all).
 */
export type Auth = 'pass' | 'nodkim' | 'spoof' | 'softfail' | 'foreign' | 'none' | 'neutral';

export interface Mail {
  from: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  parts?: readonly Part[];
  auth?: Auth;
  /** The envelope sender's domain, when not the From's. */
  envelope?: string;
  /** The relay the mail came from: host name and address. */
  relay?: [string, string];
  headers?: readonly string[];
  date?: string;
  /** The header stays even on the fifth of messages that otherwise arrive without it. */
  keepAuth?: boolean;
  /** The Message-ID's right-hand side. */
  idDomain?: string;
  dmarcPolicy?: 'reject' | 'quarantine' | 'none';
}

export function addr(name: string, email: string): string {
  if (!name) return `<${email}>`;
  if (/[^\x20-\x7e]/.test(name)) return `${encodeWord(name)} <${email}>`;
  if (/[",.:;()<>@[\]]/.test(name)) return `"${name.replace(/"/g, '')}" <${email}>`;
  return `${name} <${email}>`;
}

/** RFC 2047 encoded words, each under 76 characters, joined by folding whitespace. */
export function encodeWord(s: string): string {
  if (!/[^\x20-\x7e]/.test(s)) return s;
  const words: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

function qp(s: string): string {
  const out: string[] = [];
  for (const line of s.replace(/\r\n/g, '\n').split('\n')) {
    const bytes = Buffer.from(line);
    let cur = '';
    const pieces: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      let enc: string;
      if ((b === 0x20 || b === 0x09) && !last) enc = String.fromCharCode(b);
      else if (b >= 33 && b <= 126 && b !== 61) enc = String.fromCharCode(b);
      else enc = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + enc.length > 75) {
        pieces.push(`${cur}=`);
        cur = '';
      }
      cur += enc;
    }
    pieces.push(cur);
    out.push(pieces.join('\r\n'));
  }
  return out.join('\r\n');
}

function b64(buf: Buffer): string {
  return buf.toString('base64').replace(/.{76}(?=.)/g, '$&\r\n');
}

function textPart(type: string, body: string): string[] {
  const nonAscii = [...body].filter((c) => c.charCodeAt(0) > 0x7f).length;
  const long = body.split('\n').some((l) => l.length > 76);
  if (nonAscii > body.length / 4)
    return [
      `Content-Type: ${type}; charset="utf-8"`,
      'Content-Transfer-Encoding: base64',
      '',
      b64(Buffer.from(body.replace(/\r?\n/g, '\r\n'))),
    ];
  if (nonAscii > 0 || long)
    return [
      `Content-Type: ${type}; charset="utf-8"`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(body),
    ];
  return [
    `Content-Type: ${type}; charset="us-ascii"`,
    'Content-Transfer-Encoding: 7bit',
    '',
    body.replace(/\r?\n/g, '\r\n'),
  ];
}

function attachmentPart(p: Part): string[] {
  const name = encodeWord(p.name).replace(/\r\n /g, '');
  const quoted = /[^\x20-\x7e]/.test(p.name) ? name : `"${p.name}"`;
  return [
    `Content-Type: ${p.type}; name=${quoted}`,
    `Content-Disposition: ${p.cid ? 'inline' : 'attachment'}; filename=${quoted}`,
    ...(p.cid ? [`Content-ID: <${p.cid}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    b64(p.content),
  ];
}

function multipart(kind: string, boundary: string, parts: string[][]): string[] {
  const lines = [`Content-Type: multipart/${kind};`, `\tboundary="${boundary}"`, ''];
  for (const p of parts) lines.push(`--${boundary}`, ...p, '');
  lines.push(`--${boundary}--`);
  return lines;
}

function domainOf(from: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(from);
  return (m ? m[1] : 'unknown.invalid').toLowerCase();
}

function localOf(from: string): string {
  const m = /<?([^<\s@]+)@[^>\s]+>?\s*$/.exec(from);
  return m ? m[1] : 'mail';
}

function relayFor(r: SeededRandom, domain: string): [string, string] {
  const n = int(r, 2, 250);
  if (/^(gmx\.(de|net)|web\.de)$/.test(domain))
    return [`mout.${domain === 'web.de' ? 'web.de' : 'gmx.net'}`, `212.227.${r.pick([15, 17])}.${n}`];
  if (domain === 't-online.de') return [`mailout${int(r, 1, 12)}.t-online.de`, `194.25.134.${n}`];
  if (domain === 'gmail.com') return [`mail-wm1-f${int(r, 41, 99)}.google.com`, `209.85.128.${n}`];
  if (/outlook|hotmail|microsoft|office|sharepoint/.test(domain))
    return [
      `mail-${r.pick(['fr2deu01', 'be0deu01', 'am0eur02', 'db8eur05'])}on2${digits(r, 3)}.outbound.protection.outlook.com`,
      `40.107.${int(r, 1, 250)}.${n}`,
    ];
  if (/yahoo/.test(domain))
    return [`sonic${int(r, 300, 330)}-${int(r, 1, 60)}.consmr.mail.ir2.yahoo.com`, `77.238.177.${n}`];
  if (domain === 'posteo.de') return ['mout01.posteo.de', `185.67.36.${n}`];
  if (domain === ORG) return ['exch01.intern.corp.example', `10.20.1.${n}`];
  return [
    `${r.pick(['mail', 'mx01', 'smtp', 'out', 'mta1'])}.${domain}`,
    `${r.pick(['185', '91', '45', '194', '62'])}.${int(r, 1, 250)}.${int(r, 1, 250)}.${n}`,
  ];
}

function authHeader(r: SeededRandom, m: Mail, fromDomain: string, env: string, ip: string): string {
  const policy = m.dmarcPolicy ?? r.pick(['reject', 'quarantine', 'none'] as const);
  const sel = r.pick(['s1', 'selector1', 'default', 'k1', 'dkim', 'mail', `s${digits(r, 4)}`]);
  const bh = token(r, 8);
  switch (m.auth ?? 'pass') {
    case 'pass':
      return `spf=pass smtp.mailfrom=${env};\r\n\tdkim=pass header.d=${fromDomain} header.s=${sel} header.b=${bh};\r\n\tdmarc=pass (p=${policy}) header.from=${fromDomain}`;
    case 'nodkim':
      return `spf=pass smtp.mailfrom=${env};\r\n\tdkim=none;\r\n\tdmarc=${env.endsWith(fromDomain) ? 'pass' : 'none'} header.from=${fromDomain}`;
    case 'spoof':
      return `spf=fail (${fromDomain}: ${ip} is not a permitted sender) smtp.mailfrom=${env};\r\n\tdkim=none (message not signed);\r\n\tdmarc=fail (p=${policy === 'none' ? 'reject' : policy}) header.from=${fromDomain}`;
    case 'softfail':
      return `spf=softfail smtp.mailfrom=${env};\r\n\tdkim=none;\r\n\tdmarc=fail (p=none) header.from=${fromDomain}`;
    case 'neutral':
      return `spf=neutral smtp.mailfrom=${env};\r\n\tdkim=none;\r\n\tdmarc=none header.from=${fromDomain}`;
    case 'foreign':
      return `spf=pass smtp.mailfrom=${env};\r\n\tdkim=pass header.d=${env} header.s=${sel} header.b=${bh};\r\n\tdmarc=none header.from=${fromDomain}`;
    default:
      return '';
  }
}

/** The whole message in RFC 5322 form with CRLF line ends. */
export function render(r: SeededRandom, m: Mail, to: string): string {
  const fromDomain = domainOf(m.from);
  const env = m.envelope ?? fromDomain;
  const [host, ip] = m.relay ?? relayFor(r, env);
  const date = m.date ?? when(r).rfc;
  const queue = alnum(r, 10, true);
  const head: string[] = [];
  const auth = m.auth ?? 'pass';
  const dropped = !m.keepAuth && r.below(5) === 0;
  if (auth !== 'none' && !dropped)
    head.push(`Authentication-Results: mx.corp.example;\r\n\t${authHeader(r, m, fromDomain, env, ip)}`);
  const internal = fromDomain === ORG && auth === 'pass';
  head.push(
    `Received: from ${host} (${host} [${ip}])\r\n\tby mx.corp.example (Postfix) with ESMTPS id ${queue}\r\n\tfor <${to.replace(/^.*</, '').replace(/>$/, '')}>; ${date}`,
  );
  if (!internal && r.below(2) === 0)
    head.push(`Received: by ${host} with SMTP id ${alnum(r, 16)};\r\n\t${date}`);
  head.push(
    `Return-Path: <${r.below(3) === 0 && env === fromDomain ? localOf(m.from) : `bounce-${alnum(r, 12)}`}@${env}>`,
  );
  head.push(`From: ${m.from}`, `To: ${to}`);
  if (m.cc) head.push(`Cc: ${m.cc}`);
  if (m.replyTo) head.push(`Reply-To: ${m.replyTo}`);
  head.push(`Subject: ${encodeWord(m.subject)}`, `Date: ${date}`);
  head.push(`Message-ID: <${alnum(r, 8)}.${hex(r, 12)}@${m.idDomain ?? fromDomain}>`);
  head.push(...(m.headers ?? []));
  head.push('MIME-Version: 1.0');

  const bnd = () => `----=_Part_${digits(r, 6)}_${digits(r, 9)}.${digits(r, 13)}`;
  let body: string[];
  const texts: string[][] = [];
  if (m.text !== undefined) texts.push(textPart('text/plain', m.text));
  if (m.html !== undefined) texts.push(textPart('text/html', m.html));
  body = texts.length === 2 ? multipart('alternative', bnd(), texts) : texts[0];
  const inline = (m.parts ?? []).filter((p) => p.cid);
  const attached = (m.parts ?? []).filter((p) => !p.cid);
  if (inline.length) body = multipart('related', bnd(), [body, ...inline.map(attachmentPart)]);
  if (attached.length) body = multipart('mixed', bnd(), [body, ...attached.map(attachmentPart)]);
  return `${[...head, ...body].join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- running templates

export interface Template {
  kind: string;
  name: string;
  make(r: SeededRandom): (Mail & { rcpt?: string }) | Promise<Mail & { rcpt?: string }>;
}

export function seedOf(seed: number, template: number, i: number): number {
  return (
    (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^
      Math.imul(template + 1, 0x85ebca6b) ^
      Math.imul(i + 1, 0xc2b2ae35)) >>>
    0
  );
}

export async function runTemplates(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries()) {
    for (let i = 0; i < perTemplate; i++) {
      const r = seededRandom(seedOf(seed, t, i));
      const mail = await template.make(r);
      const rcpt = mail.to ?? mail.rcpt ?? rcptOf(staff(r));
      out.push({ raw: render(r, mail, rcpt), kind: template.kind, template: template.name });
    }
  }
  return out;
}

/** A recipient at the town: a person of the department, in both forms. */
export function rcptOf(p: Person): string {
  return addr(p.name, p.email);
}

/** An iCalendar invitation with a uid of its own. */
export function invitationOf(
  r: SeededRandom,
  e: {
    organizer: string;
    attendee: string;
    summary: string;
    description: string;
    location: string;
    start: string;
  },
): Buffer {
  return invitation({ uid: `${hex(r, 24)}@${e.organizer.split('@')[1]}`, ...e });
}
