import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { documents } from './documents.js';
import { context, message, pdf } from './fixture.js';

const analyse = async (from: string, content: Buffer) =>
  documents.analyse(
    await message({
      from,
      text: 'Please see the attached invoice.',
      attachments: [{ filename: 'INV-2291.pdf', contentType: 'application/pdf', content }],
    }),
    context(),
  );

async function qrJpeg(url: string): Promise<Buffer> {
  const png = PNG.sync.read(await QRCode.toBuffer(url, { margin: 4, scale: 6 }));
  return Buffer.from(jpeg.encode({ data: png.data, width: png.width, height: png.height }, 95).data);
}

describe('the documents analyser', () => {
  it('names a short PDF that only sends you to view the document elsewhere, and judges its link', async () => {
    const wrapper = pdf(
      [
        'INVOICE INV-2291',
        'Amount due: $4,120.00',
        'This document is protected. Click below to view the full invoice.',
      ],
      { link: 'https://invoice-view.pages.dev/' },
    );
    const found = await analyse('Billing <invoice@harborview.example>', wrapper);
    expect(found.map((s) => s.code).sort()).toEqual(['document-link', 'free-hosting']);
    const link = found.find((s) => s.code === 'document-link');
    expect(link?.explanation).toContain('INV-2291.pdf is a short document');
    expect(link?.explanation).toContain('invoice-view.pages.dev');
  });

  it('reads a link action packed in a deflated object stream', async () => {
    const packed = deflateSync(
      Buffer.from('5 0 << /Type /Annot /Subtype /Link /A << /S /URI /URI (http://203.0.113.7/inv) >> >>'),
    );
    const document = Buffer.concat([
      pdf(['Your invoice is ready.', 'Click here to view the document.']),
      Buffer.from(
        `9 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
      ),
      packed,
      Buffer.from('\nendstream\nendobj\n'),
    ]);
    const found = await analyse('Billing <invoice@harborview.example>', document);
    expect(found.map((s) => s.code).sort()).toEqual(['document-link', 'ip-literal']);
  });

  it('stops inflating a PDF past 8 MiB in all: a link in the ninth megabyte-sized stream is not read', async () => {
    const stream = (text: string) => {
      const packed = deflateSync(Buffer.concat([Buffer.alloc(1024 ** 2 - 200, 0x20), Buffer.from(text)]));
      return Buffer.concat([
        Buffer.from(`<< /Type /ObjStm /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`),
        packed,
        Buffer.from('\nendstream\n'),
      ]);
    };
    const link = '<< /S /URI /URI (http://203.0.113.9/late) >>';
    const early = Buffer.concat([pdf(['Your statement.']), stream(link)]);
    const late = Buffer.concat([
      pdf(['Your statement.']),
      ...Array.from({ length: 9 }, () => stream('')),
      stream(link),
    ]);
    expect((await analyse('Billing <billing@harborview.example>', early)).map((s) => s.code)).toContain(
      'ip-literal',
    );
    expect((await analyse('Billing <billing@harborview.example>', late)).map((s) => s.code)).not.toContain(
      'ip-literal',
    );
  });

  it('reads the link of a QR code in a PDF picture, and names a document that only asks to scan it', async () => {
    const code = await qrJpeg('https://remit-confirm.example/r/77');
    const found = await analyse(
      'Accounts <ap@remit-confirm.example>',
      pdf(['REMITTANCE ADVICE', 'Scan the QR code with your phone to view the payment.'], { jpeg: code }),
    );
    expect(found.map((s) => s.code)).toEqual(['document-link']);
    expect(found[0].explanation).toContain('a QR code (a link to remit-confirm.example taken to your phone');
  });

  it("says nothing of an invoice whose link goes to the sender's own site, or one without a link", async () => {
    const invoice = pdf(
      ['Zoom - INVOICE 88', 'Total paid: USD 149.90', 'View your invoice online at any time.'],
      {
        link: 'https://zoom.us/billing',
      },
    );
    expect(await analyse('Zoom Billing <billing@zoom.us>', invoice)).toEqual([]);
    expect(
      await analyse('Zoom Billing <billing@zoom.us>', pdf(['Zoom - INVOICE 88', 'Status: PAID'])),
    ).toEqual([]);
  });

  it('names a voicemail "recording" that is only a code to scan to listen with your phone', async () => {
    const code = await qrJpeg('https://voice-play.example/m/1');
    const found = await analyse(
      'Teams <noreply@teams-notify.example>',
      pdf(['Missed call: Aisha', 'Scan to listen with your mobile device'], { jpeg: code }),
    );
    expect(found.map((s) => s.code)).toEqual(['document-link']);
  });
});
