// The scene of the tenth unseen set (unseen-10.ts, unseen-ham-10.ts): the staff of corp.example and the
// suppliers they deal with, the Authentication-Results line the receiving MTA writes, the attacker hosts of
// 2026 campaigns (combosquats, words in the victim's language, hacked small-business sites, lookalikes of
// suppliers, free hosting), and the three page shapes the mail is drawn in (a branded panel, a notice with
// a table of facts, a typed letter), each also given as plain text.
import type { SeededRandom } from './generate.js';
import type { Draft, Part } from './mime.js';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl';
export type Mail = Omit<Draft, 'number'>;

export interface Template {
  name: string;
  kind: string;
  lang: Lang;
  make(r: SeededRandom, to: Person): Mail | Promise<Mail>;
}

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
}

const FIRST = [
  'Aoife',
  'Bartek',
  'Chidi',
  'Delphine',
  'Emeka',
  'Freya',
  'Gustavo',
  'Hana',
  'Imran',
  'Jolien',
  'Kasimir',
  'Leticia',
  'Matteo',
  'Nnamdi',
  'Orla',
  'Pieter',
  'Rosalind',
  'Soren',
  'Tamsin',
  'Ugo',
  'Valentina',
  'Wendell',
  'Xiomara',
  'Yusuf',
  'Zofia',
  'Ines',
  'Callum',
  'Maren',
  'Rahul',
  'Benedetta',
];
const LAST = [
  'Abernethy',
  'Brennan',
  'Castellanos',
  'Dufresne',
  'Eklund',
  'Fairweather',
  'Gallagher',
  'Holloway',
  'Iqbal',
  'Janssens',
  'Kowalczyk',
  'Lindqvist',
  'Mwangi',
  'Nakashima',
  'Oyelaran',
  'Pellegrini',
  'Quintero',
  'Rademaker',
  'Sauvage',
  'Thorne',
  'Ueda',
  'Vermeulen',
  'Whitcombe',
  'Yilmaz',
  'Zanetti',
  'Ashdown',
];

export function person(r: SeededRandom, domain = 'corp.example'): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  return { first, last, name: `${first} ${last}`, email: `${first}.${last}@${domain}`.toLowerCase() };
}

/** Someone at a free-mail provider: a private address, real or an attacker's. */
export function freeMail(r: SeededRandom, p: Person, lang: Lang = 'en'): string {
  const hosts: Record<Lang, string[]> = {
    en: ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com'],
    de: ['gmx.de', 'web.de', 'gmail.com'],
    fr: ['orange.fr', 'laposte.net', 'gmail.com'],
    es: ['hotmail.es', 'gmail.com', 'yahoo.es'],
    it: ['libero.it', 'virgilio.it', 'gmail.com'],
    nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  };
  const sep = r.pick(['.', '', '_']);
  const tail = r.pick(['', String(10 + r.below(89)), String(1960 + r.below(45))]);
  return `${p.first}${sep}${p.last}${tail}@${r.pick(hosts[lang])}`.toLowerCase();
}

export interface Supplier {
  name: string;
  domain: string;
  lang: Lang;
  contact: string;
  /** What the supplier bills corp.example for. */
  goods: string;
}

export const SUPPLIERS: readonly Supplier[] = [
  {
    name: 'Kestrel Freight Ltd',
    domain: 'kestrelfreight.example',
    lang: 'en',
    contact: 'Dana Whitlock',
    goods: 'freight forwarding',
  },
  {
    name: 'Amberlane Packaging',
    domain: 'amberlane-packaging.example',
    lang: 'en',
    contact: 'Marcus Fenwick',
    goods: 'corrugated packaging',
  },
  {
    name: 'Northgate Facility Services',
    domain: 'northgatefs.example',
    lang: 'en',
    contact: 'Shauna Pryce',
    goods: 'cleaning and facilities',
  },
  {
    name: 'Bluefin Analytics',
    domain: 'bluefin-analytics.example',
    lang: 'en',
    contact: 'Owen Castellano',
    goods: 'data platform licences',
  },
  {
    name: 'Halvorsen Industrietechnik GmbH',
    domain: 'halvorsen-itec.example',
    lang: 'de',
    contact: 'Jens Obermaier',
    goods: 'Ersatzteile',
  },
  {
    name: 'Imprimerie Lavande SARL',
    domain: 'imprimerie-lavande.example',
    lang: 'fr',
    contact: 'Céline Marchetti',
    goods: 'impression',
  },
  {
    name: 'Suministros Olivar S.L.',
    domain: 'suministrosolivar.example',
    lang: 'es',
    contact: 'Rocío Barrancos',
    goods: 'material de oficina',
  },
  {
    name: 'Officine Brunetti S.r.l.',
    domain: 'officinebrunetti.example',
    lang: 'it',
    contact: 'Davide Scarpa',
    goods: 'componenti meccanici',
  },
  {
    name: 'Van Wijk Kantoorinrichting B.V.',
    domain: 'vanwijk-kantoor.example',
    lang: 'nl',
    contact: 'Sanne Hoekstra',
    goods: 'kantoormeubilair',
  },
];

