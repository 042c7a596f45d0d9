// The scene of the sixteenth unseen set: Saltmarsh Ceramics, a ten-person pottery shop in Whitstable that sells
// hand-thrown stoneware on its own Shopify store, on Etsy, Amazon and eBay, and wholesale to shops in Europe.
// Here are its people and inboxes, its customers and suppliers, how attackers name their domains, the
// receiving MTA's headers, a MIME writer, and the loop that turns templates into messages from a seed.
import jpeg from 'jpeg-js';
import type { SeededRandom } from './generate.js';
import { storedZip } from './mime.js';

export interface Part {
  type: string;
  name: string;
  content: Buffer;
}

/** What the receiving MTA found: SPF on the envelope sender, DKIM's signing domain, DMARC on From. */
export interface Auth {
  spf: 'pass' | 'fail' | 'softfail' | 'none' | 'neutral';
  mailfrom: string;
  dkim: 'pass' | 'fail' | 'none';
  dkimDomain?: string;
  dmarc: 'pass' | 'fail' | 'none';
}

/** One message before it is written out: who, what, and the paragraphs the scene lays out as text or HTML. */
export interface Letter {
  fromName: string;
  from: string;
  to?: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  greeting?: string;
  paragraphs: string[];
  button?: { label: string; href: string };
  links?: { label: string; href: string }[];
  signoff?: string;
  footer?: string;
  parts?: Part[];
  auth: Auth;
  extraHeaders?: string[];
  /** Force one body shape; otherwise the draw chooses text, HTML or both. */
  shape?: 'text' | 'html' | 'both';
  inReplyTo?: string;
}

export interface Template {
  name: string;
  kind: string;
  make(s: Scene): Letter | Promise<Letter>;
}

export const SHOP = 'Saltmarsh Ceramics';
export const STORE_HOST = 'shop.corp.example';

export const STAFF = [
  { name: 'Hannah Marsh', address: 'hannah@corp.example', role: 'Founder' },
  { name: 'Tom Reyes', address: 'tom.reyes@corp.example', role: 'Operations' },
  { name: 'Priya Nair', address: 'priya@corp.example', role: 'Customer care' },
  { name: 'Jonas Weber', address: 'jonas@corp.example', role: 'Wholesale (EU)' },
  { name: 'Elif Kaya', address: 'elif@corp.example', role: 'Studio manager' },
  { name: 'Sam Doyle', address: 'sam@corp.example', role: 'Marketing' },
  { name: 'Grace Obi', address: 'grace@corp.example', role: 'Bookkeeping' },
] as const;
export const OWNER = STAFF[0];
export const INBOXES = ['orders@corp.example', 'info@corp.example', 'accounts@corp.example'] as const;

const FIRST = [
  'Emma',
  'Oliver',
  'Charlotte',
  'James',
  'Amelia',
  'Noah',
  'Isla',
  'George',
  'Freya',
  'Arthur',
  'Sophie',
  'Daniel',
  'Lucy',
  'Marcus',
  'Rachel',
  'Callum',
  'Niamh',
  'Ravi',
  'Megan',
  'Stephen',
  'Aisha',
  'Ben',
];
const LAST = [
  'Thompson',
  'Walsh',
  'Hughes',
  'Patel',
  'Clarke',
  'Evans',
  'Murphy',
  'Wright',
  'Khan',
  'Lewis',
  'Hall',
  'Turner',
  'Bennett',
  'Fraser',
  'Shaw',
  'Morgan',
  'Reid',
  'Barker',
  'Doherty',
  'Price',
];
const FREEMAIL = ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'icloud.com', 'btinternet.com'];
const PRODUCTS = [
  'Tidewater dinner plate set (4)',
  'Speckled oat mug',
  'Samphire serving bowl',
  'Estuary teapot',
  'Oyster-grey pasta bowls (2)',
  'Harbour blue vase, tall',
  'Shingle espresso cups (6)',
  'Moonstone jug',
  'Driftwood-glaze side plates',
  'Saltglaze butter dish',
];
const ATTACKER_TLDS = [
  'com',
  'net',
  'info',
  'online',
  'site',
  'top',
  'shop',
  'store',
  'co',
  'live',
  'support',
];

