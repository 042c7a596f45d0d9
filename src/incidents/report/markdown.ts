// The post-incident report as Markdown: every recorded value escaped, so that a path, a note or a
// reason can neither add markup, links or HTML nor break a table.
import { type Pairs, type ReportContent, reportContent, type Table } from './content.js';
import type { ReportInput } from './input.js';

const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Inert inline text: markup characters escaped, HTML neutralised, line breaks folded into spaces. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[&<>]/g, (ch) => HTML_SPECIALS[ch])
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** Inert text that begins a block (a list item): neither a heading, a list nor a rule either. */
function escapeBlock(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function table(head: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(line)];
}

function pairs(rows: Pairs): string[] {
  return table(['Field', 'Value'], rows);
}

function section(heading: string, t: Table): string[] {
  return [`## ${heading}`, '', ...(t.rows.length === 0 ? [escapeBlock(t.empty)] : table(t.head, t.rows)), ''];
}

function review(content: ReportContent): string[] {
  return content.review.flatMap((s) => [
    `### ${s.heading}`,
    '',
    ...s.facts.map((fact) => `- ${escapeBlock(fact)}`),
    '',
    `> **Responder's account — to be written.** ${escapeMarkdown(s.prompt)}`,
    '>',
    "> _Replace this line with the responder's text._",
    '',
  ]);
}

export function renderMarkdownReport(input: ReportInput): string {
  const content = reportContent(input);
  return [
    `# Post-incident report: ${escapeMarkdown(content.title)}`,
    '',
    `Generated ${escapeMarkdown(content.generated)}. All times are in UTC.`,
    '',
    '## Summary',
    '',
    ...pairs(content.summary),
    '',
    '## Figures',
    '',
    ...pairs(content.figures),
    '',
    ...section('Traffic', content.traffic),
    ...section('Timeline', content.timeline),
    ...section('Top sources', content.topSources),
    ...section('Top fingerprints', content.topFingerprints),
    ...section('Decisions', content.decisions),
    '## Post-incident review',
    '',
    ...review(content),
  ].join('\n');
}
