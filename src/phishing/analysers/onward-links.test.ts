import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { onwardLinks } from './onward-links.js';

const signs = async (parts: Parameters<typeof message>[0]) =>
  (await onwardLinks.analyse(await message(parts), context())).map((s) => [s.code, s.weight]);

describe('the onward-links analyser', () => {
  it('names a shared file whose note sends you on to a link inside it', async () => {
    for (const note of [
      'Updated statement attached in the PDF, use the secure link inside it to confirm.',
      'Please review the schedule and confirm on the portal linked in the doc before Friday.',
      'Please find remittance for the last two invoices, open the PDF and click view to access.',
      'I\'ve shared our proposal as a presentation. Click "View proposal" inside to open the full PDF.',
    ])
      expect(
        await signs({
          from: 'Dropbox <no-reply@dropbox.com>',
          html: `<p>${note}</p><a href="https://www.dropbox.com/scl/fi/abc/Remittance.pdf">View file</a>`,
        }),
      ).toEqual([['onward-link', 30]]);
  });

  it('reads the note in the languages most mail comes in', async () => {
    for (const note of [
      'Den Link im Dokument öffnen, um die Zahlung zu bestätigen.',
      'Cliquez sur le lien dans le document pour confirmer.',
      'Use el enlace en el documento para confirmar el pago.',
      'Apri il link nel documento per confermare.',
      'Klik op de link in het document om te bevestigen.',
    ])
      expect(
        await signs({ html: `<p>${note}</p><a href="https://www.dropbox.com/scl/fi/abc/Doc.pdf">Open</a>` }),
      ).toEqual([['onward-link', 30]]);
  });

  it('names the same note beside an attached document', async () => {
    const [found] = await onwardLinks.analyse(
      await message({
        from: 'Accounts <ar@supplier.example>',
        text: 'The link in the document opens the full version.',
        attachments: [
          { filename: 'Statement.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') },
        ],
      }),
      context(),
    );
    expect(found.explanation).toContain('Statement.pdf');
  });

  it('says nothing of a share that is the file itself, of a note with nothing shared, or of mail from inside', async () => {
    expect(
      await signs({
        html: '<p>Lena shared "Q4 plan" with you. Comments are open until Friday.</p><a href="https://www.dropbox.com/s/1">Open</a>',
      }),
    ).toEqual([]);
    expect(await signs({ text: 'The link in the document is broken, could you send it again?' })).toEqual([]);
    expect(
      await signs({
        from: 'Nora <nora@corp.example>',
        html: '<p>Sign up on the form linked in the doc.</p><a href="https://wiki.corp.example/p/1">Doc</a>',
      }),
    ).toEqual([]);
  });
});