/** A draw's dice and the shop's everyday facts: names, orders, amounts, hosts. */
export class Scene {
  constructor(
    readonly random: SeededRandom,
    readonly number: number,
  ) {}

  pick<T>(list: readonly T[]): T {
    return this.random.pick(list);
  }
  chance(p: number): boolean {
    return this.random.below(1000) < p * 1000;
  }
  between(low: number, high: number): number {
    return low + this.random.below(high - low + 1);
  }
  digits(n: number): string {
    let s = String(1 + this.random.below(9));
    while (s.length < n) s += this.random.below(10);
    return s;
  }
  token(n = 10): string {
    const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.random.below(alphabet.length)];
    return s;
  }
  staff() {
    return this.pick(STAFF.slice(1));
  }
  inbox(): string {
    return this.pick(INBOXES);
  }
  first(): string {
    return this.pick(FIRST);
  }
  person(): string {
    return `${this.pick(FIRST)} ${this.pick(LAST)}`;
  }
  /** A private person's own address at a free-mail provider. */
  freemail(name: string, domains: readonly string[] = FREEMAIL): string {
    const plain = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z ]/g, '');
    const [f, l] = plain.split(' ');
    const local = this.pick([`${f}.${l}`, `${f}${l}${this.between(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`]);
    return `${local}@${this.pick(domains)}`;
  }
  product(): string {
    return this.pick(PRODUCTS);
  }
  order(): string {
    return `#SM${this.between(10400, 18999)}`;
  }
  pounds(low: number, high: number): string {
    return `£${this.between(low, high).toLocaleString('en-GB')}.${this.digits(2)}`;
  }
  euros(low: number, high: number): string {
    return `${this.between(low, high).toLocaleString('de-DE')},${this.digits(2)} €`;
  }
  day(): string {
    return `${this.between(1, 28)} ${this.pick(['November', 'December', 'January', 'February', 'March'])}`;
  }
  /** A throwaway registrable domain an attacker registers from words of what it imitates. */
  attackerDomain(words: readonly string[]): string {
    const w = [...words];
    const joiner = this.pick(['-', '', '-']);
    const extra = this.pick(['', 'secure', 'help', 'center', 'verify', 'portal', 'service', 'team', 'hub']);
    const parts = extra && this.chance(0.7) ? [...w, extra] : w;
    if (this.chance(0.3)) parts.reverse();
    return `${parts.join(joiner)}${this.chance(0.3) ? this.between(2, 99) : ''}.${this.pick(ATTACKER_TLDS)}`;
  }
  /** A link on an attacker's domain, with the path and token a kit puts in it. */
  attackerLink(domain: string, paths: readonly string[]): string {
    const sub = this.pick(['', '', 'www.', 'app.', 'account.', 'login.']);
    return `https://${sub}${domain}/${this.pick(paths)}${this.pick(['?id=', '?ref=', '/', '?session='])}${this.token(12)}`;
  }
  /** A link that hides where it goes: a free host, a form builder, a redirect on a real site. */
  hostedLink(): string {
    return this.pick([
      `https://${this.token(8)}.pages.dev/${this.token(6)}`,
      `https://${this.token(7)}-${this.token(4)}.web.app/`,
      `https://sites.google.com/view/${this.token(9)}`,
      `https://${this.token(10)}.z13.web.core.windows.net/index.html`,
      `https://forms.office.com/r/${this.token(10)}`,
      `https://${this.token(6)}.netlify.app/${this.token(5)}`,
      `https://pub-${this.token(16)}.r2.dev/${this.token(6)}.html`,
    ]);
  }
}

