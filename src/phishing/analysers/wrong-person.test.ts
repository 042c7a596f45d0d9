import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { wrongPerson } from './wrong-person.js';

const codes = async (from: string, text: string, html?: string) =>
  (await wrongPerson.analyse(await message({ from, text, html }), context())).map((s) => s.code);

describe('the wrong-person analyser', () => {
  it('names a stranger from free mail unsure who you are who wants to keep talking', async () => {
    const [found] = await wrongPerson.analyse(
      await message({
        from: 'Tomasz <tomasz.chen60@proton.me>',
        subject: 'Hi, is this still Kevin?',
        text: "Hi, is this Kevin? We met at the wine tasting last month. I just moved back from Singapore and don't know many people here. If I have the wrong person, sorry for bothering you, but maybe we can still be friends?",
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'wrong-person-opener', weight: 40 });
  });

  it("says nothing of a company's mail, a friend's note, or a mistaken address with a link", async () => {
    const text = 'Sorry to bother you, I think I have the wrong address. Hope we can keep in touch!';
    expect(await codes('Ann <ann@partner.example>', text)).toEqual([]);
    expect(await codes('Ann <ann.lee@gmail.com>', 'Great to see you at the game, talk again soon!')).toEqual(
      [],
    );
    expect(await codes('Ann <ann.lee@gmail.com>', text, '<a href="https://x.example/">photos</a>')).toEqual(
      [],
    );
  });
});
