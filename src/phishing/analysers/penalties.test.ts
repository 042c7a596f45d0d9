import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { penalties } from './penalties.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await penalties.analyse(await message(parts), context())).map((s) => s.code);

describe('the penalties analyser', () => {
  it('names an unpaid toll or fine with a threat, to pay on a site neither the sender nor a government', async () => {
    const [found] = await penalties.analyse(
      await message({
        from: 'Road Services <notice@roads-notice.example>',
        text: 'You have an unpaid toll of $4.15. Pay today to avoid a late fee and the suspension of your vehicle registration: https://toll-settle.example/pay',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'penalty-elsewhere', weight: 35 });
    expect(found.explanation).toContain('toll-settle.example');
    expect(
      await codes({
        html: '<p>Your parking fine has not been paid. Without payment the matter goes to a debt collection agency.</p><a href="https://fine-portal.example/">Pay now</a>',
      }),
    ).toEqual(['penalty-elsewhere']);
  });

  it('weighs a little less an unpaid toll to pay on the site of a sender that is no agency or operator it knows', async () => {
    const [found] = await penalties.analyse(
      await message({
        from: '"Toll Services" <notice@balancetoll.example>',
        text: 'A toll charge of $3.55 is still unpaid. Settle it within 24 hours to avoid additional penalties: https://balancetoll.example/us',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'penalty-elsewhere', weight: 30 });
    expect(found.explanation).toContain("the sender's own site");
  });

  it("says nothing of a known operator's own notice, a government's site, or a supplier's overdue invoice", async () => {
    const toll = 'Your toll invoice is overdue: unpaid tolls incur a late fee.';
    expect(
      await codes({
        from: 'SunPass <noreply@sunpass.com>',
        text: `${toll} https://www.sunpass.com/pay`,
      }),
    ).toEqual([]);
    expect(await codes({ text: `${toll} Pay at https://www.dmv.ca.gov/pay` })).toEqual([]);
    expect(
      await codes({
        text: 'Invoice 7781 is overdue; a late fee of 2% applies. Pay at https://pay.supplier.example/7781',
      }),
    ).toEqual([]);
  });
});
