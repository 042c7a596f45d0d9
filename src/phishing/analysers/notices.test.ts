import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { notices } from './notices.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await notices.analyse(await message(parts), context())).map((s) => s.code);

const button = (href: string, text = 'Listen to message') => `<p><a href="${href}">${text}</a></p>`;

describe('the notices analyser', () => {
  it("names a service's short notice whose button goes to a domain unrelated to the sender", async () => {
    const [found] = await notices.analyse(
      await message({
        from: '"Voice Messaging Service" <calls@pbx-cloud.example>',
        html: `<p>You have 1 unheard message (0:42) from +44 20 7946 0018.</p>${button('https://audio-box.example/m/7')}`,
        text: 'You have 1 unheard message (0:42) from +44 20 7946 0018.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'notice-elsewhere', weight: 30 });
    expect(found.explanation).toContain('"Listen to message" goes to audio-box.example');
    expect(found.explanation).toContain('pbx-cloud.example');
    expect(
      await codes({
        from: 'Scanner <no-reply@printers.example>',
        html: `<p>Scanned 3 pages.</p>${button('https://files.example/s/1', 'View scan')}`,
      }),
    ).toEqual(['notice-elsewhere']);
  });

  it("says nothing of a service's notice that links to its own site, a person's note, or a newsletter", async () => {
    expect(
      await codes({
        from: '"Voice Messaging Service" <calls@pbx-cloud.example>',
        html: `<p>You have 1 unheard message.</p>${button('https://portal.pbx-cloud.example/m/7')}`,
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Maria Lopez <maria@partner.example>',
        html: `<p>Here are the slides from today.</p>${button('https://files.example/s/1', 'Slides')}`,
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Product News <news@shop.example>',
        headers: ['List-Unsubscribe: <https://shop.example/u>'],
        html: `<p>New this week.</p>${button('https://click.mailer.example/c/1', 'See the offers')}`,
      }),
    ).toEqual([]);
    // a brand's own short links are its site: a Google Photos album shared from google.com
    expect(
      await codes({
        from: '"Google Photos" <noreply-photos@google.com>',
        html: `<p>Ayşe shared an album with you.</p>${button('https://photos.app.goo.gl/AbC123', 'View album')}`,
      }),
    ).toEqual([]);
    // the same name under another ending, and the name a mail domain sends for, are the sender's own
    expect(
      await codes({
        from: 'Yousign <noreply@yousign.com>',
        html: `<p>Anna invites you to sign a document.</p>${button('https://yousign.app/signatures/1', 'Sign')}`,
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Acme Recruiting <no-reply@greenhouse-mail.io>',
        html: `<p>Your interview is scheduled.</p>${button('https://app.greenhouse.io/kits/1', 'Open kit')}`,
      }),
    ).toEqual([]);
    const many = Array.from({ length: 6 }, (_, i) =>
      button(`https://track.example/c/${i}`, `Story ${i}`),
    ).join('');
    expect(
      await codes({ from: 'Support Team <support@shop.example>', html: `<p>Stories.</p>${many}` }),
    ).toEqual([]);
  });

  it("names a government's or a brand's own address whose button goes elsewhere", async () => {
    const [found] = await notices.analyse(
      await message({
        from: '"HM Revenue & Customs" <refunds@hmrc.gov.uk>',
        html: `<p>You are due a tax refund.</p>${button('https://refund-portal.example/claim', 'Claim your refund')}`,
      }),
      context(),
    );
    expect(found.code).toBe('notice-elsewhere');
    expect(found.explanation).toContain("hmrc.gov.uk, a government's domain");
    expect(
      await codes({
        from: '"HM Revenue & Customs" <refunds@hmrc.gov.uk>',
        html: `<p>Your tax return was received.</p>${button('https://www.tax.service.gov.uk/account', 'Sign in')}`,
      }),
    ).toEqual([]);
  });

  it("lets the company's own notices send people to the services it runs on, not to a page anyone publishes", async () => {
    const from = 'IT Service Desk <servicedesk@corp.example>';
    const text = 'Please register the Authenticator app this week.';
    expect(
      await codes({
        from,
        text,
        html: button('https://mysignins.microsoft.com/security-info', 'My Sign-Ins'),
      }),
    ).toEqual([]);
    expect(
      await codes({
        from,
        text,
        html: button('https://corpexample.sharepoint.com/sites/HR/Policy.aspx', 'Read the policy'),
      }),
    ).toEqual([]);
    expect(
      await codes({ from, text, html: button('https://sites.google.com/view/it-desk', 'Register') }),
    ).toEqual(['notice-elsewhere']);
    expect(
      await codes({
        from: 'IT Service Desk <servicedesk@it-desk.example>',
        text,
        html: button('https://sites.google.com/view/it-desk', 'Register'),
      }),
    ).toEqual(['notice-elsewhere']);
  });

  it('reads a free mail address as a person, not its provider', async () => {
    expect(
      await codes({
        from: 'Marcie <marcie1136786@yahoo.com>',
        html: `<p>Compare your coverage today.</p>${button('https://insurance-quotes.example/', 'COMPARE YOUR COVERAGE')}`,
      }),
    ).toEqual([]);
  });

  it('reads the small print (a privacy statement) as no call to action', async () => {
    expect(
      await codes({
        from: '"Lena Fischer (via SharePoint Online)" <no-reply@sharepointonline.com>',
        html: `<p>Lena Fischer shared a file with you</p>${button('https://corpexample.sharepoint.com/:x:/s/ops/abc', 'Team roster.xlsx')}${button('https://privacy.microsoft.com/privacystatement', 'Microsoft Privacy Statement')}`,
      }),
    ).toEqual([]);
  });

  it("says nothing of a service's notice whose button goes to the company's own site", async () => {
    expect(
      await codes({
        from: '"Marcus Fitzgerald via Canvas" <notifications@learning.example>',
        html: button('https://learn.corp.example/courses/72556', 'View announcement'),
      }),
    ).toEqual([]);
  });
});
