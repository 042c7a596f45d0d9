// Links: visible text naming one site while the link goes to another, and what each target gives away
// (url-signs.ts); links to domains that earlier reports named.
import { linksOf } from '../links-in.js';
import { registrable } from '../lookalike.js';
import { urlSigns } from '../url-signs.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'links';
/** Visible text that reads as a web address or a domain. */
const SHOWN_HOST = /^(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?:[/:?#]\S*)?$/iu;

export const links: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const signals: Signal[] = [];
    const seen = new Set<string>();
    const found = linksOf(message);
    for (const link of found) {
      const shown = SHOWN_HOST.exec(link.text.replace(/\s+/g, ''));
      if (shown !== null && link.host !== '' && registrable(shown[1]) !== registrable(link.host)) {
        signals.push(
          sign(
            NAME,
            'text-target-mismatch',
            35,
            `A link shows "${link.text}" but really goes to ${link.host}.`,
            `${link.text} → ${link.href}`,
          ),
        );
      }
      for (const signal of urlSigns(NAME, link.href, 'a link', context)) {
        const key = `${signal.code}:${link.host || link.href.slice(0, 40)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        signals.push(signal);
      }
    }
    const domains = [...new Set(found.map((l) => registrable(l.host)).filter((d) => d !== ''))];
    for (const domain of await context.recentlyReported(domains)) {
      signals.push(
        sign(
          NAME,
          'recently-reported',
          20,
          `A link goes to ${domain}, which other people reported this week.`,
          domain,
        ),
      );
    }
    return dedupe(signals);
  },
};

/** One signal per code and evidence; a message with many identical links says it once. */
function dedupe(signals: Signal[]): Signal[] {
  const byKey = new Map(signals.map((s) => [`${s.code}\u0000${s.evidence}`, s]));
  return [...byKey.values()];
}
