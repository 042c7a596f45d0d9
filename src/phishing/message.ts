// Reads a report: the raw message a reporter sent (or uploaded) becomes the reported message, with its
// sender, text, HTML and attachments, under caps on parts. Nothing in a message is executed or fetched.
// What could not be read is written down as a gap, so the analysis says it is partial instead of failing.
import { createHash } from 'node:crypto';
import type { AddressObject, ParsedMail } from 'mailparser';

export interface Address {
  name: string;
  address: string;
}

export interface MessagePart {
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

export interface ReportedMessage {
  /** The reported message's own bytes (for the authentication checks); the whole report when inline. */
  raw: Buffer;
  /** Header lines as received (key lower-case, line unfolded), for the checks that read headers. */
  headers: { key: string; line: string }[];
  from: Address | null;
  replyTo: Address[];
  /** Address of the Return-Path header, lower-case; null when missing. */
  returnPath: string | null;
  subject: string;
  /** Date header, ms; null when missing or unreadable. */
  date: number | null;
  text: string;
  html: string | null;
  attachments: MessagePart[];
  /** True when the original headers are gone (forwarded inline), so authentication cannot be checked. */
  headersLost: boolean;
}

export interface Report {
  /** Address of whoever reported it; null when the outer message names nobody. */
  reporter: string | null;
  /** How the message came: forwarded as an attachment, forwarded inline, or the message itself. */
  form: 'attachment' | 'inline' | 'direct';
  reported: ReportedMessage;
  /** What could not be read, in plain words; the analysis is partial when there is any. */
  gaps: string[];
}

export interface MessageLimits {
  /** MIME parts read; the rest of a message with more is left out (a gap). */
  maxParts: number;
}

const PART_HEADER = /^content-type:/gim;

/**
 * Parses `raw`. With `direct`, the message is the reported one (an upload); otherwise it is a reporter's
 * mail carrying the reported message as a message/rfc822 attachment or inline. Never throws on bad input.
 */
export async function readReport(raw: Buffer, direct: boolean, limits: MessageLimits): Promise<Report> {
  const gaps: string[] = [];
  const outer = await parse(raw, limits, gaps);
  if (direct) return { reporter: null, form: 'direct', reported: reportedFrom(outer, raw, false), gaps };
  const reporter = firstAddress(outer.from)?.address ?? null;
  const attached = outer.attachments.find((a) => a.contentType.toLowerCase() === 'message/rfc822');
  if (attached !== undefined) {
    const inner = await parse(attached.content, limits, gaps);
    return { reporter, form: 'attachment', reported: reportedFrom(inner, attached.content, false), gaps };
  }
  const reported = reportedFrom(outer, raw, true);
  const forwarded = forwardedHeaders(outer.text ?? '');
  if (forwarded.from !== null) reported.from = forwarded.from;
  if (forwarded.subject !== null) reported.subject = forwarded.subject;
  reported.replyTo = [];
  reported.returnPath = null;
  gaps.push(
    'The message was forwarded inline, so its original headers are gone: SPF, DKIM and DMARC could not be checked. Forwarding it as an attachment keeps them.',
  );
  return { reporter, form: 'inline', reported, gaps };
}

/** Parses one message, cutting it at `maxParts` parts; a message past repair leaves its headers only. */
async function parse(raw: Buffer, limits: MessageLimits, gaps: string[]): Promise<ParsedMail> {
  // the parser is loaded with the first report, not with every gateway
  const { simpleParser } = await import('mailparser');
  let input = raw;
  const cut = nthPartStart(raw, limits.maxParts);
  if (cut !== undefined) {
    input = raw.subarray(0, cut);
    gaps.push(
      `The message has more than ${limits.maxParts} parts; only the first ${limits.maxParts} were read.`,
    );
  }
  try {
    return await simpleParser(input, { skipImageLinks: true, skipTextLinks: true });
  } catch (error) {
    gaps.push(
      `The message's structure could not be read (${(error as Error).message}); only its headers were.`,
    );
    const headEnd = input.indexOf('\r\n\r\n');
    const head = headEnd === -1 ? input.subarray(0, 64 * 1024) : input.subarray(0, headEnd + 4);
    try {
      return await simpleParser(Buffer.concat([head, Buffer.from('\r\n')]));
    } catch {
      return simpleParser(Buffer.from('\r\n'));
    }
  }
}

/** Offset of the line that starts the part after the first `max`, or undefined when there are fewer. */
function nthPartStart(raw: Buffer, max: number): number | undefined {
  const text = raw.toString('latin1');
  PART_HEADER.lastIndex = 0;
  let seen = 0;
  for (let match = PART_HEADER.exec(text); match !== null; match = PART_HEADER.exec(text)) {
    seen += 1;
    // The first header names the message itself; each part after it names one more.
    if (seen > max + 1) {
      const boundaryLine = text.lastIndexOf('\n--', match.index);
      return boundaryLine === -1 ? match.index : boundaryLine + 1;
    }
  }
  return undefined;
}

function reportedFrom(mail: ParsedMail, raw: Buffer, headersLost: boolean): ReportedMessage {
  const returnPath = mail.headers.get('return-path');
  return {
    raw,
    headers: mail.headerLines.map((h) => ({ key: h.key.toLowerCase(), line: h.line })),
    from: firstAddress(mail.from) ?? null,
    replyTo: addresses(mail.replyTo),
    returnPath: addressOf(returnPath),
    subject: visible(mail.subject ?? ''),
    date: mail.date instanceof Date && !Number.isNaN(mail.date.getTime()) ? mail.date.getTime() : null,
    text: visible(mail.text ?? (typeof mail.html === 'string' ? textOf(mail.html) : '')),
    html: typeof mail.html === 'string' ? mail.html : null,
    attachments: mail.attachments
      .filter((a) => a.contentType.toLowerCase() !== 'message/rfc822' || a.content.length > 0)
      .map((a) => ({
        filename: a.filename ?? '',
        contentType: a.contentType.toLowerCase(),
        content: a.content,
        sha256: createHash('sha256').update(a.content).digest('hex'),
      })),
    headersLost,
  };
}

function addresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((o) =>
    o.value.flatMap((v) =>
      v.address ? [{ name: visible(v.name ?? ''), address: v.address.toLowerCase() }] : [],
    ),
  );
}

