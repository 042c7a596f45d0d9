// Parts for the analysers' tests: a message built from headers, an HTML or text body and attachments;
// the context with the shipped brand list and stubs for what the store answers; and a small zip writer
// (deflated entries) for archives made in the test, and a PDF writer (one deflated page of text, a link
// annotation, a JPEG picture).
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { shippedBrands } from '../brands.js';
import { type ReportedMessage, readReport } from '../message.js';
import type { AnalysisContext } from './signal.js';

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface MessageParts {
  headers?: string[];
  from?: string;
  subject?: string;
  html?: string;
  text?: string;
  attachments?: Attachment[];
}

/** The message as the desk reads an uploaded .eml. */
export async function message(parts: MessageParts): Promise<ReportedMessage> {
  const boundary = 'test-boundary';
  const head = [
    `From: ${parts.from ?? 'Someone <someone@sender.example>'}`,
    'To: alice@corp.example',
    `Subject: ${parts.subject ?? 'Test'}`,
    'Date: Sat, 05 Dec 2026 09:00:00 +0000',
    ...(parts.headers ?? []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
  ];
  const body: string[] = [];
  if (parts.html !== undefined)
    body.push(`--${boundary}`, 'Content-Type: text/html; charset=utf-8', '', parts.html);
  body.push(`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', parts.text ?? 'Hello.');
  for (const a of parts.attachments ?? []) {
    body.push(
      `--${boundary}`,
      `Content-Type: ${a.contentType}; name="${a.filename}"`,
      `Content-Disposition: attachment; filename="${a.filename}"`,
      'Content-Transfer-Encoding: base64',
      '',
      a.content.toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  }
  body.push(`--${boundary}--`, '');
  const report = await readReport(Buffer.from([...head, ...body].join('\r\n')), true, { maxParts: 500 });
  return report.reported;
}

export function context(overrides: Partial<AnalysisContext> = {}): AnalysisContext & { gaps: string[] } {
  const gaps: string[] = [];
  return {
    brands: shippedBrands(),
    protectedDomains: ['corp.example'],
    resolver: undefined,
    trustedAuthservIds: [],
    recentlyReported: async () => new Set(),
    lookup: async () => [],
    archives: { maxExpandedBytes: 10 * 1024 ** 2, maxDepth: 3, maxEntries: 100 },
    gap: (text) => gaps.push(text),
    gaps,
    ...overrides,
  };
}

/** A zip archive of `files` (deflated), written by hand: local headers, central directory, end record. */
export function zip(files: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name);
    const data = deflateRawSync(file.content);
    const crc = crc32(file.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(file.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(file.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A one-page PDF: `lines` of text in a deflated content stream, a link to `link`, a JPEG picture. */
export function pdf(lines: string[], extra: { link?: string; jpeg?: Buffer } = {}): Buffer {
  const shown = lines.map(
    (l, i) => `BT /F1 11 Tf 56 ${760 - 16 * i} Td (${l.replace(/[\\()]/g, '\\$&')}) Tj ET`,
  );
  const content = deflateSync(Buffer.from(shown.join('\n')));
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /Contents 4 0 R${extra.link ? ' /Annots [5 0 R]' : ''} >>`),
    Buffer.concat([
      Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`),
      content,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Type /Annot /Subtype /Link /A << /S /URI /URI (${extra.link ?? ''}) >> >>`),
  ];
  if (extra.jpeg !== undefined)
    objects.push(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Filter /DCTDecode /Length ${extra.jpeg.length} >>\nstream\n`,
        ),
        extra.jpeg,
        Buffer.from('\nendstream'),
      ]),
    );
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n'),
    ...objects.map((body, i) =>
      Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]),
    ),
    Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  ]);
}
