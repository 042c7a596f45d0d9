// The eighteenth unseen set's world: Vanderbrug Logistics (corp.example), a freight forwarder with offices
// in Rotterdam, Antwerp and Lille; its people, partners and dates, and a writer of whole RFC 5322 messages
// (relays, Authentication-Results, multipart bodies in quoted-printable, attachments in base64).
import type { SeededRandom } from './generate.js';

export type R = SeededRandom;

export interface Template {
  name: string;
  kind: string;
  make: (r: R) => string | Promise<string>;
}

// ---------------------------------------------------------------------------------------------------------
// Small random helpers

export const pick = <T>(r: R, list: readonly T[]): T => r.pick(list);
export const int = (r: R, min: number, max: number): number => min + r.below(max - min + 1);
export const chance = (r: R, inN: number): boolean => r.below(inN) === 0;

export function chars(r: R, n: number, alphabet = '0123456789abcdef'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}
export const digits = (r: R, n: number): string => chars(r, n, '0123456789');
export const upper = (r: R, n: number): string => chars(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ');
export const alnum = (r: R, n: number): string =>
  chars(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

/** An amount with two decimals, in the style of a language: 12,345.60 or 12.345,60. */
export function money(r: R, min: number, max: number, lang: Lang = 'en'): string {
  const cents = int(r, min * 100, max * 100);
  return formatMoney(cents / 100, lang);
}
export function formatMoney(value: number, lang: Lang = 'en'): string {
  const [whole, frac] = value.toFixed(2).split('.');
  const group = lang === 'en' ? ',' : lang === 'fr' ? '\u202f' : '.';
  const dec = lang === 'en' ? '.' : ',';
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${dec}${frac}`;
}

export function iban(r: R, country: 'NL' | 'BE' | 'FR' | 'DE' | 'LT' | 'GB' | 'PT'): string {
  const banks: Record<string, string[]> = {
    NL: ['INGB', 'ABNA', 'RABO', 'BUNQ', 'KNAB'],
    GB: ['REVO', 'MONZ', 'CLRB'],
  };
  const body =
    country === 'NL' || country === 'GB'
      ? `${pick(r, banks[country])}${digits(r, country === 'NL' ? 10 : 14)}`
      : country === 'BE'
        ? digits(r, 12)
        : country === 'LT'
          ? digits(r, 16)
          : country === 'PT'
            ? digits(r, 21)
            : country === 'DE'
              ? digits(r, 18)
              : `${digits(r, 10)}${upper(r, 1)}${digits(r, 12)}`;
  const raw = `${country}${digits(r, 2)}${body}`;
  return raw.replace(/(.{4})/g, '$1 ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Dates

export type Lang = 'en' | 'nl' | 'fr' | 'de';

/** A working-hours moment between January 2024 and October 2026. */
export function when(r: R): Date {
  const start = Date.UTC(2024, 0, 2);
  const end = Date.UTC(2026, 9, 30);
  const day = Math.floor((end - start) / 86400000);
  const d = new Date(start + r.below(day) * 86400000);
  if (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 2);
  d.setUTCHours(int(r, 5, 17), r.below(60), r.below(60));
  return d;
}
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS: Record<Lang, string[]> = {
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
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  de: [
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
  ],
};
const two = (n: number) => String(n).padStart(2, '0');

/** Summer time in Europe, roughly (April to October). */
const summer = (d: Date) => d.getUTCMonth() >= 3 && d.getUTCMonth() <= 9;

/** RFC 5322 date in the given offset (hours); by default Central European time. */
export function rfcDate(d: Date, offset?: number): string {
  const off = offset ?? (summer(d) ? 2 : 1);
  const local = new Date(d.getTime() + off * 3600000);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return (
    `${DAY[local.getUTCDay()]}, ${local.getUTCDate()} ${MON[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())} ` +
    `${sign}${two(Math.floor(abs))}${two((abs % 1) * 60)}`
  );
}

/** A date as people write it: 14 March 2025, 14 maart 2025, 14 mars 2025, 14. März 2025. */
export function longDate(d: Date, lang: Lang = 'en'): string {
  return `${d.getUTCDate()}${lang === 'de' ? '.' : ''} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
/** 14/03/2025 (or 14-03-2025 in Dutch, 14.03.2025 in German). */
export function shortDate(d: Date, lang: Lang = 'en'): string {
  const sep = lang === 'nl' ? '-' : lang === 'de' ? '.' : '/';
  return [two(d.getUTCDate()), two(d.getUTCMonth() + 1), d.getUTCFullYear()].join(sep);
}
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
export const monthName = (d: Date, lang: Lang = 'en'): string => MONTHS[lang][d.getUTCMonth()];

// ---------------------------------------------------------------------------------------------------------
// People and places

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  title: string;
  office: Office;
}
export interface Office {
  city: string;
  address: string;
  phone: string;
  lang: Lang;
}

export const OFFICES: Office[] = [
  {
    city: 'Rotterdam',
    address: 'Waalhaven Zuidzijde 42, 3089 JH Rotterdam',
    phone: '+31 10 428 7700',
    lang: 'nl',
  },
  { city: 'Antwerp', address: 'Noorderlaan 118, 2030 Antwerpen', phone: '+32 3 541 22 90', lang: 'nl' },
  {
    city: 'Lille',
    address: '12 rue de la Haute-Borne, 59650 Villeneuve-d\u2019Ascq',
    phone: '+33 3 20 61 48 00',
    lang: 'fr',
  },
];

const FIRST_NL = [
  'Jeroen',
  'Sanne',
  'Pieter',
  'Lotte',
  'Bram',
  'Eva',
  'Koen',
  'Inge',
  'Wouter',
  'Femke',
  'Joris',
  'Hanne',
  'Stijn',
  'Marieke',
  'Youssef',
  'Fatima',
  'Mehmet',
  'Dirk',
  'Anouk',
  'Tom',
];
const LAST_NL = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Peeters',
  'Janssens',
  'Maes',
  'Claes',
  'Wouters',
  'Mertens',
  'van Dijk',
  'Mulder',
  'Bos',
  'Hendriks',
  'El Amrani',
  'Yilmaz',
  'Verbeke',
  'Van Damme',
  'de Graaf',
];
const FIRST_FR = [
  'Mathieu',
  'Camille',
  'Nicolas',
  'Élodie',
  'Sébastien',
  'Julie',
  'Thomas',
  'Aurélie',
  'Karim',
  'Manon',
  'Julien',
  'Sophie',
];
const LAST_FR = [
  'Dubois',
  'Lefebvre',
  'Lambert',
  'Martin',
  'Leroy',
  'Moreau',
  'Dupont',
  'Vandenberghe',
  'Lemaire',
  'Benali',
  'Caron',
  'Delattre',
];

const FIRST_DE = ['Stefan', 'Katrin', 'Jürgen', 'Anja', 'Markus', 'Sabine', 'Tobias', 'Claudia'];
const LAST_DE = ['Müller', 'Schmitz', 'Becker', 'Hoffmann', 'Krämer', 'Wagner', 'Schulte', 'Neumann'];

const TITLES = [
  'Dispatcher',
  'Transport Planner',
  'Customs Broker',
  'Customs Declarant',
  'Accounts Payable',
  'Finance Officer',
  'Warehouse Supervisor',
  'Key Account Manager',
  'Operations Manager',
  'Sea Freight Coordinator',
  'Credit Controller',
  'Fleet Coordinator',
];

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export function person(
  r: R,
  domain: string,
  opts: { office?: Office; fr?: boolean; title?: string } = {},
): Person {
  const office = opts.office ?? pick(r, OFFICES);
  const de = opts.fr === undefined && domain.endsWith('.de');
  const fr = opts.fr ?? (domain.endsWith('.fr') || (office.lang === 'fr' && !domain.endsWith('.nl')));
  const first = pick(r, de ? FIRST_DE : fr ? FIRST_FR : FIRST_NL);
  const last = pick(r, de ? LAST_DE : fr ? LAST_FR : LAST_NL);
  const local = pick(r, [
    `${slug(first)}.${slug(last)}`,
    `${slug(first)[0]}.${slug(last)}`,
    `${slug(first)}.${slug(last)}`,
  ]);
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${local}@${domain}`,
    title: opts.title ?? pick(r, TITLES),
    office,
  };
}

export const CORP = 'corp.example';
export const COMPANY = 'Vanderbrug Logistics';
export const staff = (r: R, opts: { office?: Office; title?: string } = {}): Person => person(r, CORP, opts);

export const CEO: Person = {
  first: 'Maarten',
  last: 'Vanderbrug',
  name: 'Maarten Vanderbrug',
  email: 'maarten.vanderbrug@corp.example',
  title: 'Chief Executive Officer',
  office: OFFICES[0],
};
export const CFO: Person = {
  first: 'Ilse',
  last: 'Coppens',
  name: 'Ilse Coppens',
  email: 'ilse.coppens@corp.example',
  title: 'Chief Financial Officer',
  office: OFFICES[1],
};
export const TENANT = 'corpexample';

/** A subcontracted haulier or partner, with a lookalike of its domain an attacker might register. */
export interface Partner {
  name: string;
  domain: string;
  lookalikes: string[];
  country: 'NL' | 'BE' | 'FR' | 'DE';
  lang: Lang;
  city: string;
}
export const HAULIERS: Partner[] = [
  {
    name: 'Transport De Wilde B.V.',
    domain: 'dewilde-transport.nl',
    lookalikes: ['dewilde-transports.nl', 'dewiide-transport.nl', 'dewilde-transport.com'],
    country: 'NL',
    lang: 'nl',
    city: 'Moerdijk',
  },
  {
    name: 'Trans Flandria NV',
    domain: 'transflandria.be',
    lookalikes: ['transflandria-be.com', 'trans-flandria.be', 'transfIandria.be'],
    country: 'BE',
    lang: 'nl',
    city: 'Gent',
  },
  {
    name: 'Transports Leroux SAS',
    domain: 'leroux-transports.fr',
    lookalikes: ['leroux-transport.fr', 'lerouxtransports.fr', 'leroux-transports.com'],
    country: 'FR',
    lang: 'fr',
    city: 'Arras',
  },
  {
    name: 'Spedition Kaiser GmbH',
    domain: 'spedition-kaiser.de',
    lookalikes: ['spedition-kalser.de', 'spedition-kaiser.com', 'speditlon-kaiser.de'],
    country: 'DE',
    lang: 'de',
    city: 'Duisburg',
  },
  {
    name: 'Haverkamp Koeltransport B.V.',
    domain: 'haverkamp-koeltransport.nl',
    lookalikes: ['haverkamp-koeltransports.nl', 'haverkamp-koel.nl', 'haverkamp-koeltransport.net'],
    country: 'NL',
    lang: 'nl',
    city: 'Venlo',
  },
];
export const CUSTOMERS: Partner[] = [
  {
    name: 'Brouwer Foods B.V.',
    domain: 'brouwerfoods.nl',
    lookalikes: ['brouwer-foods.nl', 'brouwerfood.nl'],
    country: 'NL',
    lang: 'nl',
    city: 'Breda',
  },
  {
    name: 'Meunier Textiles SA',
    domain: 'meunier-textiles.fr',
    lookalikes: ['meunier-textile.fr', 'meuniertextiles.fr'],
    country: 'FR',
    lang: 'fr',
    city: 'Roubaix',
  },
  {
    name: 'Steenbakkerij Aalst NV',
    domain: 'steenbakkerij-aalst.be',
    lookalikes: ['steenbakkerij-aalst.com'],
    country: 'BE',
    lang: 'nl',
    city: 'Aalst',
  },
  {
    name: 'Nordhaus Maschinenbau GmbH',
    domain: 'nordhaus-mb.de',
    lookalikes: ['nordhaus-mb.com', 'nordhaus-rnb.de'],
    country: 'DE',
    lang: 'de',
    city: 'Krefeld',
  },
  {
    name: 'Delta Coffee Traders Ltd',
    domain: 'deltacoffeetraders.co.uk',
    lookalikes: ['deltacoffee-traders.co.uk'],
    country: 'NL',
    lang: 'en',
    city: 'London',
  },
];

export function container(r: R, prefix?: string): string {
  return `${prefix ?? pick(r, ['MSKU', 'MRKU', 'MSCU', 'MEDU', 'TGHU', 'CAIU', 'HLXU', 'TCNU'])}${digits(r, 7)}`;
}
export const PORTS = [
  'Shanghai',
  'Ningbo',
  'Singapore',
  'Santos',
  'Jebel Ali',
  'Tanjung Pelepas',
  'New York',
  'Mundra',
  'Busan',
  'Colombo',
];
export const VESSELS = [
  'MAERSK EINDHOVEN',
  'MSC GÜLSÜN',
  'MSC IRINA',
  'MAERSK HANGZHOU',
  'CMA CGM JACQUES SAADE',
  'EVER ACE',
  'MSC TESSA',
  'MAERSK SALALAH',
  'HMM ALGECIRAS',
];
export const PLATE_NL = (r: R): string => `${int(r, 10, 99)}-B${upper(r, 2)}-${digits(r, 1)}`;
export const PLATE_BE = (r: R): string => `${int(r, 1, 2)}-${upper(r, 3)}-${digits(r, 3)}`;

// ---------------------------------------------------------------------------------------------------------
// Relays and authentication

export interface Relay {
  helo: string;
  ip: string;
}
export const relays = {
  outlook: (r: R): Relay => ({
    helo: `${pick(r, ['EUR05', 'EUR02', 'EUR03', 'EUR01'])}-${pick(r, ['AM6', 'DB8', 'VI1', 'DU2', 'PA4'])}-obe.outbound.protection.outlook.com`,
    ip: `40.107.${int(r, 1, 254)}.${int(r, 1, 254)}`,
  }),
  google: (r: R): Relay => ({
    helo: `mail-${pick(r, ['wr1', 'ej1', 'wm1', 'lf1'])}-f${int(r, 41, 199)}.google.com`,
    ip: `209.85.${int(r, 128, 255)}.${int(r, 1, 254)}`,
  }),
  sendgrid: (r: R): Relay => ({
    helo: `o${int(r, 1, 99)}.ptr${digits(r, 4)}.sendgrid.net`,
    ip: `149.72.${int(r, 1, 254)}.${int(r, 1, 254)}`,
  }),
  ses: (r: R): Relay => ({
    helo: `a${int(r, 1, 9)}-${int(r, 10, 99)}.smtp-out.eu-west-1.amazonses.com`,
    ip: `54.240.${int(r, 1, 127)}.${int(r, 1, 254)}`,
  }),
  mailgun: (r: R): Relay => ({
    helo: `m${int(r, 200, 250)}-${int(r, 1, 99)}.mailgun.net`,
    ip: `159.135.${int(r, 224, 231)}.${int(r, 1, 254)}`,
  }),
  own: (host: string, r: R): Relay => ({
    helo: host,
    ip: `${pick(r, ['193.', '195.', '81.', '62.', '213.'])}${int(r, 1, 254)}.${int(r, 1, 254)}.${int(r, 1, 254)}`,
  }),
  /** A rented server or a compromised host: documentation addresses, throwaway names. */
  shady: (r: R): Relay => {
    const ip = `${pick(r, ['203.0.113', '198.51.100', '192.0.2'])}.${int(r, 2, 254)}`;
    return {
      helo: pick(r, [
        `vps${digits(r, 5)}.hosting-node.example`,
        `static.${ip.split('.').reverse().join('.')}.clients.srv-rent.test`,
        `mail.${upper(r, 3).toLowerCase()}-server.invalid`,
        `host-${ip.replace(/\./g, '-')}.bb.example`,
        `ns${int(r, 1, 9)}.cheap-vps.test`,
      ]),
      ip,
    };
  },
};

export type Verdict = 'pass' | 'fail' | 'softfail' | 'none' | 'neutral' | 'temperror';
export interface Auth {
  spf: Verdict;
  dkim: Verdict;
  dmarc: Verdict;
  /** smtp.mailfrom's domain (the envelope sender); the From domain if not given. */
  mailFrom?: string;
  /** header.d of the signature; the From domain if not given. */
  dkimDomain?: string;
}
/** The sending domain's own infrastructure: all passes. */
export const pass = (mailFrom?: string, dkimDomain?: string): Auth => ({
  spf: 'pass',
  dkim: 'pass',
  dmarc: 'pass',
  mailFrom,
  dkimDomain,
});
/** Someone else's domain in From, sent from elsewhere. */
export const spoofed = (r: R, mailFrom?: string): Auth => ({
  spf: pick(r, ['fail', 'softfail', 'none'] as Verdict[]),
  dkim: 'none',
  dmarc: pick(r, ['fail', 'fail', 'none'] as Verdict[]),
  mailFrom,
});
/** SPF only, no signature: a small company's server or a cheap host. */
export const spfOnly = (mailFrom?: string): Auth => ({ spf: 'pass', dkim: 'none', dmarc: 'pass', mailFrom });

// ---------------------------------------------------------------------------------------------------------
// Encoding

function encodeWord(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  const out: string[] = [];
  let chunk = '';
  for (const ch of s) {
    if (Buffer.byteLength(chunk + ch) > 42) {
      out.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  out.push(chunk);
  return out.map((c) => `=?UTF-8?B?${Buffer.from(c).toString('base64')}?=`).join('\r\n ');
}

export function address(email: string, name?: string): string {
  if (!name) return `<${email}>`;
  if (!/^[\x20-\x7e]*$/.test(name)) return `${encodeWord(name)} <${email}>`;
  return /[(),.:;<>@[\]"\\]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}

/** Quoted-printable of UTF-8 text, lines joined with CRLF. */
export function quotedPrintable(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  return lines
    .map((line) => {
      const tokens: string[] = [];
      const bytes = Buffer.from(line);
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last))
          tokens.push(String.fromCharCode(b));
        else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const out: string[] = [];
      let current = '';
      for (const t of tokens) {
        if (current.length + t.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += t;
      }
      out.push(current);
      return out.join('\r\n');
    })
    .join('\r\n');
}

const base64Lines = (b: Buffer): string => b.toString('base64').replace(/.{76}(?!$)/g, '$&\r\n');

// ---------------------------------------------------------------------------------------------------------
// The message writer

export interface Attachment {
  type: string;
  name: string;
  data: Buffer;
  /** Referred to from the HTML by cid:name. */
  inline?: boolean;
}

export interface Mail {
  from: string;
  fromName?: string;
  to?: string;
  toName?: string;
  cc?: string[];
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  /** Undefined: pass for the From domain. Null: no Authentication-Results header at all. */
  auth?: Auth | null;
  /** Keep the Authentication-Results header (otherwise a sixth of messages arrive without it). */
  keepAuth?: boolean;
  relay?: Relay;
  date?: Date;
  /** Message-ID style: the sender's own domain, Outlook, Gmail or a mailing platform. */
  idStyle?: 'outlook' | 'gmail' | 'own';
  idDomain?: string;
  /** Further header lines (List-Unsubscribe, In-Reply-To, X-Mailer, …). */
  extra?: string[];
  lang?: string;
}

export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function build(r: R, m: Mail): string {
  const date = m.date ?? when(r);
  const fromDomain = domainOf(m.from);
  const to = m.to ?? staff(r).email;
  const relay = m.relay ?? relays.own(`mail.${fromDomain}`, r);
  const lag = int(r, 2, 40);
  const received = new Date(date.getTime() + lag * 1000);
  const lines: string[] = [];
  lines.push(
    `Received: from ${relay.helo} (${relay.helo} [${relay.ip}])`,
    `\tby mx.corp.example (Postfix) with ESMTPS id ${upper(r, 4)}${digits(r, 1)}${upper(r, 6)}`,
    `\tfor <${to}>; ${rfcDate(received, 0)}`,
  );
  if (m.idStyle === 'outlook')
    lines.push(
      `Received: from ${pick(r, ['AM6PR05MB', 'DB9PR02MB', 'PAXPR04MB', 'VI1PR08MB'])}${digits(r, 4)}.eurprd0${int(r, 1, 8)}.prod.outlook.com`,
      `\t([fe80::${chars(r, 4)}:${chars(r, 4)}]) by ${relay.helo.toLowerCase()} with Microsoft SMTP Server`,
      `\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.${int(r, 7000, 8999)}.${int(r, 10, 40)}; ${rfcDate(date, 0)}`,
    );
  const auth = m.auth === undefined ? pass() : m.auth;
  if (auth !== null && (m.keepAuth || !chance(r, 6))) {
    const mailFrom = auth.mailFrom ?? fromDomain;
    const dkimDomain = auth.dkimDomain ?? fromDomain;
    const spfNote =
      auth.spf === 'pass'
        ? `(mx.corp.example: domain of ${mailFrom} designates ${relay.ip} as permitted sender)`
        : auth.spf === 'none'
          ? `(mx.corp.example: domain of ${mailFrom} does not designate permitted sender hosts)`
          : `(mx.corp.example: domain of ${mailFrom} does not designate ${relay.ip} as permitted sender)`;
    const dkim =
      auth.dkim === 'none'
        ? 'dkim=none (message not signed)'
        : `dkim=${auth.dkim} header.d=${dkimDomain} header.s=${pick(r, ['selector1', 's1', 'k1', 'google', 'mail', `s${digits(r, 4)}`])} header.b=${alnum(r, 8)}`;
    const dmarc = `dmarc=${auth.dmarc} (p=${pick(r, ['NONE', 'QUARANTINE', 'REJECT'])} sp=NONE dis=NONE) header.from=${fromDomain}`;
    lines.push(
      'Authentication-Results: mx.corp.example;',
      `\tspf=${auth.spf} ${spfNote} smtp.mailfrom=${mailFrom};`,
      `\t${dkim};`,
      `\t${dmarc}`,
    );
  }
  lines.push(`From: ${address(m.from, m.fromName)}`);
  lines.push(`To: ${address(to, m.toName)}`);
  if (m.cc?.length) lines.push(`Cc: ${m.cc.join(', ')}`);
  if (m.replyTo) lines.push(`Reply-To: ${m.replyTo}`);
  lines.push(`Subject: ${encodeWord(m.subject)}`);
  lines.push(`Date: ${rfcDate(date)}`);
  const idDomain = m.idDomain ?? fromDomain;
  const messageId =
    m.idStyle === 'outlook'
      ? `<${upper(r, 4)}${digits(r, 1)}PR0${digits(r, 1)}MB${digits(r, 4)}${upper(r, 6)}${digits(r, 2)}${upper(r, 4)}@${upper(r, 4)}PR0${digits(r, 1)}MB${digits(r, 4)}.eurprd0${digits(r, 1)}.prod.outlook.com>`
      : m.idStyle === 'gmail'
        ? `<CA${alnum(r, 3)}+${alnum(r, 30)}${chars(r, 8, '-_ABCDEFGHIJKLMN')}@mail.gmail.com>`
        : `<${chars(r, 8)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 4)}-${chars(r, 12)}@${idDomain}>`;
  lines.push(`Message-ID: ${messageId}`);
  if (m.lang) lines.push(`Content-Language: ${m.lang}`);
  lines.push(...(m.extra ?? []));
  lines.push('MIME-Version: 1.0');

  const bodyParts: string[][] = [];
  const part = (type: string, body: string): string[] => [
    `Content-Type: ${type}; charset="utf-8"`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(body),
  ];
  const tag = pick(r, ['----=_Part_', '_000_', '=_NextPart_', '']);
  const boundary = (n: number) => `${tag}${n}_${chars(r, 16)}`;

  const inline = (m.attachments ?? []).filter((a) => a.inline);
  const attached = (m.attachments ?? []).filter((a) => !a.inline);
  const attachmentPart = (a: Attachment): string[] => [
    `Content-Type: ${a.type};`,
    `\tname="${a.name}"`,
    `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename="${a.name}"`,
    ...(a.inline ? [`Content-ID: <${a.name}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(a.data),
  ];
  const multipart = (subtype: string, children: string[][]): string[] => {
    const b = boundary(bodyParts.length + children.length + subtype.length);
    const out = [`Content-Type: multipart/${subtype};`, `\tboundary="${b}"`, ''];
    for (const c of children) out.push(`--${b}`, ...c);
    out.push(`--${b}--`, '');
    return out;
  };

  let htmlPart: string[] | undefined = m.html !== undefined ? part('text/html', m.html) : undefined;
  if (htmlPart && inline.length) htmlPart = multipart('related', [htmlPart, ...inline.map(attachmentPart)]);
  const textPart = m.text !== undefined ? part('text/plain', m.text) : undefined;
  let body: string[];
  if (textPart && htmlPart) body = multipart('alternative', [textPart, htmlPart]);
  else body = (textPart ?? htmlPart) as string[];
  if (attached.length) body = multipart('mixed', [body, ...attached.map(attachmentPart)]);
  lines.push(...body);
  return `${lines.join('\r\n').replace(/\r\n$/, '')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Bodies

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Paragraphs in a light markup: [label](url) is a link. Text shows the address after the label
 * (or the bare address when the label is the address); HTML makes an anchor.
 */
function inlineText(p: string): string {
  return p.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label: string, url: string) =>
    label === url ? url : `${label} <${url}>`,
  );
}
function inlineHtml(p: string): string {
  return esc(p)
    .replace(
      /\[([^\]]+)\]\(([^)]+)\)/g,
      (_, label: string, url: string) => `<a href="${url.replace(/&amp;/g, '&amp;')}">${label}</a>`,
    )
    .replace(/\n/g, '<br>\n');
}

export interface Body {
  text: string;
  html: string;
}

/** A person's plain letter: paragraphs, sign-off lines, in an Outlook-ish HTML. */
export function letter(paragraphs: string[], signature: string[] = [], font = 'Calibri, sans-serif'): Body {
  const text = [...paragraphs.map(inlineText), ...(signature.length ? [signature.join('\n')] : [])].join(
    '\n\n',
  );
  const html =
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div style="font-family:${font};font-size:11pt;color:#1f1f1f">\n` +
    paragraphs.map((p) => `<p style="margin:0 0 12px 0">${inlineHtml(p)}</p>`).join('\n') +
    (signature.length
      ? `\n<p style="margin:0;color:#44546a;font-size:10pt">${signature.map(esc).join('<br>\n')}</p>`
      : '') +
    '\n</div>\n</body></html>';
  return { text: `${text}\n`, html };
}

