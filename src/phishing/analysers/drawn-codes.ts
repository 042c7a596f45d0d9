// Drawn codes: a QR code built out of HTML table cells painted black and white, instead of a picture.
// Filters that read QR codes look in pictures; a code drawn in markup carries its link past them, and the
// reader's phone scans it all the same (a quishing variant seen from 2024). No honest sender draws a code
// cell by cell. The code is read back (its link judged like any other) when it can be.
import { urlSigns } from '../url-signs.js';
import { decodePixels } from './qr-codes.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'drawn-codes';
/** The smallest QR code is 21 modules square. */
const MIN_MODULES = 21;
/** Modules of a drawn grid read at most; a larger table is a page's layout. */
const MAX_MODULES = 200;
/** Pixels per module, and modules of white margin, when the grid is drawn back into a picture. */
const SCALE = 4;
const MARGIN = 4;
const TABLE = /<table\b[\s\S]*?<\/table>/gi;
const ROW = /<tr\b[\s\S]*?(?=<tr\b|<\/table>|$)/gi;
const CELL = /<td\b([^>]*)>/gi;
const DARK =
  /background(?:-color)?\s*:\s*(?:#000(?:000)?\b|black\b|rgb\(\s*0\s*,\s*0\s*,\s*0\s*\))|bgcolor\s*=\s*["']?(?:#000(?:000)?|black)\b/i;
const SPAN = /colspan\s*=\s*["']?(\d+)/i;

export const drawnCodes: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const html = message.html ?? '';
    for (const table of html.match(TABLE) ?? []) {
      const grid = gridOf(table);
      if (grid === undefined) continue;
      const text = await decodePixels(...picture(grid));
      const link = text !== undefined && /^https?:\/\//i.test(text) ? text : undefined;
      const signals: Signal[] = [
        sign(
          NAME,
          'drawn-qr-code',
          30,
          `The message draws a code of ${grid.length} by ${grid[0].length} squares out of table cells instead of sending a picture${link === undefined ? '' : `, and it leads to ${link}`}: a QR code built this way slips past the filters that read pictures, while your phone scans it all the same.`,
          link ?? `${grid.length}×${grid[0].length} table cells`,
        ),
      ];
      if (link !== undefined)
        signals.push(...urlSigns(NAME, link, 'a QR code drawn in the message', context));
      return signals;
    }
    return [];
  },
};

/** The table's cells as rows of dark (true) and light squares, when it is a square grid a code fits. */
function gridOf(table: string): boolean[][] | undefined {
  const rows = (table.match(ROW) ?? [])
    .map((row) =>
      [...row.matchAll(CELL)].flatMap((c) =>
        Array<boolean>(Math.min(MAX_MODULES, Number(SPAN.exec(c[1])?.[1] ?? 1))).fill(DARK.test(c[1])),
      ),
    )
    .filter((r) => r.length > 0);
  const width = rows[0]?.length ?? 0;
  if (rows.length < MIN_MODULES || rows.length > MAX_MODULES || rows.some((r) => r.length !== width))
    return undefined;
  if (Math.abs(width - rows.length) > 2) return undefined;
  const dark = rows.flat().filter(Boolean).length / (width * rows.length);
  return dark > 0.25 && dark < 0.75 ? rows : undefined;
}

/** The grid drawn as an RGBA picture with a white margin, for the QR decoder. */
function picture(grid: boolean[][]): [Uint8ClampedArray, number, number] {
  const width = (grid[0].length + 2 * MARGIN) * SCALE;
  const height = (grid.length + 2 * MARGIN) * SCALE;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
  grid.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < SCALE; dy++)
        for (let dx = 0; dx < SCALE; dx++) {
          const at = (((y + MARGIN) * SCALE + dy) * width + (x + MARGIN) * SCALE + dx) * 4;
          rgba.fill(0, at, at + 3);
        }
    });
  });
  return [rgba, width, height];
}
