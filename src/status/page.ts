// The public status page as HTML: server-rendered from the public view alone, no script, readable on a
// phone, every status said in words as well as colour.
import { escapeHtml } from '../edge/challenge/html.js';
import { formatUtc } from '../incidents/report/format.js';
import { COMPONENT_STATUS_LABELS, type ComponentStatus } from './component-status.js';
import { HISTORY_DAYS, type PublicIncident, type PublicStatus, STAGE_LABELS } from './public-view.js';

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111827;background:#f9fafb}
main{max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:1rem 0}
h2{font-size:1.2rem;margin:2rem 0 .6rem}
h3{font-size:1.05rem;margin:0 0 .3rem}
a{color:#1d4ed8}
.banner{margin:0;padding:1rem;border-radius:8px;font-size:1.2rem;border-left:8px solid}
.components,.updates,.incidents{list-style:none;margin:0;padding:0}
.components li{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap;padding:.7rem 1rem;background:#fff;border:1px solid #e5e7eb;border-top:0}
.components li:first-child{border-top:1px solid #e5e7eb;border-radius:8px 8px 0 0}
.components li:last-child{border-radius:0 0 8px 8px}
.badge{font-weight:600}
article{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem;margin:0 0 1rem}
.meta,.time,.note{color:#4b5563;font-size:.9rem;margin:.2rem 0}
.updates li{border-top:1px solid #e5e7eb;padding:.6rem 0 0;margin:.6rem 0 0}
.updates p{margin:0;overflow-wrap:anywhere}
.strip{display:flex;gap:1px;list-style:none;margin:.3rem 0 0;padding:0;height:2rem}
.strip li{flex:1 1 0;min-width:0;border-radius:1px}
.ends{display:flex;justify-content:space-between;color:#4b5563;font-size:.8rem;margin:.2rem 0}
.s-operational{background:#dcfce7;border-color:#15803d}
.s-degraded_performance{background:#fef9c3;border-color:#a16207}
.s-partial_outage{background:#ffedd5;border-color:#c2410c}
.s-major_outage{background:#fee2e2;border-color:#b91c1c}
.strip .s-operational{background:#22c55e}
.strip .s-degraded_performance{background:#eab308}
.strip .s-partial_outage{background:#f97316}
.strip .s-major_outage{background:#dc2626}
.badge.s-operational{color:#166534;background:none}
.badge.s-degraded_performance{color:#854d0e;background:none}
.badge.s-partial_outage{color:#9a3412;background:none}
.badge.s-major_outage{color:#991b1b;background:none}
footer{max-width:48rem;margin:0 auto;padding:1rem;color:#4b5563;font-size:.9rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

const e = escapeHtml;

function time(iso: string): string {
  return `<time datetime="${e(iso)}">${e(formatUtc(Date.parse(iso)))}</time>`;
}

function incidentArticle(incident: PublicIncident): string {
  const updates = incident.updates.map(
    (u) =>
      `<li><p><strong>${e(STAGE_LABELS[u.stage])}</strong> — ${e(u.text)}</p><p class="time">${time(u.at)}</p></li>`,
  );
  const period =
    incident.resolvedAt === null
      ? `Started ${time(incident.startedAt)}`
      : `${time(incident.startedAt)} to ${time(incident.resolvedAt)}`;
  return [
    `<article id="${e(incident.id)}" aria-labelledby="${e(incident.id)}-name">`,
    `<h3 id="${e(incident.id)}-name">${e(incident.name)}</h3>`,
    `<p class="meta">${period}. Affects ${e(incident.components.join(', '))}.</p>`,
    `<ol class="updates">${updates.join('')}</ol>`,
    '</article>',
  ].join('\n');
}

function dayStrip(days: string[], statuses: ComponentStatus[]): string {
  const cells = statuses.map(
    (status, i) =>
      `<li class="s-${status}" title="${e(days[i])}: ${e(COMPONENT_STATUS_LABELS[status])}"></li>`,
  );
  const troubled = statuses
    .map((status, i) => ({ status, day: days[i] }))
    .filter(({ status }) => status !== 'operational')
    .map(({ status, day }) => `${day} (${COMPONENT_STATUS_LABELS[status].toLowerCase()})`);
  const summary =
    troubled.length === 0
      ? `No incidents in the last ${HISTORY_DAYS} days.`
      : `Affected on ${troubled.length} of the last ${HISTORY_DAYS} days: ${troubled.join(', ')}.`;
  return [
    `<ol class="strip" aria-hidden="true">${cells.join('')}</ol>`,
    `<p class="ends" aria-hidden="true"><span>${HISTORY_DAYS} days ago</span><span>Today</span></p>`,
    `<p class="note">${e(summary)}</p>`,
  ].join('\n');
}

export function renderStatusPage(view: PublicStatus): string {
  const components = view.components.map(
    (c) =>
      `<li><span>${e(c.name)}</span><span class="badge s-${c.status}">${e(COMPONENT_STATUS_LABELS[c.status])}</span></li>`,
  );
  const history = view.history.components.map((c) =>
    [`<h3>${e(c.name)}</h3>`, dayStrip(view.history.days, c.days)].join('\n'),
  );
  const sections = [
    '<section aria-labelledby="now">',
    `<h2 id="now" class="visually-hidden">Current status</h2>`,
    `<p class="banner s-${view.status}"><strong>${e(view.description)}</strong></p>`,
    `<ul class="components" aria-label="Services">${components.join('')}</ul>`,
    '</section>',
  ];
  if (view.incidents.length > 0) {
    sections.push(
      '<section aria-labelledby="current">',
      '<h2 id="current">Current incidents</h2>',
      ...view.incidents.map((i) => incidentArticle(i)),
      '</section>',
    );
  }
  sections.push(
    '<section aria-labelledby="history">',
    `<h2 id="history">The last ${HISTORY_DAYS} days</h2>`,
    ...history,
    '</section>',
    '<section aria-labelledby="past">',
    '<h2 id="past">Past incidents</h2>',
    ...(view.pastIncidents.length === 0
      ? [`<p>No incidents in the last ${HISTORY_DAYS} days.</p>`]
      : view.pastIncidents.map((i) => incidentArticle(i))),
    '</section>',
  );
  return `${[
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Service status: ${e(view.description)}</title>`,
    '<link rel="alternate" type="application/atom+xml" title="Status updates" href="/status/feed.atom">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Service status</h1>',
    ...sections,
    '</main>',
    '<footer>',
    `<p>Updated ${time(view.generatedAt)}. All times are in UTC. ` +
      '<a href="/status.json">JSON</a> · <a href="/status/feed.atom">Atom feed</a></p>',
    '</footer>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
