import { describe, expect, it } from 'vitest';
import { firstContact } from './first-contact.js';
import { context, message, pdf } from './fixture.js';
import { looksMadeUp } from './made-up-domains.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await firstContact.analyse(await message(parts), context())).map((s) => s.code);

describe('made-up domains', () => {
  it('tells words closed by scrambled letters and digits from names people choose', () => {
    expect(looksMadeUp('billing-center-x7k2.example')).toBe(true);
    expect(looksMadeUp('mail.docs-view-96d0.example.net')).toBe(true);
    expect(looksMadeUp('ostara-components.example')).toBe(false);
    expect(looksMadeUp('covid-19-relief.example')).toBe(false);
    expect(looksMadeUp('dms-www01.netcenter.example')).toBe(false);
  });
});

describe('the first-contact analyser', () => {
  it('notes a made-up sender domain and a made-up link, weighing little', async () => {
    const signals = await firstContact.analyse(
      await message({
        from: 'Accounts <ar@billing-center-x7k2.example>',
        text: 'Your statement is ready: https://statement-view-9qk3.example/s/881',
      }),
      context(),
    );
    expect(signals.map((s) => [s.code, s.weight])).toEqual([
      ['made-up-sender', 10],
      ['made-up-link', 10],
    ]);
  });

  it('names a made-up link dressed as a brand, and not a brand name in an ordinary site', async () => {
    expect(
      await codes({
        from: 'Elliot <elliot@ostara-components.example>',
        text: 'The updated schedule: https://onedrive-secure-nkc3.example/personal/elliot/doc',
      }),
    ).toEqual(['made-up-brand-link']);
    expect(
      await codes({
        from: 'Elliot <elliot@ostara-components.example>',
        text: 'Our guide to sharing: https://onedrive-tips.example/guide',
      }),
    ).toEqual([]);
  });

  it('says nothing of a business domain, or of a numbered host of its own operator', async () => {
    expect(
      await codes({
        from: 'Elliot <elliot@ostara-components.example>',
        text: 'The delivery plan is here: https://dms-www01.ostara-components.example/plan',
      }),
    ).toEqual([]);
  });

  it('names a first message from free mail that asks to pay an attached invoice today, in any language', async () => {
    const signals = await firstContact.analyse(
      await message({
        from: 'Buchhaltung <buchhaltung.mahnung@gmail.com>',
        subject: 'Rechnung 1162',
        text: 'Bitte überweisen Sie den Betrag heute, um Inkassokosten zu vermeiden.',
        attachments: [
          { filename: 'Rechnung_1162.pdf', contentType: 'application/pdf', content: pdf(['Rechnung 1162']) },
        ],
      }),
      context(),
    );
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ code: 'stranger-ask', weight: 20 });
    expect(signals[0].explanation).toContain('free mail account');
    expect(signals[0].explanation).toContain('Rechnung_1162.pdf');
  });

  it('names a display name wearing a brand its domain is not, asking to call now', async () => {
    expect(
      await codes({
        from: '"PayPal" <service@payments-notice.example>',
        text: 'A withdrawal was requested from your account. If it was not you, call +1 (803) 555-0103 now to stop it.',
      }),
    ).toEqual(['stranger-ask']);
  });

  it('says nothing of a vendor writing first from its own domain, pressing and linking elsewhere', async () => {
    expect(
      await codes({
        from: 'Dana Ruiz <dana@lakeside-analytics.example>',
        text: 'Hello, we help teams like yours cut reporting time. Book a demo today: https://calendly.com/dana-ruiz',
      }),
    ).toEqual([]);
  });

  it('takes a Re: subject without the headers of a reply for what it is, a first message', async () => {
    expect(
      await codes({
        from: 'Accounts Payable <ap.desk.notices@outlook.com>',
        subject: 'RE: overdue invoice',
        text: 'As discussed, settle the attached invoice today to avoid collection.',
        attachments: [{ filename: 'invoice.pdf', contentType: 'application/pdf', content: pdf(['Invoice']) }],
      }),
    ).toEqual(['stranger-ask']);
  });

  it("does not take a link to a known brand's own site for an ask, nor a forward for a first message", async () => {
    expect(
      await codes({
        from: 'Joy <joy.k@hotmail.com>',
        text: 'Join my group today: https://www.microsoft.com/groups/joy',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Joy <joy.k@hotmail.com>',
        subject: 'Fwd: the cabin booking',
        text: 'Can you pay this today? https://cabins-booking.example/pay',
      }),
    ).toEqual([]);
  });

  it('says nothing of a reply in a thread, even from free mail asking to pay today', async () => {
    expect(
      await codes({
        from: 'Sam Ortiz <sam.ortiz@gmail.com>',
        subject: 'Re: the cabin booking',
        headers: ['In-Reply-To: <a1@corp.example>'],
        text: 'Great, please pay the deposit today, the account is in the attached PDF.',
        attachments: [{ filename: 'booking.pdf', contentType: 'application/pdf', content: pdf(['Booking']) }],
      }),
    ).toEqual([]);
  });

  it('does not count replies sent to a colleague or to a newsletter editor as a mismatch', async () => {
    expect(
      await codes({
        from: 'Lena Walsh (via SharePoint Online) <no-reply@sharepointonline.com>',
        headers: ['Reply-To: lena.walsh@corp.example'],
        text: 'Lena shared a file with you. Open it now: https://files-share.example/d/1',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Media Unspun <editor@mediaunspun.example>',
        headers: ['Reply-To: editor@vineyard.example'],
        text: 'Read the whole issue now: https://www.newsletters.example/issue/9',
      }),
    ).toEqual([]);
  });
});
