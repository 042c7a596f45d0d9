// The thirteenth unseen set's scene: the mailbox owners of corp.example in fifteen languages, the
// Authentication-Results a receiving MTA writes, the hosts mass campaigns send people to (words in the
// victim's language, brand combos, random strings, hacked small-business sites, swapped letters, free
// hosting and shorteners), the two page shapes its mail is drawn in, and the loop that turns templates
// into numbered RFC 5322 messages from one seed.
import type { SeededRandom } from './generate.js';
import { mimeMessage, type Part } from './mime.js';

export type Lang =
  | 'en'
  | 'es'
  | 'pt'
  | 'fr'
  | 'de'
  | 'it'
  | 'nl'
  | 'pl'
  | 'ja'
  | 'ko'
  | 'zh'
  | 'ar'
  | 'id'
  | 'tr'
  | 'hi';

/** A mailbox owner: the romanised name of the address and the name their mail greets them by. */
export interface Person {
  first: string;
  last: string;
  /** The name as it is written in the person's language (native script where there is one). */
  called: string;
  address: string;
}

const NAMES: Record<Lang, readonly (readonly [string, string, string?])[]> = {
  en: [
    ['Megan', 'Holloway'],
    ['Darnell', 'Price'],
    ['Aisha', 'Khan'],
    ['Callum', 'Fraser'],
    ['Priya', 'Nair'],
    ['Harriet', 'Ashworth'],
    ['Jayden', 'Morrow'],
    ['Siobhan', 'Keane'],
    ['Vikram', 'Iyer'],
    ['Lachlan', 'Doyle'],
  ],
  es: [
    ['Lucía', 'Ferrer'],
    ['Javier', 'Ortega'],
    ['Camila', 'Restrepo'],
    ['Diego', 'Villalobos'],
    ['Marta', 'Casals'],
  ],
  pt: [
    ['Thiago', 'Albuquerque'],
    ['Larissa', 'Moraes'],
    ['Inês', 'Carvalho'],
    ['Rui', 'Fontes'],
  ],
  fr: [
    ['Élodie', 'Garnier'],
    ['Mathis', 'Lefort'],
    ['Nadia', 'Benali'],
    ['Quentin', 'Roussel'],
  ],
  de: [
    ['Katrin', 'Vogler'],
    ['Florian', 'Brandt'],
    ['Jana', 'Kühne'],
    ['Malte', 'Eggers'],
  ],
  it: [
    ['Chiara', 'Lombardi'],
    ['Matteo', 'Galli'],
    ['Federica', 'Sartori'],
  ],
  nl: [
    ['Sanne', 'Verbeek'],
    ['Joris', 'Dekker'],
    ['Femke', 'Smit'],
  ],
  pl: [
    ['Agnieszka', 'Wróbel'],
    ['Paweł', 'Kaczmarek'],
    ['Zofia', 'Lis'],
  ],
  ja: [
    ['Yui', 'Takahashi', '高橋 結衣'],
    ['Ren', 'Matsumoto', '松本 蓮'],
    ['Aoi', 'Inoue', '井上 葵'],
  ],
  ko: [
    ['Jiwoo', 'Kang', '강지우'],
    ['Seoyeon', 'Lim', '임서연'],
    ['Dohyun', 'Yoon', '윤도현'],
  ],
  zh: [
    ['Xinyi', 'Zhou', '周欣怡'],
    ['Hao', 'Lin', '林浩'],
    ['Jiaqi', 'Xu', '徐佳琪'],
  ],
  ar: [
    ['Layla', 'Mansour', 'ليلى منصور'],
    ['Yousef', 'Qasim', 'يوسف قاسم'],
    ['Rania', 'Aziz', 'رانيا عزيز'],
  ],
  id: [
    ['Putri', 'Wulandari'],
    ['Bayu', 'Saputra'],
    ['Dewi', 'Anggraini'],
  ],
  tr: [
    ['Elif', 'Aydın'],
    ['Burak', 'Çelik'],
    ['Zeynep', 'Arslan'],
  ],
  hi: [
    ['Ankit', 'Sharma', 'अंकित शर्मा'],
    ['Pooja', 'Verma', 'पूजा वर्मा'],
    ['Rohit', 'Yadav', 'रोहित यादव'],
  ],
};

/** Lower-case ASCII of a name, as mailboxes and slugs spell it. */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export function person(r: SeededRandom, lang: Lang): Person {
  const [first, last, native] = r.pick(NAMES[lang]);
  return { first, last, called: native ?? first, address: `${slug(first)}.${slug(last)}@corp.example` };
}

export function int(r: SeededRandom, low: number, high: number): number {
  return low + r.below(high - low + 1);
}

export function token(r: SeededRandom, length: number, alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[r.below(alphabet.length)];
  return s;
}

export function digits(r: SeededRandom, length: number): string {
  return token(r, length, '0123456789');
}

/** An amount with two decimals, the separator as the language writes it. */
export function amount(r: SeededRandom, low: number, high: number, comma = false): string {
  const cents = int(r, low * 100, high * 100);
  const s = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return comma ? s.replace('.', ',') : s;
}

