import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { links } from './links.js';

const codes = async (html: string, ctx = context()) =>
  (await links.analyse(await message({ html }), ctx)).map((s) => s.code);

describe('the links analyser', () => {
  it('finds a link whose text names another site than its target', async () => {
    const found = await links.analyse(
      await message({ html: '<a href="https://evil.example/login">www.mybank.example</a>' }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['text-target-mismatch']);
    expect(found[0].explanation).toBe('A link shows "www.mybank.example" but really goes to evil.example.');
  });

  it("weighs a sender's own page about a brand's site less than a link dressed as the brand", async () => {
    const weight = async (from: string, html: string) =>
      (await links.analyse(await message({ from, html }), context())).find(
        (s) => s.code === 'text-target-mismatch',
      )?.weight;
    const html = '<a href="http://www.lindows.example/walmart">Walmart.com</a>';
    expect(await weight('Michael <michael@lindows.example>', html)).toBe(15);
    expect(await weight('Walmart <orders@lindows.example>', html)).toBe(35);
    expect(await weight('Michael <michael@other.example>', html)).toBe(35);
  });

  it("judges a link where it really goes, and names a known site's redirect put in front of it", async () => {
    const found = await links.analyse(
      await message({
        from: 'Payroll <payroll@notices.example>',
        html: '<a href="https://www.google.com/url?q=https://192.0.2.7/login">View payslip</a>',
      }),
      context(),
    );
    expect(found.map((s) => s.code).sort()).toEqual(['ip-literal', 'open-redirect']);
    // Google's own mail sends its links through its redirect; a mail filter's wrapper is no redirect
    expect(
      await links.analyse(
        await message({
          from: 'Google Calendar <calendar-notification@google.com>',
          html: '<a href="https://www.google.com/url?q=https://zoom.us/j/1">Join</a>',
        }),
        context(),
      ),
    ).toEqual([]);
    expect(
      await codes(
        '<a href="https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.shop.example%2F">www.shop.example</a>',
      ),
    ).toEqual([]);
  });

  it('says nothing of a link whose text is its own site, or plain words', async () => {
    expect(
      await codes(
        '<a href="https://www.shop.example/a">shop.example</a> <a href="https://x.example">click here</a>',
      ),
    ).toEqual([]);
  });

  it("judges the links of a calendar invitation's description like the body's", async () => {
    const invite = Buffer.from(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Agenda and sign-in:\\nhttps://bit.ly/\r\n 3abc\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    const found = await links.analyse(
      await message({
        attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', content: invite }],
      }),
      context(),
    );
    expect(found.map((s) => [s.code, s.evidence])).toEqual([['shortener', 'https://bit.ly/3abc']]);
  });

  it("reads a shared file's name as a name, not a site it fails to go to", async () => {
    expect(
      await codes('<a href="https://corpexample.sharepoint.com/:x:/s/ops/abc">Team roster 3.xlsx</a>'),
    ).toEqual([]);
    expect(await codes('<a href="https://files.example/x">report.pdf.example.com</a>')).toEqual([
      'text-target-mismatch',
    ]);
  });

  it('names bare addresses, punycode, shorteners, data: URIs and lookalikes', async () => {
    expect(await codes('<a href="http://192.0.2.7/login">Sign in</a>')).toEqual(['ip-literal']);
    expect(await codes('<a href="https://xn--pypal-4ve.com/">Sign in</a>')).toEqual([
      'punycode-host',
      'lookalike-link',
    ]);
    expect(await codes('<a href="https://bit.ly/3abc">Sign in</a>')).toEqual(['shortener']);
    expect(await codes('<a href="data:text/html;base64,PGgxPkxvZ2luPC9oMT4=">Open</a>')).toEqual([
      'data-uri',
    ]);
    expect(await codes('<a href="https://microsoft.com.account-verify.example/">Sign in</a>')).toEqual([
      'lookalike-link',
    ]);
  });

  it('names links to domains others reported this week', async () => {
    const ctx = context({
      recentlyReported: async (domains) => new Set(domains.filter((d) => d === 'fresh.example')),
    });
    expect(await codes('<a href="https://www.fresh.example/x">here</a>', ctx)).toEqual(['recently-reported']);
  });

  it("names a link hiding the reader's address, not a newsletter's tracked link", async () => {
    const hidden = Buffer.from('alice@corp.example').toString('base64');
    expect(await codes(`<a href="https://policy.example/ack?u=${hidden}">Read the policy</a>`)).toEqual([
      'reader-in-link',
    ]);
    expect(await codes('<a href="https://kit.example/#alice@corp.example">Open</a>')).toEqual([
      'reader-in-link',
    ]);
    // encoded, the address is a kit filling in its page, which weighs enough alone to make it suspicious;
    // after the #, some web apps' invitations carry it too
    const weight = async (href: string) =>
      (await links.analyse(await message({ html: `<a href="${href}">Open</a>` }), context()))[0].weight;
    expect(await weight(`https://kit.example/a/${hidden}`)).toBe(35);
    expect(await weight('https://app.example/#/join?email=alice@corp.example')).toBe(20);
    // plainly in the query: a newsletter's tracked link on its own site, or a page filled in elsewhere
    const tracked = '<a href="https://news.example/click?email=alice%40corp.example&id=7">Read more</a>';
    expect(
      (
        await links.analyse(await message({ from: 'News <letters@news.example>', html: tracked }), context())
      ).map((s) => s.code),
    ).toEqual([]);
    expect(await weight('https://renew-library.example/login?e=alice%40corp.example')).toBe(15);
    const newsletter = ['a.example', 'b.example', 'c.example', 'shop-deals.example']
      .map((h) => `<a href="https://${h}/p?email=alice%40corp.example">Deal</a>`)
      .join(' ');
    expect(await codes(newsletter)).toEqual([]);
  });

  it('names pages on free hosting and requests to let an app into the mailbox', async () => {
    expect(await codes('<a href="https://invoice-7.web.app/">Open</a>')).toEqual(['free-hosting']);
    expect(await codes('<a href="https://docs.google.com/forms/d/e/1FAIp/viewform">Verify</a>')).toEqual([
      'free-hosting',
    ]);
    expect(await codes('<a href="https://docs.google.com/document/d/1x/edit">Minutes</a>')).toEqual([]);
    const consent =
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=8f3a&response_type=code&redirect_uri=https%3A%2F%2Fapp.evil.example%2Fcb&scope=offline_access%20mail.read';
    const found = await links.analyse(await message({ html: `<a href="${consent}">Open</a>` }), context());
    expect(found.map((s) => s.code)).toEqual(['oauth-consent']);
    expect(found[0].explanation).toContain('app.evil.example');
    const signIn =
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=8f3a&redirect_uri=https%3A%2F%2Flogin.microsoftonline.com%2Fdone&scope=openid';
    expect(await codes(`<a href="${signIn}">Sign in</a>`)).toEqual([]);
  });

  it('names a link to a file on IPFS, whatever gateway serves it, and not the project site of IPFS', async () => {
    const found = await links.analyse(
      await message({
        html: '<a href="https://gw.example/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/o.html">Open</a>',
      }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['ipfs-link']);
    expect(found[0].explanation).toContain('served by gw.example');
    expect(
      await codes(
        '<a href="https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/">Open</a>',
      ),
    ).toEqual(['ipfs-link']);
    expect(
      await codes(
        '<a href="https://ipfs.io/ipns/k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnv0v8/">Open</a>',
      ),
    ).toEqual(['ipfs-link']);
    expect(await codes('<a href="https://docs.ipfs.tech/concepts/what-is-ipfs/">What is IPFS</a>')).toEqual(
      [],
    );
  });

  it('names a request to let an app into your code repositories for another site, not a plain sign-in', async () => {
    const consent =
      'https://github.com/login/oauth/authorize?client_id=Ov23li&scope=repo,workflow,read:org&redirect_uri=https://gitsecurity-app.example/callback';
    expect(await codes(`<a href="${consent}">Review</a>`)).toEqual(['oauth-consent']);
    const signIn =
      'https://github.com/login/oauth/authorize?client_id=Ov23li&scope=read:user&redirect_uri=https://ci.example/callback';
    expect(await codes(`<a href="${signIn}">Sign in with GitHub</a>`)).toEqual([]);
  });

  it("names a page planted in another site's software or hidden folders, not a file in its uploads", async () => {
    for (const href of [
      'http://dentalcare.example.com/wp-includes/css/dist/secure/KxrfrL/login.php',
      'http://blog.club.example/images/.cache/login/aJ5QtU/view.php',
      'https://www.school.example.com/modules/mod_x/rdqgn/rechnung/index.php',
    ])
      expect(await codes(`<a href="${href}">Open</a>`), href).toEqual(['planted-page']);
    expect(
      await codes('<a href="https://shop.example/wp-content/uploads/2024/05/catalogue.pdf">Catalogue</a>'),
    ).toEqual([]);
    expect(await codes('<a href="https://www.paypal.com/wp-content/x/login.php">Log in</a>')).toEqual([]);
    expect(await codes('<a href="http://shop.osborne.example/cgi-bin/view.cgi?item=1">View</a>')).toEqual([]);
    expect(await codes('<a href="http://www.ukans.example/~hist/.Periods/index.html">Periods</a>')).toEqual(
      [],
    );
  });
});
