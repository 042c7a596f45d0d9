// The traffic chart of the report: one inline SVG with a line per edge outcome over the incident, time
// labels in UTC, a rate axis and marks where the attack was detected, mitigated and over.
import { escapeHtml } from '../../edge/challenge/html.js';
import type { IncidentFigures } from '../incident.js';
import { DAY_MS, formatCount, formatRate, formatUtc, formatUtcTime } from './format.js';
import type { TrafficPoint } from './input.js';

const WIDTH = 760;
const HEIGHT = 300;
const PLOT = { left: 64, right: 744, top: 36, bottom: 256 };

interface Series {
  label: string;
  colour: string;
  /** Told apart without colour too, in print and for colour-blind readers. */
  dash: string;
  count: (point: TrafficPoint) => number;
}

const SERIES: Series[] = [
  { label: 'Allowed', colour: '#1f7a3a', dash: '', count: (p) => p.allowed },
  { label: 'Challenged', colour: '#b36b00', dash: '6 3', count: (p) => p.challenged },
  { label: 'Throttled', colour: '#6a3fb0', dash: '2 3', count: (p) => p.throttled },
  { label: 'Blocked', colour: '#c0262d', dash: '10 3 2 3', count: (p) => p.blocked },
  { label: 'Shed', colour: '#555b66', dash: '1 2', count: (p) => p.shed },
];

/** Steps between time labels, smallest first; the first giving at most 7 labels is used. */
const TIME_STEPS_MS = [
  1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
].map((s) => s * 1000);

const num = (value: number) => String(Math.round(value * 10) / 10);

/** A round upper bound for the rate axis: 1, 2 or 5 times a power of ten. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}

/** The chart as an SVG element, or undefined when there is no traffic to draw. */
export function trafficChart(traffic: TrafficPoint[], figures: IncidentFigures): string | undefined {
  const points = [...traffic].sort((a, b) => a.at - b.at);
  if (points.length === 0) return undefined;
  const start = points[0].at;
  const end = Math.max(start + 1, points[points.length - 1].at + points[points.length - 1].stepMs);
  const rates = (s: Series) => points.map((p) => s.count(p) / (Math.max(p.stepMs, 1) / 1000));
  const peak = Math.max(...SERIES.flatMap(rates));
  const top = niceCeiling(peak);
  const x = (ms: number) => PLOT.left + ((ms - start) / (end - start)) * (PLOT.right - PLOT.left);
  const y = (rate: number) => PLOT.bottom - (rate / top) * (PLOT.bottom - PLOT.top);

  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const rate = (top * i) / 4;
    parts.push(
      `<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${num(y(rate))}" y2="${num(y(rate))}"/>`,
      `<text class="axis" x="${PLOT.left - 6}" y="${num(y(rate) + 4)}" text-anchor="end">${escapeHtml(formatRate(rate))}</text>`,
    );
  }
  const step = TIME_STEPS_MS.find((s) => (end - start) / s <= 6) ?? TIME_STEPS_MS[TIME_STEPS_MS.length - 1];
  for (let at = Math.ceil(start / step) * step; at <= end; at += step) {
    parts.push(
      `<line class="tick" x1="${num(x(at))}" x2="${num(x(at))}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}"/>`,
      `<text class="axis" x="${num(x(at))}" y="${PLOT.bottom + 18}" text-anchor="middle">${formatUtcTime(at, end - start > DAY_MS)}</text>`,
    );
  }
  const marks: [string, number | null][] = [
    ['detected', figures.detectedAt],
    ['mitigated', figures.mitigatedAt],
    ['recovered', figures.recoveredAt],
  ];
  for (const [label, at] of marks) {
    if (at === null || at < start || at > end) continue;
    parts.push(
      `<line class="mark" x1="${num(x(at))}" x2="${num(x(at))}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>`,
      `<text class="mark-label" x="${num(x(at) + 3)}" y="${PLOT.top + 10}">${label}</text>`,
    );
  }
  for (const series of SERIES) {
    const values = rates(series);
    const coordinates = points.map((p, i) => `${num(x(p.at + p.stepMs / 2))},${num(y(values[i]))}`);
    parts.push(
      `<polyline fill="none" stroke="${series.colour}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} points="${coordinates.join(' ')}"/>`,
    );
  }
  SERIES.forEach((series, i) => {
    const lx = PLOT.left + i * 120;
    parts.push(
      `<line x1="${lx}" x2="${lx + 24}" y1="14" y2="14" stroke="${series.colour}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>`,
      `<text class="legend" x="${lx + 30}" y="18">${series.label}</text>`,
    );
  });
  parts.push(
    `<line class="axis-line" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>`,
    `<line class="axis-line" x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}"/>`,
    `<text class="axis" x="${(PLOT.left + PLOT.right) / 2}" y="${HEIGHT - 6}" text-anchor="middle">Time (UTC), requests per second</text>`,
  );

  const total = (s: Series) => points.reduce((sum, p) => sum + s.count(p), 0);
  const description =
    `Requests per second at the edge from ${formatUtc(start)} to ${formatUtc(end)}, by outcome. ` +
    `Totals: ${SERIES.map((s) => `${s.label.toLowerCase()} ${formatCount(total(s))}`).join(', ')}. ` +
    `Highest rate of any outcome: ${formatRate(peak)}.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="traffic-title traffic-desc" font-family="system-ui, sans-serif" font-size="11">`,
    '<title id="traffic-title">Traffic over the incident</title>',
    `<desc id="traffic-desc">${escapeHtml(description)}</desc>`,
    '<style>.grid{stroke:#e3e6ea}.tick,.axis-line{stroke:#6b7280}.axis{fill:#374151}.legend{fill:#111827}' +
      '.mark{stroke:#111827;stroke-dasharray:3 3}.mark-label{fill:#111827;font-style:italic}</style>',
    ...parts,
    '</svg>',
  ].join('\n');
}
