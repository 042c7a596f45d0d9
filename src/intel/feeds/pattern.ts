// Reads the STIX 2.1 patterns Breakwater can act on: IPv4 and IPv6 addresses and prefixes, compared with
// `=` or `ISSUBSET`, alone or OR-ed (inside one observation or across observations). Anything else is
// unsupported: the importer records it and acts on nothing.

import { checkCidr } from '../../net/ip.js';

/** An address (scope ip) or prefix (scope cidr) a pattern names, in canonical form. */
export interface PatternTarget {
  scope: 'ip' | 'cidr';
  value: string;
}

export type PatternReading = { ok: true; targets: PatternTarget[] } | { ok: false; reason: string };

/** Longer patterns are not read at all. */
export const MAX_PATTERN_LENGTH = 10_000;
/** Most comparisons one pattern may OR together. */
export const MAX_PATTERN_TARGETS = 256;

const OBJECT_PATHS: Record<string, 4 | 6> = { 'ipv4-addr:value': 4, 'ipv6-addr:value': 6 };
const OPERATORS = new Set(['=', 'ISSUBSET']);

type Token = { kind: 'open' | 'close' | 'string' | 'word'; text: string };

/** Splits a pattern into brackets, quoted strings and words; null when a string is left open. */
function tokens(pattern: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '[' || c === ']') {
      out.push({ kind: c === '[' ? 'open' : 'close', text: c });
      i++;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= pattern.length) return null;
        const d = pattern[i];
        if (d === '\\' && i + 1 < pattern.length) {
          text += pattern[i + 1];
          i += 2;
        } else if (d === "'") {
          i++;
          break;
        } else {
          text += d;
          i++;
        }
      }
      out.push({ kind: 'string', text });
    } else {
      const start = i;
      while (i < pattern.length && !/[\s[\]']/.test(pattern[i])) i++;
      out.push({ kind: 'word', text: pattern.slice(start, i) });
    }
  }
  return out;
}

function target(family: 4 | 6, literal: string): PatternTarget | string {
  const check = checkCidr(literal);
  if (!check.ok) return `'${literal.slice(0, 64)}' is not an address or prefix`;
  const { cidr } = check;
  if (cidr.family !== family) return `'${literal}' is not an IPv${family} address or prefix`;
  const full = cidr.family === 4 ? 32 : 128;
  if (cidr.prefixLength === full) {
    return { scope: 'ip', value: cidr.text.slice(0, cidr.text.lastIndexOf('/')) };
  }
  return { scope: 'cidr', value: cidr.text };
}

/** Reads a pattern into the addresses and prefixes it covers, or says why it cannot be acted on. */
export function readPattern(pattern: string): PatternReading {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { ok: false, reason: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters` };
  }
  const list = tokens(pattern);
  if (list === null) return { ok: false, reason: 'a string in the pattern is not closed' };
  const targets: PatternTarget[] = [];
  const seen = new Set<string>();
  let i = 0;
  const at = () => list[i];
  const unsupported = (what: string): PatternReading => ({ ok: false, reason: what });

  for (;;) {
    if (at()?.kind !== 'open') return unsupported('expected an observation in [ ]');
    i++;
    for (;;) {
      const path = at();
      const operator = list[i + 1];
      const literal = list[i + 2];
      if (path?.kind !== 'word' || !(path.text in OBJECT_PATHS)) {
        return unsupported(`only ipv4-addr:value and ipv6-addr:value are acted on, found ${show(path)}`);
      }
      if (operator?.kind !== 'word' || !OPERATORS.has(operator.text)) {
        return unsupported(`only = and ISSUBSET are acted on, found ${show(operator)}`);
      }
      if (literal?.kind !== 'string') return unsupported(`expected a quoted address, found ${show(literal)}`);
      const found = target(OBJECT_PATHS[path.text], literal.text);
      if (typeof found === 'string') return unsupported(found);
      const key = `${found.scope}:${found.value}`;
      if (!seen.has(key)) {
        seen.add(key);
        targets.push(found);
        if (targets.length > MAX_PATTERN_TARGETS) {
          return unsupported(`the pattern names more than ${MAX_PATTERN_TARGETS} addresses`);
        }
      }
      i += 3;
      if (at()?.kind === 'word' && at().text === 'OR') {
        i++;
        continue;
      }
      break;
    }
    if (at()?.kind !== 'close')
      return unsupported(`only OR-ed comparisons are acted on, found ${show(at())}`);
    i++;
    if (i === list.length) return { ok: true, targets };
    if (at().kind === 'word' && at().text === 'OR') {
      i++;
      continue;
    }
    return unsupported(`only OR-ed observations are acted on, found ${show(at())}`);
  }
}

function show(token: Token | undefined): string {
  if (token === undefined) return 'the end of the pattern';
  const text = token.text.length > 40 ? `${token.text.slice(0, 37)}...` : token.text;
  return token.kind === 'string' ? `'${text}'` : text;
}
