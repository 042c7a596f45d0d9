// The scene of the seventeenth unseen set: Halyard Systems (corp.example), a software company that sells
// Halyard, a feature-flag and release platform, and its engineers, SREs and managers; the receiving MTA's
// Authentication-Results header; how its attackers name domains and build links; how a letter of blocks
// (paragraphs, buttons, code, quotes, tables) becomes text, HTML or both; and the loop from templates to
// messages, the same messages for the same seed.
import type { SeededRandom } from './generate.js';
import { mimeMessage, type Part } from './mime.js';

export const COMPANY = 'Halyard Systems';
export const PRODUCT = 'Halyard';
export const ORG_SLUG = 'halyard-systems';
export const DOMAIN = 'corp.example';

export interface Person {
  first: string;
  last: string;
  user: string;
  role: string;
}

const PEOPLE: Person[] = [
  { first: 'Maren', last: 'Okafor', user: 'maren.okafor', role: 'Staff Software Engineer' },
  { first: 'Tobias', last: 'Lindqvist', user: 'tobias.lindqvist', role: 'Site Reliability Engineer' },
  { first: 'Priya', last: 'Raman', user: 'priya.raman', role: 'Engineering Manager, Platform' },
  { first: 'Joaquim', last: 'Ferreira', user: 'joaquim.ferreira', role: 'Backend Engineer' },
  { first: 'Hana', last: 'Watanabe', user: 'hana.watanabe', role: 'SRE Lead' },
  { first: 'Kacper', last: 'Zieliński', user: 'kacper.zielinski', role: 'DevOps Engineer' },
  { first: 'Lena', last: 'Hoffmann', user: 'lena.hoffmann', role: 'Security Engineer' },
  { first: 'Dev', last: 'Sandhu', user: 'dev.sandhu', role: 'Frontend Engineer' },
  { first: 'Ruth', last: 'Abernathy', user: 'ruth.abernathy', role: 'VP Engineering' },
  { first: 'Sam', last: 'Achterberg', user: 'sam.achterberg', role: 'Release Manager' },
  { first: 'Olu', last: 'Adeyemi', user: 'olu.adeyemi', role: 'Infrastructure Engineer' },
  { first: 'Chiara', last: 'Bellini', user: 'chiara.bellini', role: 'Developer Advocate' },
];

export const REPOS = [
  'halyard-api',
  'flagd-edge',
  'halyard-sdk-js',
  'halyard-sdk-go',
  'infra-terraform',
  'release-bot',
  'console-web',
  'audit-pipeline',
] as const;

export const SERVICES = [
  'flag-eval',
  'edge-proxy',
  'billing-worker',
  'audit-ingest',
  'console-api',
  'webhooks',
];
export const FREEMAIL = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com', 'hotmail.com'];
const CITIES = [
  'Lagos, NG',
  'São Paulo, BR',
  'Bucharest, RO',
  'Jakarta, ID',
  'Kyiv, UA',
  'Hanoi, VN',
  'Lima, PE',
];
const TLDS = ['com', 'net', 'io', 'app', 'dev', 'co', 'cloud', 'support', 'online', 'help'];
const LURE_WORDS = [
  'secure',
  'verify',
  'account',
  'auth',
  'login',
  'notice',
  'support',
  'id',
  'portal',
  'alerts',
];
const SMALL_FIRMS = [
  'brightfield-dental.com',
  'oakmere-logistics.com',
  'vanterpool-architects.net',
  'saltmarsh-bakery.co',
  'kellington-law.com',
  'ridgeview-motors.net',
  'pinecrest-clinic.org',
];

export type Block =
  | string
  | { button: string; href: string }
  | { link: string; href: string }
  | { code: string }
  | { quote: string }
  | { image: string }
  | { rows: [string, string][] };

