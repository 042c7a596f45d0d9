// What a PDF attachment holds, read from its bytes and never rendered or run: its pages' text (the string
// operands of text operators, in plain or deflated content streams), the web addresses of its link
// actions (/URI, also inside deflated object streams) and any written in its text, and its JPEG pictures
// (where a QR code may be). Bounded: a PDF past MAX_BYTES is read only in part, each stream inflates to at
// most MAX_STREAM bytes, and all of them to MAX_INFLATED (the desk runs beside the gateway: a PDF of
// many small streams that each inflate to a megabyte must not hold its event loop for seconds).
import { inflateSync } from 'node:zlib';
import type { MessagePart } from '../message.js';

export interface PdfContent {
  pages: number;
  /** The words shown on its pages, in order. */
  text: string;
  /** Targets of its link actions and addresses written in its text, first seen first. */
  uris: string[];
  /** Its JPEG pictures (DCTDecode image streams). */
  jpegs: Buffer[];
}

const MAX_BYTES = 5 * 1024 ** 2;
const MAX_STREAM = 1024 ** 2;
const MAX_INFLATED = 8 * 1024 ** 2;
const MAX_STREAMS = 200;
const MAX_JPEGS = 5;
/** The end of a stream's dictionary and the keyword that starts its data. */
const STREAM = />>\s*stream\r?\n/g;
const URI_ACTION = /\/URI\s*\(((?:\\.|[^\\)])*)\)/g;
const PLAIN_URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const read = new WeakMap<MessagePart, PdfContent>();

export function isPdf(part: MessagePart): boolean {
  return part.content.subarray(0, 1024).includes('%PDF-');
}

/** The content of a PDF attachment, read once. */
export function pdfOf(part: MessagePart): PdfContent {
  const known = read.get(part);
  if (known !== undefined) return known;
  const bytes = part.content.subarray(0, MAX_BYTES);
  const raw = bytes.toString('latin1');
  const texts: string[] = [];
  const jpegs: Buffer[] = [];
  const actions: string[] = [];
  let streams = 0;
  let budget = MAX_INFLATED;
  for (const match of raw.matchAll(STREAM)) {
    if (++streams > MAX_STREAMS) break;
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end === -1) break;
    const dictionary = raw.slice(Math.max(0, raw.lastIndexOf('obj', match.index)), match.index);
    const data = bytes.subarray(start, end);
    if (/\/DCTDecode/.test(dictionary)) {
      if (jpegs.length < MAX_JPEGS) jpegs.push(data);
      continue;
    }
    if (/\/Subtype\s*\/Image|\/Type\s*\/XObject/.test(dictionary)) continue;
    const deflated = /\/FlateDecode/.test(dictionary);
    if (deflated && budget <= 0) continue;
    const content = deflated ? inflated(data, Math.min(MAX_STREAM, budget)) : data.toString('latin1');
    if (content === undefined) continue;
    if (deflated) budget -= content.length;
    texts.push(shownText(content));
    // Object streams pack objects, link annotations among them, in a deflated stream.
    if (/\/ObjStm/.test(dictionary)) actions.push(...uriActions(content));
  }
  const text = texts.join('\n').trim();
  const uris = [...uriActions(raw), ...actions, ...(text.match(PLAIN_URL) ?? [])];
  const pages = (raw.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  const content = { pages, text, uris: [...new Set(uris)].filter((u) => u !== ''), jpegs };
  read.set(part, content);
  return content;
}

function uriActions(content: string): string[] {
  return [...content.matchAll(URI_ACTION)].map((m) => unescapePdf(m[1]).trim());
}

function inflated(data: Buffer, most: number): string | undefined {
  try {
    return inflateSync(data, { maxOutputLength: most }).toString('latin1');
  } catch {
    return undefined;
  }
}

/** The strings a content stream shows (operands of Tj, TJ, ' and "), a line per text object. */
function shownText(content: string): string {
  const lines: string[] = [];
  for (const block of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
    const strings = [...block[1].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((m) => unescapePdf(m[1]));
    if (strings.length > 0) lines.push(strings.join(''));
  }
  return lines.join('\n');
}

function unescapePdf(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
    /^[0-7]/.test(c)
      ? String.fromCharCode(Number.parseInt(c, 8))
      : (({ n: '\n', r: '\r', t: '\t', b: '', f: '' } as Record<string, string>)[c] ?? c),
  );
}
