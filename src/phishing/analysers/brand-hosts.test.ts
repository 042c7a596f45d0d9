import { describe, expect, it } from 'vitest';
import { brandHosts } from './brand-hosts.js';
import { context, message } from './fixture.js';

const codes = async (text: string, from = 'Lena <lena@harbour-tiles.example>') =>
  (await brandHosts.analyse(await message({ from, text }), context())).map((s) => s.code);

describe('the brand hosts analyser', () => {
  it("names a link built like a service's tenant address under another ending", async () => {
    const [found] = await brandHosts.analyse(
      await message({
        from: 'Lena <lena@harbour-tiles.example>',
        text: 'Statement: https://harbourtiles.docusign.review-portal.example/envelope/77',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'brand-host-elsewhere', weight: 20 });
    expect(found.explanation).toContain('docusign.net');
    expect(await codes('Open: https://login.microsoftonline.auth-check.example/common')).toEqual([
      'brand-host-elsewhere',
    ]);
    expect(await codes('Acknowledge: https://corp-example.policy-hub.example/ack')).toEqual([
      'brand-host-elsewhere',
    ]);
    expect(await codes('Verify: https://www.paypal-com.account-check.example/x')).toEqual([
      'brand-host-elsewhere',
    ]);
  });

  it("says nothing of the service's own hosts, a company's own server named after a service, or the sender's", async () => {
    expect(await codes('File: https://harbourtiles-my.sharepoint.com/personal/lena/doc')).toEqual([]);
    expect(await codes('Repo: https://github.harbour-tiles.example/ops/infra')).toEqual([]);
    expect(await codes('Repo: https://www.github.partner-site.example/ops')).toEqual([]);
    expect(await codes('Docs: https://eu.docusign.harbour-tiles.example/x')).toEqual([]);
    expect(await codes('Our site: https://corp-example.example/about')).toEqual([]);
    expect(
      await codes('Wish list: https://smile.amazon.co.uk/wishlist and https://mail.yahoo.de/inbox'),
    ).toEqual([]);
  });
});
