// The scene of the fifteenth unseen set: Kestrel Valley University and its university hospital, whose staff,
// clinicians and students use corp.example. Its people, the partners and suppliers who write to them, how
// the set's attackers name their domains and build links, the receiving MTA's Authentication-Results, a
// MIME writer (single-part or multipart, varied dates and relays), and the loop from templates to messages,
// deterministic from the seed.
import type { SeededRandom } from './generate.js';
import type { Part } from './mime.js';

export const ORG = {
  name: 'Kestrel Valley University',
  hospital: 'Kestrel Valley University Hospital',
  short: 'KVU',
  domain: 'corp.example',
  login: 'https://login.corp.example',
  helpdesk: 'https://servicedesk.corp.example',
  learn: 'https://learn.corp.example',
  library: 'https://library.corp.example',
  hr: 'https://myhr.corp.example',
  phone: '+1 555 0142 4357',
};

export interface Person {
  first: string;
  last: string;
  name: string;
  address: string;
  title: string;
  dept: string;
}

export type Verdict = 'pass' | 'fail' | 'softfail' | 'none' | 'neutral';

export interface Auth {
  spf: Verdict;
  mailfrom: string;
  dkim: Verdict;
  dkimDomain?: string;
  dmarc: Verdict;
}

export interface Mail {
  /** The From address and display name. */
  from: { name: string; address: string };
  to?: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  text?: string;
  html?: string;
  parts?: Part[];
  auth: Auth;
  /** Further header lines (List-Id, Precedence, X-Mailer, …). */
  headers?: string[];
}

export interface Template {
  name: string;
  kind: string;
  make: (s: Scene) => Mail | Promise<Mail>;
}

const FIRST = [
  'Amelia',
  'Daniel',
  'Priya',
  'Marcus',
  'Sofia',
  'Kwame',
  'Hannah',
  'Wei',
  'Fatima',
  'Lucas',
  'Grace',
  'Mateo',
  'Aisha',
  'Jonas',
  'Mei',
  'Oliver',
  'Leila',
  'Samuel',
  'Yuna',
  'Tomás',
  'Ingrid',
  'Rahul',
  'Chloe',
  'Emeka',
  'Nadia',
  'Henry',
  'Seo-yeon',
  'Omar',
  'Clara',
  'Diego',
  'Ruth',
  'Kenji',
] as const;
const LAST = [
  'Whitfield',
  'Okafor',
  'Raman',
  'Delgado',
  'Nguyen',
  'Brennan',
  'Hoffmann',
  'Zhang',
  'Al-Masri',
  'Costa',
  'Lindqvist',
  'Mensah',
  'Park',
  'Schreiber',
  'Haddad',
  'Fitzgerald',
  'Kowalski',
  'Iyer',
  'Moreau',
  'Sato',
  'Abernathy',
  'Castillo',
  'Chen',
  'Novak',
  'Osei',
  'Ramirez',
  'Kim',
  'Bergström',
  'Patel',
  'Yılmaz',
] as const;
const ROLES = [
  ['Research Nurse', 'Cardiology'],
  ['Postdoctoral Fellow', 'Neuroscience Research Institute'],
  ['Associate Professor', 'School of Public Health'],
  ['Clinical Pharmacist', 'Pharmacy Services'],
  ['Lab Manager', 'Department of Biochemistry'],
  ['Resident Physician', 'Emergency Medicine'],
  ['Grants Administrator', 'Office of Research'],
  ['PhD Candidate', 'Department of Microbiology'],
  ['Radiographer', 'Radiology'],
  ['Programme Coordinator', 'School of Nursing'],
  ['Accounts Payable Officer', 'Finance'],
  ['Consultant Oncologist', 'Oncology'],
  ['Research Assistant', 'Department of Psychology'],
  ['Subject Librarian', 'University Library'],
  ['Ward Manager', 'Surgical Ward 4B'],
  ['Undergraduate Student', 'School of Medicine'],
  ['Master\u2019s Student', 'Biomedical Engineering'],
  ['Data Manager', 'Clinical Trials Unit'],
] as const;

