// What the sixth unseen set's templates (unseen-6.ts, unseen-6-fraud.ts, unseen-ham-6.ts) add to the
// earlier sets' parts: a QR code cut into two images that only read as one side by side, a Brazilian Pix
// payment code, and inert stand-ins for the files 2023–2026 campaigns attach (an internet shortcut to a
// WebDAV share, an Excel add-in, a compiled help file, a management console file). None of them runs.
import { PNG } from 'pngjs';
import type { Part } from './mime.js';
import { qrPng } from './payloads.js';
import type { Scene } from './unseen-3.js';
import { attach } from './unseen-5-parts.js';

/** A QR code as two inline PNGs, its left and right halves, that the HTML sets side by side. */
export async function splitQr(url: string, name: string): Promise<{ html: string; parts: Part[] }> {
  const whole = PNG.sync.read(await qrPng(url));
  const half = Math.floor(whole.width / 2);
  const cut = (from: number, width: number) => {
    const piece = new PNG({ width, height: whole.height });
    PNG.bitblt(whole, piece, from, 0, width, whole.height, 0, 0);
    return PNG.sync.write(piece);
  };
  const names = [`${name}_a.png`, `${name}_b.png`];
  const contents = [cut(0, half), cut(half, whole.width - half)];
  return {
    html: `<table cellspacing="0" cellpadding="0"><tr>${names.map((n) => `<td style="padding:0"><img src="cid:${n}" alt=""></td>`).join('')}</tr></table>`,
    parts: names.map((n, i) => ({ type: 'image/png', name: n, content: contents[i], inline: true })),
  };
}

/** A Pix "copia e cola" code (EMV QR payload) paying `amount` reais to a made-up key and merchant. */
export function pixCode(s: Scene, merchant: string, amount: string): string {
  const field = (id: string, value: string) => `${id}${String(value.length).padStart(2, '0')}${value}`;
  const account =
    field('00', 'br.gov.bcb.pix') + field('01', `${s.hex(8)}-${s.hex(4)}-${s.hex(4)}-${s.hex(12)}`);
  return [
    field('00', '01'),
    field('26', account),
    field('52', '0000'),
    field('53', '986'),
    field('54', amount),
    field('58', 'BR'),
    field('59', merchant.slice(0, 25).toUpperCase()),
    field('60', 'SAO PAULO'),
    field('62', field('05', s.token(10).toUpperCase())),
    `6304${s.hex(4).toUpperCase()}`,
  ].join('');
}

/** A Windows internet shortcut (.url) whose target is a file on a WebDAV share, as CVE-2024-21412 lures. */
export const webdavShortcut = (name: string, host: string, file: string): Part =>
  attach(
    'application/internet-shortcut',
    name,
    `[InternetShortcut]\r\nURL=file://${host}@SSL/DavWWWRoot/${file}\r\nIconIndex=13\r\nIconFile=C:\\Windows\\System32\\imageres.dll\r\n`,
  );

/** A file that begins as a Windows program does (MZ), its body inert text: an Excel add-in or a stub. */
export const programStub = (type: string, name: string): Part =>
  attach(type, name, Buffer.concat([Buffer.from('MZ\u0090\u0000'), Buffer.alloc(60), Buffer.from('inert')]));

/** A compiled HTML help file: its ITSF header, then the name of the page it opens. */
export const helpFile = (name: string): Part =>
  attach(
    'application/vnd.ms-htmlhelp',
    name,
    Buffer.concat([Buffer.from('ITSF\u0003\u0000\u0000\u0000'), Buffer.alloc(88), Buffer.from('/index.htm')]),
  );

/** A Microsoft Management Console file: the XML it starts with, a snap-in's name, no script. */
export const consoleFile = (name: string): Part =>
  attach(
    'application/octet-stream',
    name,
    '<?xml version="1.0"?>\r\n<MMC_ConsoleFile ConsoleVersion="3.0" ProgramMode="UserSDI">\r\n<StringTable><String ID="1">Document Viewer</String></StringTable>\r\n</MMC_ConsoleFile>\r\n',
  );
