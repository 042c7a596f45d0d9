// What an attached web page or SVG picture does when opened in a browser: sends the browser (or its own
// form) to another
// site, builds a file inside it (HTML smuggling), decodes hidden text into the page (so a mail filter that
// reads it sees nothing) or runs code it first decodes; for a picture, carries a script, event handlers,
// an embedded web page that acts (a form, a frame, a link; not the text labels diagram tools put there),
// javascript: addresses or a web page encoded in a data: address, or is itself a link to a site the sender
// does not own. The links of a page or picture are judged like the message's (url-signs.ts). Read with
// patterns, never rendered or run: a picture is told by its name, type or first bytes (also gzipped, .svgz);
// names a script spells in pieces (window['at'+'ob']) or in escapes (\x61tob), characters written as
// numeric references (&#106;avascript:), and pages carried encoded in data: addresses are put back
// together before they are read.
import { gunzipSync } from 'node:zlib';
import { hostOf } from '../links-in.js';
import type { MessagePart } from '../message.js';
import { urlSigns } from '../url-signs.js';
import { type AnalysisContext, type Signal, sign } from './signal.js';

const NAME = 'attachments';
/** A file made in the page (decoded, a Blob, or a link set to a file's data: address), then saved. */
const SMUGGLING =
  /(atob\s*\(|new\s+Blob\s*\(|msSaveOrOpenBlob|createObjectURL|\.href\s*=\s*['"`]data:application\/)[\s\S]{0,4000}(\.download\s*=|download\s*=|msSaveOrOpenBlob|\.click\s*\()/i;
/** A page that sends the browser elsewhere as soon as it is opened, or submits its own form there. */
const REDIRECT =
  /\.submit\s*\(\s*\)|\blocation(?:\.href)?\s*=[^=]|\blocation\.(?:replace|assign)\s*\(|\bwindow\.open\s*\(|<meta[^>]+http-equiv\s*=\s*["']?refresh/i;
/** Decoding scrambled text: base64, %-escapes, character codes. */
const DECODES = /\b(?:atob|unescape|decodeURIComponent)\s*\(|\bfromCharCode\b/i;
/** Putting text into the page as markup. */
const WRITES_MARKUP =
  /\bdocument\.write(?:ln)?\s*\(|\.(?:inner|outer)HTML\s*=[^=]|\binsertAdjacentHTML\s*\(|\bsrcdoc\s*=|\bparseFromString\s*\(/i;
/** Running text as code. */
const RUNS_TEXT = /\beval\s*\(|\bFunction\s*\(/;
/** An element's name, with or without a namespace prefix (svg:script). */
const el = (names: string) => `<(?:[\\w-]+:)?(?:${names})\\b`;
/** What an embedded web page needs to act: somewhere to type, a frame, a script, a link, a whole page. */
const ACTING_HTML = new RegExp(
  `${el('form|input|button|textarea|select|iframe|frame|embed|object|script|meta|html|body')}|${el('a')}[^>]*\\bhref`,
  'i',
);
const FOREIGN_OBJECT = /<(?:[\w-]+:)?foreignObject\b[^>]*>([\s\S]*?)(?:<\/(?:[\w-]+:)?foreignObject\s*>|$)/gi;
/** What makes a picture more than a picture. */
const SVG_ACTIVE: { pattern: RegExp | ((svg: string) => boolean); what: string }[] = [
  { pattern: new RegExp(el('script'), 'i'), what: 'a script' },
  {
    pattern: (svg) => [...svg.matchAll(FOREIGN_OBJECT)].some((m) => ACTING_HTML.test(m[1])),
    what: 'a web page embedded in it',
  },
  { pattern: /(?:^|[^\w-])(?:java|vb)script\s*:/i, what: 'a javascript: address' },
  { pattern: /<[a-z][^>]*?[\s/"']on[a-z]+\s*=/i, what: 'event handlers that run code' },
  {
    pattern: /\bdata:(?:text\/html|application\/xhtml|image\/svg\+xml)[^"']*(?:;base64)?,/i,
    what: 'a web page encoded in a data: address',
  },
  { pattern: new RegExp(el('iframe|embed|object'), 'i'), what: 'an embedded frame' },
];
/** Web addresses an anchor of a page or picture goes to (href or xlink:href). */
const ANCHOR_TARGET = /<(?:[\w-]+:)?a\b[^>]*?\b(?:xlink:)?href\s*=\s*["']?\s*(https?:\/\/[^"'\s>]+)/gi;
/** Links of one page judged; a page with more is judged on the first ones. */
const MAX_LINKS = 20;
/** An SVG's start: an XML declaration, comments and a doctype may come before the <svg> element. */
const SVG_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg\b/i;
/** A web page or picture encoded in a data: address: `;base64` (group 1) or %-escaped, and its data. */
const EMBEDDED_PAGE =
  /\bdata:(?:text\/html|application\/xhtml\+xml|image\/svg\+xml)(?:;[\w=-]+)*?(;base64)?,([^"'\s)>]+)/gi;
/** Embedded pages read of one page. */
const MAX_EMBEDDED = 5;
/** A gzipped picture (.svgz) is read up to this size. */
const MAX_UNZIPPED = 8 * 1024 ** 2;

export function isPage(part: MessagePart): boolean {
  return /\.x?html?$/i.test(part.filename) || part.contentType === 'text/html';
}

/** An SVG picture, by its name, its type or its first bytes (whatever it is called). */
export function isSvg(part: MessagePart): boolean {
  return (
    /\.svgz?$/i.test(part.filename) ||
    part.contentType === 'image/svg+xml' ||
    SVG_START.test(
      part.content
        .subarray(0, 4096)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    )
  );
}

/**
 * Signs of an attached HTML page or SVG picture; `subject` starts each sentence, `owned` says which sites
 * are the sender's, `where` names the file for its links ("a link in the attached x.svg").
 */
export function pageSigns(
  part: MessagePart,
  subject: string,
  evidence: string,
  owned: (host: string) => boolean,
  context: AnalysisContext,
): Signal[] {
  const page = joinedUp(withEmbedded(textOf(part)));
  const signals: Signal[] = [];
  const targets = [...new Set([...page.matchAll(ANCHOR_TARGET)].map((m) => m[1]))].slice(0, MAX_LINKS);
  if (isSvg(part)) signals.push(...pictureSigns(page, targets, subject, evidence, owned));
  for (const target of targets)
    signals.push(...urlSigns(NAME, target, `a link in the attached ${part.filename || 'file'}`, context));
  const smuggles = SMUGGLING.test(page);
  if (smuggles) {
    signals.push(
      sign(
        NAME,
        'html-smuggling',
        45,
        `${subject} builds a file inside your browser when opened (HTML smuggling), to get past the mail filter.`,
        evidence,
      ),
    );
  } else if (REDIRECT.test(page)) {
    signals.push(
      sign(
        NAME,
        'html-redirect',
        40,
        `${subject} sends your browser to another site as soon as you open it, past the mail filter's link checks.`,
        evidence,
      ),
    );
  }
  const hides = !smuggles && DECODES.test(page);
  if (hides && WRITES_MARKUP.test(page)) {
    signals.push(
      sign(
        NAME,
        'hidden-page',
        40,
        `${subject} hides what it shows: opened, it decodes scrambled text into the page, so a mail filter reading it sees nothing of it. Honest pages have no need to.`,
        evidence,
      ),
    );
  } else if (hides && RUNS_TEXT.test(page)) {
    signals.push(
      sign(
        NAME,
        'hidden-script',
        30,
        `${subject} hides what it does: opened, it decodes scrambled text and runs it as a program, so a mail filter reading it sees nothing of it.`,
        evidence,
      ),
    );
  }
  return signals;
}

/** What makes an SVG picture more than a picture: active content, or a link to a site the sender does not own. */
function pictureSigns(
  svg: string,
  targets: readonly string[],
  subject: string,
  evidence: string,
  owned: (host: string) => boolean,
): Signal[] {
  const signals: Signal[] = [];
  const active = SVG_ACTIVE.filter((a) =>
    typeof a.pattern === 'function' ? a.pattern(svg) : a.pattern.test(svg),
  ).map((a) => a.what);
  if (active.length > 0) {
    signals.push(
      sign(
        NAME,
        'svg-active-content',
        45,
        `${subject} looks like a picture (SVG) but holds ${listed(active)}: opened, it runs in your browser like a web page, a way past filters that let pictures through.`,
        evidence,
      ),
    );
  }
  const away = targets.find((t) => hostOf(t) !== '' && !owned(hostOf(t)));
  if (away !== undefined) {
    signals.push(
      sign(
        NAME,
        'svg-link',
        40,
        `${subject} is a picture (SVG) that is a link to ${hostOf(away)}, a site the sender does not own: opened, a click anywhere on it takes you there. A picture sent as a file has no need of a link; phishing sends one so that the link is not in the message, where mail filters look.`,
        `${evidence} → ${away}`,
      ),
    );
  }
  return signals;
}

/** The file as text, gunzipped when it is gzipped (.svgz); '' when it cannot be read. */
export function textOf(part: MessagePart): string {
  if (part.content[0] !== 0x1f || part.content[1] !== 0x8b) return part.content.toString('utf8');
  try {
    return gunzipSync(part.content, { maxOutputLength: MAX_UNZIPPED }).toString('utf8');
  } catch {
    return '';
  }
}

/**
 * The page followed by the pages it carries encoded in data: addresses (base64 or %-escaped HTML or SVG),
 * so that what those do is read too.
 */
function withEmbedded(page: string): string {
  const embedded = [...page.matchAll(EMBEDDED_PAGE)].slice(0, MAX_EMBEDDED).map((m) => {
    try {
      return m[1] === undefined ? decodeURIComponent(m[2]) : Buffer.from(m[2], 'base64').toString('utf8');
    } catch {
      return '';
    }
  });
  return [page, ...embedded].join('\n');
}

/**
 * The page with names spelt in pieces put back together: 'at'+'ob' becomes 'atob', and a property read
 * by its name in brackets (window['atob'], document["write"]) becomes .atob and .write; and characters
 * written as numeric references or named separators (&#106;, &#x6A;, &colon;, &Tab;) or as a script's
 * escapes (\x6c, \u006c) as themselves, but for < and >, which would turn shown text into markup.
 */
function joinedUp(page: string): string {
  return page
    .replace(
      /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi,
      (ref, hex: string | undefined, dec: string | undefined) => {
        const code = hex === undefined ? Number(dec) : Number.parseInt(hex, 16);
        return code === 60 || code === 62 || code > 0x10ffff ? ref : String.fromCodePoint(code);
      },
    )
    .replace(
      /\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi,
      (written, x: string | undefined, u: string | undefined) => {
        const code = Number.parseInt(x ?? u ?? '', 16);
        return code === 60 || code === 62 ? written : String.fromCharCode(code);
      },
    )
    .replace(/&colon;/gi, ':')
    .replace(/&(?:Tab|NewLine);/g, '')
    .replace(/(['"])\s*\+\s*\1/g, '')
    .replace(/\[\s*(['"])([A-Za-z_$][\w$]*)\1\s*\]/g, '.$2');
}

function listed(items: string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
