// What an attached web page or SVG picture does when opened in a browser: sends the browser to another
// site, builds a file inside it (HTML smuggling), decodes hidden text into the page (so a mail filter that
// reads it sees nothing), or, for a picture, carries a script, event handlers, an embedded web page or
// javascript: links or a web page encoded in a data: address. Read with patterns, never rendered or run;
// names a script spells in pieces (window['at'+'ob']) are joined up before they are read.
import type { MessagePart } from '../message.js';
import { type Signal, sign } from './signal.js';

const NAME = 'attachments';
const SMUGGLING =
  /(atob\s*\(|new\s+Blob\s*\(|msSaveOrOpenBlob|createObjectURL)[\s\S]{0,4000}(\.download\s*=|download\s*=|msSaveOrOpenBlob|\.click\s*\()/i;
/** A page that sends the browser elsewhere as soon as it is opened. */
const REDIRECT =
  /\blocation(?:\.href)?\s*=[^=]|\blocation\.(?:replace|assign)\s*\(|\bwindow\.open\s*\(|<meta[^>]+http-equiv\s*=\s*["']?refresh/i;
/** Decoding scrambled text: base64, %-escapes, character codes. */
const DECODES = /\b(?:atob|unescape|decodeURIComponent|fromCharCode)\s*\(/i;
/** Putting text into the page as markup. */
const WRITES_MARKUP =
  /\bdocument\.write(?:ln)?\s*\(|\.(?:inner|outer)HTML\s*=[^=]|\binsertAdjacentHTML\s*\(|\bsrcdoc\s*=|\bparseFromString\s*\(/i;
/** What makes a picture more than a picture. */
const SVG_ACTIVE: { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b/i, what: 'a script' },
  { pattern: /<foreignObject\b/i, what: 'a web page embedded in it' },
  { pattern: /(?:xlink:)?href\s*=\s*["']?\s*javascript:/i, what: 'a javascript: link' },
  { pattern: /<[a-z][^>]*\son[a-z]+\s*=/i, what: 'event handlers that run code' },
  {
    pattern: /\bdata:(?:text\/html|application\/xhtml|image\/svg\+xml)[^"']*(?:;base64)?,/i,
    what: 'a web page encoded in a data: address',
  },
  { pattern: /<(?:iframe|embed|object)\b/i, what: 'an embedded frame' },
];

export function isPage(part: MessagePart): boolean {
  return /\.x?html?$/i.test(part.filename) || part.contentType === 'text/html';
}

export function isSvg(part: MessagePart): boolean {
  return /\.svgz?$/i.test(part.filename) || part.contentType === 'image/svg+xml';
}

/** Signs of an attached HTML page or SVG picture; `subject` starts each sentence. */
export function pageSigns(part: MessagePart, subject: string, evidence: string): Signal[] {
  const page = joinedUp(part.content.toString('utf8'));
  const signals: Signal[] = [];
  if (isSvg(part)) {
    const active = SVG_ACTIVE.filter((a) => a.pattern.test(page)).map((a) => a.what);
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
  }
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
  if (!smuggles && DECODES.test(page) && WRITES_MARKUP.test(page)) {
    signals.push(
      sign(
        NAME,
        'hidden-page',
        40,
        `${subject} hides what it shows: opened, it decodes scrambled text into the page, so a mail filter reading it sees nothing of it. Honest pages have no need to.`,
        evidence,
      ),
    );
  }
  return signals;
}

/**
 * The page with names spelt in pieces put back together: 'at'+'ob' becomes 'atob', and a property read
 * by its name in brackets (window['atob'], document["write"]) becomes .atob and .write.
 */
function joinedUp(page: string): string {
  return page.replace(/(['"])\s*\+\s*\1/g, '').replace(/\[\s*(['"])([A-Za-z_$][\w$]*)\1\s*\]/g, '.$2');
}

function listed(items: string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
