import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawnCodes } from './drawn-codes.js';
import { context, message } from './fixture.js';

/** A QR code of `text` drawn as a table, one cell a square, the way the lure builds it. */
function drawn(text: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    const cells: string[] = [];
    for (let x = 0; x < modules.size; x++)
      cells.push(
        `<td style="width:4px;height:4px;padding:0;background:${modules.get(x, y) ? '#000' : '#fff'}"></td>`,
      );
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<table cellspacing="0" cellpadding="0">${rows.join('')}</table>`;
}

describe('the drawn codes analyser', () => {
  it('names a QR code drawn in table cells and reads its link', async () => {
    const signals = await drawnCodes.analyse(
      await message({
        html: `<p>Scan to review the contract on your phone:</p>${drawn('https://contract-review-9k2x.example/s/abc')}`,
      }),
      context(),
    );
    expect(signals[0]).toMatchObject({ code: 'drawn-qr-code', weight: 30 });
    expect(signals[0].explanation).toContain('https://contract-review-9k2x.example/s/abc');
  });

  it('says nothing of a layout table or a small calendar grid', async () => {
    const layout = `<table>${'<tr><td style="background:#000">Menu</td><td>Body text</td></tr>'.repeat(30)}</table>`;
    const calendar = `<table>${`<tr>${'<td style="background:#fff">1</td><td style="background:black">2</td>'.repeat(4)}</tr>`.repeat(6)}</table>`;
    expect(await drawnCodes.analyse(await message({ html: layout + calendar }), context())).toEqual([]);
  });
});