export const auth = {
  /** A real sender signing mail from its own domain. */
  genuine(domain: string, envelope = domain): Auth {
    return { spf: 'pass', mailfrom: `bounce@${envelope}`, dkim: 'pass', dkimDomain: domain, dmarc: 'pass' };
  },
  /** An attacker's own throwaway domain: everything passes, because it is theirs. */
  own(domain: string): Auth {
    return { spf: 'pass', mailfrom: `mail@${domain}`, dkim: 'pass', dkimDomain: domain, dmarc: 'pass' };
  },
  /** A brand's domain in From, sent through someone else's server: SPF passes for the relay, DMARC fails. */
  spoofed(relay: string, random: SeededRandom): Auth {
    return {
      spf: random.pick(['pass', 'softfail', 'none'] as const),
      mailfrom: `info@${relay}`,
      dkim: random.pick(['none', 'fail'] as const),
      dkimDomain: relay,
      dmarc: 'fail',
    };
  },
  /** A free-mail account, real or stolen: the provider signs and SPF passes. */
  freemail(address: string): Auth {
    const domain = address.split('@')[1];
    return { spf: 'pass', mailfrom: address, dkim: 'pass', dkimDomain: domain, dmarc: 'pass' };
  },
  /** Mail from inside corp.example, relayed by the organisation's own mail service. */
  internal(address: string): Auth {
    return { spf: 'pass', mailfrom: address, dkim: 'pass', dkimDomain: 'corp.example', dmarc: 'pass' };
  },
};

/** A small photo-like JPEG (a smooth gradient with grain), as a phone camera would attach. */
export function photoJpeg(seed: number): Buffer {
  const width = 96;
  const height = 72;
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const grain = (seed * 31 + x * 17 + y * 13) % 23;
      data[i] = (120 + x + grain) & 255;
      data[i + 1] = (100 + y * 2 + grain) & 255;
      data[i + 2] = (90 + ((x * y) % 60) + (seed % 40)) & 255;
      data[i + 3] = 255;
    }
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data);
}

