// The scene of the fourteenth unseen set: mail as the public research collections hold it (phishing
// archives from honeypots and user mailboxes, 2015-2026, and personal and work mail of the ham corpora),
// delivered to Hallbeck Engineering at corp.example. It owns the people, how attackers name their hosts and
// build links, the MTA's Authentication-Results (left out of older archived mail, which predates the
// header at this MTA or lost it when archived), the Received chains and mailers of each era, and a MIME
// writer of its own: quoted-printable and base64 bodies, windows-1252 / iso-8859-1 / utf-8 charsets,
// encoded-word subjects and names, text-only, HTML-only and alternative bodies, related inline images;
// and the senders the phishing templates share (forged brands, hacked hosts, free-mail fraudsters).
import type { SeededRandom } from './generate.js';

export type Result = 'pass' | 'fail' | 'softfail' | 'none' | 'neutral';

/** What mx.corp.example wrote about the message, or nothing for archived mail without the header. */
export interface Auth {
  spf: Result;
  mailfrom: string;
  dkim: Result;
  signer?: string;
  dmarc: Result;
}

export interface Attachment {
  type: string;
  name: string;
  content: Buffer;
  /** An image the HTML shows by cid: rather than a file attached. */
  inline?: boolean;
}

export interface Mail {
  from: [string, string];
  to?: [string, string][];
  cc?: [string, string][];
  replyTo?: string;
  returnPath?: string;
  subject: string;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  /** Extra header lines (List-*, Precedence, X-...). */
  headers?: string[];
  auth: Auth;
  /** The kind of software that wrote it: a person's client, a bulk sender, a script on a hacked host. */
  mailer?: 'person' | 'bulk' | 'script' | 'none';
  /** Force a charset for the bodies; otherwise the scene picks one the text fits. */
  charset?: 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'koi8-r';
  inReplyTo?: string;
}

export interface Template {
  name: string;
  kind: string;
  make: (s: Scene) => Mail | Promise<Mail>;
  /** The years the lure or the mail belongs to; 2015-2026 when not given. */
  era?: readonly [number, number];
}

/** A paragraph, a button or link, a bulleted list, quoted earlier mail, or a signature. */
export type Block =
  | string
  | { button: string; href: string }
  | { link: string; label?: string }
  | { list: string[] }
  | { quote: string[]; by: string }
  | { sig: string[] };

const PEOPLE: [string, string][] = [
  ['Karen Whitlock', 'karen.whitlock'],
  ['Tomasz Nowicki', 'tomasz.nowicki'],
  ['Priya Raman', 'priya.raman'],
  ['Ole Sandvik', 'o.sandvik'],
  ['Dana Okafor', 'dana.okafor'],
  ['Michel Arnaud', 'marnaud'],
  ['Lucia Ferreira', 'lucia.ferreira'],
  ['Jens Hollander', 'jens.hollander'],
  ['Beatriz Molina', 'bmolina'],
  ['Greg Tanaka', 'greg.tanaka'],
  ['Svetlana Orlova', 's.orlova'],
  ['Aidan Byrne', 'aidan.byrne'],
  ['Francesca Riva', 'francesca.riva'],
  ['Henrik Lund', 'hlund'],
];

