// A small SVG bar chart per attack scenario: legitimate success and the share of the attack that reached
// the origin (or what else the scenario measures of the attack), one pair of bars per contender. Plain
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

/** `reachedLegend` names the attack bar, in the legend and in each bar's tooltip. */
export function barChart(title: string, bars: readonly ChartBar[], reachedLegend = REACHED_LEGEND): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupW = plotW / Math.max(1, bars.length);
  const barW = Math.min(48, groupW / 3);
  const y = (share: number) => MARGIN.top + plotH * (1 - share);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    '<style>text{font:12px sans-serif;fill:#222}.grid{stroke:#ddd}</style>',
    `<text x="${MARGIN.left}" y="20" style="font-weight:bold">${escapeXml(title)}</text>`,
  ];
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
