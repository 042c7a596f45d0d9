// The twentieth unseen set's world: Casa Albufeira Hotels (corp.example), seven hotels and two restaurants
// in Lisbon, Porto, the Algarve, Andalusia and London. Its people and role mailboxes, its guests, the hosts
// that relay mail to mx.corp.example, and a writer that turns a letter into RFC 5322 text (quoted-printable
// or base64 bodies, multipart/alternative, related and mixed, encoded words for non-ASCII headers).
import type { SeededRandom } from './generate.js';

export type R = SeededRandom;

export interface Template {
  name: string;
  kind: string;
  make: (r: R) => string | Promise<string>;
}

export async function runTemplates(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  salt: number,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (let t = 0; t < templates.length; t++) {
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom((seed * 1000003 + salt * 65537 + t * 7919 + k * 104729) >>> 0);
      out.push({ raw: await templates[t].make(r), kind: templates[t].kind, template: templates[t].name });
    }
  }
  return out;
}

// ---- small random helpers (the source has only below and pick) ----

export const int = (r: R, lo: number, hi: number): number => lo + r.below(hi - lo + 1);
export const chance = (r: R, p: number): boolean => r.below(1000) < p * 1000;
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const alnum = (r: R, n: number): string =>
  Array.from({ length: n }, () => r.pick([...ALNUM])).join('');
export const upper = (r: R, n: number): string =>
  Array.from({ length: n }, () => r.pick([...UPPER])).join('');
export const hex = (r: R, n: number): string =>
  Array.from({ length: n }, () => r.pick([...'0123456789abcdef'])).join('');
export const digits = (r: R, n: number): string =>
  String(int(r, 1, 9)) + Array.from({ length: n - 1 }, () => String(r.below(10))).join('');
export const money = (r: R, lo: number, hi: number): string => {
  const v = int(r, lo * 100, hi * 100) / 100;
  return v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
};
/** 1.234,56 as Portuguese and Spanish write amounts. */
export const moneyEu = (r: R, lo: number, hi: number): string => {
  const v = int(r, lo * 100, hi * 100) / 100;
  return v.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
};
export function shuffleOne<T>(r: R, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(r.below(copy.length), 1)[0]);
  return out;
}