export function signature(p: Person, company = COMPANY, extra: string[] = []): string[] {
  return [
    p.name,
    `${p.title} | ${company}`,
    ...(company === COMPANY ? [p.office.address, `T ${p.office.phone}`] : []),
    ...extra,
  ];
}

export interface NoticeSpec {
  brand: string;
  color: string;
  logo?: string;
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** Rows of a small table (label, value). */
  rows?: [string, string][];
  after?: string[];
  footer: string[];
  /** An open-tracking pixel. */
  pixel?: string;
}

/** A brand's notification in a table layout, and the text version that comes with it. */
export function notice(n: NoticeSpec): Body {
  const text = [
    n.heading,
    '',
    ...n.paragraphs.flatMap((p) => [inlineText(p), '']),
    ...(n.rows ?? []).map(([k, v]) => `${k}: ${v}`),
    ...(n.rows?.length ? [''] : []),
    ...(n.button ? [`${n.button.label}: ${n.button.url}`, ''] : []),
    ...(n.after ?? []).flatMap((p) => [inlineText(p), '']),
    '--',
    ...n.footer.map(inlineText),
  ].join('\n');
  const rows = (n.rows ?? [])
    .map(
      ([k, v]) =>
        `<tr><td style="padding:4px 12px 4px 0;color:#666">${esc(k)}</td><td style="padding:4px 0;font-weight:bold">${esc(v)}</td></tr>`,
    )
    .join('\n');
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(n.brand)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f2f3f5">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center">',
    '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">',
    `<tr><td style="background:${n.color};padding:18px 24px">${n.logo ? `<img src="${n.logo}" alt="${esc(n.brand)}" height="32" style="display:block;border:0">` : `<span style="color:#fff;font-size:20px;font-weight:bold">${esc(n.brand)}</span>`}</td></tr>`,
    `<tr><td style="padding:24px 24px 8px 24px"><h1 style="font-size:20px;margin:0 0 16px 0">${esc(n.heading)}</h1>`,
    ...n.paragraphs.map((p) => `<p style="margin:0 0 14px 0;line-height:1.5">${inlineHtml(p)}</p>`),
    rows
      ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0">\n${rows}\n</table>`
      : '',
    n.button
      ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 20px 0"><tr><td style="background:${n.color};border-radius:4px"><a href="${n.button.url.replace(/&/g, '&amp;')}" style="display:inline-block;padding:12px 24px;color:#ffffff;text-decoration:none;font-weight:bold">${esc(n.button.label)}</a></td></tr></table>`
      : '',
    ...(n.after ?? []).map((p) => `<p style="margin:0 0 14px 0;line-height:1.5">${inlineHtml(p)}</p>`),
    '</td></tr>',
    `<tr><td style="padding:16px 24px;background:#fafafa;color:#777;font-size:11px;line-height:1.4">${n.footer.map(inlineHtml).join('<br>\n')}</td></tr>`,
    '</table>',
    n.pixel ? `<img src="${n.pixel}" width="1" height="1" alt="" style="display:block">` : '',
    '</td></tr></table>',
    '</body></html>',
  ]
    .filter((l) => l !== '')
    .join('\n');
  return { text: `${text}\n`, html };
}