/** An ordinary workbook (no macros): one sheet of rows, zipped as OOXML stores it. */
export function plainWorkbook(rows: readonly string[][]): Buffer {
  const cell = (v: string) =>
    `<c t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
    .map((r) => `<row>${r.map(cell).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  return storedZip('xl/worksheets/sheet1.xml', Buffer.from(xml));
}

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP = 'application/zip';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function textBody(letter: Letter): string {
  const lines: string[] = [];
  if (letter.greeting) lines.push(letter.greeting, '');
  for (const p of letter.paragraphs) lines.push(p, '');
  if (letter.button) lines.push(`${letter.button.label}: ${letter.button.href}`, '');
  for (const link of letter.links ?? []) lines.push(`${link.label}: ${link.href}`);
  if (letter.links?.length) lines.push('');
  if (letter.signoff) lines.push(letter.signoff);
  if (letter.footer) lines.push('', '--', letter.footer);
  return lines.join('\r\n');
}

function htmlBody(letter: Letter, s: Scene): string {
  const colour = s.pick(['#1a73e8', '#008060', '#f1641e', '#635bff', '#222222', '#0070ba', '#d40511']);
  const out = ['<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'];
  if (letter.greeting) out.push(`<p>${escapeHtml(letter.greeting)}</p>`);
  for (const p of letter.paragraphs) out.push(`<p>${escapeHtml(p)}</p>`);
  if (letter.button)
    out.push(
      `<p><a href="${letter.button.href}" style="background:${colour};color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">${escapeHtml(letter.button.label)}</a></p>`,
    );
  for (const link of letter.links ?? [])
    out.push(`<p><a href="${link.href}">${escapeHtml(link.label)}</a></p>`);
  if (letter.signoff) out.push(`<p>${escapeHtml(letter.signoff).replace(/\n/g, '<br>')}</p>`);
  if (letter.footer)
    out.push(`<p style="font-size:11px;color:#777">${escapeHtml(letter.footer).replace(/\n/g, '<br>')}</p>`);
  out.push('</body></html>');
  return out.join('\r\n');
}

function authenticationResults(a: Auth, fromDomain: string): string {
  const dkim = a.dkim === 'none' ? 'dkim=none' : `dkim=${a.dkim} header.d=${a.dkimDomain ?? fromDomain}`;
  return `Authentication-Results: mx.corp.example; spf=${a.spf} smtp.mailfrom=${a.mailfrom}; ${dkim}; dmarc=${a.dmarc} header.from=${fromDomain}`;
}

const needsEncoding = (s: string) => /[^\x20-\x7e]/.test(s);
const encodeWord = (s: string) => (needsEncoding(s) ? `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=` : s);
const displayName = (s: string) => (needsEncoding(s) ? encodeWord(s) : `"${s.replace(/"/g, '')}"`);

/** The message in RFC 5322 form, as the receiving MTA hands it on. */
export function writeMessage(letter: Letter, s: Scene): string {
  const n = s.number;
  const fromDomain = letter.from.split('@')[1];
  const envelopeDomain = letter.auth.mailfrom.split('@')[1];
  const sent = new Date(
    Date.UTC(2026, 10, s.between(1, 27), s.between(6, 22), s.between(0, 59), s.between(0, 59)),
  );
  const date = sent.toUTCString().replace('GMT', '+0000');
  const relay = `out${s.between(1, 40)}.${envelopeDomain}`;
  const ip = `${s.pick(['198.51.100', '203.0.113', '192.0.2'])}.${s.between(2, 250)}`;
  const headers = [
    authenticationResults(letter.auth, fromDomain),
    `Received: from ${relay} (${relay} [${ip}])`,
    `\tby mx.corp.example with ESMTPS id ${s.token(12)}; ${date}`,
    `Return-Path: <${letter.auth.mailfrom}>`,
    `From: ${displayName(letter.fromName)} <${letter.from}>`,
    `To: ${letter.to ?? s.inbox()}`,
    ...(letter.cc ? [`Cc: ${letter.cc}`] : []),
    ...(letter.replyTo ? [`Reply-To: ${letter.replyTo}`] : []),
    `Subject: ${encodeWord(letter.subject)}`,
    `Date: ${date}`,
    `Message-ID: <${s.token(16)}.${n}@${fromDomain}>`,
    ...(letter.inReplyTo ? [`In-Reply-To: ${letter.inReplyTo}`, `References: ${letter.inReplyTo}`] : []),
    ...(letter.extraHeaders ?? []),
    'MIME-Version: 1.0',
  ];
  const shape = letter.shape ?? s.pick(['text', 'html', 'both', 'both', 'html'] as const);
  const bodies: [string, string][] = [];
  if (shape !== 'html') bodies.push(['text/plain', textBody(letter)]);
  if (shape !== 'text') bodies.push(['text/html', htmlBody(letter, s)]);
  const bodyLines = (type: string, body: string) => [
    `Content-Type: ${type}; charset=utf-8`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\r\n'),
  ];
  const alternative = (boundary: string) => [
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    ...bodies.flatMap(([type, body]) => [`--${boundary}`, ...bodyLines(type, body)]),
    `--${boundary}--`,
  ];
  const content = bodies.length === 2 ? alternative(`alt_${n}_${s.token(6)}`) : bodyLines(...bodies[0]);
  const parts = letter.parts ?? [];
  if (parts.length === 0) return [...headers, ...content, ''].join('\r\n');
  const mixed = `mix_${n}_${s.token(6)}`;
  const lines = [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    ...content,
  ];
  for (const part of parts)
    lines.push(
      `--${mixed}`,
      `Content-Type: ${part.type}; name="${encodeWord(part.name)}"`,
      `Content-Disposition: attachment; filename="${encodeWord(part.name)}"`,
      'Content-Transfer-Encoding: base64',
      '',
      part.content.toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  lines.push(`--${mixed}--`, '');
  return lines.join('\r\n');
}

/** Every template drawn perTemplate times; each draw has its own dice from the seed, template and draw. */
export async function buildSet(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
  salt: number,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries())
    for (let draw = 0; draw < perTemplate; draw++) {
      const number = salt + t * 1000 + draw;
      const scene = new Scene(seededRandom((seed * 7919 + number * 104729) >>> 0), number);
      const letter = await template.make(scene);
      out.push({ raw: writeMessage(letter, scene), kind: template.kind, template: template.name });
    }
  return out;
}
