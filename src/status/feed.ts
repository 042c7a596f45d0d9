// The public status page as an Atom 1.0 feed (RFC 4287): an entry per public incident update, newest
// first, made from the public view alone.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../edge/challenge/html.js';
import { byText } from '../incidents/report/format.js';
import { type PublicStatus, STAGE_LABELS } from './public-view.js';

/** Most entries in the feed. */
export const FEED_ENTRIES = 50;

/** A name-based UUID (version 5 layout over SHA-1), so that ids stay the same from one fetch to the next. */
function uuidOf(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Characters XML 1.0 cannot carry (controls, non-characters, lone surrogates). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;

const e = (text: string) => escapeHtml(text.replace(NOT_XML, '\uFFFD'));

/** `base` is the status page's origin (scheme and host) as the client reached it; links are relative without it. */
export function renderStatusFeed(view: PublicStatus, base: string): string {
  const feedUrl = `${base}/status/feed.atom`;
  const entries = [...view.incidents, ...view.pastIncidents]
    .flatMap((incident) => incident.updates.map((update) => ({ incident, update })))
    .sort((a, b) => byText(b.update.at, a.update.at) || byText(b.incident.id, a.incident.id))
    .slice(0, FEED_ENTRIES);
  const updated = entries[0]?.update.at ?? view.generatedAt;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${uuidOf(feedUrl)}</id>`,
    '<title>Service status</title>',
    `<subtitle>${e(view.description)}</subtitle>`,
    `<updated>${e(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${e(feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${e(base)}/status"/>`,
    '<author><name>Service status</name></author>',
    '<generator>Breakwater</generator>',
  ];
  for (const { incident, update } of entries) {
    lines.push(
      '<entry>',
      `<id>${uuidOf(`${feedUrl}#${incident.id}/${update.at}/${update.stage}/${update.text}`)}</id>`,
      `<title>${e(`${STAGE_LABELS[update.stage]}: ${incident.name}`)}</title>`,
      `<updated>${e(update.at)}</updated>`,
      `<link rel="alternate" type="text/html" href="${e(`${base}/status#${incident.id}`)}"/>`,
      `<content type="text">${e(update.text)}</content>`,
      '</entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