export function supplier(r: SeededRandom, lang?: Lang): Supplier {
  const pool = lang === undefined ? SUPPLIERS : SUPPLIERS.filter((s) => s.lang === lang);
  return r.pick(pool.length > 0 ? pool : SUPPLIERS);
}

/** The line mx.corp.example adds: SPF on the envelope domain, DKIM's d=, DMARC on the From domain. */
export function authResults(
  from: string,
  spf: 'pass' | 'fail' | 'softfail' | 'none',
  dkim: 'pass' | 'fail' | 'none',
  dmarc: 'pass' | 'fail' | 'none' | 'bestguesspass',
  envelope = from,
  signer = from,
): string {
  const action = dmarc === 'fail' ? ' action=quarantine' : dmarc === 'pass' ? ' action=none' : '';
  return (
    `Authentication-Results: mx.corp.example; spf=${spf} smtp.mailfrom=${envelope}; ` +
    `dkim=${dkim}${dkim === 'none' ? '' : ` header.d=${signer}`}; dmarc=${dmarc}${action} header.from=${from}`
  );
}

/** Everything passes for the domain: a genuine sender, an attacker's own domain, a hijacked mailbox. */
export const passing = (domain: string) => authResults(domain, 'pass', 'pass', 'pass');

/** An attacker's freshly registered domain: SPF and DKIM set up, often no DMARC record yet. */
export function attackerAuth(r: SeededRandom, domain: string): string {
  return authResults(domain, 'pass', 'pass', r.pick(['pass', 'none', 'bestguesspass'] as const));
}

/** A From: in someone else's protected domain, sent from elsewhere. */
export function spoofAuth(r: SeededRandom, from: string, relay: string): string {
  return authResults(
    from,
    r.pick(['fail', 'softfail'] as const),
    r.pick(['none', 'pass'] as const),
    'fail',
    relay,
    relay,
  );
}

export function token(r: SeededRandom, n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}

export const hex = (r: SeededRandom, n: number) => token(r, n, '0123456789abcdef');
export const digits = (r: SeededRandom, n: number) => token(r, n, '0123456789');
export const upper = (r: SeededRandom, n: number) => token(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');

/** The link with the victim's address added, as kits pre-fill the login page. */
export function withVictim(r: SeededRandom, link: string, to: Person): string {
  const b64 = Buffer.from(to.email).toString('base64');
  const query = link.includes('?') ? '&' : '?';
  return (
    link +
    r.pick([`#${b64}`, `${query}e=${encodeURIComponent(to.email)}`, `${query}id=${b64}`, `#${to.email}`, ''])
  );
}

const WORDS: Record<Lang, string[]> = {
  en: ['secure', 'verify', 'portal', 'access', 'docs', 'signin', 'review', 'account', 'files', 'session'],
  de: ['sicherheit', 'konto', 'postfach', 'pruefung', 'mitarbeiter', 'anmeldung', 'dokumente'],
  fr: ['verification', 'compte', 'espace', 'securite', 'dossier', 'connexion', 'documents'],
  es: ['verificacion', 'cuenta', 'acceso', 'seguridad', 'documentos', 'validar', 'portal'],
  it: ['verifica', 'accesso', 'sicurezza', 'conto', 'documenti', 'area-riservata', 'portale'],
  nl: ['verificatie', 'beveiliging', 'inloggen', 'account', 'documenten', 'controle', 'portaal'],
};
const FAKE_TLDS = ['example', 'test', 'example.com', 'example.net', 'example.org'];

/** A brand combined with a word: microsoft-login-portal.example.net. */
export function combosquat(r: SeededRandom, brand: string, lang: Lang = 'en'): string {
  const w = r.pick(WORDS[lang]);
  return (
    r.pick([`${brand}-${w}`, `${w}-${brand}`, `${brand}${w}`, `${brand}-${w}-${digits(r, 2)}`]) +
    `.${r.pick(FAKE_TLDS)}`
  );
}

/** Words in the victim's language, no brand: konto-sicherheit-pruefung.example. */
export function localWords(r: SeededRandom, lang: Lang): string {
  const a = r.pick(WORDS[lang]);
  let b = r.pick(WORDS[lang]);
  if (b === a) b = `${b}${r.below(9) + 1}`;
  return `${a}-${b}.${r.pick(FAKE_TLDS)}`;
}

/** Letters and digits with no meaning, as bulk kits register. */
export const gibberish = (r: SeededRandom) =>
  `${token(r, 5 + r.below(5), 'bcdfghjklmnpqrstvwxz')}${digits(r, r.below(3))}.${r.pick(['test', 'example', 'invalid'])}`;

const SMALL_BUSINESSES = [
  'hillcrest-bakery',
  'dentalcare-rivera',
  'pizzeria-stellamaris',
  'autohaus-berger-kfz',
  'lotus-yoga-studio',
  'camping-les-pins',
  'tuincentrum-degroot',
  'ferreteria-lopez',
  'agriturismo-ilpoggio',
  'kingsway-plumbing',
];

/** A page hidden on a hacked small-business site. */
export function hackedSite(r: SeededRandom): { host: string; path: string } {
  const host = `${r.pick(['', 'www.'])}${r.pick(SMALL_BUSINESSES)}.${r.pick(['example.com', 'example.org', 'example.net'])}`;
  const path = r.pick([
    `/wp-content/plugins/${token(r, 8)}/`,
    `/wp-includes/css/${token(r, 6)}/index.php`,
    `/.well-known/${token(r, 10)}/`,
    `/images/gallery/${hex(r, 8)}/`,
    `/cgi-sys/${token(r, 5)}/auth/`,
  ]);
  return { host, path };
}

/** A supplier's domain with a letter changed: what a thread-hijacker registers. */
export function lookalike(r: SeededRandom, domain: string): string {
  const [label, ...rest] = domain.split('.');
  const i = 1 + r.below(label.length - 3);
  const variants = [
    label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2),
    label.slice(0, i) + label[i] + label.slice(i),
    label.replace(/l/, 'I').replace(/m/, 'rn'),
    label.includes('-') ? label.replace('-', '') : `${label.slice(0, i)}-${label.slice(i)}`,
  ];
  const changed = r.pick(variants.filter((v) => v !== label));
  return [changed, ...rest].join('.');
}

