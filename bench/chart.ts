// Small SVG bar charts for BENCHMARKS.md. Per attack scenario: legitimate success and the share of the
// attack that reached the origin (or what else the scenario measures of the attack), one pair of bars per
// contender. For other figures: a grouped chart of one measure, one bar per series in each group. Plain
// SVG, no scripts, readable without the page around it.

export interface ChartBar {
  label: string;
  /** 0..1 */
  legitSuccess: number | null;
  /** 0..1 */
  reachedShare: number | null;
}

/** What the attack bar shows, unless the scenario says otherwise. */
export const REACHED_LEGEND = 'attack requests reaching the origin';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 40, right: 20, bottom: 50, left: 50 };
const COLOURS = { legit: '#2b7a3d', reached: '#b5402a' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG element, its title (shown as a tooltip and read by screen readers) and the heading. */
function svgOpening(title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    '<style>text{font:12px sans-serif;fill:#222}.grid{stroke:#ddd}</style>',
    `<text x="${MARGIN.left}" y="20" style="font-weight:bold">${escapeXml(title)}</text>`,
  ];
}

/** `reachedLegend` names the attack bar, in the legend and in each bar's tooltip. */
export function barChart(title: string, bars: readonly ChartBar[], reachedLegend = REACHED_LEGEND): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupW = plotW / Math.max(1, bars.length);
  const barW = Math.min(48, groupW / 3);
  const y = (share: number) => MARGIN.top + plotH * (1 - share);
  const parts = svgOpening(title);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick)}" y2="${y(tick)}"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick * 100}%</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const x0 = MARGIN.left + i * groupW + groupW / 2 - barW;
    const series: [number | null, string, string][] = [
      [bar.legitSuccess, COLOURS.legit, 'legitimate served'],
      [bar.reachedShare, COLOURS.reached, reachedLegend],
    ];
    series.forEach(([value, colour, what], j) => {
      if (value === null) return;
      const x = x0 + j * barW;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(plotH * value).toFixed(1)}" fill="${colour}"><title>${escapeXml(`${bar.label}: ${what} ${(value * 100).toFixed(1)}%`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${(MARGIN.left + i * groupW + groupW / 2).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${escapeXml(bar.label)}</text>`,
    );
  });
  const legendY = HEIGHT - 12;
  parts.push(
    `<rect x="${MARGIN.left}" y="${legendY - 10}" width="12" height="12" fill="${COLOURS.legit}"/>`,
    `<text x="${MARGIN.left + 18}" y="${legendY}">legitimate requests served</text>`,
    `<rect x="${MARGIN.left + 220}" y="${legendY - 10}" width="12" height="12" fill="${COLOURS.reached}"/>`,
    `<text x="${MARGIN.left + 238}" y="${legendY}">${escapeXml(reachedLegend)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}

export interface ChartGroup {
  label: string;
  /** One value per series, in the series' order; null where there is none. */
  values: readonly (number | null)[];
}

/** Colours of the grouped chart's series, in order. */
const SERIES_COLOURS = ['#8a8a8a', '#1f5fa8', '#2b7a3d', '#b5402a', '#a07a1c'];

/** The smallest 1, 2 or 5 × 10^k step that covers `top` in at most four steps. */
function gridStep(top: number): number {
  const rough = Math.max(top, Number.MIN_VALUE) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? 10 * power;
}

/** Groups along the x axis, one bar per series in each; `unit` (if any) follows each value shown. */
export function groupedBarChart(
  title: string,
  series: readonly string[],
  groups: readonly ChartGroup[],
  unit: string,
): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = groups.flatMap((g) => g.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const step = gridStep(Math.max(0, ...values));
  const top = step * Math.max(1, Math.ceil(Math.max(0, ...values) / step));
  const groupW = plotW / Math.max(1, groups.length);
  const barW = Math.min(32, (groupW * 0.8) / Math.max(1, series.length));
  const y = (value: number) => MARGIN.top + plotH * (1 - value / top);
  const label = (value: number) => `${Number(value.toPrecision(3))}${unit === '' ? '' : ` ${unit}`}`;
  const parts = svgOpening(title);
  for (let tick = 0; tick <= top + step / 2; tick += step) {
    parts.push(
      `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}"/>`,
      `<text x="${MARGIN.left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${escapeXml(label(tick))}</text>`,
    );
  }
  groups.forEach((group, i) => {
    const middle = MARGIN.left + i * groupW + groupW / 2;
    const x0 = middle - (barW * series.length) / 2;
    group.values.forEach((value, j) => {
      if (value === null || !Number.isFinite(value)) return;
      parts.push(
        `<rect x="${(x0 + j * barW).toFixed(1)}" y="${y(value).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(plotH * (value / top)).toFixed(1)}" fill="${SERIES_COLOURS[j % SERIES_COLOURS.length]}"><title>${escapeXml(`${group.label}, ${series[j]}: ${label(value)}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${middle.toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" text-anchor="middle">${escapeXml(group.label)}</text>`,
    );
  });
  const legendY = HEIGHT - 12;
  const slotW = plotW / Math.max(1, series.length);
  series.forEach((name, j) => {
    const x = MARGIN.left + j * slotW;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${legendY - 10}" width="12" height="12" fill="${SERIES_COLOURS[j % SERIES_COLOURS.length]}"/>`,
      `<text x="${(x + 18).toFixed(1)}" y="${legendY}">${escapeXml(name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
