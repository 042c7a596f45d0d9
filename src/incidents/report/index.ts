// The post-incident report, as Markdown or as a self-contained HTML page.
import { renderHtmlReport } from './html.js';
import type { ReportInput } from './input.js';
import { renderMarkdownReport } from './markdown.js';

export type { ReportInput, TrafficPoint } from './input.js';

export const REPORT_FORMATS = ['md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(input: ReportInput, format: ReportFormat): string {
  return format === 'html' ? renderHtmlReport(input) : renderMarkdownReport(input);
}
