import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { qrCodes } from './qr-codes.js';

describe('the QR code analyser', () => {
  it('reads the link a QR code hides and judges it like any link', async () => {
    const png = await QRCode.toBuffer('https://login-microsoft.example/mfa-reset', {
      type: 'png',
      width: 240,
    });
    const found = await qrCodes.analyse(
      await message({ attachments: [{ filename: 'scan-me.png', contentType: 'image/png', content: png }] }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['qr-link', 'lookalike-link']);
    expect(found[0].evidence).toBe('https://login-microsoft.example/mfa-reset');
  });

  it('names a code about your sign-in or pay that leads off the sender, not an app download or a ticket', async () => {
    const image = async (link: string) => ({
      filename: 'code.png',
      contentType: 'image/png',
      content: await QRCode.toBuffer(link, { type: 'png', width: 240 }),
    });
    const codes = async (from: string, text: string, link: string) =>
      (await qrCodes.analyse(await message({ from, text, attachments: [await image(link)] }), context())).map(
        (s) => s.code,
      );
    expect(
      await codes(
        'Security Team <security@account-notices.example>',
        'Your authenticator registration lapses on Friday. Scan the code with your phone to keep access.',
        'https://enrol-staff.example/k/77',
      ),
    ).toEqual(['qr-link', 'qr-sign-in']);
    expect(
      await codes(
        'Harbour Gym <hello@harbour-gym.example>',
        'Scan to download our app and sign in to book classes.',
        'https://apps.apple.com/app/harbour-gym/id123',
      ),
    ).toEqual(['qr-link']);
    expect(
      await codes(
        'Tickets <tickets@concert-hall.example>',
        'Your ticket: show this code at the door.',
        'https://tickets.example/t/8812',
      ),
    ).toEqual(['qr-link']);
  });

  it('names a code to pay a fine or parking charge that leads off the sender, in other languages too', async () => {
    const image = async (link: string) => ({
      filename: 'pcn.png',
      contentType: 'image/png',
      content: await QRCode.toBuffer(link, { type: 'png', width: 240 }),
    });
    const codes = async (text: string, link: string) =>
      (
        await qrCodes.analyse(
          await message({
            from: 'Parking <notices@parking-city.example>',
            text,
            attachments: [await image(link)],
          }),
          context(),
        )
      ).map((s) => s.code);
    expect(
      await codes(
        'Penalty charge notice: pay £60 within 14 days by scanning the QR code.',
        'https://parking-pay.example.net/pcn/1',
      ),
    ).toEqual(['qr-link', 'qr-sign-in']);
    expect(
      await codes(
        "Le véhicule a stationné sans paiement. Réglez l'amende en scannant le code.",
        'https://pv-pay.example/1',
      ),
    ).toEqual(['qr-link', 'qr-sign-in']);
    expect(
      await codes('Show this code at the car park barrier.', 'https://parking-city.example/t/1'),
    ).toEqual(['qr-link']);
  });

  it('leaves out an image too large to decode, and says so', async () => {
    const header = Buffer.alloc(64);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header);
    header.writeUInt32BE(100_000, 16);
    header.writeUInt32BE(100_000, 20);
    const ctx = context();
    const found = await qrCodes.analyse(
      await message({ attachments: [{ filename: 'huge.png', contentType: 'image/png', content: header }] }),
      ctx,
    );
    expect(found).toEqual([]);
    expect(ctx.gaps[0]).toContain('huge.png was not read');
  });

  it('puts back together a code cut into two images and names the cut, and says nothing of two unrelated pictures', async () => {
    const whole = PNG.sync.read(
      await QRCode.toBuffer('https://docs-access.example/q/1', { type: 'png', width: 240 }),
    );
    const half = (from: number, width: number) => {
      const piece = new PNG({ width, height: whole.height });
      PNG.bitblt(whole, piece, from, 0, width, whole.height, 0, 0);
      return PNG.sync.write(piece);
    };
    const halves = [half(0, 120), half(120, whole.width - 120)].map((content, i) => ({
      filename: `code_${i}.png`,
      contentType: 'image/png',
      content,
    }));
    const found = await qrCodes.analyse(await message({ attachments: halves }), context());
    expect(found.map((s) => s.code)).toEqual(['qr-split', 'qr-link']);
    expect(found[0].explanation).toContain('code_0.png, code_1.png');
    const blank = (shade: number) => {
      const picture = new PNG({ width: 40, height: 40 });
      picture.data.fill(shade);
      return { filename: `p${shade}.png`, contentType: 'image/png', content: PNG.sync.write(picture) };
    };
    expect(await qrCodes.analyse(await message({ attachments: [blank(255), blank(0)] }), context())).toEqual(
      [],
    );
  });
});