export interface Letter {
  /** The From header's value, name and address. */
  from: string;
  /** The receiving MTA's verdicts, from `passes`, `spoofed` or `unsigned`. */
  auth: string;
  subject: string;
  blocks: Block[];
  to?: string;
  replyTo?: string;
  headers?: string[];
  parts?: Part[];
  /** The brand shown over an HTML body. */
  brand?: string;
  form?: 'text' | 'html' | 'both';
  lang?: string;
}

export interface Template {
  name: string;
  kind: string;
  write(s: Scene): Letter | Promise<Letter>;
}

export class Scene {
  readonly victim: Person;
  readonly mate: Person;
  readonly boss: Person;
  private readonly handleStyle: number;
  constructor(
    readonly r: SeededRandom,
    readonly number: number,
  ) {
    const order = PEOPLE.map((p, i) => ({ p, k: r.below(1000) * 20 + i }));
    order.sort((a, b) => a.k - b.k);
    this.victim = order[0].p;
    this.mate = order[1].p;
    this.boss = order.slice(2).find((o) => /Manager|VP|Lead/.test(o.p.role))?.p ?? order[2].p;
    this.handleStyle = r.below(3);
  }
  /** Who a named colleague's own mail goes to: the recipient, unless that is the colleague themself. */
  besides(user: string): Person {
    return this.victim.user === user ? this.mate : this.victim;
  }
  pick<T>(list: readonly T[]): T {
    return this.r.pick(list);
  }
  chance(p: number): boolean {
    return this.r.below(1000) < p * 1000;
  }
  int(min: number, max: number): number {
    return min + this.r.below(max - min + 1);
  }
  money(min: number, max: number): string {
    const cents = this.int(min * 100, max * 100);
    return (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  token(length: number, alphabet = 'abcdefghijkmnopqrstuvwxyz0123456789'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.r.below(alphabet.length)];
    return out;
  }
  hex(length: number): string {
    return this.token(length, '0123456789abcdef');
  }
  upper(length: number): string {
    return this.token(length, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
  }
  address(p: Person): string {
    return `${p.user}@${DOMAIN}`;
  }
  full(p: Person): string {
    return `${p.first} ${p.last}`;
  }
  /** A person's user name on code hosts and registries, written the same way throughout one message. */
  handle(p: Person): string {
    return [
      p.user.replace('.', '-'),
      `${p.first.toLowerCase()}${p.last[0].toLowerCase()}`,
      p.user.split('.')[0],
    ][this.handleStyle];
  }
  repo(): string {
    return this.pick(REPOS);
  }
  service(): string {
    return this.pick(SERVICES);
  }
  /** An address from the documentation ranges, where a stranger signs in from. */
  ip(): string {
    return `${this.pick(['198.51.100', '203.0.113', '192.0.2'])}.${this.int(2, 254)}`;
  }
  city(): string {
    return this.pick(CITIES);
  }
  when(): string {
    const day = this.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    return `${day}, ${this.int(1, 28)} ${this.pick(['Oct', 'Nov', 'Dec'])} 2026 ${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')} UTC`;
  }
  date(): string {
    return `${this.int(1, 28)} ${this.pick(['November', 'December', 'January'])} ${this.pick(['2026', '2026', '2027'])}`;
  }
  /** An attacker's registrable domain that leans on a brand: github-security-alerts.com, verify-npmjs.help. */
  lookalike(stem: string): string {
    const word = this.pick(LURE_WORDS);
    const tld = this.pick(TLDS);
    return this.pick([
      `${stem}-${word}.${tld}`,
      `${word}-${stem}.${tld}`,
      `${stem}${word}.${tld}`,
      `${stem}-${word}-${this.pick(['center', 'team', 'hub', 'desk'])}.${tld}`,
      `${word}.${stem}-${this.pick(['services', 'systems', 'cloud'])}.${tld}`,
    ]);
  }
  /** A throwaway domain with no brand in it, as bulk senders register by the dozen. */
  throwaway(): string {
    const a = this.pick([
      'nimbus',
      'vector',
      'ember',
      'quartz',
      'harbor',
      'delta',
      'lumen',
      'orbit',
      'cobalt',
    ]);
    const b = this.pick(['ops', 'stack', 'mail', 'relay', 'notify', 'desk', 'works', 'base', 'grid']);
    return `${a}${b}${this.int(1, 99)}.${this.pick(TLDS)}`;
  }
  /** A small business whose mailbox has been taken over: its own domain, passing every check. */
  compromised(): string {
    return this.pick(SMALL_FIRMS);
  }
  /** A made-up company's registrable domain, as a fake employer or supplier registers it. */
  firmDomain(firm: string): string {
    const word = firm.toLowerCase().split(' ')[0];
    return `${word}${this.pick(['', '-labs', 'hq', '-careers', '-group', '-global'])}.${this.pick(['com', 'io', 'co', 'net', 'xyz'])}`;
  }
  /** A path on an attacker's host, with a token that looks like a session or a tracking id. */
  path(...segments: string[]): string {
    const tail = this.pick([
      `?session=${this.token(24)}`,
      `?id=${this.hex(16)}&u=${this.token(6)}`,
      `/${this.token(10)}`,
      `?ref=mail&t=${this.hex(20)}`,
    ]);
    return `/${segments.join('/')}${tail}`;
  }
  greeting(p: Person = this.victim): string {
    return this.pick([
      `Hi ${p.first},`,
      `Hello ${p.first},`,
      `Hi @${this.handle(p)},`,
      'Hello,',
      `Dear ${this.full(p)},`,
    ]);
  }
}

/** The receiving MTA's verdict on mail a sender signs for its own domain. */
export function passes(fromDomain: string, mailfrom = fromDomain, signer = fromDomain): string {
  return `Authentication-Results: mx.${DOMAIN}; spf=pass smtp.mailfrom=${mailfrom}; dkim=pass header.d=${signer}; dmarc=pass header.from=${fromDomain}`;
}

/** A From domain forged over another's envelope: SPF passes for the envelope, DMARC fails for the From. */
export function spoofed(fromDomain: string, mailfrom: string): string {
  return `Authentication-Results: mx.${DOMAIN}; spf=pass smtp.mailfrom=${mailfrom}; dkim=none (no signature); dmarc=fail (p=reject) header.from=${fromDomain}`;
}

/** Mail with no signature from a domain that publishes little: SPF none, softfail or neutral. */
export function unsigned(fromDomain: string, spf: 'none' | 'softfail' | 'neutral' = 'none'): string {
  return `Authentication-Results: mx.${DOMAIN}; spf=${spf} smtp.mailfrom=${fromDomain}; dkim=none (no signature); dmarc=none header.from=${fromDomain}`;
}

/** A sender on an attacker's own domain: it signs and passes for itself. */
export function own(s: Scene, name: string, domain: string, local = 'noreply') {
  return {
    from: mailbox(name, `${local}@${domain}`),
    auth: passes(domain, s.pick([domain, `bounce.${domain}`])),
  };
}

/** A brand's address forged in From over a bulk sender's envelope. */
export function forged(s: Scene, name: string, address: string) {
  return { from: mailbox(name, address), auth: spoofed(address.split('@')[1], s.throwaway()) };
}

/** A brand's mail as attackers send it: mostly from a look-alike domain of their own, sometimes forged. */
export function brandSender(s: Scene, name: string, realAddress: string, stem: string, local = 'noreply') {
  return s.chance(0.25) ? forged(s, name, realAddress) : own(s, name, s.lookalike(stem), local);
}

/** A header value with non-ASCII text, as RFC 2047 encoded words of at most 75 characters, folded. */
export function encodeWord(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

/** "Name <address>" with the name quoted or encoded as a real mailer would write it. */
export function mailbox(name: string, address: string): string {
  const shown = /^[\x20-\x7e]*$/.test(name)
    ? /[,.()<>@:;"]/.test(name)
      ? `"${name}"`
      : name
    : encodeWord(name);
  return `${shown} <${address}>`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockText(b: Block): string {
  if (typeof b === 'string') return b;
  if ('button' in b) return `${b.button}: ${b.href}`;
  if ('link' in b) return b.link === b.href ? b.href : `${b.link} <${b.href}>`;
  if ('code' in b) return b.code;
  if ('image' in b) return `[${b.image}]`;
  if ('quote' in b)
    return b.quote
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n');
  return b.rows.map(([k, v]) => `${k}: ${v}`).join('\n');
}

function blockHtml(b: Block, accent: string): string {
  if (typeof b === 'string') return `<p>${escapeHtml(b).replace(/\n/g, '<br>')}</p>`;
  if ('button' in b)
    return `<p><a href="${escapeHtml(b.href)}" style="background:${accent};color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(b.button)}</a></p>`;
  if ('link' in b) return `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.link)}</a></p>`;
  if ('image' in b) return `<p><img src="cid:${b.image}" alt="" width="200" height="200"></p>`;
  if ('code' in b) return `<pre style="background:#f6f8fa;padding:8px">${escapeHtml(b.code)}</pre>`;
  if ('quote' in b)
    return `<blockquote style="border-left:3px solid #ccc;padding-left:8px;color:#555">${escapeHtml(b.quote).replace(/\n/g, '<br>')}</blockquote>`;
  const rows = b.rows.map(
    ([k, v]) =>
      `<tr><td style="color:#666;padding-right:12px">${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

function html(letter: Letter, s: Scene): string {
  const accent = s.pick(['#24292f', '#0969da', '#1f883d', '#6f42c1', '#d1242f', '#0052cc', '#ff6c37']);
  const inner = letter.blocks.map((b) => blockHtml(b, accent)).join('\n');
  const head = letter.brand
    ? `<div style="font-size:20px;font-weight:600;padding:12px 0">${escapeHtml(letter.brand)}</div>`
    : '';
  const lang = letter.lang ?? 'en';
  return s.pick([
    `<html lang="${lang}"><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px">${head}\n${inner}\n</body></html>`,
    `<!DOCTYPE html><html lang="${lang}"><body style="background:#f4f5f7;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;padding:24px;font-family:Arial,sans-serif"><tr><td>${head}\n${inner}\n</td></tr></table></td></tr></table></body></html>`,
    `<div dir="ltr" style="font-family:Arial,sans-serif">${head}${inner}</div>`,
  ]);
}

/** The letter as RFC 5322: its headers, a body in the letter's form (or one the draw picks), attachments. */
export function writeLetter(letter: Letter, s: Scene): string {
  const form = letter.form ?? s.pick(['text', 'html', 'both', 'both'] as const);
  const text = letter.blocks.map(blockText).join('\n\n');
  return mimeMessage({
    number: s.number,
    subject: encodeWord(letter.subject),
    headers: [
      letter.auth,
      `From: ${letter.from}`,
      `To: ${letter.to ?? mailbox(s.full(s.victim), s.address(s.victim))}`,
      ...(letter.replyTo ? [`Reply-To: ${letter.replyTo}`] : []),
      ...(letter.headers ?? []),
    ],
    text: form === 'html' ? undefined : `${text}\n`,
    html: form === 'text' ? undefined : html(letter, s),
    parts: letter.parts,
  });
}

export interface Built {
  raw: string;
  kind: string;
  template: string;
}

/** Every template drawn perTemplate times, each draw from its own seeded stream. */
export async function buildSet(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  base: number,
): Promise<Built[]> {
  const out: Built[] = [];
  for (const [t, template] of templates.entries()) {
    for (let k = 0; k < perTemplate; k++) {
      const r = seededRandom((seed * 1_000_003 + base * 7_919 + t * 104_729 + k * 15_485_863) >>> 0);
      const s = new Scene(r, base + t * 1000 + k + (seed % 97) * 100_000);
      out.push({
        raw: writeLetter(await template.write(s), s),
        kind: template.kind,
        template: template.name,
      });
    }
  }
  return out;
}
