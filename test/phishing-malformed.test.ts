// Bad input to the phishing desk, made here: malformed MIME, wrong and unknown charsets, 8-bit headers,
// 10,000 parts, message/rfc822 nested 50 deep, a zip bomb, random bytes, and a 50 MB message. Each is a
// clear refusal or a stored report with an analysis (partial, and saying why, where something could not be
// read); the desk never stops answering.
import { randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zip } from '../src/phishing/analysers/fixture.js';
import type { Analysis } from '../src/phishing/analysis.js';
import { REPORT_ADDRESS, startTestDesk, type TestDesk } from './support/phishing-desk.js';
import { forwardedAsAttachment, paypalPhish } from './support/phishing-mail.js';

let t: TestDesk;

beforeAll(async () => {
  t = await startTestDesk();
});
afterAll(async () => {
  await t.close();
});

const crlf = (lines: string[]) => lines.join('\r\n');

function nested(depth: number): string {
  let message = paypalPhish();
  for (let i = 0; i < depth; i++) message = forwardedAsAttachment(message, `level${i}@corp.example`);
  return message;
}

function manyParts(count: number): string {
  const parts = Array.from({ length: count }, (_, i) =>
    crlf([
      '--many',
      'Content-Type: text/plain',
      `Content-Disposition: attachment; filename="p${i}.txt"`,
      '',
      `part ${i}`,
    ]),
  );
  return crlf([
    'From: bulk@sender.example',
    'Subject: many',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary=many',
    '',
    ...parts,
    '--many--',
    '',
  ]);
}

const CORPUS: Record<string, Buffer> = {
  'unterminated multipart': Buffer.from(
    crlf([
      'From: a@sender.example',
      'Subject: cut',
      'Content-Type: multipart/mixed; boundary=never',
      '',
      '--never',
      'Content-Type: text/html',
      '',
      '<a href="http://192.0.2.1/">x</a>',
    ]),
  ),
  'no blank line, no headers': Buffer.from('this is not a message at all\r\nstill not'),
  'unknown charset': Buffer.from(
    crlf([
      'From: a@sender.example',
      'Subject: =?x-klingon?Q?qapla=27?=',
      'Content-Type: text/plain; charset=x-klingon',
      '',
      'body',
    ]),
  ),
  'latin-1 bytes declared utf-8, 8-bit headers': Buffer.concat([
    Buffer.from(
      'From: "R\xe9sum\xe9 Team" <hr@sender.example>\r\nSubject: Caf\xe9 \xff\xfe\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nna\xefve body\r\n',
      'latin1',
    ),
  ]),
  'random bytes': randomBytes(64 * 1024),
  '10,000 parts': Buffer.from(manyParts(10_000)),
  'message/rfc822 nested 50 deep': Buffer.from(nested(50)),
  'a zip bomb attached': Buffer.from(
    crlf([
      'From: a@sender.example',
      'Subject: invoice',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary=z',
      '',
      '--z',
      'Content-Type: application/zip; name="invoice.zip"',
      'Content-Transfer-Encoding: base64',
      '',
      zip([{ name: 'zeros.bin', content: Buffer.alloc(120 * 1024 ** 2) }]).toString('base64'),
      '--z--',
      '',
    ]),
  ),
};

describe('bad input to the phishing desk', () => {
  it('stores every report and analyses each, partially where it must, without stopping', async () => {
    const ids = new Map<string, string>();
    for (const [name, raw] of Object.entries(CORPUS))
      ids.set(name, (await t.desk.receive(raw, 'upload', 'tester')).id);
    await t.desk.settled();
    for (const [name, id] of ids) {
      const report = await t.store.phishingReports.get(id);
      expect(report?.status, name).toBe('analysed');
      expect((await t.store.phishingReports.raw(id))?.equals(CORPUS[name]), name).toBe(true);
    }
    const analysis = async (name: string) =>
      (await t.store.phishingReports.get(ids.get(name) as string))?.analysis as Analysis;
    const parts = await analysis('10,000 parts');
    expect(parts.partial).toBe(true);
    expect(parts.gaps[0]).toBe('The message has more than 500 parts; only the first 500 were read.');
    expect((await analysis('a zip bomb attached')).reasons.map((r) => r.code)).toContain('zip-bomb');
    expect((await analysis('unterminated multipart')).reasons.map((r) => r.code)).toContain('ip-literal');
    expect((await analysis('message/rfc822 nested 50 deep')).tookMs).toBeLessThan(5_000);
    // Still answering after all of it.
    const after = await t.desk.receive(Buffer.from(paypalPhish()), 'upload', 'tester');
    await t.desk.settled();
    expect((await t.store.phishingReports.get(after.id))?.verdict).toBe('phishing');
  });

  it('refuses a 50 MB message over SMTP with a clear answer', async () => {
    const transport = createTransport({
      host: '127.0.0.1',
      port: t.intake.port,
      secure: false,
      ignoreTLS: true,
    });
    const big = `${crlf(['From: a@sender.example', 'Subject: big', '', ''])}${`${'A'.repeat(998)}\r\n`.repeat(50 * 1024)}`;
    await expect(
      transport.sendMail({ envelope: { from: 'big@corp.example', to: REPORT_ADDRESS }, raw: big }),
    ).rejects.toMatchObject({
      responseCode: 552,
      response: expect.stringContaining('Reports are limited to 26214400 bytes'),
    });
  });
});
