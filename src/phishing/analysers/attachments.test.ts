import { describe, expect, it } from 'vitest';
import { attachments } from './attachments.js';
import { context, message, zip } from './fixture.js';

const codes = async (files: { filename: string; contentType?: string; content: Buffer }[], ctx = context()) =>
  (
    await attachments.analyse(
      await message({ attachments: files.map((f) => ({ contentType: 'application/octet-stream', ...f })) }),
      ctx,
    )
  ).map((s) => s.code);

describe('the attachments analyser', () => {
  it('names programs, double extensions, disk images, shortcuts and macro documents', async () => {
    expect(await codes([{ filename: 'setup.exe', content: Buffer.from('MZ..') }])).toEqual(['executable']);
    expect(await codes([{ filename: 'invoice.pdf.js', content: Buffer.from('x') }])).toEqual([
      'double-extension',
    ]);
    expect(await codes([{ filename: 'scan.iso', content: Buffer.from('x') }])).toEqual([
      'disk-image-or-shortcut',
    ]);
    expect(await codes([{ filename: 'Invoice.lnk', content: Buffer.from('x') }])).toEqual([
      'disk-image-or-shortcut',
    ]);
    expect(await codes([{ filename: 'budget.xlsm', content: Buffer.from('x') }])).toEqual(['office-macro']);
    expect(await codes([{ filename: 'photo.jpg', content: Buffer.from('MZ\x90\x00') }])).toEqual([
      'disguised-executable',
    ]);
    expect(await codes([{ filename: 'report.pdf', content: Buffer.from('%PDF-1.7') }])).toEqual([]);
  });

  it('looks inside archives, nested ones too, and keeps each hash', async () => {
    const inner = zip([{ name: 'payload.vbs', content: Buffer.from('WScript.Echo 1') }]);
    const outer = zip([
      { name: 'readme.txt', content: Buffer.from('hello') },
      { name: 'more.zip', content: inner },
    ]);
    const found = await attachments.analyse(
      await message({
        attachments: [{ filename: 'docs.zip', contentType: 'application/zip', content: outer }],
      }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['executable']);
    expect(found[0].explanation).toContain('docs.zip holds more.zip/payload.vbs');
    expect(found[0].evidence).toMatch(/docs\.zip sha256:[0-9a-f]{64}/);
  });

  it('names a zip bomb without expanding it', async () => {
    const bomb = zip([{ name: 'zeros.bin', content: Buffer.alloc(20 * 1024 ** 2) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codes([{ filename: 'big.zip', contentType: 'application/zip', content: bomb }])).toEqual([
      'zip-bomb',
    ]);
  });

  it('finds HTML that builds a file in the browser', async () => {
    const page =
      '<script>const b = new Blob([atob("TVqQ")]); const a = document.createElement("a"); a.href = URL.createObjectURL(b); a.download = "invoice.exe"; a.click();</script>';
    expect(
      await codes([{ filename: 'invoice.html', contentType: 'text/html', content: Buffer.from(page) }]),
    ).toEqual(['html-smuggling']);
  });

  it('names an attached page that sends the browser elsewhere when opened', async () => {
    const page = (script: string) => ({
      filename: 'INV-7.htm',
      contentType: 'text/html',
      content: Buffer.from(script),
    });
    expect(await codes([page('<script>window.location.href = atob("aHR0cHM6Ly9ldmls")</script>')])).toEqual([
      'html-redirect',
    ]);
    expect(await codes([page('<meta http-equiv="refresh" content="0;url=https://evil.example/">')])).toEqual([
      'html-redirect',
    ]);
    expect(await codes([page('<p>Invoice 7: 120 EUR, due in 30 days.</p>')])).toEqual([]);
  });
});
