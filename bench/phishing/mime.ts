// The benchmark's phishing messages put into RFC 5322 form: headers, a text or HTML body (or both), and
// attachments in base64; and the one-file stored zip some of them attach. Made here, never taken from mail.
import { crc32 } from 'node:zlib';

export interface Part {
  type: string;
  name: string;
  content: Buffer;
  /** Shown in the body (an image the HTML refers to by cid:) rather than attached. */
  inline?: boolean;
}

export interface Draft {
  /** Header lines from From on (From, Reply-To, …); To, Date, Message-ID and MIME are added. */
  headers: string[];
  subject: string;
  html?: string;
  text?: string;
  parts?: Part[];
  /** The message's number, which makes its ids and relay addresses its own. */
  number: number;
}

export function mimeMessage(draft: Draft): string {
  const i = draft.number;
  const boundary = `b${i}`;
  const lines = [
    `Received: from mx${i % 13}.sender.example (mx${i % 13}.sender.example [203.0.113.${1 + (i % 250)}])`,
    `\tby mx.corp.example with ESMTP id q${i}; Mon, 2 Nov 2026 09:00:00 +0000`,
    ...draft.headers,
    ...(draft.headers.some((h) => /^To:/i.test(h)) ? [] : ['To: staff@corp.example']),
    `Subject: ${draft.subject}`,
    'Date: Mon, 2 Nov 2026 09:00:00 +0000',
    `Message-ID: <${i}.${boundary}@sender.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
  ];
  const bodies: [string, string][] = [];
  if (draft.text !== undefined) bodies.push(['text/plain', draft.text]);
  if (draft.html !== undefined) bodies.push(['text/html', draft.html]);
  if (bodies.length === 2) {
    lines.push(`--${boundary}`, `Content-Type: multipart/alternative; boundary="a${boundary}"`, '');
    for (const [type, body] of bodies)
      lines.push(`--a${boundary}`, `Content-Type: ${type}; charset=utf-8`, '', body);
    lines.push(`--a${boundary}--`);
  } else {
    for (const [type, body] of bodies)
      lines.push(`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, '', body);
  }
  for (const part of draft.parts ?? []) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${part.type}; name="${part.name}"`,
      `Content-Disposition: ${part.inline ? 'inline' : 'attachment'}; filename="${part.name}"`,
      ...(part.inline ? [`Content-ID: <${part.name}>`] : []),
      'Content-Transfer-Encoding: base64',
      '',
      part.content.toString('base64').replace(/.{76}/g, '$&\r\n'),
    );
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}

/** A zip of one file, stored without compression: local header, central directory, end record. */
export function storedZip(name: string, data: Buffer): Buffer {
  const file = Buffer.from(name);
  const crc = crc32(data);
  const header = (signature: number, size: number, at: number[]) => {
    const b = Buffer.alloc(size);
    b.writeUInt32LE(signature, 0);
    for (const offset of at) b.writeUInt16LE(10, offset);
    return b;
  };
  const local = header(0x04034b50, 30, [4]);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = header(0x02014b50, 46, [4, 6]);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = header(0x06054b50, 22, []);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(local.length + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}