const SPEAKERS = {
  es: [
    ['Lucía', 'Javier', 'Camila', 'Andrés', 'Valeria', 'Diego'],
    ['García', 'Moreno', 'Herrera', 'Vega', 'Ortiz'],
  ],
  zh: [
    ['Wei', 'Mei', 'Jun', 'Xiaoling', 'Hao', 'Yutong', 'Zihan'],
    ['Zhang', 'Chen', 'Wang', 'Li', 'Liu', 'Huang'],
  ],
  de: [
    ['Jonas', 'Lena', 'Matthias', 'Anna', 'Katrin', 'Felix'],
    ['Schreiber', 'Hoffmann', 'Becker', 'Wagner', 'Krüger'],
  ],
  ko: [
    ['Seo-yeon', 'Min-jun', 'Ji-woo', 'Hyun-woo', 'Eun-ji'],
    ['Kim', 'Park', 'Lee', 'Choi', 'Jung'],
  ],
  ar: [
    ['Omar', 'Fatima', 'Layla', 'Yousef', 'Khalid', 'Noor'],
    ['Haddad', 'Al-Masri', 'Nasser', 'Khalil', 'Al-Harbi'],
  ],
} as const;

/** Partner universities and hospitals whose real domains (under .example) send to KVU's people. */
export const PARTNERS = [
  { name: 'Ashbury University', domain: 'ashbury.edu.example' },
  { name: 'St Brigid\u2019s Medical Centre', domain: 'stbrigids-medical.example' },
  { name: 'Universität Hochfeld', domain: 'uni-hochfeld.example' },
  { name: 'Seorin National University', domain: 'seorin.ac.example' },
  { name: 'Lindqvist Institute', domain: 'lindqvist-institute.example' },
  { name: 'Marlow College of Health', domain: 'marlow-health.example.org' },
  { name: 'Universidad de Valdemora', domain: 'uvaldemora.example' },
  { name: 'Pacific Rim Cancer Centre', domain: 'prcc.example.net' },
] as const;

export const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'] as const;

const ATTACK_WORDS = [
  'secure',
  'portal',
  'verify',
  'access',
  'auth',
  'account',
  'online',
  'service',
  'update',
  'sso',
  'cloud',
  'docs',
  'office',
  'share',
  'login',
  'mfa',
  'help',
  'desk',
  'review',
  'notice',
] as const;
const ATTACK_TLDS = [
  'com',
  'net',
  'org',
  'online',
  'site',
  'live',
  'info',
  'click',
  'top',
  'xyz',
  'app',
] as const;

/** Everything a template may draw on to make one message. */
export class Scene {
  /** The recipient at KVU; a template in another language may pick a speaker of it instead (speaker()). */
  me: Person;
  readonly peer: Person;
  constructor(
    readonly r: SeededRandom,
    readonly n: number,
  ) {
    this.me = this.person();
    this.peer = this.person();
    this.variant = r.below(5040);
  }
  private readonly variant: number;

  /** The item at this message's one variant position: a subject and a body that tell the same story. */
  same<T>(list: readonly T[]): T {
    return list[this.variant % list.length];
  }

  pick<T>(list: readonly T[]): T {
    return this.r.pick(list);
  }
  chance(p: number): boolean {
    return this.r.below(1000) < p * 1000;
  }
  int(lo: number, hi: number): number {
    return lo + this.r.below(hi - lo + 1);
  }
  /** A money amount with thousands separators and cents. */
  money(lo: number, hi: number): string {
    const whole = this.int(lo, hi);
    return `${whole.toLocaleString('en-US')}.${String(this.r.below(100)).padStart(2, '0')}`;
  }
  /** A reference such as INC0412233 or RITM-88142. */
  ref(prefix: string, digits = 6): string {
    let out = '';
    for (let i = 0; i < digits; i++) out += String(this.r.below(10));
    return `${prefix}${out}`;
  }
  token(length = 10): string {
    const alphabet = 'abcdefghijkmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.r.below(alphabet.length)];
    return out;
  }
  weekday(): string {
    return this.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  }
  date(): string {
    return `${this.int(1, 28)} ${this.pick(['November 2026', 'December 2026', 'January 2027'])}`;
  }
  time(): string {
    return `${this.int(7, 18)}:${this.pick(['00', '15', '30', '45'])}`;
  }

