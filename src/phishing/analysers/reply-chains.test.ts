import { describe, expect, it } from 'vitest';
import { readReport } from '../message.js';
import { context, message } from './fixture.js';
import { replyChains } from './reply-chains.js';

const HISTORY = [
  '',
  'On Tue, 3 Nov 2026 at 10:14, Maria Keller <maria.keller@supplier.example> wrote:',
  '> Hi Alice, the order confirmation for Q4 is below. Let me know if the quantities are right.',
  '>',
  '> From: Alice Smith <alice@corp.example>',
  '> Sent: Monday, 2 November 2026 16:02',
  '> Subject: Q4 order',
  '> Can you confirm the Q4 quantities before Friday?',
].join('\n');

const reply = (from: string, newest: string, extra: Parameters<typeof message>[0] = {}) =>
  message({ from, subject: 'RE: Q4 order', text: `${newest}\n${HISTORY}`, ...extra });
const codes = async (parts: Promise<Awaited<ReturnType<typeof message>>>) =>
  (await replyChains.analyse(await parts, context())).map((s) => s.code);

describe('the reply chains analyser', () => {
  it('names a thread taken over from another domain, under the name of someone who wrote in it', async () => {
    const found = await replyChains.analyse(
      await reply(
        'Maria Keller <m.keller@lakeside-bakery.example>',
        'Hi,\n\nPlease review the updated order and confirm here:\nhttps://northfield-church.example/wp-content/q4/view.php\n\nThanks',
      ),
      context(),
    );
    expect(found.map((s) => [s.code, s.weight])).toEqual([
      ['reply-impostor', 30],
      ['reply-chain-push', 45],
    ]);
    expect(found[0].explanation).toContain('who wrote in it from maria.keller@supplier.example');
    expect(found[1].explanation).toContain('a link to northfield-church.example');
    expect(found[1].explanation).toContain('supplier.example');
  });

  it('names an attachment pushed into a thread by someone the thread never names', async () => {
    const found = await codes(
      reply('Accounts <accounts@atlas-roofing.example>', 'Good morning,\n\nSee the attached and confirm.', {
        attachments: [
          { filename: 'Q4_order.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') },
        ],
      }),
    );
    expect(found).toEqual(['reply-chain-push']);
  });

  it('names a download of an archive pushed by someone in the thread, whose mailbox may be stolen', async () => {
    const [found] = await replyChains.analyse(
      await reply(
        'Maria Keller <maria.keller@supplier.example>',
        'Hello,\n\nThe documents you asked for: https://bluefin-marine.example/docs/Q4_2026.zip\n\nRegards',
      ),
      context(),
    );
    expect(found).toMatchObject({ code: 'reply-chain-push', weight: 35 });
    expect(found.explanation).toContain('a download from bluefin-marine.example');
  });

  it('names a bare line around a link to a site nobody in the thread writes from', async () => {
    const [found] = await replyChains.analyse(
      await reply(
        'Maria Keller <maria.keller@supplier.example>',
        'Hi,\n\nPlease review the updated document and confirm: https://oakridge-bakery.example/view/k3j9x2\n\nThanks',
      ),
      context(),
    );
    expect(found).toMatchObject({ code: 'reply-chain-push', weight: 30 });
    expect(found.explanation).toContain('a link to oakridge-bakery.example');
  });

  it('says nothing of a reply that writes about the matter around a link elsewhere', async () => {
    expect(
      await codes(
        reply(
          'Maria Keller <maria.keller@supplier.example>',
          'Hi Alice,\n\nThe quantities are right except for the pallets: we can only ship 40 of the 60 before Friday, the rest follows in week 2. Our carrier publishes the delivery slots here: https://freight-slots.example/q4 — pick one that suits your warehouse and I will book it.\n\nBest, Maria',
        ),
      ),
    ).toEqual([]);
  });

  it('says nothing of a real reply: files and shared links from people in the thread, or a list', async () => {
    const pdf = {
      filename: 'Q4_order_v2.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-1.7'),
    };
    expect(
      await codes(
        reply(
          'Maria Keller <maria.keller@supplier.example>',
          'Hi Alice,\n\nQuantities updated, see attached.',
          {
            attachments: [pdf],
          },
        ),
      ),
    ).toEqual([]);
    expect(
      await codes(
        reply(
          'Tom Becker <tom.becker@supplier.example>',
          'Hi Alice, Maria is out today. The signed order is here: https://www.dropbox.com/s/abc123/Q4.pdf',
        ),
      ),
    ).toEqual([]);
    expect(
      await codes(
        reply(
          'Maria Keller <maria.keller@supplier.example>',
          'Our price list: https://www.supplier.example/prices',
        ),
      ),
    ).toEqual([]);
    expect(
      await codes(
        reply('Sam Ortiz <sam@elsewhere.example>', 'Try this build: https://mirror.example/tool-1.2.zip', {
          headers: ['List-Id: <tools.lists.example>'],
        }),
      ),
    ).toEqual([]);
  });

  it('says nothing of a message that is not a reply, or a reply that quotes nothing', async () => {
    expect(
      await codes(
        message({
          from: 'Accounts <accounts@atlas-roofing.example>',
          subject: 'Q4 order',
          text: 'Please see https://atlas-files.example/q4.zip',
        }),
      ),
    ).toEqual([]);
    expect(
      await codes(
        message({
          from: 'Accounts <accounts@atlas-roofing.example>',
          subject: 'RE: Q4 order',
          text: 'Please see https://atlas-files.example/q4.zip',
        }),
      ),
    ).toEqual([]);
  });
  it('reads a thread forwarded inline to the desk from below the forwarded headers', async () => {
    const raw = [
      'From: Alice Smith <alice@corp.example>',
      'To: phish@corp.example',
      'Subject: Fwd: RE: Q4 order',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Is this real?',
      '',
      '---------- Forwarded message ---------',
      'From: Maria Keller <m.keller@lakeside-bakery.example>',
      'Date: Wed, 4 Nov 2026 at 09:12',
      'Subject: RE: Q4 order',
      'To: Alice Smith <alice@corp.example>',
      '',
      'Hi, the updated order: https://northfield-church.example/q4/view.php',
      HISTORY,
    ].join('\r\n');
    const { reported } = await readReport(Buffer.from(raw), false, { maxParts: 100 });
    expect((await replyChains.analyse(reported, context())).map((s) => s.code)).toEqual([
      'reply-impostor',
      'reply-chain-push',
    ]);
  });
});
