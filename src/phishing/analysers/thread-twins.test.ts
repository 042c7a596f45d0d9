import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { threadTwins } from './thread-twins.js';

const answer = (
  from: string,
  references: string,
  text = 'Please use the new account for the next payment.',
) =>
  message({
    from,
    subject: 'RE: Order 5521',
    headers: [`In-Reply-To: ${references}`, `References: ${references}`],
    text,
  });
const codes = async (parts: ReturnType<typeof answer>) =>
  (await threadTwins.analyse(await parts, context())).map((s) => s.code);

describe('the thread twins analyser', () => {
  it("names a reply from a domain made to pass for the thread's company", async () => {
    const [found] = await threadTwins.analyse(
      await answer('Accounts <accounts@harbour-tiles.example.co>', '<a81k2@harbour-tiles.example>'),
      context(),
    );
    expect(found).toMatchObject({ code: 'thread-twin', weight: 35 });
    expect(found.explanation).toContain('held with harbour-tiles.example');
    expect(
      await codes(
        answer(
          'Accounts <accounts@harbor-tiles.example>',
          '<q1@corp.example>',
          'Updated details attached.\n\nFrom: Lena Ruiz <lena.ruiz@harbour-tiles.example>\nSent: Monday\n> Invoice 5521 attached.',
        ),
      ),
    ).toEqual(['thread-twin']);
  });

  it("says nothing of the company's own reply, another company in the thread, or mail providers' IDs", async () => {
    expect(
      await codes(answer('Accounts <accounts@mail.harbour-tiles.example>', '<a81k2@harbour-tiles.example>')),
    ).toEqual([]);
    expect(
      await codes(answer('Lena <lena@brightwater-logistics.example>', '<a81k2@harbour-tiles.example>')),
    ).toEqual([]);
    expect(await codes(answer('Jo <jo@outlook.de>', '<DB9PR01MB@eurprd01.prod.outlook.com>'))).toEqual([]);
    expect(await codes(answer('Tony <tony@harbour-tiles.ac.uk>', '<1028@dev.harbour-tiles.net>'))).toEqual(
      [],
    );
    expect(
      await codes(
        message({
          from: 'Kenn <kenn@harbor-tiles.example>',
          subject: 'Re: [tiles] grout',
          headers: ['In-Reply-To: <a1@harbour-tiles.example>', 'List-Id: <tiles.lists.example>'],
          text: 'Agreed.',
        }),
      ),
    ).toEqual([]);
  });
});