  /** Someone at KVU. */
  person(): Person {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    const [title, dept] = this.pick(ROLES);
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase();
    return { first, last, name: `${first} ${last}`, address: `${local}@${ORG.domain}`, title, dept };
  }
  /** A KVU person whose name fits a language, made the recipient: international students and staff. */
  speaker(language: keyof typeof SPEAKERS): Person {
    const [firsts, lasts] = SPEAKERS[language];
    const first = this.pick(firsts);
    const last = this.pick(lasts);
    const local = `${first}.${last}`
      .normalize('NFD')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase();
    this.me = { ...this.me, first, last, name: `${first} ${last}`, address: `${local}@${ORG.domain}` };
    return this.me;
  }
  /** Someone elsewhere, at a given domain. */
  outsider(domain: string, title = 'Professor', dept = ''): Person {
    const p = this.person();
    const local = this.pick([`${p.first[0]}.${p.last}`, `${p.first}.${p.last}`, `${p.first[0]}${p.last}`])
      .normalize('NFD')
      .replace(/[^A-Za-z.-]/g, '')
      .toLowerCase();
    return { ...p, address: `${local}@${domain}`, title, dept };
  }
  /** A free-mail address for a name. */
  freemail(first: string, last: string): string {
    const clean = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase();
    const given = clean(first) || 'info';
    const family = clean(last) || 'office';
    const local = this.pick([
      `${given}.${family}${this.int(1, 99)}`,
      `${given}${family}`,
      `${given[0]}${family}${this.int(70, 2005)}`,
    ]);
    return `${local}@${this.pick(FREEMAIL)}`;
  }
  /** A throwaway attacker domain built from a few words, as campaigns register them. */
  attackerDomain(...words: string[]): string {
    const parts = [...words, this.pick(ATTACK_WORDS)];
    if (this.chance(0.4)) parts.push(String(this.int(2, 99)));
    const order = this.chance(0.5) ? parts : [parts[parts.length - 1], ...parts.slice(0, -1)];
    return `${order.join(this.pick(['-', '', '-']))}.${this.pick(ATTACK_TLDS)}`;
  }
  /** A path on an attacker's host, often carrying the recipient's address encoded. */
  lure(host: string, path: string): string {
    const tail = this.pick([
      `?id=${this.token(12)}`,
      `?u=${Buffer.from(this.me.address).toString('base64')}`,
      `#${this.me.address}`,
      `/${this.token(8)}`,
      `?session=${this.token(16)}&e=${encodeURIComponent(this.me.address)}`,
    ]);
    return `https://${host}/${path}${tail}`;
  }
  partner(): { name: string; domain: string } {
    return this.pick(PARTNERS);
  }
}

/** Authentication as mx.corp.example records it. */
export const auth = {
  /** A sender signing and sending for its own domain. */
  aligned(domain: string, mailfrom = domain): Auth {
    return { spf: 'pass', mailfrom, dkim: 'pass', dkimDomain: domain, dmarc: 'pass' };
  },
  /** Sent by a platform for a domain that signs with its own key as well. */
  relayed(domain: string, mailfrom: string, signer: string): Auth {
    const aligned = signer === domain || mailfrom.endsWith(domain);
    return { spf: 'pass', mailfrom, dkim: 'pass', dkimDomain: signer, dmarc: aligned ? 'pass' : 'fail' };
  },
  /** A forged From of a domain the sender does not control, sent from the sender's own server. */
  forged(s: Scene, mailfrom: string, fromDomain: string): Auth {
    const spf = s.pick<Verdict>(['pass', 'pass', 'softfail', 'none', 'neutral']);
    const signature = s.pick<[Verdict, string | undefined]>([
      ['none', undefined],
      ['none', undefined],
      ['fail', fromDomain],
      ['pass', mailfrom],
    ]);
    return { spf, mailfrom, dkim: signature[0], dkimDomain: signature[1], dmarc: 'fail' };
  },
  /** A free-mail account: the provider signs and sends it. */
  freemail(address: string): Auth {
    const domain = address.split('@')[1];
    return { spf: 'pass', mailfrom: domain, dkim: 'pass', dkimDomain: domain, dmarc: 'pass' };
  },
};