// Authentication-Results as mx.corp.example writes them.

/** A domain's own mail: SPF, DKIM and DMARC all pass (real providers, attacker domains set up properly). */
export function passing(domain: string, signer = domain): string {
  return `spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${signer}; dmarc=pass header.from=${domain}`;
}

/** A freshly registered domain: its own SPF and DKIM pass, it publishes no DMARC policy (or a passing one). */
export function registered(r: SeededRandom, domain: string): string {
  return r.below(2) === 0
    ? `spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=none header.from=${domain}`
    : passing(domain);
}

/** A protected domain's name put in From by someone else's server: DMARC fails. */
export function spoofed(r: SeededRandom, domain: string, relay: string): string {
  return r.below(2) === 0
    ? `spf=softfail smtp.mailfrom=${domain}; dkim=none; dmarc=fail (p=reject) header.from=${domain}`
    : `spf=pass smtp.mailfrom=${relay}; dkim=pass header.d=${relay}; dmarc=fail (p=quarantine) header.from=${domain}`;
}

export const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'proton.me', 'icloud.com'];

/** A free-mail address of a made-up account name: its provider signs it, so everything passes. */
export function freemail(r: SeededRandom, local: string): { address: string; auth: string } {
  const domain = r.pick(FREEMAIL);
  return { address: `${local}${digits(r, int(r, 0, 4))}@${domain}`, auth: passing(domain) };
}

// Where mass campaigns send people.

const SUFFIXES = ['.example', '.test', '.example.com', '.example.net', '.example.org'];

/** A host of words in the victim's language, as kits register them by the dozen. */
export function wordHost(r: SeededRandom, words: readonly string[]): string {
  const a = r.pick(words);
  let b = r.pick(words);
  if (b === a) b = token(r, 3);
  const joined = r.below(2) === 0 ? `${a}-${b}` : `${a}${b}`;
  return `${joined}${r.below(3) === 0 ? digits(r, 2) : ''}${r.pick(SUFFIXES)}`;
}

/** A brand's name with a service word: the combosquat. */
export function comboHost(r: SeededRandom, brand: string, words: readonly string[]): string {
  const w = r.pick(words);
  return `${r.below(2) === 0 ? `${brand}-${w}` : `${w}-${brand}`}${r.pick(SUFFIXES)}`;
}

/** A brand's name with two letters swapped or one doubled. */
export function swappedHost(r: SeededRandom, brand: string): string {
  const i = int(r, 1, brand.length - 2);
  const name =
    r.below(2) === 0
      ? `${brand.slice(0, i)}${brand[i + 1]}${brand[i]}${brand.slice(i + 2)}`
      : `${brand.slice(0, i)}${brand[i]}${brand.slice(i)}`;
  return `${name}${r.pick(['.example', '.test', '-online.example.com', '-app.example.net'])}`;
}

export function randomHost(r: SeededRandom): string {
  return `${token(r, int(r, 6, 11), 'abcdefghijklmnopqrstuvwxyz')}.${r.pick(['test', 'example', 'invalid'])}`;
}

const SMALL_BUSINESSES = [
  'ferreteria-robles',
  'autoescola-horizonte',
  'pizzeria-monteverde',
  'zahnarzt-haberl',
  'kwekerij-vandenhoek',
  'yoga-shanti-studio',
  'studio-fotograficzne-kadr',
  'oficina-do-joao',
  'boulangerie-marchal',
  'koi-garden-supply',
  'guesthouse-mawar',
];

/** A page dropped on a hacked small business's site, deep under its CMS folders. */
export function hackedPage(r: SeededRandom, file: string): string {
  const site = r.pick(SMALL_BUSINESSES);
  const dir = r.pick([
    'wp-content/uploads/2026/10',
    'wp-includes/css/dist',
    'images/gallery/.tmp',
    'modules/mod_x',
  ]);
  return `https://www.${site}.example.com/${dir}/${token(r, 5)}/${file}`;
}

/** A page on a free host that really is abused this way. */
export function freeHosted(r: SeededRandom, name: string): string {
  const t = token(r, 6);
  switch (r.below(7)) {
    case 0:
      return `https://${name}-${t}.web.app/`;
    case 1:
      return `https://${name}${digits(r, 3)}.pages.dev/verify`;
    case 2:
      return `https://${name}-${t}.netlify.app/`;
    case 3:
      return `https://${name}-${t}.vercel.app/login`;
    case 4:
      return `https://storage.googleapis.com/${name}-${t}/index.html`;
    case 5:
      return `https://pub-${token(r, 24, '0123456789abcdef')}.r2.dev/${name}.html`;
    default:
      return `https://${name}${t}.wixsite.com/home`;
  }
}

/** A shortened link: the services these campaigns use, by region. */
export function shortLink(r: SeededRandom, region: 'global' | 'id' | 'br' = 'global'): string {
  const hosts =
    region === 'id'
      ? ['s.id', 'bit.ly', 'tinyurl.com']
      : region === 'br'
        ? ['encurtador.com.br', 'bit.ly', 'cutt.ly']
        : ['bit.ly', 'tinyurl.com', 'is.gd', 't.ly', 'cutt.ly', 'rebrand.ly'];
  return `https://${r.pick(hosts)}/${token(r, int(r, 5, 8), 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`;
}

