// The attachments of the hand-written phishing, inert stand-ins in the shapes campaigns send: QR codes as
// PNG and JPEG, an Excel workbook with a VBA project, a legacy Word file with macros, a disk image, an
// OneNote file, zips holding shortcuts or scripts. They carry the structure a mail filter reads, never a
// working program.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { storedZip } from './mime.js';

export async function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { width: 240, margin: 4 });
}

export async function qrJpeg(url: string): Promise<Buffer> {
  const png = PNG.sync.read(await qrPng(url));
  return jpeg.encode({ data: png.data, width: png.width, height: png.height }, 85).data;
}

/** An OOXML workbook (a zip) whose only part of note is xl/vbaProject.bin: a macro-enabled file. */
export function macroWorkbook(): Buffer {
  return storedZip(
    'xl/vbaProject.bin',
    Buffer.from('\u00d0\u00cf\u0011\u00e0 Attribute VB_Name = "Module1"'),
  );
}

/** A legacy (OLE) Word document carrying a VBA project's stream names. */
export function legacyMacroDocument(): Buffer {
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([ole, Buffer.alloc(504), Buffer.from('Macros\u0000_VBA_PROJECT\u0000ThisDocument')]);
}

/** An ISO 9660 image's first volume descriptor, where the CD001 signature sits. */
export function diskImage(): Buffer {
  const image = Buffer.alloc(0x8000 + 2048);
  image.write('\u0001CD001\u0001', 0x8000, 'latin1');
  return image;
}

/** A OneNote section file: its header GUID, then an embedded file's name. */
export function oneNote(inner: string): Buffer {
  const guid = Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex');
  return Buffer.concat([guid, Buffer.alloc(64), Buffer.from(inner, 'utf16le')]);
}

/** A zip holding one file of `name`, inert text inside. */
export function zipOf(name: string): Buffer {
  return storedZip(name, Buffer.from('rem inert stand-in\r\n'));
}
