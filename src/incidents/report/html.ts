// The post-incident report as one self-contained HTML page: inline CSS and SVG, no script, nothing
// fetched, every recorded value escaped; it prints to PDF with the review starting on a new page.
import { escapeHtml } from '../../edge/challenge/html.js';
import { trafficChart } from './chart.js';
import { type Pairs, type ReportContent, reportContent, type Table } from './content.js';
import type { ReportInput } from './input.js';

const STYLE = `
:root{color-scheme:light}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111827;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid #d1d5db;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.kicker{text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;color:#4b5563;margin:0}
dl{margin:0}
dt{font-weight:600;color:#374151}
dd{margin:0;overflow-wrap:anywhere}
.pairs div{display:grid;grid-template-columns:minmax(8rem,12rem) 1fr;gap:1rem;padding:.15rem 0;border-bottom:1px solid #f3f4f6}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem}
.figures div{border:1px solid #d1d5db;border-radius:6px;padding:.5rem .7rem}
.figures dd{font-size:1.25rem;font-weight:600}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;overflow-wrap:anywhere}
th{background:#f3f4f6}
figure{margin:0 0 1rem}
figcaption{font-size:.85rem;color:#4b5563}
.responder{border:2px dashed #b45309;background:#fffbeb;border-radius:6px;padding:.6rem .9rem;margin:.6rem 0 1rem}
.responder p{margin:.2rem 0}
.responder .label{font-weight:700;color:#92400e}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@page{margin:16mm}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
.table{overflow:visible}
section{break-inside:avoid-page}
section.long{break-inside:auto}
tr{break-inside:avoid}
thead{display:table-header-group}
.review{break-before:page}
.responder{background:none}
}`;

const e = escapeHtml;

function definitions(rows: Pairs, className: string): string {
  const items = rows.map(([label, value]) => `<div><dt>${e(label)}</dt><dd>${e(value)}</dd></div>`);
  return `<dl class="${className}">${items.join('')}</dl>`;
}

function table(t: Table, caption: string): string {
  if (t.rows.length === 0) return `<p>${e(t.empty)}</p>`;
  const head = t.head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const rows = t.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`);
  return [
    '<div class="table"><table>',
    `<caption class="visually-hidden">${e(caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table></div>',
  ].join('\n');
}

function section(id: string, heading: string, body: string, className = ''): string {
  return [
    `<section aria-labelledby="${id}"${className ? ` class="${className}"` : ''}>`,
    `<h2 id="${id}">${e(heading)}</h2>`,
    body,
    '</section>',
  ].join('\n');
}

function review(content: ReportContent): string {
  const parts = content.review.map((s) =>
    [
      `<h3>${e(s.heading)}</h3>`,
      `<ul>${s.facts.map((fact) => `<li>${e(fact)}</li>`).join('')}</ul>`,
      '<div class="responder" role="note">',
      `<p class="label">Responder's account — to be written</p>`,
      `<p>${e(s.prompt)}</p>`,
      '</div>',
    ].join('\n'),
  );
  return section('review', 'Post-incident review', parts.join('\n'), 'review');
}

export function renderHtmlReport(input: ReportInput): string {
  const content = reportContent(input);
  const chart = trafficChart(input.traffic, input.incident.figures);
  const traffic = [
    chart === undefined
      ? ''
      : `<figure>\n${chart}\n<figcaption>Requests per second at the edge, by outcome; dashed verticals mark detection, mitigation and recovery.</figcaption>\n</figure>`,
    table(content.traffic, 'Traffic by interval, requests per second'),
  ].join('\n');
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`Post-incident report: ${content.title}`)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header>',
    '<p class="kicker">Post-incident report</p>',
    `<h1>${e(content.title)}</h1>`,
    `<p>Generated ${e(content.generated)}. All times are in UTC.</p>`,
    '</header>',
    section('summary', 'Summary', definitions(content.summary, 'pairs')),
    section('figures', 'Figures', definitions(content.figures, 'figures')),
    section('traffic', 'Traffic', traffic),
    section('timeline', 'Timeline', table(content.timeline, 'Timeline'), 'long'),
    section('sources', 'Top sources', table(content.topSources, 'Top sources')),
    section('fingerprints', 'Top fingerprints', table(content.topFingerprints, 'Top fingerprints')),
    section('decisions', 'Decisions', table(content.decisions, 'Decisions'), 'long'),
    review(content),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