/** A link on an attacker host: a path of the brand's words and a victim token. */
export function on(r: SeededRandom, host: string, paths: readonly string[]): string {
  const path = r.pick(paths);
  const query =
    r.below(3) === 0 ? '' : `?${r.pick(['id', 'ref', 'c', 'u', 'session'])}=${token(r, int(r, 6, 14))}`;
  return `https://${host}/${path}${query}`;
}

// The two page shapes.

export interface Panel {
  lang: string;
  brand: string;
  accent: string;
  title: string;
  lines: readonly string[];
  action?: { label: string; href: string };
  /** Rows of a statement under the text: label, value. */
  facts?: readonly (readonly [string, string])[];
  after?: readonly string[];
  foot: string;
  rtl?: boolean;
}

/** A branded notice: the brand's coloured rule and name, a heading, paragraphs, facts, one button, a grey foot. */
export function panel(p: Panel): string {
  const align = p.rtl ? 'right' : 'left';
  const facts = p.facts?.length
    ? `<dl style="margin:18px 0;padding:12px 16px;background:#f5f6f8;border-radius:6px">${p.facts
        .map(
          ([k, v]) =>
            `<dt style="font-size:12px;color:#666">${k}</dt><dd style="margin:0 0 8px;font-weight:bold">${v}</dd>`,
        )
        .join('')}</dl>`
    : '';
  const action = p.action
    ? `<p style="margin:26px 0"><a href="${p.action.href}" style="display:inline-block;background:${p.accent};color:#ffffff;padding:12px 26px;border-radius:24px;text-decoration:none;font-weight:bold">${p.action.label}</a></p>`
    : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${p.lang}"${p.rtl ? ' dir="rtl"' : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${p.brand}</title></head>`,
    '<body style="margin:0;padding:20px 0;background:#eceff3">',
    `<div style="max-width:580px;margin:0 auto;background:#ffffff;text-align:${align};font-family:Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328">`,
    `<div style="border-top:6px solid ${p.accent};padding:18px 26px 6px;font-size:21px;font-weight:bold;color:${p.accent}">${p.brand}</div>`,
    `<div style="padding:4px 26px 22px"><h1 style="font-size:19px;margin:14px 0">${p.title}</h1>`,
    ...p.lines.map((l) => `<p style="font-size:15px;line-height:1.55;margin:0 0 12px">${l}</p>`),
    facts,
    action,
    ...(p.after ?? []).map((l) => `<p style="font-size:13px;line-height:1.5;color:#444">${l}</p>`),
    '</div>',
    `<div style="padding:14px 26px;background:#f4f5f7;font-size:11px;color:#7a7f87">${p.foot}</div>`,
    '</div></body></html>',
  ].join('\n');
}

/** A plain letter in HTML, as a phone's or a webmail's composer makes it. */
export function note(lang: string, paragraphs: readonly string[], rtl = false): string {
  return `<div lang="${lang}"${rtl ? ' dir="rtl"' : ''} style="font-family:Arial,sans-serif;font-size:14px">${paragraphs
    .map((p) => `<div>${p}</div><div><br></div>`)
    .join('')}</div>`;
}

export function link(href: string, label = href): string {
  return `<a href="${href}">${label}</a>`;
}

/** The text and HTML a template chose: text only, HTML only, or both. */
export function bodies(
  r: SeededRandom,
  text: string,
  html: string,
  weights: readonly ('text' | 'html' | 'both')[] = ['html', 'both', 'both', 'text'],
): { text?: string; html?: string } {
  const shape = r.pick(weights);
  return shape === 'text' ? { text } : shape === 'html' ? { html } : { text, html };
}

// Templates into messages.

export interface Letter {
  /** The From header's value. */
  from: string;
  /** Authentication-Results after the MTA's name. */
  auth: string;
  subject: string;
  replyTo?: string;
  headers?: readonly string[];
  text?: string;
  html?: string;
  parts?: Part[];
}

export interface Template {
  name: string;
  kind: string;
  lang: Lang;
  write(r: SeededRandom, to: Person, n: number): Letter | Promise<Letter>;
}

/** `perTemplate` messages of every template, each template drawn from its own stream of the seed. */
export async function written(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  first: number,
  stream: number,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const mail: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries()) {
    const r = seededRandom(seed * 7919 + stream + t);
    for (let k = 0; k < perTemplate; k++) {
      const number = first + t * 1000 + k;
      const to = person(r, template.lang);
      const letter = await template.write(r, to, number);
      const headers = [
        `From: ${letter.from}`,
        ...(letter.replyTo ? [`Reply-To: ${letter.replyTo}`] : []),
        `To: ${to.first} ${to.last} <${to.address}>`,
        `Authentication-Results: mx.corp.example; ${letter.auth}`,
        ...(letter.headers ?? []),
      ];
      const raw = mimeMessage({
        headers,
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        parts: letter.parts,
        number,
      });
      mail.push({ raw, kind: template.kind, template: template.name });
    }
  }
  return mail;
}
