// Plain block lists: one address or prefix per line, `#` comments and blank lines. Reads a list into
// entries (and the lines that are not addresses, with their numbers), and writes active block decisions.

import { canonicalAddress, checkCidr } from '../net/ip.js';
import type { Decision } from '../responder/decision.js';

export interface ListEntry {
  line: number;
  scope: 'ip' | 'cidr';
  value: string;
}

export interface InvalidLine {
  line: number;
  text: string;
  problem: string;
}

/** Most entries one list may hold. */
export const MAX_LIST_ENTRIES = 100_000;

export function readList(text: string): { entries: ListEntry[]; invalid: InvalidLine[] } {
  const entries: ListEntry[] = [];
  const invalid: InvalidLine[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') continue;
    const line = index + 1;
    const shown = content.length > 64 ? `${content.slice(0, 61)}...` : content;
    if (entries.length >= MAX_LIST_ENTRIES) {
      invalid.push({ line, text: shown, problem: `a list holds at most ${MAX_LIST_ENTRIES} entries` });
      continue;
    }
    const address = canonicalAddress(content);
    if (address !== null) {
      if (!seen.has(address)) entries.push({ line, scope: 'ip', value: address });
      seen.add(address);
      continue;
    }
    const check = content.includes('/') ? checkCidr(content) : undefined;
    if (check === undefined || !check.ok) {
      invalid.push({
        line,
        text: shown,
        problem: check?.ok === false ? check.error : 'not an IP address or CIDR prefix',
      });
      continue;
    }
    if (!seen.has(check.cidr.text)) entries.push({ line, scope: 'cidr', value: check.cidr.text });
    seen.add(check.cidr.text);
  }
  return { entries, invalid };
}

/**
 * Active block decisions on addresses and prefixes, one per line, under a `#` header. A block on one
 * route only is left out: it says nothing against the address's other requests.
 */
export function writeList(decisions: readonly Decision[], at: number): string {
  const values = [
    ...new Set(
      decisions
        .filter(
          (d) =>
            d.action === 'block' &&
            d.scope !== 'fingerprint' &&
            d.route === undefined &&
            (d.expiresAt === null || d.expiresAt > at),
        )
        .map((d) => d.value),
    ),
  ];
  const header = `# Breakwater block list: ${values.length} address(es) and prefix(es), ${new Date(at).toISOString()}\n`;
  return header + values.map((value) => `${value}\n`).join('');
}
