import { describe, expect, it } from 'vitest';
import { donations } from './donations.js';
import { context, message } from './fixture.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await donations.analyse(await message(parts), context())).map((s) => s.code);

describe('the donations analyser', () => {
  it("names a disaster appeal whose donate button goes to a site that is not the sender's", async () => {
    expect(
      await codes({
        from: 'Relief Fund <appeal@relief-now.example>',
        html: '<p>Thousands of flood victims need shelter tonight.</p><a href="https://give-fast.example/">Donate now</a>',
      }),
    ).toEqual(['donation-elsewhere']);
  });

  it("says nothing of a charity's appeal on its own site, its newsletter, or one without a disaster", async () => {
    expect(
      await codes({
        from: 'Red Relief <appeal@redrelief.example>',
        html: '<p>Earthquake victims need you.</p><a href="https://donate.redrelief.example/">Donate now</a>',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Red Relief <news@redrelief.example>',
        headers: ['List-Id: <news.redrelief.example>'],
        html: '<p>Hurricane victims need you.</p><a href="https://partner.example/">Donate</a>',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Digital rights <alerts@rights.example>',
        text: 'Help his legal defence fund, donate at: https://legalfund.example/ and read https://news.example/',
      }),
    ).toEqual([]);
  });
});
