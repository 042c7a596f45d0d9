// The attachments of the unseen set (unseen.ts, unseen-ham.ts), made here and inert: a one-page PDF with
// text, optionally a link annotation or a JPEG image (a QR code); a zip marked as password-protected, as
// campaigns send so that a filter cannot open it; and an iCalendar invitation.
import { storedZip } from './mime.js';

/** A one-page PDF: lines of text, then a link over the last line or an image under the text. */
export function onePagePdf(lines: readonly string[], extra: { link?: string; jpeg?: Buffer } = {}): Buffer {
  const pdfString = (s: string) => s.replace(/[\\()]/g, '\\$&');
  const text = lines.map((line, i) => `BT /F1 11 Tf 56 ${760 - 16 * i} Td (${pdfString(line)}) Tj ET`);
  const image = extra.jpeg === undefined ? [] : ['q 200 0 0 200 56 300 cm /Im1 Do Q'];
  const content = Buffer.from([...text, ...image].join('\n'));
  const bottom = 760 - 16 * (lines.length - 1);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
        `/Resources << /Font << /F1 5 0 R >>${extra.jpeg ? ' /XObject << /Im1 7 0 R >>' : ''} >>` +
        `${extra.link ? ' /Annots [6 0 R]' : ''} >>`,
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    Buffer.from(
      `<< /Type /Annot /Subtype /Link /Rect [56 ${bottom - 4} 400 ${bottom + 12}] /Border [0 0 0] ` +
        `/A << /S /URI /URI (${pdfString(extra.link ?? '')}) >> >>`,
    ),
  ];
  if (extra.jpeg !== undefined) {
    const size = jpegSize(extra.jpeg);
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${size.width} /Height ${size.height} /ColorSpace /DeviceRGB ` +
            `/BitsPerComponent 8 /Filter /DCTDecode /Length ${extra.jpeg.length} >>\nstream\n`,
        ),
        extra.jpeg,
        Buffer.from('\nendstream'),
      ]),
    );
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', 'latin1')];
  const offsets: number[] = [];
  let at = chunks[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    at += chunk.length;
    chunks.push(chunk);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(at),
    '%%EOF',
    '',
  ];
  chunks.push(Buffer.from(xref.join('\n')));
  return Buffer.concat(chunks);
}

/** A JPEG's width and height, from its start-of-frame segment. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  let at = 2;
  while (at + 9 < jpeg.length) {
    const marker = jpeg[at + 1];
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('bench: a JPEG without a start-of-frame segment');
}

/**
 * A zip of one file flagged as encrypted (general-purpose bit 0, in the local and central headers), its
 * data random bytes: what a filter sees of a password-protected archive without the password.
 */
export function protectedZip(name: string, seed: number): Buffer {
  const data = Buffer.alloc(512 + (seed % 256));
  for (let i = 0; i < data.length; i++) data[i] = (seed * 2654435761 + i * 40503) >>> (i % 24);
  const zip = storedZip(name, data);
  const central = 30 + Buffer.byteLength(name) + data.length;
  zip.writeUInt16LE(1, 6);
  zip.writeUInt16LE(1, central + 8);
  return zip;
}

/** An iCalendar REQUEST of one meeting, its description and location as given. */
export function invitation(event: {
  uid: string;
  organizer: string;
  attendee: string;
  summary: string;
  description: string;
  location: string;
  start: string;
}): Buffer {
  const fold = (line: string) => line.replace(/(.{73})/g, '$1\r\n ');
  const text = (s: string) => s.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');
  return Buffer.from(
    [
      'BEGIN:VCALENDAR',
      'PRODID:-//Breakwater bench//unseen//EN',
      'VERSION:2.0',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      'DTSTAMP:20261102T090000Z',
      `DTSTART:${event.start}`,
      `ORGANIZER:mailto:${event.organizer}`,
      `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${event.attendee}`,
      `SUMMARY:${text(event.summary)}`,
      `DESCRIPTION:${text(event.description)}`,
      `LOCATION:${text(event.location)}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]
      .map(fold)
      .join('\r\n'),
  );
}
