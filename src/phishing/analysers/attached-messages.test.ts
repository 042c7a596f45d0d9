import { describe, expect, it } from 'vitest';
import { attachedMessages } from './attached-messages.js';
import { context, message } from './fixture.js';

const lure = Buffer.from(
  [
    'From: "Microsoft 365" <no-reply@sharepointonline.example>',
    'To: alice@corp.example',
    'Subject: Document shared with you',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Nora shared "Q4 Bonus Structure.xlsx" with you.</p><p><a href="https://sharepoint-view-k2p9.example/x/1">Open</a></p>',
    '',
  ].join('\r\n'),
);
const forwarded = (from: string, content: Buffer, filename = 'Document shared with you.eml') =>
  message({
    from,
    text: 'See the attached message, please open the file before our call.',
    attachments: [{ filename, contentType: 'application/octet-stream', content }],
  });

describe('the attached-messages analyser', () => {
  it('names an attached message that is itself a lure, sent from outside', async () => {
    const [found] = await attachedMessages.analyse(
      await forwarded('Nora Lind <nora@lakeside-dental.example>', lure),
      context(),
    );
    expect(found).toMatchObject({ code: 'attached-lure', weight: 40 });
    expect(found.explanation).toContain('Document shared with you.eml');
  });

  it('says nothing of a colleague forwarding one to IT, or of an attached message with nothing wrong', async () => {
    expect(
      await attachedMessages.analyse(await forwarded('Nora Lind <nora.lind@corp.example>', lure), context()),
    ).toEqual([]);
    const plain = Buffer.from(
      'From: Sam <sam@supplier.example>\r\nSubject: Minutes\r\nContent-Type: text/plain\r\n\r\nThe minutes are attached.\r\n',
    );
    expect(
      await attachedMessages.analyse(
        await forwarded('Sam <sam@supplier.example>', plain, 'Minutes.eml'),
        context(),
      ),
    ).toEqual([]);
  });
});