const firstAddress = (value: AddressObject | AddressObject[] | undefined): Address | undefined =>
  addresses(value)[0];

function addressOf(header: unknown): string | null {
  if (header === undefined || header === null) return null;
  const text =
    typeof header === 'string'
      ? header
      : typeof header === 'object' && 'text' in header
        ? String((header as { text: unknown }).text)
        : String(header);
  const match = /<?([^<>\s]+@[^<>\s]+)>?/.exec(text);
  return match === null ? null : match[1].toLowerCase();
}

/** The rule a mail client writes above a message forwarded inline. */
const FORWARDED_RULE = /-{3,}\s*(?:Forwarded message|Original Message)\s*-{3,}|^Begin forwarded message:/im;

/** What follows the forwarded-message rule of a body forwarded inline; undefined without one. */
export function afterForwardedRule(text: string): string | undefined {
  const rule = FORWARDED_RULE.exec(text);
  return rule === null ? undefined : text.slice(rule.index + rule[0].length);
}

/** The From and Subject of a forwarded-message block in a body forwarded inline. */
export function forwardedHeaders(text: string): { from: Address | null; subject: string | null } {
  const block = afterForwardedRule(text)?.slice(0, 2000);
  if (block === undefined) return { from: null, subject: null };
  const from = /^\s*From:\s*(?:"?([^"<\n]*?)"?\s*)?<?([^\s<>@]+@[^\s<>]+?)>?\s*$/im.exec(block);
  const subject = /^\s*Subject:\s*(.*)$/im.exec(block);
  return {
    from: from === null ? null : { name: (from[1] ?? '').trim(), address: from[2].toLowerCase() },
    subject: subject === null ? null : subject[1].trim(),
  };
}

/** Characters that show nothing (zero-width spaces and joiners, soft hyphens, the byte-order mark), which
 * lures put inside words ("pass\u200bword") so that filters reading the words miss them. */
const INVISIBLE =
  /\u200d|\u034f|[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** `text` as a reader sees it: the invisible characters taken out. */
const visible = (text: string) => text.replace(INVISIBLE, '');

/** The words of an HTML body, for a message without a text part: tags dropped, common entities read. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** SHA-256 of `raw`, hex. */
export function sha256(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}
