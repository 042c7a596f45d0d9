import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { nameCompounds } from './name-compounds.js';

const found = async (from: string, text: string) =>
  (await nameCompounds.analyse(await message({ from, text }), context())).map((s) => [s.code, s.weight]);

describe('the name-compounds analyser', () => {
  it("names a link to a domain registered as the sender's name joined to a kit's word, not a platform's subdomain", async () => {
    expect(
      await found(
        'TIMOCOM Marketplace <marketplace@timocom-freight.example>',
        'The offer is reserved for you for 30 minutes. View offer: https://login-timocom.example/sso/login?offer=812450',
      ),
    ).toEqual([['name-compound-link', 30]]);
    expect(
      await found(
        'Steenbakkerij Aalst NV via SAP Business Network <ordersender-prod@ariba-supplier-network.example>',
        'Process order: https://sap-ariba-login.net/po/1i3kGBRzmS',
      ),
    ).toEqual([['name-compound-link', 30]]);
    expect(
      await found(
        'Acme Payroll <noreply@acmepayroll.example>',
        'Sign in: https://acme-login.idp.example/start',
      ),
    ).toEqual([]);
    expect(
      await found(
        'Acme Payroll <noreply@acmepayroll.example>',
        'Sign in: https://login.acmepayroll.example/start',
      ),
    ).toEqual([]);
  });

  it("names a sender whose domain is its own name joined to a kit's word, whatever the text's language", async () => {
    expect(
      await found(
        'Skatteverket <noreply@skatteverket-aterbaring-online.example>',
        'Ange ditt konto med BankID: https://skatteverket-aterbaring-online.example/aterbaring?id=1',
      ),
    ).toEqual([['name-compound-sender', 20]]);
    // "online", "portal" and "cloud" are words honest services name themselves with too
    expect(
      await found(
        'e-Vergabe <noreply@evergabe-online.example>',
        'Frist: https://www.evergabe-online.example/tender/1',
      ),
    ).toEqual([['name-compound-sender', 20]]);
    expect(
      await found(
        'Sparkasse <service@sparkassesupport.example>',
        'Jetzt einrichten: https://sparkassesupport.example/x',
      ),
    ).toEqual([['name-compound-sender', 35]]);
    expect(
      await found('Oakmere Consulting Accounts <ar@oakmereconsulting-billing.example>', 'Invoice attached.'),
    ).toEqual([['name-compound-sender', 20]]);
    expect(
      await found(
        'e-TOLL <info@etoll-oplata-secure.example>',
        'Opłata: https://etoll-oplata-secure.example/',
      ),
    ).toEqual([['name-compound-sender', 35]]);
    expect(
      await found(
        'Social Security Administration <statement@ssa-statement-cloud.example>',
        'Your statement is ready.',
      ),
    ).toEqual([['name-compound-sender', 20]]);
  });

  it('weighs a compound that asks nothing too little to flag a message on its own', async () => {
    expect(await found('Ann Lee <ann@lee-secure.example>', 'Lunch on Friday?')).toEqual([
      ['name-compound-sender', 20],
    ]);
  });

  it('leaves a name sent from its own domain, a mail domain, a known brand and a stranger alone', async () => {
    const text = 'Sign in: https://portal.example/';
    expect(await found('Skatteverket <noreply@skatteverket.example>', text)).toEqual([]);
    expect(await found('Greenhouse <no-reply@greenhouse-mail.example>', text)).toEqual([]);
    expect(await found('Microsoft <msonlineservicesteam@microsoftonline.com>', text)).toEqual([]);
    expect(await found('Visma Lön <noreply@vismaonline.com>', text)).toEqual([]);
    expect(await found('Acme Support <help@acmesupport.example>', text)).toEqual([]);
    expect(await found('Contoso Online <noreply@contoso-online.example>', text)).toEqual([]);
    expect(await found('Harbor Secure Storage <billing@harborsecure.example>', text)).toEqual([]);
    expect(await found('Rafael Hughes <rafael@lakeside-dental.example>', text)).toEqual([]);
  });

  it("names an organisation's name over a domain that carries none of it, when the message gives something to act on", async () => {
    expect(
      await found(
        'Ostrander Water District Accounts Payable <ap@vndgpmns.test>',
        'Remittance available. Sign in with your email: https://vndgpmns.test/ostranderwater/login',
      ),
    ).toEqual([['name-elsewhere', 20]]);
    expect(
      await found('Ostrander Water District Accounts Payable <ap@vndgpmns.test>', 'Paid, thanks.'),
    ).toEqual([]);
  });

  it("leaves an organisation's name its domain, mailbox or links carry, a desk's name, a person's and a platform's", async () => {
    const link = 'See https://portal.example/x';
    for (const from of [
      'Ostrander Water District <billing@ostranderwater.example>',
      'Bank of Ireland Customer Service <alerts@boi.example>',
      'Pacific Gas and Electric Company <billing@pge.example>',
      'Royal Borough of Kingston Council <noreply@kingston.example>',
      'Halvern Group Benefits <halverngroup@notifications.benefits.example>',
      'Kilnworks Ltd <messaging-service@post.invoicing.example>',
      'Customer Service <support@shop.example>',
      'Accounts Payable Team <ap@vendor.example>',
      'Nadia Kowalski <nkowalski@tillmanroofing.example>',
      'Halvern Group via Bill Pay <notify@billpay.example>',
    ])
      expect(
        (
          await nameCompounds.analyse(
            await message({ from, text: link, headers: ['Reply-To: accounts@kilnworks.example'] }),
            context(),
          )
        ).map((x) => x.code),
        from,
      ).toEqual([]);
    expect(
      await found(
        'CNET Internet Services <online@newsletter.online.example>',
        'Read on https://www.cnet.com/news/1',
      ),
    ).toEqual([]);
  });

  it("reads two letters as a name only when they are the whole name, not a longer name's initials", async () => {
    expect(
      await found(
        'RS Components Accounts <invoices@rs-online.example>',
        'Your invoice: https://rs-online.example/inv/1',
      ),
    ).toEqual([]);
    expect(
      await found(
        '"OP" <asiakaspalvelu@op-tunnistus-secure.example>',
        'Vahvista: https://op-tunnistus-secure.example/fi',
      ),
    ).toEqual([['name-compound-sender', 35]]);
  });
});