const FIRST = [
  'Anna',
  'Mark',
  'Julie',
  'Steve',
  'Rosa',
  'Ben',
  'Mia',
  'Paul',
  'Nina',
  'Chris',
  'Ellen',
  'Raj',
];
const LAST = [
  'Porter',
  'Lindqvist',
  'Hughes',
  'Costa',
  'Meyer',
  'Dunn',
  'Kowalski',
  'Reyes',
  'Shaw',
  'Brandt',
];
const FREEMAIL = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'gmx.net', 'icloud.com'];
const BAD_TLDS = ['com', 'net', 'info', 'xyz', 'top', 'online', 'ru', 'cn', 'tk', 'club', 'site', 'co'];
const HACKED = [
  'www.kleinhaus-baeckerei.example',
  'dentalcare-rivera.example.com',
  'blog.turnvereinsport.example',
  'www.pousada-mar-azul.example.net',
  'shop.lacantinetta.example',
  'oldsite.hvac-brothers.example.com',
  'www.studio-foto-kasia.example.org',
];
const KIT_PATHS = [
  '/wp-content/plugins/akismet/.well/',
  '/wp-includes/css/dist/secure/',
  '/images/.cache/login/',
  '/administrator/components/verify/',
  '/.well-known/acme/',
  '/tmp/update/',
  '/cgi-bin/webscr/',
];
const ZONES = ['+0000', '-0500', '+0100', '+0200', '-0800', '+0530', '+0300', '-0300', '+0800'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const PERSON_MAILERS = [
  'X-Mailer: Microsoft Outlook 16.0',
  'X-Mailer: Microsoft Office Outlook 12.0',
  'X-Mailer: Apple Mail (2.3445.104.11)',
  'X-Mailer: iPhone Mail (16G77)',
  'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.8.0',
  'User-Agent: Roundcube Webmail/1.4.13',
  'X-Mailer: YahooMailWeb/0.8.111',
  'User-Agent: Mutt/1.10.1 (2018-07-13)',
  'X-Mailer: The Bat! (v4.2.36.4) Professional',
];
const SCRIPT_MAILERS = [
  'X-Mailer: PHPMailer 5.2.9 (https://github.com/PHPMailer/PHPMailer/)',
  'X-Mailer: PHP/5.4.45',
  'X-PHP-Originating-Script: 1001:alexusMailer_v2.0.php',
  'X-Mailer: Microsoft Outlook Express 6.00.2900.5512',
  'X-Mailer: Leaf PHPMailer 2.8',
  'X-Mailer: Smart_Send_4_3_5',
];

/** The random source and the helpers every template draws from. */
export class Scene {
  readonly year: number;
  readonly recipient: [string, string];
  private serial = 0;

  constructor(
    readonly random: SeededRandom,
    readonly number: number,
    era: readonly [number, number] = [2015, 2026],
  ) {
    this.year = era[0] + random.below(era[1] - era[0] + 1);
    const [name, local] = random.pick(PEOPLE);
    this.recipient = [name, `${local}@corp.example`];
  }

  pick<T>(list: readonly T[]): T {
    return this.random.pick(list);
  }

  chance(p: number): boolean {
    return this.random.below(1000) < p * 1000;
  }

  int(low: number, high: number): number {
    return low + this.random.below(high - low + 1);
  }

  get first(): string {
    return this.recipient[0].split(' ')[0];
  }

  get address(): string {
    return this.recipient[1];
  }

  /** A colleague other than the recipient. */
  colleague(): [string, string] {
    const [name, local] = this.pick(PEOPLE.filter(([n]) => n !== this.recipient[0]));
    return [name, `${local}@corp.example`];
  }

  personName(): string {
    return `${this.pick(FIRST)} ${this.pick(LAST)}`;
  }

  freemail(name: string): string {
    const words = name
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .split(' ')
      .filter(Boolean);
    const first = words[0];
    const last = words.length > 1 ? words[words.length - 1] : this.digits(3);
    const local = this.pick([`${first}.${last}`, `${first}${last}${this.int(1, 99)}`, `${first[0]}${last}`]);
    return `${local}@${this.pick(FREEMAIL)}`;
  }

  /** A token of letters and digits, as ids in links and references are. */
  token(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.random.below(alphabet.length)];
    return out;
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.random.below(10));
    return out;
  }

  money(low: number, high: number, symbol = '$'): string {
    const value = this.int(low, high) + this.int(0, 99) / 100;
    return `${symbol}${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }

  /** A day of this message's year, written as people write dates. */
  day(): string {
    return `${this.pick(MONTHS)} ${this.int(1, 28)}, ${this.year}`;
  }

  /** A registrable domain an attacker bought: brand-ish words joined, a cheap TLD. */
  attackerDomain(words: readonly string[]): string {
    const a = this.pick(words);
    const b = this.pick([
      'secure',
      'verify',
      'account',
      'update',
      'support',
      'online',
      'service',
      'login',
      'help',
    ]);
    const joined = this.pick([
      `${a}-${b}`,
      `${b}-${a}`,
      `${a}${b}${this.int(1, 99)}`,
      `${a}-${b}-${this.token(3)}`,
    ]);
    return `${joined.toLowerCase()}.${this.pick(BAD_TLDS)}`;
  }

  /** A page on someone's hacked website where a kit was dropped. */
  hackedUrl(file = 'index.php'): string {
    return `http://${this.pick(HACKED)}${this.pick(KIT_PATHS)}${this.token(6)}/${file}`;
  }

  /** An IP-literal link, as older kits sent them. */
  ipUrl(path: string): string {
    const ip = this.pick([
      `198.51.100.${this.int(2, 250)}`,
      `203.0.113.${this.int(2, 250)}`,
      `192.0.2.${this.int(2, 250)}`,
    ]);
    return `http://${ip}${this.pick(['', ':8080', ':2082'])}/${path}`;
  }

  /** A long click-tracking redirect through a mail service, its target URL-encoded. */
  tracked(host: string, target: string): string {
    return `https://${host}/ls/click?upn=${this.token(40)}-2F${this.token(24)}&u=${encodeURIComponent(target)}&e=${this.token(12)}`;
  }

  /** The attacker's landing: its own domain, a hacked site, an IP, or a tracked redirect to one of those. */
  landing(words: readonly string[], file = 'login.php'): string {
    const base = this.pick([
      `https://${this.pick(['www.', 'secure.', 'account.', ''])}${this.attackerDomain(words)}/${this.token(8)}/${file}`,
      this.hackedUrl(file),
      this.ipUrl(`${this.pick(words).toLowerCase()}/${file}`),
      `https://${this.attackerDomain(words)}/%7E${this.token(5)}/%73%69%67%6E%69%6E?${this.token(10)}`,
    ]);
    const email = encodeURIComponent(this.address);
    const withReader = this.chance(0.4) ? `${base}${base.includes('?') ? '&' : '?'}email=${email}` : base;
    return this.chance(0.2)
      ? this.tracked(`email.${this.attackerDomain(['mail', 'news'])}`, withReader)
      : withReader;
  }

  /** Auth of a sender mailing as its own domain and signing it. */
  own(domain: string, bounce = domain): Auth {
    return { spf: 'pass', mailfrom: bounce, dkim: 'pass', signer: domain, dmarc: 'pass' };
  }

  /** Auth of mail forging a domain it does not send for. */
  forged(domain: string): Auth {
    const spf = this.pick<Result>(['fail', 'softfail', 'none', 'neutral']);
    return { spf, mailfrom: domain, dkim: 'none', dmarc: forgedDmarc(domain) };
  }

  /** Auth of an attacker's own throwaway domain, or of a hacked host relaying under its own name. */
  throwaway(fromDomain: string, bounce = fromDomain): Auth {
    const signed = this.chance(0.5);
    const spf = this.pick<Result>(['pass', 'pass', 'neutral', 'none']);
    return {
      spf,
      mailfrom: bounce,
      dkim: signed ? 'pass' : 'none',
      signer: signed ? fromDomain : undefined,
      dmarc: (bounce === fromDomain && spf === 'pass') || signed ? 'pass' : 'none',
    };
  }

  /** Auth of a free-mail account (a person, or an attacker who opened one). */
  freemailAuth(address: string): Auth {
    const domain = address.split('@')[1];
    return this.own(domain);
  }

  /** A From and its auth for mail sent as the address itself (free mail or the sender's own domain). */
  sender(name: string, address: string): { from: [string, string]; auth: Auth } {
    return { from: [name, address], auth: this.senderAuth(address) };
  }

  /** Auth of an address: a free-mail provider signs its own, anything else is the sender's throwaway. */
  senderAuth(address: string): Auth {
    const domain = address.split('@')[1];
    return FREEMAIL.includes(domain) ? this.own(domain) : this.throwaway(domain);
  }

  /** Text and/or HTML from blocks, in the form this draw picks (or the one forced). */
  compose(blocks: Block[], form?: 'text' | 'html' | 'both'): { text?: string; html?: string } {
    const chosen = form ?? this.pick(['text', 'html', 'both', 'both'] as const);
    const style = this.pick(['table', 'legacy', 'plain'] as const);
    return {
      text: chosen === 'html' ? undefined : textOf(blocks),
      html:
        chosen === 'text'
          ? undefined
          : htmlOf(blocks, style, this.pick(['#0b5394', '#d32f2f', '#2e7d32', '#003087'])),
    };
  }

  /** The next message id's local part. */
  messageId(domain: string): string {
    this.serial++;
    return `<${this.pick([`${this.token(16)}.${this.number}`, `${this.digits(14)}.${this.token(8)}`, `${this.token(8)}-${this.token(4)}-${this.token(12)}`])}${this.serial}@${domain}>`;
  }

  /** The Date header's value for this message. */
  date(): string {
    const month = this.random.below(12);
    const d = this.int(1, 28);
    const weekday = DAYS[new Date(Date.UTC(this.year, month, d)).getUTCDay()];
    const time = [this.int(0, 23), this.int(0, 59), this.int(0, 59)].map((n) => String(n).padStart(2, '0'));
    return `${weekday}, ${d} ${MONTHS[month]} ${this.year} ${time.join(':')} ${this.pick(ZONES)}`;
  }

  /** Received lines, newest first, ending at the sender's first hop. */
  received(domain: string, when: string, rcpt: string, webmail: boolean): string[] {
    const ip = `${this.pick(['198.51.100', '203.0.113', '192.0.2'])}.${this.int(2, 250)}`;
    const host = this.pick([
      `mail.${domain}`,
      `smtp${this.int(1, 9)}.${domain}`,
      `out-${this.int(10, 99)}.${domain}`,
    ]);
    const lines = [
      `Received: from ${host} (${host} [${ip}])\r\n\tby mx.corp.example (Postfix) with ESMTPS id ${this.token(10).toUpperCase()}\r\n\tfor <${rcpt}>; ${when}`,
    ];
    if (this.chance(0.6))
      lines.push(
        `Received: from [10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}] (unknown [10.${this.int(0, 255)}.${this.int(1, 9)}.${this.int(1, 254)}])\r\n\tby ${host} with ESMTPSA id ${this.token(12)}; ${when}`,
      );
    if (webmail && this.chance(0.4))
      lines.push(
        `Received: by 10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)} with HTTP; ${when}`,
      );
    return lines;
  }

  mailerLine(kind: Mail['mailer']): string[] {
    if (kind === 'person' && this.chance(0.7)) return [this.pick(PERSON_MAILERS)];
    if (kind === 'script') return [this.pick(SCRIPT_MAILERS)];
    if (kind === 'bulk' && this.chance(0.4))
      return [
        `X-Mailer: ${this.pick(['MailChimp Mailer', 'SendGrid', 'Amazon SES', 'Salesforce Marketing Cloud'])}`,
      ];
    return [];
  }
}

