// A section of BENCHMARKS.md that one scenario owns, between its own markers: rewritten in place, so a
// scenario run alone leaves the rest of the file as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { REPORT_FILE } from './paths.js';
import type { Section } from './scenario.js';

const written: string[] = [];

/** Headings of the sections rewritten by this run, in order. */
export function sectionsWritten(): readonly string[] {
  return written;
}

/** Puts `section` (whose body starts with `begin` and ends with `end`) in place of the last one, else at the end. */
export function writeMarkedSection(section: Section, begin: string, end: string): void {
  const text = existsSync(REPORT_FILE) ? readFileSync(REPORT_FILE, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? `${text.slice(0, from)}${section.body}${text.slice(to + end.length)}`
      : `${text.trimEnd()}\n\n## ${section.heading}\n\n${section.body}\n`;
  writeFileSync(REPORT_FILE, next);
  written.push(section.heading);
}