// ---- dates ----

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
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
const MESES_PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];
const MESES_ES = [
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

/** A moment between January 2024 and October 2026, in office hours more often than not. */
export function when(r: R): Date {
  const start = Date.UTC(2024, 0, 3);
  const day = r.below(1030);
  const hour = chance(r, 0.8) ? int(r, 7, 18) : r.below(24);
  return new Date(start + day * 86400000 + hour * 3600000 + r.below(60) * 60000 + r.below(60) * 1000);
}
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);
const pad = (n: number) => String(n).padStart(2, '0');
export function rfcDate(d: Date, offsetHours = 0): string {
  const t = new Date(d.getTime() + offsetHours * 3600000);
  const sign = offsetHours < 0 ? '-' : '+';
  return (
    `${DAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ` +
    `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${sign}${pad(Math.abs(offsetHours))}00`
  );
}
export function longDate(d: Date, lang: 'en' | 'pt' | 'es' = 'en'): string {
  const day = d.getUTCDate();
  const y = d.getUTCFullYear();
  if (lang === 'pt') return `${day} de ${MESES_PT[d.getUTCMonth()]} de ${y}`;
  if (lang === 'es') return `${day} de ${MESES_ES[d.getUTCMonth()]} de ${y}`;
  return `${day} ${MONTHS_LONG[d.getUTCMonth()]} ${y}`;
}
export const shortDate = (d: Date): string =>
  `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
export const isoDate = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const monthYear = (d: Date, lang: 'en' | 'pt' | 'es' = 'en'): string =>
  `${(lang === 'pt' ? MESES_PT : lang === 'es' ? MESES_ES : MONTHS_LONG)[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

// ---- the organisation ----

export const ORG = 'Casa Albufeira Hotels';
export const DOMAIN = 'corp.example';

export interface Person {
  name: string;
  email: string;
  role: string;
  site: string;
  lang: 'pt' | 'es' | 'en';
}
const person = (name: string, role: string, site: string, lang: Person['lang']): Person => ({
  name,
  email: `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ')
    .filter((_, i, a) => i === 0 || i === a.length - 1)
    .join('.')}@${DOMAIN}`,
  role,
  site,
  lang,
});

export const CEO = person('Ricardo Sequeira', 'Chief Executive Officer', 'Head Office, Lisboa', 'pt');
export const CFO = person('Helena Vasconcelos', 'Chief Financial Officer', 'Head Office, Lisboa', 'pt');
export const IT = person('Nuno Barros', 'IT Manager', 'Head Office, Lisboa', 'pt');
export const GM_LONDON = person('Edward Lyle', 'General Manager', 'Casa Albufeira London Bloomsbury', 'en');

export const STAFF: readonly Person[] = [
  person('Inês Carvalho', 'Front Office Manager', 'Casa Albufeira Lisboa Chiado', 'pt'),
  person('Tiago Monteiro', 'Reservations Supervisor', 'Casa Albufeira Porto Ribeira', 'pt'),
  person('Marta Sousa', 'Group Revenue Manager', 'Head Office, Lisboa', 'pt'),
  person('Duarte Pereira', 'Sales & Events Manager', 'Casa Albufeira Vilamoura', 'pt'),
  person('Beatriz Lopes', 'Purchasing Coordinator', 'Head Office, Lisboa', 'pt'),
  person('Rui Figueiredo', 'Accounts Payable', 'Head Office, Lisboa', 'pt'),
  person('Sofia Antunes', 'HR Business Partner', 'Head Office, Lisboa', 'pt'),
  person('Catarina Mendes', 'Events Coordinator', 'Casa Albufeira Lagos Marina', 'pt'),
  person('Carmen Ruiz Ortega', 'Directora', 'Casa Albufeira Sevilla Santa Cruz', 'es'),
  person('Javier Molina', 'Jefe de Recepción', 'Casa Albufeira Málaga Soho', 'es'),
  person('Lucía Navarro', 'Reservas', 'Casa Albufeira Sevilla Santa Cruz', 'es'),
  person('Olivia Hartley', 'Front Office Manager', 'Casa Albufeira London Bloomsbury', 'en'),
  person('James Whitfield', 'Finance Manager (UK)', 'Casa Albufeira London Bloomsbury', 'en'),
  person('Priya Raman', 'Reservations Agent', 'Casa Albufeira London Bloomsbury', 'en'),
];
export const staffIn = (r: R, lang?: Person['lang']): Person =>
  r.pick(lang ? STAFF.filter((p) => p.lang === lang) : STAFF);

export interface Property {
  name: string;
  city: string;
  country: 'PT' | 'ES' | 'UK';
  box: string;
  hotelId: string;
  address: string;
}
export const PROPERTIES: readonly Property[] = [
  {
    name: 'Casa Albufeira Lisboa Chiado',
    city: 'Lisboa',
    country: 'PT',
    box: 'reservas.lisboa',
    hotelId: '2281457',
    address: 'Rua Garrett 61, 1200-203 Lisboa',
  },
  {
    name: 'Casa Albufeira Porto Ribeira',
    city: 'Porto',
    country: 'PT',
    box: 'reservas.porto',
    hotelId: '3109842',
    address: 'Cais da Ribeira 24, 4050-510 Porto',
  },
  {
    name: 'Casa Albufeira Vilamoura',
    city: 'Vilamoura',
    country: 'PT',
    box: 'reservas.vilamoura',
    hotelId: '1874420',
    address: 'Avenida da Marina 12, 8125-401 Vilamoura',
  },
  {
    name: 'Casa Albufeira Lagos Marina',
    city: 'Lagos',
    country: 'PT',
    box: 'reservas.lagos',
    hotelId: '4420917',
    address: 'Rua da Porta de Portugal 9, 8600-657 Lagos',
  },
  {
    name: 'Casa Albufeira Sevilla Santa Cruz',
    city: 'Sevilla',
    country: 'ES',
    box: 'reservas.sevilla',
    hotelId: '5073318',
    address: 'Calle Mateos Gago 18, 41004 Sevilla',
  },
  {
    name: 'Casa Albufeira Málaga Soho',
    city: 'Málaga',
    country: 'ES',
    box: 'reservas.malaga',
    hotelId: '6650214',
    address: 'Calle Tomás Heredia 7, 29001 Málaga',
  },
  {
    name: 'Casa Albufeira London Bloomsbury',
    city: 'London',
    country: 'UK',
    box: 'reservations.london',
    hotelId: '7192283',
    address: '22 Bedford Place, London WC1B 5JH',
  },
];
export const RESTAURANTS = ['Tasca da Casa (Lisboa)', 'Brasa Albufeira (Porto)'];
export const prop = (r: R, country?: Property['country']): Property =>
  r.pick(country ? PROPERTIES.filter((p) => p.country === country) : PROPERTIES);
export const box = (p: Property): string => `${p.box}@${DOMAIN}`;
export const ROLE_BOXES = {
  events: `events@${DOMAIN}`,
  revenue: `revenue@${DOMAIN}`,
  purchasing: `compras@${DOMAIN}`,
  ap: `contas.pagar@${DOMAIN}`,
  hr: `rh@${DOMAIN}`,
  jobs: `recrutamento@${DOMAIN}`,
  it: `it.helpdesk@${DOMAIN}`,
  finance: `financas@${DOMAIN}`,
  marketing: `marketing@${DOMAIN}`,
};

// ---- outsiders ----

const FIRST: Record<string, readonly string[]> = {
  en: ['Emma', 'Oliver', 'Charlotte', 'Harry', 'Sophie', 'Daniel', 'Grace', 'Michael', 'Hannah', 'Ryan'],
  pt: ['João', 'Ana', 'Miguel', 'Mariana', 'Pedro', 'Rita', 'Francisco', 'Joana', 'Gonçalo', 'Leonor'],
  es: ['Alejandro', 'María', 'Pablo', 'Elena', 'Sergio', 'Laura', 'Álvaro', 'Marta', 'Diego', 'Cristina'],
  fr: ['Camille', 'Julien', 'Élodie', 'Nicolas', 'Chloé', 'Mathieu', 'Aurélie', 'Thomas'],
  de: ['Lukas', 'Anna', 'Jonas', 'Katharina', 'Felix', 'Sabine', 'Matthias', 'Julia'],
  us: ['Ashley', 'Tyler', 'Brittany', 'Kevin', 'Megan', 'Jason', 'Lauren', 'Brandon'],
};
const LAST: Record<string, readonly string[]> = {
  en: ['Taylor', 'Bennett', 'Hughes', 'Collins', 'Walsh', 'Turner', 'Price', 'Fletcher', 'Moss', 'Dawson'],
  pt: [
    'Silva',
    'Ferreira',
    'Costa',
    'Rodrigues',
    'Martins',
    'Gomes',
    'Ribeiro',
    'Almeida',
    'Nunes',
    'Teixeira',
  ],
  es: ['García', 'Fernández', 'López', 'Sánchez', 'Romero', 'Torres', 'Domínguez', 'Gil', 'Castillo', 'Vega'],
  fr: ['Martin', 'Bernard', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Chevalier'],
  de: ['Müller', 'Schneider', 'Becker', 'Hoffmann', 'Wagner', 'Schäfer', 'Krüger', 'Zimmermann'],
  us: ['Miller', 'Johnson', 'Davis', 'Anderson', 'Wilson', 'Thompson', 'Clark', 'Robinson'],
};
export type Lang = 'en' | 'pt' | 'es' | 'fr' | 'de' | 'us';
export const someone = (r: R, lang: Lang = 'en'): { first: string; last: string; name: string } => {
  const first = r.pick(FIRST[lang]);
  const last = r.pick(LAST[lang]);
  return { first, last, name: `${first} ${last}` };
};
const FREEMAIL: Record<string, readonly string[]> = {
  en: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com'],
  us: ['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com'],
  pt: ['gmail.com', 'sapo.pt', 'hotmail.com', 'outlook.pt'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.es', 'outlook.es'],
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'],
  de: ['gmx.de', 'web.de', 'gmail.com', 't-online.de'],
};
export const plainAscii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
export function freemail(r: R, name: string, lang: Lang = 'en'): string {
  const [f, l] = plainAscii(name).toLowerCase().split(' ');
  const local = r.pick([
    `${f}.${l}`,
    `${f}${l}${int(r, 1, 99)}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(r, 70, 99)}`,
  ]);
  return `${local}@${r.pick(FREEMAIL[lang])}`;
}
export const domainOf = (address: string): string => address.slice(address.indexOf('@') + 1).toLowerCase();

// ---- addresses and encoded words ----

const needsEncoding = (s: string) => /[^\x20-\x7e]/.test(s);
export function encodeWord(s: string): string {
  if (!needsEncoding(s)) return s;
  const words: string[] = [];
  let cur = '';
  for (const ch of s) {
    if (Buffer.byteLength(cur + ch) > 45) {
      words.push(cur);
      cur = '';
    }
    cur += ch;
  }
  words.push(cur);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}
export function addr(name: string, email: string): string {
  if (!name) return email;
  if (needsEncoding(name)) return `${encodeWord(name)} <${email}>`;
  return /[(),.:;<>@[\]"]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}

// ---- relays and authentication ----

export interface Relay {
  host: string;
  ip: string;
}
export const ipIn = (r: R, prefix: string): string => {
  const parts = prefix.split('.').length;
  return [prefix, ...Array.from({ length: 4 - parts }, () => String(int(r, 2, 250)))].join('.');
};
/** A host of the sender's own, or a rented server: named after the domain, in a hosting provider's range. */
export const relayFor = (r: R, domain: string): Relay => ({
  host: `${r.pick(['mail', 'smtp', 'mx1', 'out', 'mta'])}.${domain}`,
  ip: ipIn(r, r.pick(['185.225', '45.137', '91.215', '193.42', '5.181', '194.87', '141.98'])),
});
export const RELAYS = {
  microsoft: (r: R): Relay => ({
    host: `${r.pick(['EUR05', 'EUR02', 'EUR03', 'GBR01'])}-${r.pick(['AM6', 'DB8', 'VI1', 'LO2'])}-obe.outbound.protection.outlook.com`,
    ip: ipIn(r, r.pick(['40.107', '52.101', '40.92'])),
  }),
  google: (r: R): Relay => ({
    host: `mail-${r.pick(['wr1', 'ej1', 'wm1', 'lf1'])}-f${int(r, 41, 199)}.google.com`,
    ip: ipIn(r, '209.85'),
  }),
  amazonses: (r: R): Relay => ({
    host: `a${int(r, 8, 48)}-${int(r, 10, 250)}.smtp-out.eu-west-1.amazonses.com`,
    ip: ipIn(r, '54.240'),
  }),
  sendgrid: (r: R): Relay => ({
    host: `o${int(r, 1, 30)}.ptr${int(r, 1000, 9999)}.sendgrid.net`,
    ip: ipIn(r, '167.89'),
  }),
  mailchimp: (r: R): Relay => ({
    host: `mail${int(r, 10, 180)}.atl${int(r, 11, 91)}.mcsv.net`,
    ip: ipIn(r, '198.2'),
  }),
  mailgun: (r: R): Relay => ({
    host: `m${int(r, 100, 250)}-${int(r, 1, 99)}.mailgun.net`,
    ip: ipIn(r, '159.135'),
  }),
  sparkpost: (r: R): Relay => ({ host: `mta-${int(r, 1, 40)}.sparkpostmail.com`, ip: ipIn(r, '192.174') }),
};

export type Verdict = 'pass' | 'fail' | 'softfail' | 'none' | 'neutral' | 'permerror';
export interface Auth {
  spf: Verdict;
  dkim: Verdict;
  dmarc: Verdict;
  mailfrom: string;
  dkimDomain?: string;
  fromDomain: string;
  policy?: 'reject' | 'quarantine' | 'none';
}
/** A sender that signs its own mail: everything aligned. */
export const passes = (fromDomain: string, mailfrom = fromDomain, dkimDomain = fromDomain): Auth => ({
  spf: 'pass',
  dkim: 'pass',
  dmarc: 'pass',
  mailfrom,
  dkimDomain,
  fromDomain,
  policy: 'reject',
});
/** A freshly registered domain of the attacker's: SPF set up, DKIM sometimes, DMARC rarely. */
export const ownDomain = (r: R, fromDomain: string): Auth => {
  const dkim = chance(r, 0.6);
  const dmarcRecord = chance(r, 0.35);
  return {
    spf: 'pass',
    dkim: dkim ? 'pass' : 'none',
    dmarc: dmarcRecord ? 'pass' : 'none',
    mailfrom: fromDomain,
    dkimDomain: dkim ? fromDomain : undefined,
    fromDomain,
    policy: dmarcRecord ? 'none' : undefined,
  };
};
/** Someone else's domain in From, sent from somewhere that domain does not list. */
export const spoofed = (r: R, fromDomain: string, mailfrom: string): Auth => ({
  spf: r.pick(['fail', 'softfail', 'softfail', 'neutral'] as const),
  dkim: chance(r, 0.3) ? 'fail' : 'none',
  dmarc: 'fail',
  mailfrom,
  fromDomain,
  policy: r.pick(['reject', 'quarantine', 'none'] as const),
});
/** Mail from a free mail account (the provider signs it). */
export const freeAuth = (address: string): Auth => passes(domainOf(address));
/** Mail through a compromised mailbox at a real organisation: authentication passes. */
export const compromised = (fromDomain: string): Auth => passes(fromDomain);

/** The registrable part of a host name (two labels, three under co.uk, com.pt and the like). */
export function orgDomain(host: string): string {
  const labels = host.toLowerCase().split('.');
  const n =
    labels.length >= 3 &&
    /^(co|com|org|gov|net|ac)$/.test(labels[labels.length - 2]) &&
    labels[labels.length - 1].length === 2
      ? 3
      : 2;
  return labels.slice(-n).join('.');
}
/** DMARC judged against the From domain actually written: a pass needs an aligned SPF or DKIM pass. */
function reconcile(a: Auth, from: string): Auth {
  const aligned = (d?: string) => d !== undefined && orgDomain(d) === orgDomain(from);
  const ok = (a.spf === 'pass' && aligned(a.mailfrom)) || (a.dkim === 'pass' && aligned(a.dkimDomain));
  let dmarc = a.dmarc;
  if (!aligned(a.fromDomain)) dmarc = ok ? 'pass' : 'none';
  else if (a.dmarc === 'pass' && !ok) dmarc = 'fail';
  return { ...a, fromDomain: from, dmarc };
}

function authLine(a: Auth, r: R): string {
  const dkim =
    a.dkim === 'none'
      ? 'dkim=none (message not signed)'
      : `dkim=${a.dkim} header.d=${a.dkimDomain ?? a.fromDomain} header.s=${r.pick(['s1', 'selector1', 'google', 'k1', 'mail', 'dkim'])}${a.dkim === 'fail' ? ' (signature did not verify)' : ''}`;
  const dmarc =
    a.dmarc === 'none'
      ? `dmarc=none header.from=${a.fromDomain}`
      : `dmarc=${a.dmarc} (p=${(a.policy ?? 'none').toUpperCase()}) header.from=${a.fromDomain}`;
  return `Authentication-Results: mx.corp.example;\r\n\tspf=${a.spf} smtp.mailfrom=${a.mailfrom};\r\n\t${dkim};\r\n\t${dmarc}`;
}

// ---- bodies ----

function qp(s: string): string {
  const out: string[] = [];
  for (const line of s.replace(/\r\n/g, '\n').split('\n')) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if (b === 0x3d || b > 126 || (b < 32 && b !== 9) || (last && (b === 32 || b === 9)))
        tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else tokens.push(String.fromCharCode(b));
    });
    let cur = '';
    for (const t of tokens) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}
const b64 = (buf: Buffer): string => buf.toString('base64').replace(/.{76}/g, '$&\r\n');
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

export interface Attachment {
  type: string;
  name: string;
  content: Buffer;
  /** Shown in the HTML by cid: (an image) rather than attached. */
  cid?: string;
}

export interface Mail {
  from: string;
  /** Envelope and auth details; null = the receiving MTA's header is missing (a forward, an old relay). */
  auth: Auth | null;
  relay: Relay;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  date?: Date;
  /** Host part of the Message-ID. */
  idDomain?: string;
  headers?: string[];
  /** Set false to keep the Authentication-Results header in every copy. */
  mayDropAuth?: boolean;
  /** Offset of the sender's clock from UTC. */
  tz?: number;
  /** An earlier hop, inside the sender's network. */
  origin?: Relay;
}

function part(type: string, body: string, encoding: 'qp' | 'b64' | '7bit'): string[] {
  const asciiOnly = !/[^\x20-\x7e\r\n\t]/.test(body) && body.split('\n').every((l) => l.length < 990);
  const enc = encoding === '7bit' && !asciiOnly ? 'qp' : encoding;
  const cte = enc === 'qp' ? 'quoted-printable' : enc === 'b64' ? 'base64' : '7bit';
  const content = enc === 'qp' ? qp(body) : enc === 'b64' ? b64(Buffer.from(body)) : crlf(body);
  return [`Content-Type: ${type}; charset="UTF-8"`, `Content-Transfer-Encoding: ${cte}`, '', content];
}
function attachmentPart(a: Attachment): string[] {
  const name = needsEncoding(a.name) ? encodeWord(a.name) : a.name;
  return [
    `Content-Type: ${a.type}; name="${name}"`,
    a.cid
      ? `Content-Disposition: inline; filename="${name}"`
      : `Content-Disposition: attachment; filename="${name}"`,
    ...(a.cid ? [`Content-ID: <${a.cid}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    b64(a.content),
  ];
}
function multipart(subtype: string, boundary: string, parts: string[][]): string[] {
  const lines = [`Content-Type: multipart/${subtype};\r\n\tboundary="${boundary}"`, ''];
  for (const p of parts) lines.push(`--${boundary}`, ...p);
  lines.push(`--${boundary}--`);
  return lines;
}

/** The message as mx.corp.example stores it. */
export function build(r: R, m: Mail): string {
  const date = m.date ?? when(r);
  const tz = m.tz ?? r.pick([0, 0, 1, 1, 2]);
  const toAddr = m.to ?? `${staffIn(r).email}`;
  const rcpt = /<([^>]+)>/.exec(toAddr)?.[1] ?? toAddr.split(',')[0].trim();
  const received = new Date(date.getTime() + int(r, 1, 40) * 1000);
  const lines: string[] = [];
  lines.push(
    `Received: from ${IT_MAILBOX_HOST} (${IT_MAILBOX_HOST} [10.20.${int(r, 1, 9)}.${int(r, 2, 60)}])`,
    `\tby mbx${int(r, 1, 4)}.corp.example with LMTP id ${alnum(r, 16)}; ${rfcDate(new Date(received.getTime() + 2000))}`,
  );
  const dropAuth = m.auth === null || (m.mayDropAuth !== false && chance(r, 0.15));
  if (!dropAuth && m.auth)
    lines.push(authLine(reconcile(m.auth, domainOf(/<([^>]+)>/.exec(m.from)?.[1] ?? m.from)), r));
  lines.push(
    `Received: from ${m.relay.host} (${m.relay.host} [${m.relay.ip}])`,
    `\tby mx.corp.example (Postfix) with ESMTPS id ${upper(r, 10)}`,
    `\tfor <${rcpt}>; ${rfcDate(received)}`,
  );
  if (m.origin)
    lines.push(
      `Received: from ${m.origin.host} ([${m.origin.ip}])`,
      `\tby ${m.relay.host} with ESMTPSA id ${alnum(r, 12)}; ${rfcDate(date, tz)}`,
    );
  if (m.auth?.mailfrom)
    lines.push(
      `Return-Path: <${r.pick(['bounce', 'bounces', 'return', 'mailer'])}-${alnum(r, 8)}@${m.auth.mailfrom}>`,
    );
  const fromDomain = /@([^>\s]+)/.exec(m.from)?.[1] ?? 'example.invalid';
  lines.push(
    `From: ${m.from}`,
    `To: ${toAddr}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${rfcDate(date, tz)}`,
    `Message-ID: <${r.pick([`${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`, `${alnum(r, 20)}.${digits(r, 6)}`, `${upper(r, 14)}${digits(r, 6)}`])}@${m.idDomain ?? fromDomain}>`,
    ...(m.headers ?? []),
    'MIME-Version: 1.0',
  );
  const style = r.below(3);
  const bound = () =>
    style === 0
      ? `000000000000${hex(r, 16)}`
      : style === 1
        ? `----=_Part_${digits(r, 6)}_${digits(r, 9)}.${digits(r, 13)}`
        : `_${digits(r, 3)}_${upper(r, 20)}_`;
  const htmlEnc: 'qp' | 'b64' = chance(r, 0.7) ? 'qp' : 'b64';
  const textEnc: 'qp' | '7bit' | 'b64' = r.pick(['qp', 'qp', '7bit', 'b64'] as const);
  const inline = (m.attachments ?? []).filter((a) => a.cid);
  const attached = (m.attachments ?? []).filter((a) => !a.cid);
  let htmlPart: string[] | undefined;
  if (m.html !== undefined) {
    htmlPart = part('text/html', m.html, htmlEnc);
    if (inline.length > 0)
      htmlPart = multipart('related', bound(), [htmlPart, ...inline.map(attachmentPart)]);
  }
  const textPart = m.text !== undefined ? part('text/plain', m.text, textEnc) : undefined;
  let body: string[];
  if (textPart && htmlPart) body = multipart('alternative', bound(), [textPart, htmlPart]);
  else body = (textPart ?? htmlPart) as string[];
  if (attached.length > 0) body = multipart('mixed', bound(), [body, ...attached.map(attachmentPart)]);
  lines.push(...body, '');
  return lines.join('\r\n');
}
const IT_MAILBOX_HOST = 'mx.corp.example';

// ---- letters ----

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface Letter {
  brand?: string;
  color?: string;
  logo?: string;
  preheader?: string;
  title?: string;
  greeting?: string;
  paras: string[];
  rows?: [string, string][];
  button?: { label: string; url: string };
  /** Links shown as text with their own addresses, [label, url]. */
  links?: [string, string][];
  after?: string[];
  sign?: string[];
  footer?: string[];
  /** An image shown by cid: in the HTML. */
  image?: string;
}

/** The letter as plain text and as HTML: a branded table layout when it has a brand, plain paragraphs else. */
export function compose(l: Letter): { text: string; html: string } {
  const t: string[] = [];
  if (l.title) t.push(l.title, '');
  if (l.greeting) t.push(l.greeting, '');
  for (const p of l.paras) t.push(p, '');
  if (l.rows) {
    for (const [k, v] of l.rows) t.push(`${k}: ${v}`);
    t.push('');
  }
  if (l.button) t.push(`${l.button.label}: ${l.button.url}`, '');
  if (l.links) {
    for (const [k, v] of l.links) t.push(`${k}: ${v}`);
    t.push('');
  }
  for (const p of l.after ?? []) t.push(p, '');
  if (l.sign) t.push(...l.sign, '');
  if (l.footer) t.push('--', ...l.footer);
  const text = t.join('\n').trimEnd();

  const p = (s: string) => `<p style="margin:0 0 14px 0">${esc(s).replace(/\n/g, '<br>')}</p>`;
  const rows = l.rows
    ? `<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0;font-size:14px">${l.rows
        .map(
          ([k, v]) =>
            `<tr><td style="color:#666;border-bottom:1px solid #eee">${esc(k)}</td><td style="border-bottom:1px solid #eee"><b>${esc(v)}</b></td></tr>`,
        )
        .join('')}</table>`
    : '';
  const color = l.color ?? '#1a4f8b';
  const button = l.button
    ? `<table cellpadding="0" cellspacing="0" style="margin:8px 0 20px 0"><tr><td style="background:${color};border-radius:4px;padding:12px 22px"><a href="${esc(l.button.url)}" style="color:#fff;text-decoration:none;font-weight:bold">${esc(l.button.label)}</a></td></tr></table>`
    : '';
  const links = (l.links ?? [])
    .map(([k, v]) => `<p style="margin:0 0 8px 0"><a href="${esc(v)}">${esc(k)}</a></p>`)
    .join('');
  const inner = [
    l.title ? `<h2 style="font-size:20px;margin:0 0 16px 0">${esc(l.title)}</h2>` : '',
    l.greeting ? p(l.greeting) : '',
    ...l.paras.map(p),
    rows,
    button,
    links,
    ...(l.after ?? []).map(p),
    l.sign ? `<p style="margin:16px 0 0 0">${l.sign.map(esc).join('<br>')}</p>` : '',
    l.image ? `<p><img src="cid:${l.image}" width="220" height="220" alt=""></p>` : '',
  ].join('\n');
  let html: string;
  if (l.brand) {
    html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(l.title ?? l.brand)}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#222">
${l.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${esc(l.preheader)}</div>` : ''}
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:${color};padding:18px 28px;border-radius:6px 6px 0 0">${l.logo ? `<img src="${esc(l.logo)}" alt="${esc(l.brand)}" height="28" style="display:block">` : `<span style="color:#fff;font-size:22px;font-weight:bold">${esc(l.brand)}</span>`}</td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.5">
${inner}
</td></tr>
${l.footer ? `<tr><td style="padding:18px 28px;font-size:11px;color:#888;border-top:1px solid #eee">${l.footer.map(esc).join('<br>')}</td></tr>` : ''}
</table></td></tr></table></body></html>`;
  } else {
    html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
${inner}
${l.footer ? `<p style="font-size:9pt;color:#777">${l.footer.map(esc).join('<br>')}</p>` : ''}
</div></body></html>`;
  }
  return { text, html };
}

/** A person's signature block at Casa Albufeira. */
export const sig = (p: Person): string[] => [
  p.name,
  p.role,
  `${p.site} | ${ORG}`,
  `T +${p.lang === 'en' ? '44 20 7' : p.lang === 'es' ? '34 95 4' : '351 21 3'}${p.email.length}0 ${4000 + p.name.length * 37}`,
];

/** A quoted earlier message below a reply. */
export function quote(from: string, date: Date, body: string[], lang: 'en' | 'pt' | 'es' = 'en'): string[] {
  const head =
    lang === 'pt'
      ? `Em ${shortDate(date)}, ${from} escreveu:`
      : lang === 'es'
        ? `El ${shortDate(date)}, ${from} escribió:`
        : `On ${longDate(date)}, ${from} wrote:`;
  return ['', head, ...body.map((l) => `> ${l}`)];
}