/** DMARC of a forged From: real domains and corp.example publish a policy and fail it; made-up ones have none. */
export function forgedDmarc(domain: string): Result {
  return domain !== 'corp.example' && /\.(example|test|invalid)(\.|$)/.test(domain) ? 'none' : 'fail';
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function textOf(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (typeof b === 'string') return b;
      if ('button' in b) return `${b.button}:\n${b.href}`;
      if ('link' in b) return b.label && !b.label.startsWith('http') ? `${b.label}: ${b.link}` : b.link;
      if ('list' in b) return b.list.map((item) => `  * ${item}`).join('\n');
      if ('quote' in b) return `${b.by} wrote:\n${b.quote.map((l) => `> ${l}`).join('\n')}`;
      return `--\n${b.sig.join('\n')}`;
    })
    .join('\n\n');
}

function htmlOf(blocks: Block[], style: 'table' | 'legacy' | 'plain', colour: string): string {
  const inner = blocks
    .map((b) => {
      if (typeof b === 'string') {
        const body = escapeHtml(b).replace(/\n/g, '<br>\n');
        return style === 'legacy'
          ? `<p><font face="Arial" size="2">${body}</font></p>`
          : `<p style="margin:0 0 12px 0">${body}</p>`;
      }
      if ('button' in b)
        return style === 'legacy'
          ? `<p><b><a href="${b.href}">${escapeHtml(b.button)}</a></b></p>`
          : `<table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="${colour}" style="padding:10px 22px;border-radius:3px"><a href="${b.href}" style="color:#ffffff;text-decoration:none;font-weight:bold">${escapeHtml(b.button)}</a></td></tr></table><br>`;
      if ('link' in b) return `<p><a href="${b.link}">${escapeHtml(b.label ?? b.link)}</a></p>`;
      if ('list' in b) return `<ul>${b.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      if ('quote' in b)
        return `<div>${escapeHtml(b.by)} wrote:</div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">${b.quote.map(escapeHtml).join('<br>')}</blockquote>`;
      return `<p style="color:#666666">--<br>${b.sig.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
  if (style === 'plain')
    return `<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n${inner}\n</div></body></html>`;
  if (style === 'legacy')
    return `<HTML><HEAD><META http-equiv="Content-Type" content="text/html"></HEAD><BODY bgcolor="#ffffff">\n${inner}\n</BODY></HTML>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center"><table width="600" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333333"><tr><td>\n${inner}\n</td></tr></table></td></tr></table></body></html>`;
}

const CP1252: Record<string, number> = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u2122': 0x99,
};
const KOI8R = 'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';

/** The bytes of text in a charset, or undefined when the text does not fit it. */
function encodeCharset(text: string, charset: string): Buffer | undefined {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (charset === 'koi8-r' && KOI8R.includes(ch)) bytes.push(0xc0 + KOI8R.indexOf(ch));
    else if (charset === 'windows-1252' && CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    else if (charset !== 'koi8-r' && code >= 0xa0 && code <= 0xff) bytes.push(code);
    else return undefined;
  }
  return Buffer.from(bytes);
}

function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const line of bytes.toString('latin1').split(/\r?\n/)) {
    let out = '';
    let width = 0;
    const chars = [...line];
    chars.forEach((ch, i) => {
      const code = ch.charCodeAt(0);
      const last = i === chars.length - 1;
      const plain = (code >= 33 && code <= 126 && ch !== '=') || (code === 32 && !last);
      const piece = plain ? ch : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (width + piece.length > 75) {
        out += '=\r\n';
        width = 0;
      }
      out += piece;
      width += piece.length;
    });
    lines.push(out);
  }
  return lines.join('\r\n');
}

function base64Lines(bytes: Buffer): string {
  return bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
}

/** An encoded word for a header, B or Q, in the charset given (utf-8 when the text does not fit). */
function encodedWord(text: string, charset: string, q: boolean): string {
  const fits = encodeCharset(text, charset);
  const cs = fits ? charset : 'utf-8';
  const bytes = fits ?? Buffer.from(text, 'utf8');
  if (!q) {
    const words: string[] = [];
    for (let i = 0; i < bytes.length; i += 42)
      words.push(`=?${cs}?B?${bytes.subarray(i, i + 42).toString('base64')}?=`);
    return words.join('\r\n ');
  }
  const encoded = [...bytes]
    .map((b) =>
      b === 32
        ? '_'
        : /[A-Za-z0-9!*+\-/]/.test(String.fromCharCode(b))
          ? String.fromCharCode(b)
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  const words = encoded.match(/(=[0-9A-F]{2}|[^=]){1,40}/g) ?? [''];
  return words.map((w) => `=?${cs}?Q?${w}?=`).join('\r\n ');
}

export class Writer {
  constructor(private readonly s: Scene) {}

  private headerText(text: string, charset: string, force = false): string {
    const ascii = /^[\x20-\x7e]*$/.test(text);
    if (ascii && !force) return text;
    return encodedWord(text, charset, this.s.chance(0.4));
  }

  private mailbox([name, address]: [string, string], charset: string): string {
    if (name === '') return address;
    const ascii = /^[\x20-\x7e]*$/.test(name);
    if (!ascii || this.s.chance(0.1)) return `${this.headerText(name, charset, true)} <${address}>`;
    if (/[,."():;@]/.test(name) || this.s.chance(0.5)) return `"${name.replace(/"/g, '\\"')}" <${address}>`;
    return `${name} <${address}>`;
  }

  private charsetFor(mail: Mail): string {
    const all = `${mail.text ?? ''}${mail.html ?? ''}`;
    const wanted = mail.charset ?? this.s.pick(['utf-8', 'utf-8', 'windows-1252', 'iso-8859-1']);
    return encodeCharset(all, wanted) ? wanted : 'utf-8';
  }

  private bodyPart(type: string, body: string, charset: string): string[] {
    const bytes = encodeCharset(body.replace(/\r?\n/g, '\r\n'), charset) ?? Buffer.from(body, 'utf8');
    const ascii =
      [...body].every((ch) => ch.charCodeAt(0) < 0x7f) && body.split('\n').every((l) => l.length < 900);
    const cte = ascii && this.s.chance(0.5) ? '7bit' : this.s.pick(['quoted-printable', 'base64']);
    const encoded =
      cte === '7bit'
        ? body.replace(/\r?\n/g, '\r\n')
        : cte === 'base64'
          ? base64Lines(bytes)
          : quotedPrintable(bytes);
    return [`Content-Type: ${type}; charset="${charset}"`, `Content-Transfer-Encoding: ${cte}`, '', encoded];
  }

  private attachmentPart(a: Attachment): string[] {
    return [
      `Content-Type: ${a.type}; name="${a.name}"`,
      `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename="${a.name}"`,
      ...(a.inline ? [`Content-ID: <${a.name}>`] : []),
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(a.content),
    ];
  }

  private multipart(subtype: string, parts: string[][], extra = ''): string[] {
    const boundary = `----=_Part_${this.s.digits(6)}_${this.s.token(10)}`;
    const lines = [`Content-Type: multipart/${subtype}; boundary="${boundary}"${extra}`, ''];
    if (this.s.chance(0.4)) lines.push('This is a multi-part message in MIME format.', '');
    for (const part of parts) lines.push(`--${boundary}`, ...part);
    lines.push(`--${boundary}--`, '');
    return lines;
  }

  /** The entity of the whole body: a single part or nested multiparts. */
  private entity(mail: Mail, charset: string): string[] {
    const bodies: string[][] = [];
    if (mail.text !== undefined) bodies.push(this.bodyPart('text/plain', mail.text, charset));
    const inline = (mail.attachments ?? []).filter((a) => a.inline);
    const attached = (mail.attachments ?? []).filter((a) => !a.inline);
    if (mail.html !== undefined) {
      const html = this.bodyPart('text/html', mail.html, charset);
      bodies.push(
        inline.length > 0
          ? this.multipart(
              'related',
              [html, ...inline.map((a) => this.attachmentPart(a))],
              '; type="text/html"',
            )
          : html,
      );
    }
    const body = bodies.length === 2 ? this.multipart('alternative', bodies) : bodies[0];
    if (attached.length === 0) return body;
    return this.multipart('mixed', [...(body ? [body] : []), ...attached.map((a) => this.attachmentPart(a))]);
  }

  private authLine(a: Auth): string {
    const dkim = a.signer ? `dkim=${a.dkim} header.d=${a.signer}` : `dkim=${a.dkim} (no signature)`;
    return `Authentication-Results: mx.corp.example;\r\n\tspf=${a.spf} smtp.mailfrom=${a.mailfrom};\r\n\t${dkim};\r\n\tdmarc=${a.dmarc} header.from=${this.fromDomain}`;
  }

  private fromDomain = '';

  /** The envelope sender: as given, the From address, or a bounce address at the mailfrom domain. */
  private bounce(mail: Mail): string {
    if (mail.returnPath !== undefined) return mail.returnPath;
    if (mail.auth.mailfrom === this.fromDomain) return mail.from[1];
    return `bounces+${this.s.token(10)}@${mail.auth.mailfrom}`;
  }

  write(mail: Mail): string {
    const s = this.s;
    const charset = this.charsetFor(mail);
    this.fromDomain = mail.from[1].split('@')[1];
    const when = s.date();
    const archived = s.year < 2020 && s.chance(0.55);
    const rcpt = (mail.to ?? [s.recipient])[0][1];
    const headers: string[] = [
      ...(mail.returnPath !== undefined || s.chance(0.7) ? [`Return-Path: <${this.bounce(mail)}>`] : []),
      `Delivered-To: ${rcpt}`,
      ...(archived ? [] : [this.authLine(mail.auth)]),
      ...s.received(mail.auth.mailfrom, when, rcpt, mail.mailer === 'person'),
      `From: ${this.mailbox(mail.from, charset)}`,
      `To: ${(mail.to ?? [s.recipient]).map((m) => this.mailbox(m, charset)).join(',\r\n\t')}`,
      ...(mail.cc ? [`Cc: ${mail.cc.map((m) => this.mailbox(m, charset)).join(', ')}`] : []),
      ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
      `Subject: ${this.headerText(mail.subject, charset, s.chance(0.15))}`,
      `Date: ${when}`,
      `Message-ID: ${s.messageId(this.fromDomain)}`,
      ...(mail.inReplyTo ? [`In-Reply-To: ${mail.inReplyTo}`, `References: ${mail.inReplyTo}`] : []),
      ...s.mailerLine(mail.mailer ?? 'none'),
      ...(mail.headers ?? []),
      'MIME-Version: 1.0',
    ];
    return [...headers, ...this.entity(mail, charset)].join('\r\n');
  }
}

