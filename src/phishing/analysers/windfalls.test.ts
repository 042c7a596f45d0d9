import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { windfalls } from './windfalls.js';

const codes = async (from: string, text: string, headers: string[] = []) =>
  (await windfalls.analyse(await message({ from, text, headers }), context())).map((s) => s.code);

describe('the windfalls analyser', () => {
  it('names an estate to share as next of kin for your details, and lost funds released for a fee', async () => {
    const [found] = await windfalls.analyse(
      await message({
        from: 'Barrister <barrister@lawchambers.example>',
        text: 'I propose that you stand as next of kin so the funds can be released; we will share the proceeds. Kindly reply with your full name, address and phone number.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'windfall', weight: 45 });
    expect(found.explanation).toContain('"next of kin"');
    expect(
      await codes(
        'Recovery Unit <cases@asset-recovery.example>',
        'Our unit has traced funds lost to an online fraud. To release $31,676 to you, a recovery fee of 8% must be paid in advance.',
      ),
    ).toEqual(['windfall']);
    expect(
      await codes(
        'Sofia <sofia@gmx.net>',
        'Last month I made 32% on the platform. Register here with my invitation code.',
      ),
    ).toEqual(['windfall']);
  });

  it('reads the promise and the price in other languages', async () => {
    expect(
      await codes(
        'Abogado <abogado@bufete.example>',
        'Su herencia de 2,4 millones puede ser liberada. Responda con su nombre completo y dirección.',
      ),
    ).toEqual(['windfall']);
  });

  it("says nothing of a fund's report, a colleague's note, or a newsletter", async () => {
    expect(
      await codes(
        'Investor Relations <ir@fund.example>',
        'The fund returned 7% this year after fees; the annual report is attached.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Ann <ann@corp.example>',
        'The lottery for parking spaces is open; reply with your name to take part.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Money Weekly <news@money.example>',
        'How lottery winners lose it all, and why you should never pay a fee in advance.',
        ['List-Id: <weekly.money.example>'],
      ),
    ).toEqual([]);
  });

  it('reads the classic advance-fee letters: a share of millions to move, a prize through an agent, a private address', async () => {
    for (const text of [
      'I need your urgent assistance to transfer the sum of US$10.5 Million into your account. I shall give you 35% of the total sum. Kindly send me your full name and private phone number.',
      'Your email address won in the Online Draw (Lottery Coordinator). To claim your prize, contact our fiduciary agent with the following: Full Name, Address, Telephone, Age.',
      'I have US$47.5M which I want to invest in your country. You will receive 20% for your role. Please reply to my private email for details.',
      'The Payment Office has approved the payment of $3.2 Million to you as a victim of fraud. A delivery fee of $418 applies.',
    ])
      expect(await codes('Grace Adeyemi <gadeyemi@mailbox.example>', text), text).toEqual(['windfall']);
  });

  it("says nothing of a company's millions in the news, or a conference's registration fee", async () => {
    expect(
      await codes(
        'Trade News <news@trade.example>',
        'Acme raised a sum of $12 million in its latest round; its founders will receive 20% of the shares.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Events <events@conf.example>',
        'Early registration closes Friday; send us your full name for the badge.',
      ),
    ).toEqual([]);
  });
});
