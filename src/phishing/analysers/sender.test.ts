import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { sender } from './sender.js';

const signs = async (from: string, headers: string[] = []) =>
  sender.analyse(await message({ from, headers }), context());
const codes = async (from: string, headers: string[] = []) => (await signs(from, headers)).map((s) => s.code);

describe('the sender analyser', () => {
  it('says nothing of a brand writing from its own domain', async () => {
    expect(await codes('PayPal <service@paypal.com>')).toEqual([]);
  });

  it("says nothing of OneDrive's share notices, which come from SharePoint Online's domain", async () => {
    expect(await codes('"Anna Weber (über OneDrive)" <no-reply@sharepointonline.com>')).toEqual([]);
  });

  it("says nothing of an e-signature service's mail sent for someone from the service's own domain", async () => {
    expect(await codes('"Ingrid Rossi via Adobe Acrobat Sign" <adobesign@adobesign.com>')).toEqual([]);
    expect(await codes('"Adobe Sign" <echosign@echosign.com>')).toEqual([]);
  });

  it("names the brands phishing wears in the countries it targets, and a licensing authority's name, over others' domains", async () => {
    expect(await codes('InPost <powiadomienia@paczka-odbior.example>')).toEqual(['display-name-brand']);
    expect(await codes('InPost <info@inpost.pl>')).toEqual([]);
    expect(await codes("l'Assurance Maladie <ne-pas-repondre@assure-carte.example>")).toEqual([
      'display-name-brand',
    ]);
    expect(await codes('DVLA <notifications@licence-resolve.example>')).toEqual(['display-name-authority']);
    expect(await codes('DVLA <noreply@notifications.service.gov.uk>')).toEqual([]);
    expect(await codes('Brigade de protection des mineurs <convocation.4417@gmx.net>')).toEqual([
      'display-name-authority',
    ]);
    expect(await codes('npm <support@registry-help.example>')).toEqual(['display-name-brand']);
  });

  it('names a brand or a colleague worn over an unrelated address', async () => {
    expect(await codes('"PayPal Support" <help@random-mailer.example>')).toEqual(['display-name-brand']);
    expect(await codes('"ceo@corp.example" <boss@freemail.example>')).toEqual(['display-name-address']);
    expect(await codes('"Finance (corp.example)" <finance@payments.example>')).toEqual([
      'display-name-colleague',
    ]);
  });

  it('counts a brand in the name of a mailing list for less than one worn by a lone sender', async () => {
    const [lone] = await signs('"Apple Support" <help@random-mailer.example>');
    const [list] = await signs('"Gnome Apple Core" <subscriptions@gnome-news.example>', [
      'List-Unsubscribe: <mailto:leave@gnome-news.example>',
    ]);
    expect(lone).toMatchObject({ code: 'display-name-brand', weight: 25 });
    expect(list).toMatchObject({ code: 'display-name-brand', weight: 15 });
    expect(list.explanation).toContain('mailing list');
  });

  it('finds lookalike domains: homographs, typos, brand names and subdomain tricks', async () => {
    const homograph = (await signs('PayPal <service@p\u0430ypal.com>')).find(
      (s) => s.code === 'lookalike-sender',
    );
    expect(homograph?.explanation).toContain('look-alike characters');
    expect((await signs('Mail <it@unrelated.example>')).map((s) => s.code)).toEqual([]);
    expect((await signs('IT <it@corp-helpdesk.example>'))[0].explanation).toContain(
      'carries the name of corp.example',
    );
    expect((await signs('IT <it@c0rp.example>'))[0].explanation).toContain(
      'c0rp.example is made to look like corp.example',
    );
    expect((await signs('Orders <orders@amazom.com>'))[0].explanation).toContain('typo-squatted');
    // a changed first letter makes another company's name more often than a lookalike; so, in a short
    // name, does a letter that is no neighbouring key's (fenex beside fedex), unlike a slip (fedez)
    expect(await codes('An Post <noreply@anpost.com>')).not.toContain('lookalike-sender');
    expect(await codes('Fenex <info@fenex.nl>')).not.toContain('lookalike-sender');
    // a short name under another ending is anyone's: w3.org is not WeTransfer's we.tl
    expect(await codes('W3C <team@w3.org>')).not.toContain('lookalike-sender');
    expect(await codes('FedEx <track@fedez.com>')).toContain('lookalike-sender');
    expect(await codes('FedEx <track@fdeex.com>')).toContain('lookalike-sender');
    // a brand's domain under a country's ending is its country site, another domain behind it is not
    expect(await codes('Bryan <bryan@yahoo.com.au>')).not.toContain('lookalike-sender');
    expect(await codes('PayPal <service@paypal.com.secure-login.example>')).toContain('lookalike-sender');
    expect((await signs('Netflix <billing@netflix-billing.example>')).map((s) => s.code)).toContain(
      'lookalike-sender',
    );
  });

  it('reads a brand whose name is a common word inside a business name as the word, beside a sign-in word as the brand', async () => {
    expect(await codes('Brightdesk <deals@e.brightdesk-office.example>')).not.toContain('lookalike-sender');
    expect(await codes('Orchard <news@green-apple.example>')).not.toContain('lookalike-sender');
    expect(await codes('Microsoft <it@office-login.example>')).toContain('lookalike-sender');
    expect(await codes('Apple <id@secure-apple.example>')).toContain('lookalike-sender');
  });

  it('names replies that go elsewhere, more so to free mail', async () => {
    const [reply] = await signs('Shop <orders@shop.example>', ['Reply-To: shop.refunds@gmail.com']);
    expect(reply).toMatchObject({ code: 'reply-to-mismatch', weight: 20 });
    expect(reply.explanation).toContain('shop.refunds@gmail.com, a free mail account');
    const [colleague] = await signs('Imran Lind <imran.lind@corp.example>', [
      'Reply-To: imran_lind14@icloud.com',
    ]);
    expect(colleague).toMatchObject({ code: 'reply-to-mismatch', weight: 35 });
  });

  it("names replies sent to a domain built on the sender's own name, not to an unrelated one", async () => {
    for (const replyTo of [
      'accounts@harbourfreight-billing.example',
      'accounts@harbourfreight.example.co',
      'accounts@harbourfreigth.example',
    ]) {
      expect(await codes('Accounts <accounts@harbourfreight.example>', [`Reply-To: ${replyTo}`])).toEqual([
        'reply-to-mismatch',
        'reply-to-sibling',
      ]);
    }
    expect(
      await codes('Newsletter <news@harbourfreight.example>', ['Reply-To: editor@press-desk.example']),
    ).toEqual(['reply-to-mismatch']);
    expect(
      await codes('Newsletter <news@mail.harbourfreight.example>', [
        'Reply-To: editor@harbourfreight.example',
      ]),
    ).toEqual([]);
  });

  it("says nothing of a service's notice whose replies go to a colleague in your own organisation", async () => {
    const colleague = 'Reply-To: lena.fischer@corp.example';
    expect(await codes('"Lena Fischer via Docusign" <dse_na3@docusign.net>', [colleague])).toEqual([]);
    expect(
      await codes('"Lena Fischer via Docusign" <dse@docu-sign.example>', ['Reply-To: lena@gmail.com']),
    ).toContain('reply-to-mismatch');
  });

  it('names a department of our own organisation writing from outside it', async () => {
    const [role] = await signs('"IT Service Desk" <support@mailer.example>');
    expect(role).toMatchObject({ code: 'display-name-role', weight: 20 });
    expect(await codes('"IT Service Desk" <servicedesk@corp.example>')).toEqual([]);
    expect(await codes('"Customer Support" <support@shop.example>')).toEqual([]);
  });

  it('finds a protected domain run together or worn in front of another', async () => {
    expect((await signs('IT <it@corpexample.net>'))[0].explanation).toContain(
      'carries the name of corp.example',
    );
    expect((await signs('IT <it@corp.example-it.com>'))[0].explanation).toContain('starts with corp.example');
    expect(await codes('Sign <dse@docusign.net-envelopes.example>')).toContain('lookalike-sender');
  });

  it("names a domain built on our own organisation's name for one of its departments, not a business's own name", async () => {
    for (const from of [
      'HR <hr@corphr.example.net>',
      'People <people@corp.payments.test>',
      'Finance <ap@corpsecure.example.net>',
      'Files <files@corpshare.example>',
    ])
      expect(await codes(from)).toContain('own-name-sender');
    const [cousin] = await signs('HR <hr@corphr.example.net>');
    expect(cousin.explanation).toContain('built on your own organisation');
    expect(await codes('Events <events@corporate-events.example>')).toEqual([]);
    expect(await codes('Anna <anna@corpus-linguistics.example>')).toEqual([]);
    expect(await codes('IT <it@intranet.corp.example>')).toEqual([]);
    expect(await codes('Support <support@corp.zendesk.com>')).toEqual([]);
  });

  it("names a domain that wears a government's or a university's ending inside its name, not theirs", async () => {
    expect(await codes('SSA <statement@ssa-gov-statement.example.net>')).toEqual(['sector-word-sender']);
    expect(await codes('Purchasing <po@university-edu-purchasing.example>')).toEqual(['sector-word-sender']);
    expect(await codes('SSA <statement@ssa.gov>')).toEqual([]);
    expect(await codes('SAT <avisos@sat.gob.mx>')).toEqual([]);
    expect(await codes('Registry <office@registry.ox.ac.uk>')).toEqual([]);
    expect(await codes('Ann <ann@governance-partners.example>')).toEqual([]);
  });

  it("names a public authority's name over a domain that is not a government's", async () => {
    const [found] = await signs('"Bundeszentralamt für Steuern" <noreply@bzst-online-portal.example>');
    expect(found).toMatchObject({ code: 'display-name-authority', weight: 25 });
    expect(await codes('"Juzgado de Primera Instancia" <notificaciones@justicia.example>')).toEqual([
      'display-name-authority',
    ]);
    expect(await codes('"IRS" <irs@irs.gov>')).toEqual([]);
    expect(await codes('"Courtney Hale" <courtney@studio.example>')).toEqual([]);
    expect(await codes('"Hampton Court Hotel" <stay@hamptoncourt.example>')).toEqual([]);
    expect(await codes('"Tax Desk, Hollis & Page" <tax@hollispage.example>')).toEqual([]);
  });

  it("weighs a brand's, an authority's or any organisation's name more over a free mail account, not a person's", async () => {
    const [brand] = await signs('"Colissimo" <colissimo.suivi5528@yahoo.com>');
    expect(brand).toMatchObject({ code: 'display-name-brand', weight: 40 });
    expect(brand.explanation).toContain('free mail account');
    const [authority] = await signs('"Agenzia delle Entrate" <rimborsi.ade@proton.me>');
    expect(authority).toMatchObject({ code: 'display-name-authority', weight: 40 });
    for (const from of [
      '"Award Department" <award.office2887@gmail.com>',
      '"Customer Care Center" <care.desk@outlook.com>',
      '"ETC服务中心" <etc.service882@yahoo.com>',
      '"우체국택배" <delivery991@proton.me>',
    ])
      expect(await codes(from)).toEqual(['organisation-on-free-mail']);
    // A brand's name that is also a first name, and people, are people.
    expect((await signs('"Chase Miller" <chase.miller@gmail.com>'))[0]).toMatchObject({ weight: 25 });
    expect(await codes('"Marta Kowalczyk" <marta.k@gmail.com>')).toEqual([]);
    expect(await codes('"Mum" <mum1957@icloud.com>')).toEqual([]);
    // A list of a free mail service carries its subject in its name.
    expect(await codes('"Rust Support Team" <rust@yahoo.com>', ['List-Id: <rust.yahoo.com>'])).toEqual([]);
  });

  it('reads a brand in a display name in any script, as a whole word', async () => {
    expect(await codes('"Česká pošta" <info@balik-dorucit.example>')).toEqual(['display-name-brand']);
    expect(await codes('"Inboxly" <hello@inboxly.example>')).toEqual([]);
  });

  it("reads a university's or a government's ending before a documentation ending as theirs", async () => {
    expect(await codes('"Samuel Delgado" <s.delgado@ashbury.edu.example>')).toEqual([]);
    expect(await codes('Notices <notice@tax.gov.test>')).toEqual([]);
    expect(await codes('SSA <statement@ssa-gov-statement.example>')).toEqual(['sector-word-sender']);
  });

  it('reads the smaller free mail providers as free mail, not as typos of a brand', async () => {
    expect(await codes('"Lena Hoffmann" <lena.hoffmann99@posteo.de>')).toEqual([]);
    expect(await codes('"Ola Nordmann" <ola@mailbox.org>')).toEqual([]);
  });
});