/** A link on a free host or a service real campaigns abuse. */
export function freeHostLink(r: SeededRandom, slug: string): string {
  const id = token(r, 10);
  return r.pick([
    `https://${slug}-${token(r, 4)}.web.app/${r.pick(['', 'auth/', 'doc/'])}`,
    `https://${slug}-${token(r, 5)}.pages.dev/`,
    `https://${slug}.${token(r, 6)}.workers.dev/${id}`,
    `https://pub-${hex(r, 32)}.r2.dev/${slug}.html`,
    `https://firebasestorage.googleapis.com/v0/b/${slug}-${token(r, 4)}.appspot.com/o/index.html?alt=media&token=${hex(r, 8)}-${hex(r, 4)}`,
    `https://${slug}-${token(r, 4)}.netlify.app/`,
    `https://docs.google.com/forms/d/e/1FAIpQLS${token(r, 48, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}/viewform`,
    `https://ipfs.io/ipfs/bafybei${token(r, 46, 'abcdefghijklmnopqrstuvwxyz234567')}?filename=${slug}.html`,
  ]);
}

export const money = (r: SeededRandom, lo: number, hi: number) => lo + r.below(hi - lo) + r.below(100) / 100;

export function amount(value: number, lang: Lang, currency = lang === 'en' ? '$' : '€'): string {
  const fixed = value.toFixed(2);
  const [whole, cents] = fixed.split('.');
  const grouped = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  if (lang === 'en') return `${currency}${grouped(',')}.${cents}`;
  if (lang === 'fr') return `${grouped('\u00a0')},${cents} ${currency}`;
  return `${grouped('.')},${cents} ${currency}`;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['November', 'December'],
  de: ['November', 'Dezember'],
  fr: ['novembre', 'décembre'],
  es: ['noviembre', 'diciembre'],
  it: ['novembre', 'dicembre'],
  nl: ['november', 'december'],
};

/** A day in the weeks around the messages' date, written the local way. */
export function day(r: SeededRandom, lang: Lang): string {
  const d = 3 + r.below(26);
  const m = r.pick(MONTHS[lang]);
  if (lang === 'en') return `${m} ${d}, 2026`;
  if (lang === 'de') return `${d}. ${m} 2026`;
  return `${d} ${m} 2026`;
}