/** An earlier message quoted under a reply, Outlook style. */
export function quoted(
  from: string,
  date: Date,
  to: string,
  subject: string,
  body: string[],
  lang: Lang = 'en',
): string[] {
  const labels: Record<Lang, [string, string, string, string]> = {
    en: ['From', 'Sent', 'To', 'Subject'],
    nl: ['Van', 'Verzonden', 'Aan', 'Onderwerp'],
    fr: ['De', 'Envoyé', 'À', 'Objet'],
    de: ['Von', 'Gesendet', 'An', 'Betreff'],
  };
  const [f, s, t, o] = labels[lang];
  return [
    '________________________________',
    `${f}: ${from}\n${s}: ${longDate(date, lang)} ${two(date.getUTCHours() + 1)}:${two(date.getUTCMinutes())}\n${t}: ${to}\n${o}: ${subject}`,
    ...body,
  ];
}

export const PDF = 'application/pdf';
export const ZIP = 'application/zip';
export const HTML = 'text/html';
export const OCTET = 'application/octet-stream';

/** A seed of its own for each message: the set's seed, the template's place and the message's number. */
export function messageSeed(seed: number, template: number, k: number, salt: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ salt;
  h = Math.imul(h ^ (template + 1), 0xc2b2ae35);
  h = Math.imul(h ^ ((k + 1) * 0x27d4eb2f), 0x165667b1);
  return (h ^ (h >>> 15)) >>> 0;
}
