// Renders a Markdown table; columns whose cells all look numeric are right-aligned.

const NUMERIC = /^[-+]?[\d,.]+(\s?(ms|µs|%|×|\/s))?$|^n\/a$|^—$/;

export function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const right = columns.map((_, i) => rows.length > 0 && rows.every((row) => NUMERIC.test(row[i] ?? '')));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [
    line(columns),
    `|${right.map((r) => (r ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => line(row)),
  ].join('\n');
}