export interface Body {
  paras: string[];
  /** A brand's name and colour for the header band. */
  brand?: { name: string; color: string };
  title?: string;
  facts?: [string, string][];
  button?: { label: string; href: string };
  /** Lines under the closing, for a letter. */
  sig?: string[];
  footer?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function factsTable(facts: [string, string][]): string {
  const rows = facts.map(
    ([k, v]) =>
      `<tr><td style="padding:4px 12px 4px 0;color:#666">${esc(k)}</td><td style="padding:4px 0"><b>${esc(v)}</b></td></tr>`,
  );
  return `<table role="presentation" style="border-collapse:collapse;margin:12px 0">${rows.join('')}</table>`;
}

function button(b: { label: string; href: string }, color: string): string {
  return `<p style="margin:20px 0"><a href="${b.href}" style="background:${color};color:#fff;padding:10px 22px;border-radius:3px;text-decoration:none;display:inline-block">${esc(b.label)}</a></p>`;
}

/** A branded panel: coloured band with the name, a centred white card, a grey footer. */
function panel(b: Body): string {
  const color = b.brand?.color ?? '#2b4a6f';
  return [
    '<!DOCTYPE html><html><body style="margin:0;background:#f2f3f5;font-family:Segoe UI,Helvetica,Arial,sans-serif">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px">',
    '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff">',
    `<tr><td style="background:${color};color:#fff;font-size:18px;padding:14px 24px">${esc(b.brand?.name ?? '')}</td></tr>`,
    '<tr><td style="padding:24px;font-size:14px;line-height:1.5;color:#222">',
    b.title ? `<h2 style="font-size:19px;font-weight:600;margin:0 0 14px">${esc(b.title)}</h2>` : '',
    ...b.paras.map((p) => `<p>${esc(p)}</p>`),
    b.facts ? factsTable(b.facts) : '',
    b.button ? button(b.button, color) : '',
    ...(b.sig ?? []).map((s) => `<div>${esc(s)}</div>`),
    '</td></tr>',
    b.footer ? `<tr><td style="padding:12px 24px;font-size:11px;color:#888">${esc(b.footer)}</td></tr>` : '',
    '</table></td></tr></table></body></html>',
  ].join('\n');
}

/** A notice: a bordered box, the facts first, a plain link rather than a button. */
function notice(b: Body): string {
  return [
    '<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">',
    `<div style="max-width:600px;border:1px solid #d0d4da;padding:18px">`,
    b.brand
      ? `<div style="font-weight:bold;color:${b.brand.color};font-size:16px;margin-bottom:10px">${esc(b.brand.name)}</div>`
      : '',
    b.title ? `<div style="font-size:15px;margin-bottom:8px"><b>${esc(b.title)}</b></div>` : '',
    b.facts ? factsTable(b.facts) : '',
    ...b.paras.map((p) => `<p>${esc(p)}</p>`),
    b.button ? `<p><a href="${b.button.href}">${esc(b.button.label)}</a></p>` : '',
    ...(b.sig ?? []).map((s) => `<div>${esc(s)}</div>`),
    b.footer
      ? `<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:8px">${esc(b.footer)}</p>`
      : '',
    '</div></body></html>',
  ].join('\n');
}

/** A letter as typed in a mail client: paragraphs, an inline link, the signature. */
function letter(b: Body): string {
  return [
    '<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,Aptos,sans-serif;font-size:11pt">',
    ...b.paras.map((p) => `<p style="margin:0 0 10px">${esc(p)}</p>`),
    b.facts ? factsTable(b.facts) : '',
    b.button ? `<p style="margin:0 0 10px"><a href="${b.button.href}">${esc(b.button.label)}</a></p>` : '',
    b.sig ? `<p style="margin:14px 0 0;color:#444">${b.sig.map(esc).join('<br>')}</p>` : '',
    b.footer ? `<p style="font-size:8pt;color:#888">${esc(b.footer)}</p>` : '',
    '</div></body></html>',
  ].join('\n');
}

export function plain(b: Body): string {
  return [
    ...(b.title ? [b.title, ''] : []),
    ...b.paras.flatMap((p) => [p, '']),
    ...(b.facts ? [...b.facts.map(([k, v]) => `${k}: ${v}`), ''] : []),
    ...(b.button ? [`${b.button.label}: ${b.button.href}`, ''] : []),
    ...(b.sig ?? []),
    ...(b.footer ? ['', b.footer] : []),
  ].join('\r\n');
}

export type Shape = 'panel' | 'notice' | 'letter';
export type Form = 'html' | 'text' | 'both';

/**
 * The body in the given shape, as HTML, plain text or both. A branded body defaults to a panel or a
 * notice, a personal one to a letter; which of HTML and text is drawn from the stream unless fixed.
 */
export function render(
  r: SeededRandom,
  b: Body,
  form?: Form,
  shape?: Shape,
): { html?: string; text?: string } {
  const s = shape ?? (b.brand ? r.pick(['panel', 'panel', 'notice'] as const) : 'letter');
  const f =
    form ?? (s === 'letter' ? r.pick(['text', 'html', 'both'] as const) : r.pick(['html', 'both'] as const));
  const html = s === 'panel' ? panel(b) : s === 'notice' ? notice(b) : letter(b);
  return f === 'html' ? { html } : f === 'text' ? { text: plain(b) } : { html, text: plain(b) };
}

/** From: with a display name. */
export const from = (name: string, address: string) => `From: "${name}" <${address}>`;

export const part = (type: string, name: string, content: Buffer): Part => ({ type, name, content });
