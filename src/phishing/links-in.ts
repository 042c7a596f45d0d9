// The links of a reported message, read once: every anchor of the HTML body with its visible text, every
// URL written in the plain text, and every URL of its calendar invitations (.ics parts: their description,
// location and URL fields), each taken to where it really goes through the mail filters' wrappers and the
// known sites' redirects in front of it (redirects.ts). Read with patterns, never rendered: nothing is
// fetched or run.
import type { ReportedMessage } from './message.js';
import { followRedirects, type Redirect } from './redirects.js';

export interface Link {
  /** Where the link goes, past the wrappers and redirects written in front of it. */
  href: string;
  /** The anchor's visible text, tags removed; '' for a URL written in plain text. */
  text: string;
  /** Host of the target, lower-case; '' for a link without one (data:, mailto:). */
  host: string;
  /** The wrappers and redirects in front of the target, outermost first; [] when it is written plainly. */
  through: Redirect[];
}

/** A link to `written`, with its visible `text`, taken through its redirects. */
function link(written: string, text: string): Link {
  const { target, through } = followRedirects(written);
  return { href: target, text, host: hostOf(target), through };
}

/** Links kept per message; a message with more is judged on the first ones. */
const MAX_LINKS = 500;
const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
const PLAIN_URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const found = new WeakMap<ReportedMessage, Link[]>();

export function linksOf(message: ReportedMessage): Link[] {
  const known = found.get(message);
  if (known !== undefined) return known;
  const links: Link[] = [];
  const html = message.html ?? '';
  for (const match of html.matchAll(ANCHOR)) {
    if (links.length >= MAX_LINKS) break;
    const href = decodeEntities((match[2] ?? match[3] ?? match[4] ?? '').trim());
    links.push(link(href, decodeEntities(match[5].replace(/<[^>]*>/g, '')).trim()));
  }
  for (const match of `${message.text}\n${invitationText(message)}`.matchAll(PLAIN_URL)) {
    if (links.length >= MAX_LINKS) break;
    if (links.some((l) => (l.through[0]?.href ?? l.href) === match[0])) continue;
    links.push(link(match[0], ''));
  }
  found.set(message, links);
  return links;
}

/** Calendar parts read per message, and the bytes read of each. */
const MAX_INVITATIONS = 5;
const MAX_INVITATION_BYTES = 256 * 1024;
const INVITATION_FIELD = /^(?:DESCRIPTION|LOCATION|URL|SUMMARY|X-ALT-DESC)(?:;[^:\n]*)?:(.*)$/gim;

export function isInvitation(part: { filename: string; contentType: string }): boolean {
  return part.contentType === 'text/calendar' || /\.ics$/i.test(part.filename);
}

/**
 * The words of the message's calendar invitations: the summary, description, location and URL of each
 * event, lines unfolded and escapes read ('' when it has none).
 */
export function invitationText(message: ReportedMessage): string {
  return message.attachments
    .filter(isInvitation)
    .slice(0, MAX_INVITATIONS)
    .map((part) =>
      [
        ...part.content
          .subarray(0, MAX_INVITATION_BYTES)
          .toString('utf8')
          .replace(/\r?\n[ \t]/g, '')
          .matchAll(INVITATION_FIELD),
      ]
        .map((m) => m[1].replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1'))
        .join('\n'),
    )
    .join('\n');
}

/** Host of a URL, lower-case, without brackets; '' when it has none. */
export function hostOf(href: string): string {
  try {
    const url = new URL(href);
    return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&nbsp;/gi, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) =>
      String.fromCodePoint(Math.min(Number.parseInt(code, 16), 0x10ffff)),
    );
}
