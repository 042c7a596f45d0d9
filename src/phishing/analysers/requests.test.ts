import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { requests } from './requests.js';

describe('the requests analyser', () => {
  it('names a pressed request for money from a free mail account', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller.ceo@gmail.com>',
        text: 'Are you at your desk? I need an urgent wire transfer processed today, I am in a meeting.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('"wire transfer"');
    expect(found.explanation).toContain('maria.keller.ceo@gmail.com');
  });

  it('says nothing of a colleague mentioning payroll without haste', async () => {
    const note = await message({
      from: 'HR <hr@corp.example>',
      text: 'The payroll calendar for next year is attached.',
    });
    expect(await requests.analyse(note, context())).toEqual([]);
  });

  it('names a change of bank details whoever sends it, more so from free mail', async () => {
    const [vendor] = await requests.analyse(
      await message({
        from: 'Accounts <ar@supplier.example>',
        text: 'Please note that our banking details have changed. Pay the open invoices to the new account below.',
      }),
      context(),
    );
    expect(vendor).toMatchObject({ code: 'payment-redirect', weight: 35 });
    const [employee] = await requests.analyse(
      await message({
        from: 'Tom Becker <tombecker7@gmail.com>',
        text: 'I changed banks and would like to update my direct deposit before the next pay date.',
      }),
      context(),
    );
    expect(employee).toMatchObject({ code: 'payment-redirect', weight: 50 });
  });

  it('weighs a pressed demand for payment more when it threatens a penalty', async () => {
    const pressed = await requests.analyse(
      await message({ from: 'Collections <c@billing.example>', text: 'Please remit payment today.' }),
      context(),
    );
    expect(pressed[0].weight).toBe(20);
    const threatened = await requests.analyse(
      await message({
        from: 'Collections <c@billing.example>',
        text: 'Final notice: please remit payment today to avoid a late fee.',
      }),
      context(),
    );
    expect(threatened[0].weight).toBe(35);
  });

  it('reads gift cards under their brands and secrecy as pressure', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <ceo.keller@outlook.com>',
        text: 'I need you to get some Apple cards for the staff, send me the codes. Do not tell anyone, it is a surprise.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'money-or-secret-request', weight: 40 });
    expect(found.explanation).toContain('"Apple cards"');
  });

  it('names the opener of gift-card fraud from a free mail account: free for a task, and do not check', async () => {
    const [found] = await requests.analyse(
      await message({
        from: 'Maria Keller <maria.keller.office@gmail.com>',
        text: "Are you available? I need you to handle a task for me discreetly. I'm in a conference and can't talk.",
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'bec-opener', weight: 40 });
    expect(found.explanation).toContain('"Are you available"');
  });

  it("says nothing of a colleague's question from the company's own mail, or a friend's plain one", async () => {
    const codes = async (from: string, text: string) =>
      (await requests.analyse(await message({ from, text }), context())).map((s) => s.code);
    expect(
      await codes(
        'Maria Keller <maria.keller@corp.example>',
        'Are you available? I am in a meeting until 3, then free.',
      ),
    ).toEqual([]);
    expect(await codes('Tom <tom.b@gmail.com>', 'Are you free on Saturday for the match?')).toEqual([]);
  });
  it("names the opener that asks for a personal number, and an ask for employees' W-2 forms, from free mail", async () => {
    const opener = await requests.analyse(
      await message({
        from: 'Maria Keller <m.keller.office@gmail.com>',
        text: "Hi, send me your cell number, I need a task done. I'm in a conference and can't talk.",
      }),
      context(),
    );
    expect(opener.map((s) => s.code)).toEqual(['bec-opener']);
    const w2 = await requests.analyse(
      await message({
        from: 'Maria Keller <m.keller.office@gmail.com>',
        text: 'I need the W-2 forms of all staff for a review today, send them as one PDF.',
      }),
      context(),
    );
    expect(w2.map((s) => s.code)).toEqual(['money-or-secret-request']);
  });
});