function authenticationResults(a: Auth, fromDomain: string): string {
  const dkim =
    a.dkim === 'none' ? 'dkim=none (message not signed)' : `dkim=${a.dkim} header.d=${a.dkimDomain}`;
  return (
    `Authentication-Results: mx.corp.example;\r\n\tspf=${a.spf} smtp.mailfrom=${a.mailfrom};\r\n\t${dkim};\r\n\t` +
    `dmarc=${a.dmarc} header.from=${fromDomain}`
  );
}

/** A header value, as an RFC 2047 encoded word when it is not plain ASCII. */
export function encodeWord(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString('base64')}?=`;
}

function mailbox(name: string, address: string): string {
  if (name === '') return address;
  return /^[\x20-\x7e]*$/.test(name)
    ? `"${name.replace(/"/g, '')}" <${address}>`
    : `${encodeWord(name)} <${address}>`;
}

const isPlainAscii = (body: string) => [...body].every((c) => c.charCodeAt(0) < 0x7f);

function bodyPart(type: string, body: string): string[] {
  if (isPlainAscii(body) && !/.{900}/.test(body))
    return [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: 7bit', '', body];
  const encoded = Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [`Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', encoded];
}

function attachment(part: Part): string[] {
  return [
    `Content-Type: ${part.type}; name="${part.name}"`,
    `Content-Disposition: ${part.inline ? 'inline' : 'attachment'}; filename="${part.name}"`,
    ...(part.inline ? [`Content-ID: <${part.name}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    part.content.toString('base64').replace(/.{76}/g, '$&\r\n'),
  ];
}

/** The text and HTML bodies as one entity: a single part or multipart/alternative. */
function bodies(mail: Mail, tag: string): string[] {
  const list: [string, string][] = [];
  if (mail.text !== undefined) list.push(['text/plain', mail.text.replace(/\r?\n/g, '\r\n')]);
  if (mail.html !== undefined) list.push(['text/html', mail.html.replace(/\r?\n/g, '\r\n')]);
  if (list.length === 1) return bodyPart(list[0][0], list[0][1]);
  const lines = [`Content-Type: multipart/alternative; boundary="alt-${tag}"`, ''];
  for (const [type, body] of list) lines.push(`--alt-${tag}`, ...bodyPart(type, body));
  lines.push(`--alt-${tag}--`);
  return lines;
}

function sentAt(s: Scene): Date {
  const start = Date.UTC(2026, 9, 5, 6, 0, 0);
  return new Date(start + s.int(0, 89) * 86_400_000 + s.int(0, 15 * 3600) * 1000);
}

/** The whole message in RFC 5322 form, as mx.corp.example would hand it on. */
export function writeMessage(mail: Mail, s: Scene): string {
  const fromDomain = mail.from.address.split('@')[1];
  const when = sentAt(s);
  const date = when.toUTCString().replace('GMT', '+0000');
  const relay = `${s.pick(['mail', 'smtp', 'out', 'mta', 'o1'])}${s.int(1, 40)}.${mail.auth.mailfrom}`;
  const ip = `${s.pick(['198.51.100', '203.0.113', '192.0.2'])}.${s.int(2, 250)}`;
  const tag = `${s.n}${s.token(6)}`;
  const head = [
    `Received: from ${relay} (${relay} [${ip}])\r\n\tby mx.corp.example with ESMTPS id ${s.token(12)}\r\n\tfor <${s.me.address}>; ${date}`,
    authenticationResults(mail.auth, fromDomain),
    `From: ${mailbox(mail.from.name, mail.from.address)}`,
    `To: ${mail.to ?? mailbox(s.me.name, s.me.address)}`,
    ...(mail.cc ? [`Cc: ${mail.cc}`] : []),
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `Subject: ${encodeWord(mail.subject)}`,
    `Date: ${date}`,
    `Message-ID: <${s.token(14)}.${s.n}@${fromDomain}>`,
    ...(mail.headers ?? []),
    'MIME-Version: 1.0',
  ];
  const parts = mail.parts ?? [];
  if (parts.length === 0) return [...head, ...bodies(mail, tag), ''].join('\r\n');
  const lines = [...head, `Content-Type: multipart/mixed; boundary="mix-${tag}"`, '', `--mix-${tag}`];
  lines.push(...bodies(mail, tag));
  for (const part of parts) lines.push(`--mix-${tag}`, ...attachment(part));
  lines.push(`--mix-${tag}--`, '');
  return lines.join('\r\n');
}

export interface Button {
  label: string;
  href: string;
  /** The address the HTML shows as the link's text (a lying link shows one address and goes to another). */
  shown?: string;
}

export interface Letter {
  greeting?: string;
  paras: string[];
  button?: Button;
  after?: string[];
  sign: string[];
  /** Brand line for the HTML header band. */
  brand?: string;
  colour?: string;
  footer?: string[];
  format?: 'text' | 'html' | 'both';
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textLetter(l: Letter): string {
  const lines: string[] = [];
  if (l.greeting) lines.push(l.greeting, '');
  for (const p of l.paras) lines.push(p, '');
  if (l.button) lines.push(`${l.button.label}: ${l.button.href}`, '');
  for (const p of l.after ?? []) lines.push(p, '');
  lines.push(...l.sign);
  if (l.footer) lines.push('', '--', ...l.footer);
  return lines.join('\n');
}

function htmlLetter(l: Letter, s: Scene): string {
  const colour = l.colour ?? s.pick(['#1f3b73', '#0b5394', '#005e5e', '#5b2a86', '#2f4f4f', '#8a1538']);
  const para = (p: string) => `<p style="margin:0 0 14px 0">${escapeHtml(p)}</p>`;
  const shown = l.button?.shown;
  const button = l.button
    ? shown
      ? `<p>${escapeHtml(l.button.label)}: <a href="${l.button.href}">${escapeHtml(shown)}</a></p>`
      : s.pick([
          `<p><a href="${l.button.href}" style="background:${colour};color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;display:inline-block">${escapeHtml(l.button.label)}</a></p>`,
          `<p><a href="${l.button.href}">${escapeHtml(l.button.label)}</a></p>`,
          `<table role="presentation"><tr><td style="background:${colour};padding:12px 22px"><a href="${l.button.href}" style="color:#ffffff;font-weight:bold;text-decoration:none">${escapeHtml(l.button.label)}</a></td></tr></table>`,
        ])
    : '';
  const band = l.brand
    ? `<div style="background:${colour};color:#fff;padding:14px 20px;font-size:18px">${escapeHtml(l.brand)}</div>\n`
    : '';
  const footer = l.footer
    ? `<div style="color:#777;font-size:11px;margin-top:24px">${l.footer.map(escapeHtml).join('<br>')}</div>`
    : '';
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"></head>',
    `<body style="font-family:${s.pick(['Arial,sans-serif', 'Segoe UI,Helvetica,sans-serif', 'Georgia,serif', 'Calibri,sans-serif'])};font-size:14px;color:#222">`,
    `${band}<div style="padding:16px 20px;max-width:640px">`,
    l.greeting ? para(l.greeting) : '',
    ...l.paras.map(para),
    button,
    ...(l.after ?? []).map(para),
    `<p>${l.sign.map(escapeHtml).join('<br>')}</p>`,
    footer,
    '</div></body></html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** The letter as a text body, an HTML body or both, as the template or the draw decides. */
export function letter(s: Scene, l: Letter): { text?: string; html?: string } {
  const format = l.format ?? s.pick(['text', 'html', 'both', 'both'] as const);
  if (format === 'text') return { text: textLetter(l) };
  if (format === 'html') return { html: htmlLetter(l, s) };
  return { text: textLetter(l), html: htmlLetter(l, s) };
}

/** A KVU person's signature block. */
export function signature(p: Person, s: Scene): string[] {
  const lines = [s.pick(['Best regards,', 'Thanks,', 'Kind regards,', 'Best,', 'Many thanks,']), p.name];
  if (s.chance(0.8)) lines.push(p.title, `${p.dept}, ${s.pick([ORG.name, ORG.hospital])}`);
  if (s.chance(0.4)) lines.push(`Ext. ${s.int(2000, 7999)}`);
  return lines;
}

/** Builds perTemplate messages from every template, each draw from its own seeded stream. */
export async function buildSet(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  base: number,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries()) {
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom((seed * 1_000_003 + base * 7_919 + t * 104_729 + k * 15_485_863) >>> 0);
      const scene = new Scene(r, base + t * 1000 + k);
      const mail = await template.make(scene);
      out.push({ raw: writeMessage(mail, scene), kind: template.kind, template: template.name });
    }
  }
  return out;
}

export type Disguise = 'lookalike' | 'forged' | 'compromised' | 'freemail';

/**
 * Where an attacker's message comes from: a lookalike domain of its own (which passes everything), a forged
 * corp.example From (DMARC fails), a compromised account at a partner university (passes), or free mail.
 */
export function attacker(
  s: Scene,
  name: string,
  local: string,
  stem: readonly string[],
  ways: readonly Disguise[],
): { from: { name: string; address: string }; replyTo?: string; auth: Auth; way: Disguise } {
  const way = s.pick(ways);
  if (way === 'lookalike') {
    const domain = s.attackerDomain(...stem);
    return { from: { name, address: `${local}@${domain}` }, auth: auth.aligned(domain), way };
  }
  if (way === 'forged') {
    const sender = s.attackerDomain(s.pick(['mail', 'notify', 'bulk', 'relay']));
    const replyTo = s.chance(0.35) ? s.freemail(local, s.pick(['kvu', 'desk', 'office'])) : undefined;
    return {
      from: { name, address: `${local}@${ORG.domain}` },
      replyTo,
      auth: auth.forged(s, sender, ORG.domain),
      way,
    };
  }
  if (way === 'compromised') {
    const partner = s.partner();
    const victim = s.outsider(partner.domain);
    return {
      from: {
        name: s.pick([name, victim.name, `${victim.name} | ${partner.name}`]),
        address: victim.address,
      },
      auth: auth.aligned(victim.address.split('@')[1]),
      way,
    };
  }
  const address = s.freemail(
    s.pick(['it', 'admin', 'support', 'help', name.split(' ')[0]]),
    s.pick(['desk', 'kvu', 'team', 'office']),
  );
  return { from: { name, address }, auth: auth.freemail(address), way };
}

/** An HTML file attached as it is. */
export const htmlFile = (name: string, body: string): Part => ({
  type: 'text/html',
  name,
  content: Buffer.from(body),
});

/** A credential page as an attached HTML file: a form posting to the attacker. */
export function credentialPage(s: Scene, brand: string, action: string): string {
  const styles = s.pick(['font-family:Segoe UI', 'font-family:Arial', 'font-family:Helvetica']);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title></head>',
    `<body style="${styles};background:#f3f3f3"><div style="width:360px;margin:60px auto;background:#fff;padding:30px">`,
    `<h2>${brand}</h2><p>Sign in to view the document</p>`,
    `<form method="post" action="${action}"><input type="email" name="login" value="${s.me.address}"><br>`,
    '<input type="password" name="passwd" placeholder="Password"><br><button type="submit">Sign in</button></form>',
    '</div></body></html>',
  ].join('\n');
}
