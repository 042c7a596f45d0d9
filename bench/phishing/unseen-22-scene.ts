// The scene of the twenty-second unseen set: Uniwersytet Wiślany (corp.example), a university with
// faculties in Kraków and a joint research institute in Bologna; its people, its partners' real domains,
// random helpers drawn from a SeededRandom, a letter writer (HTML and text), and the RFC 5322 writer that
// turns a Mail into the bytes the organisation's MX would store (Received, Authentication-Results,
// encoded words, quoted-printable or base64 bodies, legacy charsets, inline images and attachments).
import type { SeededRandom } from './generate.js';

export type { SeededRandom };

// ---------------------------------------------------------------------------------------------------
// Random helpers

export function pick<T>(r: SeededRandom, list: readonly T[]): T {
  return list[r.below(list.length)];
}

/** True with probability p. */
export function chance(r: SeededRandom, p: number): boolean {
  return r.below(10000) < p * 10000;
}

/** An integer in [lo, hi]. */
export function int(r: SeededRandom, lo: number, hi: number): number {
  return lo + r.below(hi - lo + 1);
}

export function chars(r: SeededRandom, n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}

export const digits = (r: SeededRandom, n: number): string => chars(r, n, '0123456789');
export const hex = (r: SeededRandom, n: number): string => chars(r, n, '0123456789abcdef');
export const upper = (r: SeededRandom, n: number): string => chars(r, n, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
export const token = (r: SeededRandom, n: number): string =>
  chars(r, n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');

/** k distinct elements of a list, in random order. */
export function some<T>(r: SeededRandom, list: readonly T[], k: number): T[] {
  const rest = [...list];
  const out: T[] = [];
  while (out.length < k && rest.length > 0) out.push(rest.splice(r.below(rest.length), 1)[0]);
  return out;
}

/** Picks one entry by weight: [[weight, value], ...]. */
export function weighted<T>(r: SeededRandom, entries: readonly (readonly [number, T])[]): T {
  const total = entries.reduce((s, [w]) => s + w, 0);
  let x = r.below(total);
  for (const [w, v] of entries) {
    if (x < w) return v;
    x -= w;
  }
  return entries[entries.length - 1][1];
}

// ---------------------------------------------------------------------------------------------------
// Dates and amounts

const DAY = 86_400_000;
const START = Date.UTC(2025, 8, 1, 0, 0, 0);

/** A moment between September 2025 and June 2026, mostly in Polish working hours. */
export function mailDate(r: SeededRandom): Date {
  const day = r.below(300);
  const hour = chance(r, 0.85) ? int(r, 6, 16) : int(r, 0, 23);
  return new Date(START + day * DAY + hour * 3_600_000 + r.below(3600) * 1000);
}

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);

/** The Polish (and Italian) civil offset in minutes for a UTC moment, DST approximated by month. */
export function cetOffset(d: Date): number {
  const m = d.getUTCMonth();
  if (m > 2 && m < 9) return 120;
  if (m === 2) return d.getUTCDate() >= 29 ? 120 : 60;
  if (m === 9) return d.getUTCDate() >= 26 ? 60 : 120;
  return 60;
}

const local = (d: Date): Date => new Date(d.getTime() + cetOffset(d) * 60_000);
const two = (n: number): string => String(n).padStart(2, '0');

export function plDate(d: Date): string {
  const l = local(d);
  return `${two(l.getUTCDate())}.${two(l.getUTCMonth() + 1)}.${l.getUTCFullYear()}`;
}

export function hm(d: Date): string {
  const l = local(d);
  return `${two(l.getUTCHours())}:${two(l.getUTCMinutes())}`;
}

export function isoDay(d: Date): string {
  const l = local(d);
  return `${l.getUTCFullYear()}-${two(l.getUTCMonth() + 1)}-${two(l.getUTCDate())}`;
}

const MONTHS = {
  pl: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
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
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  uk: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
} as const;

export type Lang = keyof typeof MONTHS;

/** "14 kwietnia 2026", "14 April 2026", "14 aprile 2026", "14 квітня 2026". */
export function longDate(d: Date, lang: Lang): string {
  const l = local(d);
  return `${l.getUTCDate()} ${MONTHS[lang][l.getUTCMonth()]} ${l.getUTCFullYear()}`;
}

/** A sum with two decimals in [lo, hi]. */
export function amount(r: SeededRandom, lo: number, hi: number): number {
  return Math.round(lo * 100 + r.below(Math.round((hi - lo) * 100) + 1)) / 100;
}

function grouped(n: number, thousands: string, decimal: string, decimals = 2): string {
  const [whole, frac] = n.toFixed(decimals).split('.');
  const g = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return frac === undefined ? g : `${g}${decimal}${frac}`;
}

/** "12 345,67 zł" */
export const pln = (n: number): string => `${grouped(n, ' ', ',')} zł`;
/** "12 345,67" */
export const plNum = (n: number): string => grouped(n, ' ', ',');
/** "€1,234.50" */
export const eur = (n: number): string => `€${grouped(n, ',', '.')}`;
/** "1.234,50 €" */
export const eurIt = (n: number): string => `${grouped(n, '.', ',')} €`;
/** "USD 1,234.00" */
export const usd = (n: number): string => `USD ${grouped(n, ',', '.')}`;
/** "12 345,67 грн" */
export const uah = (n: number): string => `${grouped(n, ' ', ',')} грн`;

// ---------------------------------------------------------------------------------------------------
// Bank accounts and phone numbers

function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function letters(s: string): string {
  return [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

/** An IBAN of a country from its BBAN, with correct check digits, grouped by four. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(letters(`${bban}${country}00`));
  const raw = `${country}${two(check)}${bban}`;
  return raw.replace(/(.{4})/g, '$1 ').trim();
}

export const PL_BANKS = {
  pko: { name: 'PKO Bank Polski', code: '1020' },
  pekao: { name: 'Bank Pekao S.A.', code: '1240' },
  mbank: { name: 'mBank S.A.', code: '1140' },
  santander: { name: 'Santander Bank Polska', code: '1090' },
  ing: { name: 'ING Bank Śląski', code: '1050' },
  millennium: { name: 'Bank Millennium', code: '1160' },
  alior: { name: 'Alior Bank', code: '2490' },
} as const;

/** A Polish account number in IBAN form (with the bank's sort code). */
export function plIban(
  r: SeededRandom,
  bank: keyof typeof PL_BANKS = pick(r, Object.keys(PL_BANKS)) as never,
) {
  return iban('PL', `${PL_BANKS[bank].code}${digits(r, 4)}${digits(r, 16)}`);
}

/** A Polish NRB (the IBAN without "PL"). */
export const nrb = (ibanPl: string): string => ibanPl.slice(2).trim();

/** Accounts fraudsters use abroad: Lithuanian e-money, Belgian, Irish, German. */
export function foreignIban(r: SeededRandom): string {
  return pick(r, [
    () => iban('LT', `3250${digits(r, 12)}`),
    () => iban('BE', digits(r, 12)),
    () => iban('IE', `REVO${digits(r, 14)}`),
    () => iban('DE', digits(r, 18)),
    () => iban('GB', `CLRB${digits(r, 14)}`),
  ])();
}

export function plMobile(r: SeededRandom): string {
  return `+48 ${pick(r, ['5', '6', '7', '8'])}${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`;
}

export function plLandline(r: SeededRandom, area = pick(r, ['12', '22', '58', '61', '71'])): string {
  return `+48 ${area} ${digits(r, 3)} ${digits(r, 2)} ${digits(r, 2)}`;
}

// ---------------------------------------------------------------------------------------------------
// Names

export function ascii(s: string): string {
  return s
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const PL_MALE = [
  'Piotr',
  'Tomasz',
  'Paweł',
  'Michał',
  'Krzysztof',
  'Marcin',
  'Łukasz',
  'Jakub',
  'Grzegorz',
  'Adam',
  'Wojciech',
  'Mateusz',
  'Rafał',
  'Kamil',
  'Bartosz',
  'Jan',
  'Maciej',
  'Szymon',
];
const PL_FEMALE = [
  'Anna',
  'Katarzyna',
  'Małgorzata',
  'Agnieszka',
  'Magdalena',
  'Joanna',
  'Ewa',
  'Monika',
  'Aleksandra',
  'Natalia',
  'Karolina',
  'Marta',
  'Zofia',
  'Justyna',
  'Dorota',
  'Weronika',
  'Julia',
  'Beata',
];
const PL_LAST = [
  'Nowak',
  'Kowalski',
  'Wiśniewski',
  'Wójcik',
  'Kowalczyk',
  'Kamiński',
  'Lewandowski',
  'Zieliński',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowski',
  'Jankowski',
  'Mazur',
  'Kwiatkowski',
  'Krawczyk',
  'Piotrowski',
  'Grabowski',
  'Pawłowski',
  'Michalski',
  'Król',
  'Wieczorek',
  'Jabłoński',
  'Nowakowski',
  'Majewski',
  'Olszewski',
  'Stępień',
  'Malinowski',
  'Jaworski',
  'Adamczyk',
  'Dudek',
  'Pietrzak',
  'Sikora',
  'Baran',
  'Rutkowski',
  'Michalak',
  'Ostrowski',
  'Zając',
  'Górski',
  'Walczak',
];

const feminine = (last: string): string => last.replace(/ski$/, 'ska').replace(/cki$/, 'cka');

const VOCATIVE_MALE: Record<string, string> = {
  Piotr: 'Piotrze',
  Tomasz: 'Tomaszu',
  Paweł: 'Pawle',
  Michał: 'Michale',
  Krzysztof: 'Krzysztofie',
  Marcin: 'Marcinie',
  Łukasz: 'Łukaszu',
  Jakub: 'Jakubie',
  Grzegorz: 'Grzegorzu',
  Adam: 'Adamie',
  Wojciech: 'Wojciechu',
  Mateusz: 'Mateuszu',
  Rafał: 'Rafale',
  Kamil: 'Kamilu',
  Bartosz: 'Bartoszu',
  Jan: 'Janie',
  Maciej: 'Macieju',
  Szymon: 'Szymonie',
  Andrzej: 'Andrzeju',
};

/** The Polish vocative of a first name, as a letter addresses someone ("Pani Jolanto", "Panie Piotrze"). */
export function vocative(first: string): string {
  if (VOCATIVE_MALE[first]) return VOCATIVE_MALE[first];
  if (/ia$/.test(first)) return first.replace(/ia$/, 'io');
  if (/a$/.test(first)) return first.replace(/a$/, 'o');
  return first;
}

export interface Name {
  first: string;
  last: string;
  full: string;
}

export function plName(r: SeededRandom): Name {
  const female = chance(r, 0.5);
  const first = pick(r, female ? PL_FEMALE : PL_MALE);
  const base = pick(r, PL_LAST);
  const last = female ? feminine(base) : base;
  return { first, last, full: `${first} ${last}` };
}

/** Ukrainian names: Latin (as in Polish documents) and Cyrillic. */
const UA = [
  ['Olena', 'Kovalenko', 'Олена', 'Коваленко'],
  ['Oksana', 'Melnyk', 'Оксана', 'Мельник'],
  ['Iryna', 'Shevchenko', 'Ірина', 'Шевченко'],
  ['Andrii', 'Bondarenko', 'Андрій', 'Бондаренко'],
  ['Taras', 'Tkachenko', 'Тарас', 'Ткаченко'],
  ['Dmytro', 'Kravchuk', 'Дмитро', 'Кравчук'],
  ['Yuliia', 'Boiko', 'Юлія', 'Бойко'],
  ['Mykola', 'Lysenko', 'Микола', 'Лисенко'],
  ['Kateryna', 'Savchuk', 'Катерина', 'Савчук'],
  ['Bohdan', 'Hrytsenko', 'Богдан', 'Гриценко'],
  ['Anastasiia', 'Moroz', 'Анастасія', 'Мороз'],
  ['Serhii', 'Polishchuk', 'Сергій', 'Поліщук'],
  ['Viktoriia', 'Oliinyk', 'Вікторія', 'Олійник'],
  ['Maksym', 'Kuzmenko', 'Максим', 'Кузьменко'],
] as const;

export interface UaName extends Name {
  cyr: string;
  cyrFirst: string;
}

export function uaName(r: SeededRandom): UaName {
  const [first, last, cf, cl] = pick(r, UA);
  return { first, last, full: `${first} ${last}`, cyr: `${cf} ${cl}`, cyrFirst: cf };
}

const IT_FIRST = ['Giulia', 'Marco', 'Chiara', 'Luca', 'Francesca', 'Alessandro', 'Sara', 'Matteo', 'Elena'];
const IT_LAST = [
  'Rossi',
  'Bianchi',
  'Romano',
  'Greco',
  'Conti',
  'Ricci',
  'Marino',
  'Colombo',
  'Gallo',
  'Fontana',
];

export function itName(r: SeededRandom): Name {
  const first = pick(r, IT_FIRST);
  const last = pick(r, IT_LAST);
  return { first, last, full: `${first} ${last}` };
}

const INTL = [
  ['Emily', 'Carter'],
  ['Rajesh', 'Kumar'],
  ['Wei', 'Zhang'],
  ['Sarah', 'Thompson'],
  ['Ahmed', 'Hassan'],
  ['Daniel', 'Müller'],
  ['Priya', 'Nair'],
  ['James', 'Whitfield'],
  ['Sofia', 'Lindqvist'],
  ['Kenji', 'Watanabe'],
  ['Laura', 'Jensen'],
  ['Michael', 'O’Brien'],
  ['Ana', 'Ferreira'],
  ['Lukas', 'Novák'],
] as const;

export function intlName(r: SeededRandom): Name {
  const [first, last] = pick(r, INTL);
  return { first, last, full: `${first} ${last}` };
}

/** "jan.kowalski" from a name. */
export function handle(n: { first: string; last: string }, sep = '.'): string {
  return `${ascii(n.first)}${sep}${ascii(n.last)}`.toLowerCase().replace(/[^a-z0-9._-]/g, '');
}

export const FREEMAIL_PL = ['gmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl', 'outlook.com'];
export const FREEMAIL_INTL = ['gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'proton.me', 'gmx.com'];

/** A personal free-mail address as people make them: "jan.kowalski85@wp.pl". */
export function freemail(r: SeededRandom, n: Name, domains: readonly string[] = FREEMAIL_PL): string {
  const base = pick(r, [
    () => handle(n),
    () => handle(n, ''),
    () => `${handle(n)}${int(r, 60, 99)}`,
    () => `${ascii(n.first[0])}${ascii(n.last)}${digits(r, 2)}`.toLowerCase().replace(/[^a-z0-9]/g, ''),
    () => `${handle(n, '_')}`,
  ])();
  return `${base}@${pick(r, domains)}`;
}

// ---------------------------------------------------------------------------------------------------
// The organisation

export const ORG = {
  name: 'Uniwersytet Wiślany',
  nameEn: 'Wisła University',
  domain: 'corp.example',
  studentDomain: 'student.corp.example',
  city: 'Kraków',
  address: 'ul. Bernardyńska 14, 31-069 Kraków',
  nip: '6751002338',
  institute: 'Istituto Congiunto di Ricerca Wiślany–Bologna',
  instituteEn: 'Wisła–Bologna Joint Research Institute',
  instituteAddress: 'Via Zamboni 41, 40126 Bologna',
  usos: 'https://usosweb.corp.example',
  sso: 'https://logowanie.corp.example',
  tenant: 'corpexample',
} as const;

export interface Person {
  name: string;
  first: string;
  last: string;
  email: string;
  title: string;
  role: string;
  roleEn: string;
  dept: string;
  deptEn: string;
  phone: string;
}

function person(
  title: string,
  first: string,
  last: string,
  role: string,
  roleEn: string,
  dept: string,
  deptEn: string,
  phone: string,
  mailbox?: string,
): Person {
  const email = `${mailbox ?? handle({ first, last })}@corp.example`;
  return { name: `${first} ${last}`, first, last, email, title, role, roleEn, dept, deptEn, phone };
}

export const STAFF = {
  rector: person(
    'prof. dr hab.',
    'Andrzej',
    'Zawadzki',
    'Rektor',
    'Rector',
    'Rektorat',
    "Rector's Office",
    '+48 12 663 10 01',
  ),
  prorector: person(
    'prof. dr hab.',
    'Małgorzata',
    'Wrona',
    'Prorektor ds. Nauki',
    'Vice-Rector for Research',
    'Rektorat',
    "Rector's Office",
    '+48 12 663 10 05',
  ),
  rectorOffice: person(
    'mgr',
    'Sylwia',
    'Duda',
    'Kierownik Biura Rektora',
    "Head of the Rector's Office",
    'Biuro Rektora',
    "Rector's Office",
    '+48 12 663 10 02',
  ),
  chancellor: person(
    'mgr inż.',
    'Tomasz',
    'Bielecki',
    'Kanclerz',
    'Chancellor',
    'Kanclerz',
    'Administration',
    '+48 12 663 10 10',
  ),
  bursar: person('mgr', 'Ewa', 'Sikorska', 'Kwestor', 'Bursar', 'Kwestura', 'Finance', '+48 12 663 11 20'),
  accounts: person(
    '',
    'Renata',
    'Kubiak',
    'Specjalista ds. rozliczeń',
    'Accounts payable',
    'Kwestura',
    'Finance',
    '+48 12 663 11 24',
  ),
  deanPhys: person(
    'dr hab.',
    'Piotr',
    'Nowicki',
    'Dziekan Wydziału Fizyki i Informatyki Stosowanej',
    'Dean, Faculty of Physics and Applied Computer Science',
    'Wydział Fizyki i Informatyki Stosowanej',
    'Faculty of Physics and Applied Computer Science',
    '+48 12 663 20 00',
  ),
  deanHum: person(
    'prof. dr hab.',
    'Joanna',
    'Kaczmarek',
    'Dziekan Wydziału Humanistycznego',
    'Dean, Faculty of Humanities',
    'Wydział Humanistyczny',
    'Faculty of Humanities',
    '+48 12 663 30 00',
  ),
  deanBio: person(
    'dr hab.',
    'Krzysztof',
    'Mazur',
    'Dziekan Wydziału Biologii i Nauk o Ziemi',
    'Dean, Faculty of Biology and Earth Sciences',
    'Wydział Biologii i Nauk o Ziemi',
    'Faculty of Biology and Earth Sciences',
    '+48 12 663 40 00',
  ),
  hr: person(
    'mgr',
    'Beata',
    'Lis',
    'Kierownik Działu Kadr',
    'Head of HR',
    'Dział Kadr',
    'Human Resources',
    '+48 12 663 12 30',
    'kadry',
  ),
  payroll: person(
    '',
    'Agnieszka',
    'Dudek',
    'Specjalista ds. płac',
    'Payroll officer',
    'Dział Płac',
    'Payroll',
    '+48 12 663 12 40',
    'place',
  ),
  grants: person(
    'dr',
    'Marta',
    'Zielińska',
    'Kierownik Biura Obsługi Grantów',
    'Head of the Research Grants Office',
    'Biuro Obsługi Grantów',
    'Research Grants Office',
    '+48 12 663 14 50',
  ),
  grants2: person(
    'mgr',
    'Paweł',
    'Górski',
    'Specjalista ds. projektów międzynarodowych',
    'International projects officer',
    'Biuro Obsługi Grantów',
    'Research Grants Office',
    '+48 12 663 14 52',
  ),
  intl: person(
    'mgr',
    'Katarzyna',
    'Wójcik',
    'Koordynator Erasmus+',
    'Erasmus+ coordinator',
    'Biuro Współpracy Międzynarodowej',
    'International Relations Office',
    '+48 12 663 15 60',
    'erasmus',
  ),
  intl2: person(
    'mgr',
    'Olena',
    'Kovalenko',
    'Specjalista ds. studentów zagranicznych',
    'International students officer',
    'Biuro Współpracy Międzynarodowej',
    'International Relations Office',
    '+48 12 663 15 64',
  ),
  students: person(
    'mgr',
    'Anna',
    'Pawlak',
    'Kierownik Działu Spraw Studenckich',
    'Head of Student Services',
    'Dział Spraw Studenckich',
    'Student Services',
    '+48 12 663 16 70',
    'dss',
  ),
  students2: person(
    '',
    'Iryna',
    'Shevchenko',
    'Specjalista ds. stypendiów',
    'Scholarships officer',
    'Dział Spraw Studenckich',
    'Student Services',
    '+48 12 663 16 74',
  ),
  library: person(
    'mgr',
    'Jolanta',
    'Krawczyk',
    'Dyrektor Biblioteki Uniwersyteckiej',
    'Director of the University Library',
    'Biblioteka Uniwersytecka',
    'University Library',
    '+48 12 663 17 00',
    'biblioteka',
  ),
  helpdesk: person(
    '',
    'Michał',
    'Jabłoński',
    'Centrum Informatyczne — Helpdesk',
    'IT Centre — Service Desk',
    'Centrum Informatyczne',
    'IT Centre',
    '+48 12 663 19 99',
    'helpdesk',
  ),
  itAdmin: person(
    'mgr inż.',
    'Łukasz',
    'Wróbel',
    'Administrator Microsoft 365',
    'Microsoft 365 administrator',
    'Centrum Informatyczne',
    'IT Centre',
    '+48 12 663 19 10',
  ),
  procurement: person(
    'mgr',
    'Grzegorz',
    'Kołodziej',
    'Kierownik Działu Zamówień Publicznych',
    'Head of Procurement',
    'Dział Zamówień Publicznych',
    'Procurement',
    '+48 12 663 18 80',
    'zamowienia',
  ),
  chem: person(
    'dr',
    'Aleksandra',
    'Michalska',
    'adiunkt, Zakład Chemii Materiałów',
    'assistant professor, Materials Chemistry',
    'Wydział Fizyki i Informatyki Stosowanej',
    'Faculty of Physics and Applied Computer Science',
    '+48 12 663 21 14',
  ),
  cs: person(
    'dr',
    'Bartosz',
    'Szymański',
    'adiunkt, Katedra Informatyki Stosowanej',
    'assistant professor, Applied Computer Science',
    'Wydział Fizyki i Informatyki Stosowanej',
    'Faculty of Physics and Applied Computer Science',
    '+48 12 663 22 31',
  ),
  phys: person(
    'dr',
    'Natalia',
    'Bondarenko',
    'post-doc, Zespół Fotoniki',
    'postdoctoral researcher, Photonics Group',
    'Wydział Fizyki i Informatyki Stosowanej',
    'Faculty of Physics and Applied Computer Science',
    '+48 12 663 23 08',
  ),
  hist: person(
    'dr hab.',
    'Wojciech',
    'Pietrzak',
    'profesor uczelni, Instytut Historii',
    'associate professor, Institute of History',
    'Wydział Humanistyczny',
    'Faculty of Humanities',
    '+48 12 663 31 12',
  ),
  eco: person(
    'prof.',
    'Dorota',
    'Stępień',
    'kierownik Zespołu Ekologii Rzek',
    'head of the River Ecology Group',
    'Wydział Biologii i Nauk o Ziemi',
    'Faculty of Biology and Earth Sciences',
    '+48 12 663 41 40',
  ),
  bologna: person(
    'prof.ssa',
    'Giulia',
    'Rinaldi',
    'Direttrice dell’Istituto Congiunto di Ricerca',
    'Director, Joint Research Institute',
    'Istituto Congiunto Bologna',
    'Joint Research Institute (Bologna)',
    '+39 051 209 4410',
  ),
  bolognaRes: person(
    'dott.',
    'Marco',
    'Ferri',
    'ricercatore',
    'researcher',
    'Istituto Congiunto Bologna',
    'Joint Research Institute (Bologna)',
    '+39 051 209 4422',
  ),
  bolognaAdmin: person(
    'dott.ssa',
    'Chiara',
    'Esposito',
    'amministrazione',
    'administration',
    'Istituto Congiunto Bologna',
    'Joint Research Institute (Bologna)',
    '+39 051 209 4401',
  ),
} as const;

export type StaffKey = keyof typeof STAFF;

export const RESEARCHERS: readonly Person[] = [
  STAFF.chem,
  STAFF.cs,
  STAFF.phys,
  STAFF.hist,
  STAFF.eco,
  STAFF.bolognaRes,
  STAFF.deanPhys,
  STAFF.deanBio,
  STAFF.prorector,
];

export const EVERYONE: readonly Person[] = Object.values(STAFF);

export const researcher = (r: SeededRandom): Person => pick(r, RESEARCHERS);
export const anyone = (r: SeededRandom): Person => pick(r, EVERYONE);

export interface Student {
  name: string;
  first: string;
  last: string;
  email: string;
  index: string;
  ua?: UaName;
}

export function student(r: SeededRandom, kind: 'pl' | 'ua' | 'it' | 'any' = 'any'): Student {
  const k = kind === 'any' ? weighted(r, [[7, 'pl'] as const, [2, 'ua'] as const, [1, 'it'] as const]) : kind;
  const ua = k === 'ua' ? uaName(r) : undefined;
  const n = ua ?? (k === 'it' ? itName(r) : plName(r));
  const index = String(int(r, 410000, 449999));
  const email = chance(r, 0.5) ? `${handle(n)}@${ORG.studentDomain}` : `${index}@${ORG.studentDomain}`;
  return { name: n.full, first: n.first, last: n.last, email, index, ua };
}

export const FACULTIES = [
  'Wydział Fizyki i Informatyki Stosowanej',
  'Wydział Humanistyczny',
  'Wydział Biologii i Nauk o Ziemi',
  'Wydział Prawa i Administracji',
  'Wydział Zarządzania i Komunikacji Społecznej',
];

export const FIELDS = [
  'informatyka stosowana',
  'fizyka techniczna',
  'biotechnologia',
  'historia',
  'filologia angielska',
  'zarządzanie',
  'prawo',
  'ochrona środowiska',
];

export const RESEARCH_TOPICS = [
  'perovskite thin films for tandem solar cells',
  'graph neural networks for molecular property prediction',
  'microplastic transport in the upper Vistula',
  'urban heat islands in Central European cities',
  'medieval trade routes between Kraków and Bologna',
  'quantum dot emitters at telecom wavelengths',
  'federated learning on hospital data',
  'riparian vegetation recovery after flooding',
];

// ---------------------------------------------------------------------------------------------------
// Hosts attackers use: look-alikes are made in the templates; here free hosting, compromised sites,
// shorteners and open redirects.

const SMALL_SITES = [
  'pensjonat-pod-jodlami-zakopane.pl',
  'autoserwis-brzozowski.com.pl',
  'piekarnia-mazurkowa.pl',
  'kancelaria-wrobel-partnerzy.eu',
  'agroturystyka-zielony-jar.pl',
  'studio-urody-ewelina.pl',
  'hydraulik-tarnow24.pl',
  'trattoria-del-borgo-vecchio.it',
  'bluecreek-landscaping.net',
  'rowery-nad-zalewem.pl',
  'przedszkole-slonecznik-wieliczka.pl',
  'fotografia-slubna-kadr.pl',
  'osk-kierownica-bochnia.pl',
  'weingut-am-sonnenhang.de',
];

export function compromisedSite(r: SeededRandom, slug = chars(r, 6)): string {
  const site = pick(r, SMALL_SITES);
  const y = pick(r, ['2025', '2026']);
  const m = two(int(r, 1, 12));
  return pick(r, [
    () => `https://${site}/wp-content/uploads/${y}/${m}/${slug}/index.php`,
    () => `https://www.${site}/wp-includes/js/${slug}/?${chars(r, 2)}=${token(r, 10)}`,
    () => `https://${site}/.well-known/${slug}/login.php`,
    () => `https://www.${site}/images/${slug}/${chars(r, 8)}.html`,
    () => `https://${site}/modules/mod_${slug}/auth/`,
  ])();
}

export function freeHost(r: SeededRandom, slug: string): string {
  return pick(r, [
    () => `https://${slug}-${chars(r, 5)}.web.app/`,
    () => `https://${slug}.pages.dev/${chars(r, 6)}`,
    () => `https://${slug}-${chars(r, 4)}.netlify.app/`,
    () => `https://${slug}.${chars(r, 7)}.workers.dev/`,
    () => `https://${slug}-${chars(r, 6)}.vercel.app/`,
    () => `https://pub-${hex(r, 32)}.r2.dev/${slug}.html`,
    () => `https://storage.googleapis.com/${slug}-${chars(r, 6)}/index.html#${token(r, 12)}`,
    () => `https://${slug.replace(/-/g, '')}${digits(r, 3)}.blob.core.windows.net/$web/index.html`,
    () => `https://ipfs.io/ipfs/bafybei${chars(r, 52, 'abcdefghijklmnopqrstuvwxyz234567')}`,
    () => `https://sites.google.com/view/${slug}-${chars(r, 4)}/`,
    () => `https://${slug}${digits(r, 2)}.wixsite.com/home`,
    () => `https://${chars(r, 8)}.github.io/${slug}/`,
  ])();
}

export function shortLink(r: SeededRandom): string {
  return pick(r, [
    () => `https://bit.ly/${token(r, 7)}`,
    () => `https://tinyurl.com/${chars(r, 8)}`,
    () => `https://t.ly/${token(r, 5)}`,
    () => `https://is.gd/${token(r, 6)}`,
    () => `https://cutt.ly/${token(r, 8)}`,
    () => `https://rebrand.ly/${chars(r, 6)}`,
  ])();
}

/** A link through a well-known site's redirector to the real target. */
export function viaRedirect(r: SeededRandom, target: string): string {
  const enc = encodeURIComponent(target);
  return pick(r, [
    () => `https://www.google.com/url?q=${enc}&sa=D&source=editors&ust=${digits(r, 16)}&usg=${token(r, 28)}`,
    () => `https://l.facebook.com/l.php?u=${enc}&h=AT${token(r, 40)}`,
    () =>
      `https://www.bing.com/ck/a?!&&p=${hex(r, 64)}&ptn=3&u=a1${Buffer.from(target).toString('base64url')}`,
    () => `https://t.co/${token(r, 10)}`,
    () =>
      `https://nam12.safelinks.protection.outlook.com/?url=${enc}&data=05%7C02%7C${hex(r, 24)}&reserved=0`,
  ])();
}

// ---------------------------------------------------------------------------------------------------
// The letter writer

export type Block =
  | string
  | { facts: readonly (readonly [string, string])[] }
  | { button: string; href: string; color?: string }
  | { list: readonly string[] }
  | { small: string }
  | { img: string; alt: string; width?: number }
  | { quote: string; head?: string };

export interface Letter {
  greeting?: string;
  blocks: readonly Block[];
  closing?: string;
  signature?: readonly string[];
  footer?: readonly string[];
  /** A coloured header bar with the sender's name, as newsletters and services send. */
  brand?: { name: string; color: string; sub?: string };
  preheader?: string;
  lang?: string;
  /** plain: a few divs as webmail sends; outlook: Word's MsoNormal paragraphs; branded: a table layout. */
  style?: 'plain' | 'outlook' | 'branded';
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;

function inlineHtml(s: string, color = '#0b57d0'): string {
  return esc(s)
    .replace(LINK, (_m, label: string, href: string) => {
      return `<a href="${href}" style="color:${color}">${label}</a>`;
    })
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/\n/g, '<br>\n');
}

function inlineText(s: string): string {
  return s
    .replace(LINK, (_m, label: string, href: string) => {
      const h = href.replace(/&amp;/g, '&');
      return label === h ? h : `${label} <${h}>`;
    })
    .replace(/\*\*([^*]+)\*\*/g, '$1');
}

function blockHtml(b: Block, style: string, accent: string): string {
  const p =
    style === 'outlook'
      ? '<p class="MsoNormal">'
      : style === 'branded'
        ? '<p style="margin:0 0 14px 0">'
        : '<div>';
  const pe = style === 'outlook' || style === 'branded' ? '</p>' : '</div>';
  if (typeof b === 'string')
    return `${p}${inlineHtml(b, accent)}${pe}${style === 'plain' ? '<div><br></div>' : ''}`;
  if ('facts' in b) {
    const rows = b.facts
      .map(
        ([k, v]) =>
          `<tr><td style="padding:4px 12px 4px 0;color:#555">${esc(k)}</td><td style="padding:4px 0"><b>${inlineHtml(v, accent)}</b></td></tr>`,
      )
      .join('\n');
    return `<table cellpadding="0" cellspacing="0" style="margin:8px 0 16px 0;font-size:14px">\n${rows}\n</table>`;
  }
  if ('button' in b) {
    const c = b.color ?? accent;
    return `<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="background:${c};border-radius:4px;padding:11px 22px"><a href="${b.href}" style="color:#ffffff;text-decoration:none;font-weight:bold">${esc(b.button)}</a></td></tr></table>`;
  }
  if ('list' in b) return `<ul>\n${b.list.map((x) => `<li>${inlineHtml(x, accent)}</li>`).join('\n')}\n</ul>`;
  if ('small' in b) return `<p style="font-size:11px;color:#777">${inlineHtml(b.small, accent)}</p>`;
  if ('img' in b)
    return `<p><img src="${b.img}" alt="${esc(b.alt)}" width="${b.width ?? 200}" style="display:block"></p>`;
  const head = b.head ? `<div>${inlineHtml(b.head, accent)}</div>\n` : '';
  return `${head}<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${inlineHtml(b.quote, accent)}</blockquote>`;
}

function blockText(b: Block): string {
  if (typeof b === 'string') return inlineText(b);
  if ('facts' in b) return b.facts.map(([k, v]) => `${k}: ${inlineText(v)}`).join('\n');
  if ('button' in b) return `${b.button}: ${b.href}`;
  if ('list' in b) return b.list.map((x) => `- ${inlineText(x)}`).join('\n');
  if ('small' in b) return inlineText(b.small);
  if ('img' in b) return `[${b.alt}]`;
  const head = b.head ? `${inlineText(b.head)}\n` : '';
  return `${head}${inlineText(b.quote)
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')}`;
}

export function letter(l: Letter): { html: string; text: string } {
  const style = l.style ?? (l.brand ? 'branded' : 'plain');
  const accent = l.brand?.color ?? '#0b57d0';
  const textParts: string[] = [];
  if (l.greeting) textParts.push(l.greeting);
  for (const b of l.blocks) textParts.push(blockText(b));
  if (l.closing) textParts.push(l.closing + (l.signature ? `\n${l.signature.join('\n')}` : ''));
  else if (l.signature) textParts.push(`--\n${l.signature.join('\n')}`);
  if (l.footer) textParts.push(l.footer.join('\n'));
  const text = `${textParts.join('\n\n')}\n`;

  const inner: string[] = [];
  const para = (s: string) => blockHtml(s, style, accent);
  if (l.greeting) inner.push(para(l.greeting));
  for (const b of l.blocks) inner.push(blockHtml(b, style, accent));
  if (l.closing) inner.push(para(l.closing));
  if (l.signature) {
    const sig = l.signature.map((s) => inlineHtml(s, accent)).join('<br>\n');
    inner.push(
      style === 'outlook' ? `<p class="MsoNormal">${sig}</p>` : `<div style="color:#444">${sig}</div>`,
    );
  }
  const footer = l.footer
    ? `<div style="font-size:11px;color:#888;margin-top:24px">${l.footer.map((f) => inlineHtml(f, '#888')).join('<br>\n')}</div>`
    : '';
  const lang = l.lang ?? 'pl';
  const meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">';
  let html: string;
  if (style === 'outlook') {
    html = [
      '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">',
      `<head>${meta}<meta name="Generator" content="Microsoft Word 15 (filtered medium)">`,
      '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>',
      `<body lang="${lang.toUpperCase()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">`,
      '<div class="WordSection1">',
      ...inner.flatMap((x) => [x, '<p class="MsoNormal">&nbsp;</p>']),
      footer,
      '</div>',
      '</body>',
      '</html>',
    ].join('\n');
  } else if (style === 'branded' && l.brand) {
    const pre = l.preheader
      ? `<div style="display:none;max-height:0;overflow:hidden">${esc(l.preheader)}</div>\n`
      : '';
    html = [
      '<!DOCTYPE html>',
      `<html lang="${lang}"><head>${meta}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(l.brand.name)}</title></head>`,
      '<body style="margin:0;padding:0;background:#f2f3f5">',
      pre,
      '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5"><tr><td align="center" style="padding:24px 8px">',
      '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
      `<tr><td style="background:${accent};padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">${esc(l.brand.name)}${l.brand.sub ? `<div style="font-size:12px;font-weight:normal">${esc(l.brand.sub)}</div>` : ''}</td></tr>`,
      '<tr><td style="padding:28px">',
      ...inner,
      '</td></tr>',
      `<tr><td style="padding:0 28px 24px 28px">${footer}</td></tr>`,
      '</table>',
      '</td></tr></table>',
      '</body></html>',
    ].join('\n');
  } else {
    html = [
      `<html><head>${meta}</head>`,
      '<body>',
      '<div dir="ltr" style="font-family:Arial,sans-serif;font-size:small">',
      ...inner,
      footer,
      '</div>',
      '</body></html>',
    ].join('\n');
  }
  return { html, text };
}

/** A quoted earlier message as mail clients add under a reply (text form). */
export function quoteText(
  style: 'gmail-pl' | 'gmail-en' | 'outlook-pl' | 'outlook-en' | 'thunderbird-pl',
  who: { name: string; email: string },
  to: { name: string; email: string },
  when: Date,
  subject: string,
  body: string,
): string {
  const quotedBody = body
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
  switch (style) {
    case 'gmail-pl':
      return `${['niedz.', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.'][local(when).getUTCDay()]}, ${plDate(when)} o ${hm(when)} ${who.name} <${who.email}> napisał(a):\n\n${quotedBody}`;
    case 'gmail-en':
      return `On ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][local(when).getUTCDay()]}, ${longDate(when, 'en')} at ${hm(when)}, ${who.name} <${who.email}> wrote:\n\n${quotedBody}`;
    case 'thunderbird-pl':
      return `W dniu ${plDate(when)} o ${hm(when)}, ${who.name} pisze:\n${quotedBody}`;
    case 'outlook-pl':
      return `________________________________\nOd: ${who.name} <${who.email}>\nWysłane: ${longDate(when, 'pl')} ${hm(when)}\nDo: ${to.name} <${to.email}>\nTemat: ${subject}\n\n${body}`;
    default:
      return `________________________________\nFrom: ${who.name} <${who.email}>\nSent: ${longDate(when, 'en')} ${hm(when)}\nTo: ${to.name} <${to.email}>\nSubject: ${subject}\n\n${body}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// Mail and its RFC 5322 form

export interface Address {
  name?: string;
  address: string;
}

export interface Attachment {
  filename: string;
  type: string;
  content: Buffer | string;
  /** Shown in the HTML by cid: (multipart/related) rather than attached. */
  cid?: string;
}

export type Charset =
  | 'utf-8'
  | 'iso-8859-2'
  | 'windows-1250'
  | 'iso-8859-1'
  | 'windows-1252'
  | 'windows-1251'
  | 'koi8-u';

export interface AuthResult {
  spf: 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror';
  dkim: 'pass' | 'fail' | 'none' | 'neutral';
  dmarc: 'pass' | 'fail' | 'none' | 'bestguesspass';
  /** The d= of the signature, when not the From domain (an ESP, a mailing list). */
  dkimDomain?: string;
}

/**
 * How the organisation's MX would judge the message: `pass` (all aligned), `lookalike` (an attacker's own
 * domain with its records set up, sometimes without DMARC), `spoof` (someone else's domain forged),
 * `freemail` (a big provider, passing), `forwarded` (a list or forward, mixed), `none` (no header at all),
 * or an explicit result.
 */
export type Auth = 'pass' | 'lookalike' | 'spoof' | 'freemail' | 'forwarded' | 'none' | AuthResult;

/** Where the message came from, as the Received line names it. */
export type Via =
  | 'direct'
  | 'gmail'
  | 'outlook'
  | 'm365'
  | 'ses'
  | 'sendgrid'
  | 'mailchimp'
  | 'sfmc'
  | 'vps'
  | 'webmail-pl'
  | 'internal'
  | { host: string; ip: string };

export interface Mail {
  from: Address;
  to?: Address[];
  /** A To header written as is (e.g. "undisclosed-recipients:;"); the envelope goes to `to`. */
  toHeader?: string;
  cc?: Address[];
  replyTo?: Address;
  /** The envelope sender; the From address when absent. */
  returnPath?: string;
  subject: string;
  date?: Date;
  text?: string;
  html?: string;
  charset?: Charset;
  encoding?: 'quoted-printable' | 'base64' | '8bit';
  attachments?: Attachment[];
  auth?: Auth;
  via?: Via;
  /** Extra headers: List-Unsubscribe, In-Reply-To, X-Mailer, … */
  headers?: readonly (readonly [string, string])[];
  /** The domain after @ in the Message-ID, when not the sender's. */
  messageIdDomain?: string;
  /** The address the Received line says the message was for, when not the first To. */
  envelopeTo?: string;
}

export interface Template {
  kind: string;
  name: string;
  make(r: SeededRandom): Mail | Promise<Mail>;
}

export const domainOf = (address: string): string =>
  address.slice(address.lastIndexOf('@') + 1).toLowerCase();

const FREE_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'op.pl',
  'interia.pl',
  'icloud.com',
  'ukr.net',
  'libero.it',
  'virgilio.it',
]);

// Legacy charsets, from the platform's decoders run backwards.
const TABLES = new Map<string, Map<string, number>>();

function table(cs: Charset): Map<string, number> {
  let t = TABLES.get(cs);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(cs);
  for (let b = 0; b < 256; b++) {
    if (cs === 'iso-8859-1' && b >= 0x80 && b < 0xa0) continue;
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !t.has(ch)) t.set(ch, b);
  }
  if (cs === 'windows-1252') {
    // the platform reads this label as Latin-1; the C1 range holds Windows' punctuation instead
    const c1 = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
    for (let i = 0; i < 32; i++) {
      t.delete(String.fromCharCode(0x80 + i));
      if (c1[i] !== '\u0000') t.set(c1[i], 0x80 + i);
    }
  }
  TABLES.set(cs, t);
  return t;
}

function encodeCharset(s: string, cs: Charset): Buffer | undefined {
  if (cs === 'utf-8') return Buffer.from(s, 'utf8');
  const t = table(cs);
  const out: number[] = [];
  for (const ch of s) {
    const b = t.get(ch);
    if (b === undefined) return undefined;
    out.push(b);
  }
  return Buffer.from(out);
}

const isAscii = (s: string): boolean => /^[\x20-\x7e\r\n\t]*$/.test(s);

function qp(bytes: Buffer): string {
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0d && bytes[i + 1] === 0x0a) {
      // a hard break: trailing whitespace must be encoded
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line[line.length - 1];
        line = `${line.slice(0, -1)}=${last === ' ' ? '20' : '09'}`;
      }
      flush(false);
      i++;
      continue;
    }
    let piece: string;
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32 || b === 9) piece = String.fromCharCode(b);
    else piece = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) flush(true);
    line += piece;
  }
  if (line.endsWith(' ') || line.endsWith('\t')) {
    const last = line[line.length - 1];
    line = `${line.slice(0, -1)}=${last === ' ' ? '20' : '09'}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

const wrap76 = (b64: string): string => b64.replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, '');

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

/** RFC 2047 encoded words for a header text, each at most 75 characters. */
function encodedWords(s: string, cs: Charset, mode: 'B' | 'Q'): string[] {
  const charset = encodeCharset(s, cs) ? cs : 'utf-8';
  const label = charset.toUpperCase();
  const overhead = `=?${label}?${mode}??=`.length;
  const words: string[] = [];
  let chunk = '';
  const enc = (x: string): string => {
    const bytes = encodeCharset(x, charset as Charset) ?? Buffer.from(x);
    if (mode === 'B') return bytes.toString('base64');
    let out = '';
    for (const b of bytes) {
      if (b === 0x20) out += '_';
      else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x2d)
        out += String.fromCharCode(b);
      else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  };
  for (const ch of s) {
    if (chunk && enc(chunk + ch).length + overhead > 75) {
      words.push(`=?${label}?${mode}?${enc(chunk)}?=`);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?${label}?${mode}?${enc(chunk)}?=`);
  return words;
}

/** Folds a header line at spaces so that lines stay under 78 characters where possible. */
function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${name}:`;
  for (const w of words) {
    if (line.length + 1 + w.length > 76 && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${w}`;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

function headerText(r: SeededRandom, s: string, cs: Charset): string {
  if (isAscii(s)) return s;
  return encodedWords(s, cs, chance(r, 0.6) ? 'B' : 'Q').join(' ');
}

function addressText(r: SeededRandom, a: Address, cs: Charset): string {
  if (!a.name) return a.address;
  if (!isAscii(a.name)) return `${headerText(r, a.name, cs)} <${a.address}>`;
  if (/[()<>[\]:;@\\,."]/.test(a.name)) return `"${a.name.replace(/["\\]/g, '\\$&')}" <${a.address}>`;
  return chance(r, 0.5) ? `"${a.name}" <${a.address}>` : `${a.name} <${a.address}>`;
}

function rfcDate(d: Date): string {
  const off = cetOffset(d);
  const l = local(d);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${days[l.getUTCDay()]}, ${l.getUTCDate()} ${months[l.getUTCMonth()]} ${l.getUTCFullYear()} ${two(l.getUTCHours())}:${two(l.getUTCMinutes())}:${two(l.getUTCSeconds())} +${two(off / 60)}00`;
}

function ip(r: SeededRandom, prefix: string): string {
  const parts = prefix.split('.').length;
  let s = prefix;
  for (let i = parts; i < 4; i++) s += `.${int(r, 1, 254)}`;
  return s;
}

function resolveVia(r: SeededRandom, via: Via, domain: string): { host: string; ip: string } {
  if (typeof via === 'object') return via;
  switch (via) {
    case 'gmail':
      return {
        host: `mail-${pick(r, ['ej1', 'ed1', 'wm1', 'lf1', 'pj1', 'qk1', 'wr1'])}-f${int(r, 41, 199)}.google.com`,
        ip: ip(r, `209.85.${pick(r, ['128', '160', '208', '214', '218', '221'])}`),
      };
    case 'outlook':
      return {
        host: `${pick(r, ['EUR05', 'EUR03', 'EUR02', 'APC01'])}-${pick(r, ['VI1', 'AM6', 'DB8', 'SG2'])}-obe.outbound.protection.outlook.com`,
        ip: ip(r, `40.92.${int(r, 1, 120)}`),
      };
    case 'm365':
      return {
        host: `mail-${pick(r, ['vi1', 'db8', 'am6', 'he1', 'ds0', 'pr1', 'gvx'])}eur0${int(r, 1, 5)}on20${int(r, 60, 99)}.outbound.protection.outlook.com`,
        ip: ip(r, `40.107.${int(r, 1, 255)}`),
      };
    case 'ses':
      return {
        host: `a${int(r, 7, 48)}-${int(r, 10, 250)}.smtp-out.eu-west-1.amazonses.com`,
        ip: ip(r, `54.240.${int(r, 7, 48)}`),
      };
    case 'sendgrid':
      return {
        host: `o${int(r, 1, 30)}.ptr${digits(r, 4)}.${domain}`,
        ip: ip(r, `149.72.${int(r, 1, 250)}`),
      };
    case 'mailchimp':
      return {
        host: `mail${int(r, 10, 250)}.suw${int(r, 11, 21)}.mcdlv.net`,
        ip: ip(r, `198.2.${int(r, 128, 191)}`),
      };
    case 'sfmc':
      return { host: `mta${int(r, 1, 9)}.e.${domain}`, ip: ip(r, `13.111.${int(r, 1, 120)}`) };
    case 'vps':
      return pick(r, [
        () => ({
          host: `vmi${digits(r, 7)}.contaboserver.net`,
          ip: ip(r, `${pick(r, ['161.97', '173.212', '185.245'])}`),
        }),
        () => ({
          host: `srv${digits(r, 6)}.hstgr.cloud`,
          ip: ip(r, `${pick(r, ['89.116', '147.79', '31.220'])}`),
        }),
        () => ({
          host: `static.${int(r, 1, 254)}.${int(r, 1, 254)}.clients.your-server.de`,
          ip: ip(r, '88.198'),
        }),
        () => ({ host: `ip-${int(r, 1, 254)}-${int(r, 1, 254)}.ip.secureserver.net`, ip: ip(r, '160.153') }),
        () => ({ host: `mail.${domain}`, ip: ip(r, pick(r, ['45.88', '193.233', '91.92', '5.181'])) }),
      ])();
    case 'webmail-pl':
      return pick(r, [
        () => ({ host: `smtpo${int(r, 50, 99)}.poczta.onet.pl`, ip: ip(r, '213.180.142') }),
        () => ({ host: `mx${int(r, 1, 9)}.wp.pl`, ip: ip(r, '212.77.101') }),
        () => ({ host: `smtp${int(r, 1, 9)}.poczta.interia.pl`, ip: ip(r, '217.74.67') }),
      ])();
    case 'internal':
      return { host: `exch-hub0${int(r, 1, 3)}.corp.example`, ip: `10.20.${int(r, 1, 9)}.${int(r, 10, 60)}` };
    default:
      return pick(r, [
        () => ({ host: `mail.${domain}`, ip: ip(r, '192.0.2') }),
        () => ({ host: `smtp${int(r, 1, 4)}.${domain}`, ip: ip(r, '198.51.100') }),
        () => ({ host: `mx-out${int(r, 1, 12)}.${domain}`, ip: ip(r, '203.0.113') }),
      ])();
  }
}

function defaultVia(domain: string): Via {
  if (domain === 'gmail.com') return 'gmail';
  if (['outlook.com', 'hotmail.com', 'live.com'].includes(domain)) return 'outlook';
  if (['wp.pl', 'o2.pl', 'onet.pl', 'op.pl', 'interia.pl'].includes(domain)) return 'webmail-pl';
  if (domain === 'corp.example' || domain.endsWith('.corp.example')) return 'internal';
  return 'direct';
}

function resolveAuth(r: SeededRandom, auth: Auth, envDomain: string): AuthResult | undefined {
  if (typeof auth === 'object') return auth;
  switch (auth) {
    case 'none':
      return undefined;
    case 'pass':
    case 'freemail':
      return { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
    case 'lookalike':
      return weighted(r, [
        [6, { spf: 'pass', dkim: 'pass', dmarc: 'pass' } as AuthResult],
        [2, { spf: 'pass', dkim: 'none', dmarc: 'none' } as AuthResult],
        [1, { spf: 'pass', dkim: 'pass', dmarc: 'none' } as AuthResult],
        [1, { spf: 'neutral', dkim: 'none', dmarc: 'none' } as AuthResult],
      ]);
    case 'spoof':
      return {
        spf: pick(r, ['fail', 'softfail', 'softfail', 'none', 'neutral'] as const),
        dkim: pick(r, ['none', 'none', 'fail'] as const),
        dmarc: 'fail',
      };
    default:
      return weighted(r, [
        [3, { spf: 'pass', dkim: 'pass', dmarc: 'pass' } as AuthResult],
        [2, { spf: 'pass', dkim: 'fail', dmarc: 'fail' } as AuthResult],
        [2, { spf: 'softfail', dkim: 'pass', dmarc: 'pass' } as AuthResult],
        [1, { spf: 'pass', dkim: 'none', dmarc: 'fail', dkimDomain: envDomain } as AuthResult],
      ]);
  }
}

function authHeader(r: SeededRandom, a: AuthResult, fromDomain: string, envDomain: string, relayIp: string) {
  const dkimD = a.dkimDomain ?? fromDomain;
  const sel = pick(r, ['s1', 'selector1', 'google', 'k1', 'dkim', 'mail', `s${digits(r, 4)}`, 'default']);
  const spfNote =
    a.spf === 'pass'
      ? ` (mx.corp.example: domain of ${envDomain} designates ${relayIp} as permitted sender)`
      : a.spf === 'fail' || a.spf === 'softfail'
        ? ` (mx.corp.example: domain of ${envDomain} does not designate ${relayIp} as permitted sender)`
        : '';
  const parts = [`spf=${a.spf}${spfNote} smtp.mailfrom=${envDomain}`];
  if (a.dkim === 'none') parts.push('dkim=none (message not signed)');
  else parts.push(`dkim=${a.dkim} header.d=${dkimD} header.s=${sel} header.b=${token(r, 8)}`);
  const policy = pick(r, [
    'p=REJECT sp=REJECT dis=NONE',
    'p=QUARANTINE sp=NONE dis=NONE',
    'p=NONE sp=NONE dis=NONE',
  ]);
  if (a.dmarc === 'none') parts.push(`dmarc=none header.from=${fromDomain}`);
  else if (a.dmarc === 'fail')
    parts.push(
      `dmarc=fail (${policy.replace('dis=NONE', pick(r, ['dis=QUARANTINE', 'dis=NONE']))}) header.from=${fromDomain}`,
    );
  else parts.push(`dmarc=${a.dmarc} (${policy}) header.from=${fromDomain}`);
  return `Authentication-Results: mx.corp.example;\r\n\t${parts.join(';\r\n\t')}`;
}

function messageId(r: SeededRandom, via: Via, domain: string): string {
  switch (via) {
    case 'gmail':
      return `<CA${token(r, 2)}+${token(r, 38)}@mail.gmail.com>`;
    case 'outlook':
    case 'm365': {
      const box = `${pick(r, ['AM0PR', 'DU0PR', 'PAXPR', 'VI1PR', 'DB9PR'])}0${int(r, 1, 9)}MB${digits(r, 4)}`;
      return `<${box}${upper(r, 6)}${digits(r, 2)}${upper(r, 8)}@${box}.eurprd0${int(r, 1, 9)}.prod.outlook.com>`;
    }
    case 'ses':
      return `<0102019${hex(r, 9)}-${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}-000000@eu-west-1.amazonses.com>`;
    case 'mailchimp':
      return `<${hex(r, 20)}.${hex(r, 10)}.${digits(r, 8)}@mail${int(r, 10, 250)}.suw${int(r, 11, 21)}.mcdlv.net>`;
    default:
      return pick(r, [
        () => `<${hex(r, 16)}.${digits(r, 10)}@${domain}>`,
        () => `<${digits(r, 13)}.${digits(r, 5)}.JavaMail.${pick(r, ['app', 'mailer', 'root'])}@${domain}>`,
        () => `<${token(r, 22)}@${domain}>`,
        () => `<${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}@${domain}>`,
      ])();
  }
}

interface Entity {
  headers: string[];
  body: string;
}

const serialize = (e: Entity): string => `${e.headers.join('\r\n')}\r\n\r\n${e.body}`;

function boundary(r: SeededRandom): string {
  return pick(r, [
    () => `----=_Part_${int(r, 1000, 99999)}_${digits(r, 9)}.${digits(r, 13)}`,
    () => `000000000000${hex(r, 16)}`,
    () => `_000_${upper(r, 8)}${digits(r, 4)}${upper(r, 6)}_`,
    () => `--==_mimepart_${hex(r, 13)}_${int(r, 100, 999)}`,
    () => `=-${token(r, 22)}`,
    () => `----=_NextPart_000_00${int(r, 10, 99)}_01DC${hex(r, 4).toUpperCase()}.${hex(r, 8).toUpperCase()}`,
  ])();
}

function multipart(r: SeededRandom, subtype: string, parts: Entity[], extra = ''): Entity {
  const b = boundary(r);
  const body = `${parts.map((p) => `--${b}\r\n${serialize(p)}`).join('\r\n')}\r\n--${b}--\r\n`;
  return { headers: [`Content-Type: multipart/${subtype}; boundary="${b}"${extra}`], body };
}

function textEntity(
  subtype: 'plain' | 'html',
  content: string,
  cs: Charset,
  enc: 'quoted-printable' | 'base64' | '8bit',
): Entity {
  const charset: Charset = encodeCharset(content, cs) ? cs : 'utf-8';
  let body = crlf(content);
  if (subtype === 'html') body = body.replace(/charset=utf-8/i, `charset=${charset}`);
  const bytes = encodeCharset(body, charset) ?? Buffer.from(body);
  const longLine = body.split('\r\n').some((l) => l.length > 900);
  let cte: string;
  if (isAscii(body) && !longLine) cte = '7bit';
  else if (enc === '8bit' && charset === 'utf-8' && !longLine) cte = '8bit';
  else cte = enc === 'base64' ? 'base64' : 'quoted-printable';
  if (cte === 'quoted-printable') body = qp(bytes);
  else if (cte === 'base64') body = wrap76(bytes.toString('base64'));
  return {
    headers: [`Content-Type: text/${subtype}; charset="${charset}"`, `Content-Transfer-Encoding: ${cte}`],
    body,
  };
}

function paramName(r: SeededRandom, key: string, value: string): string {
  if (isAscii(value)) return `${key}="${value}"`;
  if (key === 'filename' && chance(r, 0.6)) return `filename*=UTF-8''${encodeURIComponent(value)}`;
  return `${key}="${encodedWords(value, 'utf-8', 'B').join(' ')}"`;
}

function attachmentEntity(r: SeededRandom, a: Attachment): Entity {
  const content = typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : a.content;
  const textual = /^text\/|svg|calendar/.test(a.type) && typeof a.content === 'string';
  const type = textual && !a.type.includes('charset') ? `${a.type}; charset="utf-8"` : a.type;
  const headers = [`Content-Type: ${type}; ${paramName(r, 'name', a.filename)}`];
  if (a.cid) {
    headers.push(
      `Content-Disposition: inline; ${paramName(r, 'filename', a.filename)}`,
      `Content-ID: <${a.cid}>`,
    );
  } else {
    headers.push(`Content-Disposition: attachment; ${paramName(r, 'filename', a.filename)}`);
  }
  headers.push('Content-Transfer-Encoding: base64');
  return { headers, body: wrap76(content.toString('base64')) };
}

/** The message as the organisation's MX stores it. */
export function render(r: SeededRandom, mail: Mail): string {
  const date = mail.date ?? mailDate(r);
  const to = mail.to ?? [someone(r)];
  const fromDomain = domainOf(mail.from.address);
  const envelope = mail.returnPath ?? mail.from.address;
  const envDomain = domainOf(envelope);
  const via = mail.via ?? defaultVia(fromDomain);
  const relay = resolveVia(r, via, envDomain);
  const polish = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/.test(`${mail.subject}${mail.text ?? ''}${mail.html ?? ''}`);
  const legacy = weighted(r, [
    [16, 'utf-8'] as const,
    [3, 'iso-8859-2'] as const,
    [2, 'windows-1250'] as const,
  ]);
  let cs: Charset = mail.charset ?? (polish ? legacy : 'utf-8');
  const allText = `${mail.subject}${mail.text ?? ''}${mail.html ?? ''}${mail.from.name ?? ''}`;
  if (!encodeCharset(allText, cs)) cs = 'utf-8';
  const enc =
    mail.encoding ??
    weighted(r, [[6, 'quoted-printable'] as const, [3, 'base64'] as const, [2, '8bit'] as const]);

  const lines: string[] = [];
  lines.push(`Return-Path: <${envelope}>`);
  const delivered = new Date(date.getTime() + int(r, 2, 40) * 1000);
  const rcpt = mail.envelopeTo ?? to[0].address;
  const queue = chars(r, 14, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
  const helo = via === 'internal' ? relay.host : chance(r, 0.9) ? relay.host : `[${relay.ip}]`;
  lines.push(
    `Received: from ${helo} (${relay.host} [${relay.ip}])\r\n\tby mx.corp.example (Postfix) with ${via === 'internal' ? 'ESMTP' : 'ESMTPS'} id ${queue}\r\n\tfor <${rcpt}>; ${rfcDate(delivered)}`,
  );
  if (via === 'vps' && chance(r, 0.5)) {
    lines.push(
      `Received: from localhost (localhost [127.0.0.1])\r\n\tby ${relay.host} (Postfix) with ESMTPA id ${upper(r, 10)}\r\n\tfor <${rcpt}>; ${rfcDate(date)}`,
    );
  }
  const auth = mail.auth ?? (chance(r, 0.07) ? 'none' : FREE_DOMAINS.has(fromDomain) ? 'freemail' : 'pass');
  // some relays and forwarders leave no verdict at all
  const ar = chance(r, 0.04) ? undefined : resolveAuth(r, auth, envDomain);
  if (ar && via !== 'internal') lines.push(authHeader(r, ar, fromDomain, envDomain, relay.ip));
  if (ar && via === 'internal')
    lines.push(
      `Authentication-Results: mx.corp.example;\r\n\tspf=pass smtp.mailfrom=${envDomain};\r\n\tdkim=pass header.d=corp.example header.s=selector1 header.b=${token(r, 8)};\r\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=${fromDomain}`,
    );

  lines.push(fold('From', addressText(r, mail.from, cs)));
  lines.push(fold('To', mail.toHeader ?? to.map((a) => addressText(r, a, cs)).join(', ')));
  if (mail.cc?.length) lines.push(fold('Cc', mail.cc.map((a) => addressText(r, a, cs)).join(', ')));
  if (mail.replyTo) lines.push(fold('Reply-To', addressText(r, mail.replyTo, cs)));
  lines.push(fold('Subject', headerText(r, mail.subject, cs)));
  lines.push(`Date: ${rfcDate(date)}`);
  lines.push(`Message-ID: ${messageId(r, via, mail.messageIdDomain ?? fromDomain)}`);
  for (const [k, v] of mail.headers ?? []) lines.push(fold(k, isAscii(v) ? v : headerText(r, v, cs)));
  lines.push('MIME-Version: 1.0');

  const bodies: Entity[] = [];
  if (mail.text !== undefined) bodies.push(textEntity('plain', mail.text, cs, enc));
  if (mail.html !== undefined) bodies.push(textEntity('html', mail.html, cs, enc));
  if (bodies.length === 0) bodies.push(textEntity('plain', '', cs, enc));
  let root: Entity = bodies.length === 2 ? multipart(r, 'alternative', bodies) : bodies[0];
  const inline = (mail.attachments ?? []).filter((a) => a.cid);
  const attached = (mail.attachments ?? []).filter((a) => !a.cid);
  if (inline.length > 0) {
    const inner = mail.html !== undefined && mail.text !== undefined ? 'multipart/alternative' : 'text/html';
    root = multipart(
      r,
      'related',
      [root, ...inline.map((a) => attachmentEntity(r, a))],
      `;\r\n\ttype="${inner}"`,
    );
  }
  if (attached.length > 0)
    root = multipart(r, 'mixed', [root, ...attached.map((a) => attachmentEntity(r, a))]);
  if (root.headers[0].startsWith('Content-Type: multipart/')) {
    const [, b] = /boundary="([^"]+)"/.exec(root.headers[0]) ?? [];
    root.headers[0] = root.headers[0].replace(`; boundary="${b}"`, `;\r\n\tboundary="${b}"`);
  }
  lines.push(...root.headers);
  return `${lines.join('\r\n')}\r\n\r\n${root.body}`;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A fixed integer hash of the seed, the template and the message's number. */
export function mix(seed: number, t: Template, i: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ fnv(`${t.kind}/${t.name}`), 0xc2b2ae35) >>> 0;
  h = Math.imul(h ^ Math.imul(i + 1, 0x27d4eb2f), 0x165667b1) >>> 0;
  h ^= h >>> 15;
  return h >>> 0;
}

export async function runTemplates(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const t of templates) {
    for (let i = 0; i < perTemplate; i++) {
      const r = seededRandom(mix(seed, t, i));
      const raw = render(r, await t.make(r));
      out.push({ raw, kind: t.kind, template: t.name });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Small conveniences for the templates

export const addr = (p: { name: string; email: string }): Address => ({ name: p.name, address: p.email });

/** A random member of staff as a recipient. */
export const someone = (r: SeededRandom): Address => addr(anyone(r));

/** Common MIME types of attachments. */
export const MIME = {
  pdf: 'application/pdf',
  zip: 'application/zip',
  html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  iso: 'application/x-iso9660-image',
  one: 'application/onenote',
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  ics: 'text/calendar; method=REQUEST',
  octet: 'application/octet-stream',
  rar: 'application/x-rar-compressed',
  sevenZ: 'application/x-7z-compressed',
} as const;

/** A List-Unsubscribe pair as bulk senders add. */
export function unsubscribe(r: SeededRandom, host: string): [string, string][] {
  const id = token(r, 24);
  return [
    [
      'List-Unsubscribe',
      `<https://${host}/unsubscribe/${id}>, <mailto:unsubscribe-${id.slice(0, 10)}@${host}>`,
    ],
    ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
  ];
}

/** A tracked link as mailing services rewrite them. */
export function tracked(r: SeededRandom, host: string, target: string): string {
  return pick(r, [
    () => `https://${host}/ls/click?upn=${token(r, 60)}`,
    () => `https://${host}/c/${token(r, 32)}?u=${encodeURIComponent(target)}`,
    () => `https://${host}/track/click/${digits(r, 8)}/${target.replace(/^https:\/\//, '')}`,
  ])();
}

/** The letter as HTML and text, or one of them alone, by the draw. */
export function parts(
  r: SeededRandom,
  l: Letter,
  htmlOnly = 0.25,
  textOnly = 0,
): { html?: string; text?: string } {
  const { html, text } = letter(l);
  const x = r.below(1000) / 1000;
  if (x < htmlOnly) return { html };
  if (x < htmlOnly + textOnly) return { text };
  return { html, text };
}