/** A template's messages: perTemplate draws each, deterministic from the seed. */
export async function draw(
  templates: readonly Template[],
  perTemplate: number,
  seed: number,
  seededRandom: (seed: number) => SeededRandom,
): Promise<{ raw: string; kind: string; template: string }[]> {
  const out: { raw: string; kind: string; template: string }[] = [];
  for (const [t, template] of templates.entries()) {
    for (let i = 0; i < perTemplate; i++) {
      const number = t * 1000 + i;
      const scene = new Scene(seededRandom(seed * 100003 + number * 7919 + 14), number, template.era);
      const mail = await template.make(scene);
      out.push({ raw: new Writer(scene).write(mail), kind: template.kind, template: template.name });
    }
  }
  return out;
}

/** A login page saved as a file, as phishing attaches them: the form posts to the attacker. */
export function loginPage(brand: string, action: string, email: string, colour = '#0067b8'): Buffer {
  return Buffer.from(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${brand} - Sign in</title></head><body style="font-family:Segoe UI,Arial;background:#f2f2f2"><div style="width:360px;margin:80px auto;background:#fff;padding:36px;border-top:4px solid ${colour}"><h2>${brand}</h2><p>Your session has expired. Sign in to view the document.</p><form method="POST" action="${action}"><input type="email" name="login" value="${email}" style="width:100%"><br><br><input type="password" name="passwd" placeholder="Password" style="width:100%"><br><br><input type="submit" value="Sign in"></form></div></body></html>`,
  );
}

/** A form that posts from the mail's own HTML body. */
export function inlineForm(action: string, fields: readonly string[], submit: string): string {
  const inputs = fields
    .map(
      (f) =>
        `<tr><td style="font-size:12px">${f}:</td><td><input type="${/pass|pin|cvv/i.test(f) ? 'password' : 'text'}" name="${f.toLowerCase().replace(/[^a-z]/g, '')}" size="30"></td></tr>`,
    )
    .join('');
  return `<form action="${action}" method="post"><table cellpadding="4">${inputs}<tr><td></td><td><input type="submit" value="${submit}"></td></tr></table></form>`;
}

/** Words hidden with CSS, as filters were once fed: zero-size or invisible text between the real lines. */
export function hidden(s: Scene): string {
  const words = [
    'weather',
    'garden',
    'recipe',
    'football',
    'holiday',
    'library',
    'concert',
    'science',
    'river',
  ];
  const text = Array.from({ length: s.int(6, 14) }, () => s.pick(words)).join(' ');
  return s.pick([
    `<span style="display:none">${text}</span>`,
    `<div style="font-size:0px;color:#ffffff">${text}</div>`,
    `<font color="#FFFFFF" style="font-size:1px">${text}</font>`,
  ]);
}

export const BANKS = [
  { name: 'Chase', domain: 'chase.com', words: ['chase', 'chaseonline'] },
  { name: 'Wells Fargo', domain: 'wellsfargo.com', words: ['wellsfargo', 'wf-online'] },
  { name: 'Bank of America', domain: 'bankofamerica.com', words: ['bofa', 'bankofamerica'] },
  { name: 'HSBC', domain: 'hsbc.co.uk', words: ['hsbc', 'hsbc-uk'] },
  { name: 'Barclays', domain: 'barclays.co.uk', words: ['barclays', 'barclays-online'] },
  { name: 'Lloyds Bank', domain: 'lloydsbank.co.uk', words: ['lloyds', 'lloydsonline'] },
  { name: 'NatWest', domain: 'natwest.com', words: ['natwest', 'nwolb'] },
];

/** The salutation of mass phishing: generic, or the reader's name or address pasted in. */
export function greet(s: Scene): string {
  return s.pick([
    'Dear Customer,',
    'Dear Valued Customer,',
    `Dear ${s.first},`,
    `Hello ${s.address},`,
    'Dear Account Holder,',
    'Dear Client,',
  ]);
}

/** How a lure names the reader's own webmail. */
export function webmailHost(s: Scene): string {
  return s.pick(['webmail.corp.example', 'mail.corp.example', 'owa.corp.example', 'corp.example']);
}

/** A sender address that forges the brand, or one at the attacker's own domain, with its auth. */
export function brandSender(
  s: Scene,
  local: string,
  domain: string,
  words: readonly string[],
): Pick<Mail, 'from' | 'auth'> & { domain: string } {
  const way = s.random.below(3);
  if (way === 0) return { from: ['', `${local}@${domain}`], auth: s.forged(domain), domain };
  const own =
    way === 1 ? s.attackerDomain(words) : `${s.pick(['mail', 'mx', 'smtp'])}.${s.attackerDomain(words)}`;
  return { from: ['', `${local}@${own}`], auth: s.throwaway(own), domain: own };
}

export function named(sender: Pick<Mail, 'from' | 'auth'>, name: string): Pick<Mail, 'from' | 'auth'> {
  return { from: [name, sender.from[1]], auth: sender.auth };
}

/** Mail sent from a hacked host's script, its From forged to whatever the kit says. */
export function viaHackedHost(
  s: Scene,
  name: string,
  address: string,
): Pick<Mail, 'from' | 'auth' | 'mailer' | 'returnPath'> {
  const host = s.pick([
    'cpanel-host44.example.net',
    'vps-2231.hosting.example',
    'server.lacantinetta.example',
    'web07.shared-hosting.example.com',
  ]);
  const domain = address.split('@')[1];
  return {
    from: [name, address],
    auth: {
      spf: s.pick(['pass', 'none', 'neutral']),
      mailfrom: host,
      dkim: 'none',
      dmarc: forgedDmarc(domain),
    },
    mailer: 'script',
    returnPath: `${s.pick(['nobody', 'www-data', 'apache', 'cpanel'])}@${host}`,
  };
}

/** A free-mail account an advance-fee writer uses, sometimes with a reply address elsewhere. */
export function fraudster(s: Scene, name: string): Pick<Mail, 'from' | 'auth' | 'replyTo' | 'mailer'> {
  const address = s.freemail(name);
  const reply = s.chance(0.5)
    ? `${name.toLowerCase().replace(/[^a-z]/g, '')}${s.int(1, 999)}@${s.pick(['outlook.com', 'gmail.com', 'yandex.com', 'rediffmail.com', 'mail.com'])}`
    : undefined;
  return { from: [name, address], auth: s.freemailAuth(address), replyTo: reply, mailer: 'person' };
}
