import { describe, expect, it } from 'vitest';
import { authentication } from './authentication.js';
import { context, message } from './fixture.js';

const RESULTS =
  'Authentication-Results: mx.corp.example; spf=fail smtp.mailfrom=paypal.com; dkim=none; dmarc=fail header.from=paypal.com';

describe('the authentication analyser', () => {
  it("believes the operator's MTA when its authserv-id is trusted", async () => {
    const found = await authentication.analyse(
      await message({ from: 'PayPal <service@paypal.com>', headers: [RESULTS] }),
      context({ trustedAuthservIds: ['mx.corp.example'] }),
    );
    expect(found.map((s) => s.code)).toEqual(['dmarc-fail', 'spf-fail']);
    expect(found[0].evidence).toBe('dmarc=fail (mx.corp.example)');
  });

  it('ignores results from an authserv-id it does not trust, and says what it could not check', async () => {
    const ctx = context({ trustedAuthservIds: ['mx.corp.example'] });
    const forged = RESULTS.replace('mx.corp.example', 'mx.attacker.example');
    expect(await authentication.analyse(await message({ headers: [forged] }), ctx)).toEqual([]);
    expect(ctx.gaps[0]).toContain('No DNS resolver');
  });
});
