// The scene of the twelfth unseen set (unseen-12.ts, unseen-ham-12.ts): Corvane Instruments, a maker of
// flow meters with its head office in Ohio and offices in Madrid, Hamburg and Lyon, whose mail lands at
// corp.example. Its people, suppliers, customers and outside counsel; the small businesses whose mailboxes
// and sites get taken over; the free hosts and redirects attackers put pages behind; and the headers a
// real MTA adds, so that each template only says what its message is.
import type { SeededRandom } from './generate.js';
import { mimeMessage, type Part } from './mime.js';

/** A message before mimeMessage numbers it. */
export interface Mail {
  headers: string[];
  subject: string;
  text?: string;
  html?: string;
  parts?: Part[];
}

export interface Template {
  name: string;
  kind: string;
  make(r: SeededRandom): Mail | Promise<Mail>;
}

export type Lang = 'en' | 'es' | 'de' | 'fr';

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  lang: Lang;
}

const NAMES: Record<Lang, { first: readonly string[]; last: readonly string[] }> = {
  en: {
    first: [
      'Dana',
      'Marcus',
      'Priya',
      'Owen',
      'Leah',
      'Tomasz',
      'Keisha',
      'Grant',
      'Nadia',
      'Ruben',
      'Hollis',
      'Mei',
    ],
    last: [
      'Okafor',
      'Brandt',
      'Sullivan',
      'Navarro',
      'Whitcomb',
      'Iyer',
      'Kowalski',
      'Delacroix',
      'Harlan',
      'Tran',
    ],
  },
  es: {
    first: ['Lucía', 'Álvaro', 'Inés', 'Javier', 'Marta', 'Sergio', 'Nerea', 'Íñigo'],
    last: ['Gallardo', 'Ortega', 'Murillo', 'Casado', 'Bermejo', 'Prieto', 'Quintana'],
  },
  de: {
    first: ['Jana', 'Malte', 'Svenja', 'Henrik', 'Katrin', 'Florian', 'Anke', 'Timo'],
    last: ['Lüders', 'Brockmann', 'Hansen', 'Petersen', 'Kühl', 'Wendt', 'Struve'],
  },
  fr: {
    first: ['Camille', 'Mathieu', 'Élodie', 'Bastien', 'Margaux', 'Yannick', 'Solène'],
    last: ['Vidal', 'Perrin', 'Rousseau', 'Fabre', 'Chevalier', 'Lambert', 'Garnier'],
  },
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export const COMPANY = 'Corvane Instruments';
export const ORG = 'corp.example';

/** Someone at Corvane, in the office whose language is given. */
export function staff(r: SeededRandom, lang: Lang = 'en'): Person {
  const first = r.pick(NAMES[lang].first);
  const last = r.pick(NAMES[lang].last);
  return { first, last, name: `${first} ${last}`, email: `${plain(first)}.${plain(last)}@${ORG}`, lang };
}

/** A second person at Corvane, never the first. */
export function colleague(r: SeededRandom, of: Person, lang: Lang = of.lang): Person {
  for (;;) {
    const p = staff(r, lang);
    if (p.email !== of.email) return p;
  }
}

/** Someone outside, at `domain`, addressed first.last or first initial + last. */
export function outsider(r: SeededRandom, domain: string, lang: Lang = 'en'): Person {
  const first = r.pick(NAMES[lang].first);
  const last = r.pick(NAMES[lang].last);
  const local = r.below(2) ? `${plain(first)}.${plain(last)}` : `${plain(first)[0]}${plain(last)}`;
  return { first, last, name: `${first} ${last}`, email: `${local}@${domain}`, lang };
}

/** The executives whose names the targeted lures wear. */
export const EXECS = [
  { name: 'Andrea Holloway', title: 'Chief Executive Officer', email: 'andrea.holloway@corp.example' },
  { name: 'Victor Saldana', title: 'Chief Financial Officer', email: 'victor.saldana@corp.example' },
  { name: 'Ruth Engström', title: 'General Counsel', email: 'ruth.engstrom@corp.example' },
  { name: 'Colin Marsh', title: 'VP Operations', email: 'colin.marsh@corp.example' },
] as const;

export interface Partner {
  name: string;
  domain: string;
  /** Lookalikes an attacker registers for it. */
  looks: readonly string[];
  lang: Lang;
}

/** Suppliers Corvane pays, with the domains registered to pass for them. */
export const VENDORS: readonly Partner[] = [
  {
    name: 'Kestrel Industrial Supply',
    domain: 'kestrelsupply.example',
    looks: ['kestrelsuppyl.example', 'kestrel-supply.example', 'kestrelsupply-ar.example.net'],
    lang: 'en',
  },
  {
    name: 'Brightline Castings',
    domain: 'brightlinecastings.example',
    looks: ['brightlinecastlngs.example', 'brightline-castings.example.com', 'brlghtlinecastings.example'],
    lang: 'en',
  },
  {
    name: 'Meridian Freight Partners',
    domain: 'meridianfreight.example',
    looks: ['meridianfrieght.example', 'meridianfreight.example.org', 'meridian-freightpartners.example'],
    lang: 'en',
  },
  {
    name: 'Halvard Sensorik GmbH',
    domain: 'halvard-sensorik.example',
    looks: ['halvard-sensorlk.example', 'halvardsensorik.example', 'halvard-sensorik-gmbh.example'],
    lang: 'de',
  },
  {
    name: 'Suministros Tajo S.L.',
    domain: 'suministrostajo.example',
    looks: ['suministros-tajo.example', 'suminlstrostajo.example', 'suministrostajo.example.net'],
    lang: 'es',
  },
  {
    name: 'Atelier Mécanique Rhône',
    domain: 'amrhone.example',
    looks: ['amrhone-fr.example', 'arnrhone.example', 'amrhone.example.com'],
    lang: 'fr',
  },
  {
    name: 'Pellworth Packaging',
    domain: 'pellworth.example',
    looks: ['pelIworth.example', 'pellworth-billing.example', 'pellworths.example'],
    lang: 'en',
  },
];

/** Customers who buy from Corvane. */
export const CUSTOMERS: readonly Partner[] = [
  { name: 'Ostrander Water District', domain: 'ostranderwater.example', looks: [], lang: 'en' },
  { name: 'Fallowmere Chemicals', domain: 'fallowmere.example', looks: [], lang: 'en' },
  { name: 'Bluepine Brewing Co.', domain: 'bluepinebrewing.example', looks: [], lang: 'en' },
  { name: 'Aguas del Henares', domain: 'aguasdelhenares.example', looks: [], lang: 'es' },
  { name: 'Stadtwerke Elbmarsch', domain: 'sw-elbmarsch.example', looks: [], lang: 'de' },
  { name: 'Laiterie du Vercors', domain: 'laiterie-vercors.example', looks: [], lang: 'fr' },
];

/** Outside counsel and auditors. */
export const COUNSEL = {
  name: 'Pryor Whitlock LLP',
  domain: 'pryorwhitlock.example',
  look: 'pryorwhitlock-law.example',
};
export const AUDITOR = { name: 'Caddell & Rhee', domain: 'caddellrhee.example' };

/** Small businesses whose mailboxes or sites attackers take over; they pass their own SPF and DKIM. */
export const COMPROMISED = [
  'lakeshore-dental.example.com',
  'tillmanroofing.example',
  'greenfieldchurch.example.org',
  'hausarzt-winterhude.example',
  'clinica-veterinaria-sol.example',
  'boulangerie-marchal.example',
  'miller-cpa.example.net',
  'coastalyachtcharters.example',
  'st-brendans-school.example.org',
  'rivera-landscaping.example.com',
] as const;

/** Free-mail domains (made up, passing). */
export const FREEMAIL = [
  'mailbox.example',
  'postino.example',
  'quickmail.example.net',
  'outlook-personal.example',
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function token(r: SeededRandom, length: number, alphabet = LETTERS): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}
export const digits = (r: SeededRandom, length: number) => token(r, length, '0123456789');
export const upper = (r: SeededRandom, length: number) =>
  token(r, length, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');

/** A page on a free host, shaped as the host shapes its addresses; `file` names the page when given. */
export function freeHost(r: SeededRandom, word: string, file = ''): string {
  const t = token(r, 5);
  return r.pick([
    `https://${word}-${t}.web.app/${file}`,
    `https://${word}-${t}.pages.dev/${file}`,
    `https://${word}.${token(r, 7)}.workers.dev/${file}`,
    `https://${t}${word}.netlify.app/${file}`,
    `https://storage.googleapis.com/${word}-${t}/${file || 'index.html'}`,
    `https://pub-${token(r, 24, '0123456789abcdef')}.r2.dev/${file || `${word}.html`}`,
    `https://${word}-${t}.vercel.app/${file}`,
  ]);
}

/** A page on a taken-over small business's site. */
export function hackedSite(r: SeededRandom, word: string): string {
  const host = r.pick(COMPROMISED);
  return r.pick([
    `https://${host}/wp-content/uploads/2026/${10 + r.below(3)}/${word}/`,
    `https://${host}/.well-known/${token(r, 6)}/${word}.php`,
    `https://www.${host}/css/${token(r, 4)}/?${word}=${token(r, 10)}`,
  ]);
}

/** An attacker's own domain: a random string, words of the lure, or a brand combined with words. */
export function lureDomain(r: SeededRandom, words: readonly string[]): string {
  const tld = r.pick(['.example', '.test', '.example.com', '.example.net', '.example.org']);
  const first = r.pick(words);
  const second = r.pick(words.filter((w) => w !== first));
  return r.pick([
    `${first}-${second ?? token(r, 4)}${tld}`,
    `${token(r, 8, 'abcdefghijklmnopqrstuvwxyz')}${tld}`,
    `${first}${digits(r, 2)}${tld}`,
  ]);
}

/** A link put behind a public redirect or shortener, as lures do to get past filters. */
export function redirected(r: SeededRandom, url: string): string {
  return r.pick([
    `https://www.google.com/url?q=${encodeURIComponent(url)}&sa=D&usg=AOvVaw${token(r, 20)}`,
    `https://bit.ly/${token(r, 7, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}`,
    `https://${r.pick(COMPROMISED)}/out.php?to=${encodeURIComponent(url)}`,
    url,
  ]);
}

export type Verdict = 'pass' | 'fail' | 'none' | 'softfail';

/** The Authentication-Results line mx.corp.example writes. */
export function authResults(
  from: string,
  mailFrom: string = from,
  spf: Verdict = 'pass',
  dkim: Verdict = 'pass',
  dmarc: Verdict = 'pass',
): string {
  const dkimPart = dkim === 'none' ? 'dkim=none' : `dkim=${dkim} header.d=${mailFrom}`;
  return (
    `Authentication-Results: mx.corp.example; spf=${spf} smtp.mailfrom=${mailFrom}; ${dkimPart}; ` +
    `dmarc=${dmarc} header.from=${from}`
  );
}

/** Headers of a message from `person`'s own domain that passes, to `to`. */
export function fromPassing(
  sender: { name: string; email: string },
  to: Person,
  extra: string[] = [],
): string[] {
  const domain = sender.email.split('@')[1];
  return [
    `From: ${sender.name} <${sender.email}>`,
    `To: ${to.name} <${to.email}>`,
    authResults(domain),
    ...extra,
  ];
}

/** Headers of a message sent through a bulk-mail service for `domain`: the service's bounce domain. */
export function fromBulk(display: string, address: string, to: Person, service: string): string[] {
  const domain = address.split('@')[1];
  return [
    `From: ${display} <${address}>`,
    `To: ${to.email}`,
    `Authentication-Results: mx.corp.example; spf=pass smtp.mailfrom=bounces.${service}; dkim=pass header.d=${domain}; dkim=pass header.d=${service}; dmarc=pass header.from=${domain}`,
    `List-Unsubscribe: <https://${service}/unsub/${domain}>`,
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  ];
}

export const MONTHS: Record<Lang, readonly string[]> = {
  en: ['November', 'December', 'January'],
  es: ['noviembre', 'diciembre', 'enero'],
  de: ['November', 'Dezember', 'Januar'],
  fr: ['novembre', 'décembre', 'janvier'],
};

/** A day in the coming weeks, written the local way. */
export function day(r: SeededRandom, lang: Lang = 'en'): string {
  const m = r.below(2);
  const d = 3 + r.below(25);
  const month = MONTHS[lang][m];
  const year = 2026;
  if (lang === 'en') return `${month} ${d}, ${year}`;
  if (lang === 'de') return `${d}. ${month} ${year}`;
  return `${d} ${lang === 'es' ? 'de ' : ''}${month}${lang === 'es' ? ' de' : ''} ${year}`;
}

/** A day of the past month (the messages are dated 2 November 2026), written the local way. */
export function past(r: SeededRandom, lang: Lang = 'en'): string {
  const d = 5 + r.below(27);
  const month = { en: 'October', es: 'octubre', de: 'Oktober', fr: 'octobre' }[lang];
  if (lang === 'en') return `${month} ${d}, 2026`;
  if (lang === 'de') return `${d}. ${month} 2026`;
  return lang === 'es' ? `${d} de ${month} de 2026` : `${d} ${month} 2026`;
}

/** An amount between lo and hi, with cents, written the local way. */
export function money(r: SeededRandom, lo: number, hi: number, lang: Lang = 'en'): string {
  const value = lo + r.below(hi - lo);
  const cents = String(r.below(100)).padStart(2, '0');
  const whole = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '.');
  return lang === 'en' ? `$${whole}.${cents}` : `${whole},${cents} €`;
}

export function htmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text turned into paragraphs of HTML. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\n+/)
    .map((p) => `<p>${htmlEscape(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** Text quoted as a reply quotes it. */
export function quoted(header: string, text: string): string {
  return `${header}\n${text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n')}`;
}

/** An Outlook-style inline forward of an earlier message. */
export function forwarded(from: string, to: string, date: string, subject: string, body: string): string {
  return [
    '________________________________',
    `From: ${from}`,
    `Sent: ${date}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    '',
    body,
  ].join('\n');
}

/** A signature block for someone outside. */
export function signature(p: Person, company: string, phone: string): string {
  return `${p.name}\n${company}\n${phone}`;
}

export function phone(r: SeededRandom, lang: Lang = 'en'): string {
  if (lang === 'es') return `+34 91 ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`;
  if (lang === 'de') return `+49 40 ${digits(r, 4)} ${digits(r, 3)}`;
  if (lang === 'fr') return `+33 4 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`;
  return `(${r.pick(['614', '330', '216', '937'])}) 555-${digits(r, 4)}`;
}

/** Build each template's messages from its own stream, numbered from `base`. */
export async function render(
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
      const mail = await template.make(r);
      out.push({
        raw: mimeMessage({ ...mail, number: base + t * 1000 + i }),
        kind: template.kind,
        template: template.name,
      });
    }
  }
  return out;
}
