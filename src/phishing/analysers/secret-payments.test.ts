import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { secretPayments } from './secret-payments.js';

const codes = async (from: string, text: string) =>
  (await secretPayments.analyse(await message({ from, text }), context())).map((s) => s.code);

describe('the secret-payments analyser', () => {
  it('names an outside ask to move money kept from colleagues', async () => {
    const [found] = await secretPayments.analyse(
      await message({
        from: '"R. Okafor, Counsel" <rokafor@okafor-legal-group.example>',
        text: 'Your managing director has asked me to complete a sensitive acquisition this week. The escrow deposit of 84,000 EUR has to leave by Thursday. Please do not mention this to your manager or anyone in finance until the deal is public.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'secret-payment', weight: 30 });
    expect(found.explanation).toContain('"escrow"');
    expect(found.explanation).toContain('do not mention this to your manager');
    expect(
      await codes(
        'Paul Meyer <paul.meyer@corp-holding.example>',
        'I need a transfer made before noon. Handle it yourself and report only to me, by email.',
      ),
    ).toEqual(['secret-payment']);
  });

  it("says nothing of a confidentiality footer, a secret kept from outsiders, or the company's own mail", async () => {
    expect(
      await codes(
        'Billing <billing@supplier.example>',
        'Please find our invoice; payment is due in 30 days.\n\nThis email is confidential. If you are not the intended recipient, do not disclose, copy or distribute it.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Anna <anna@corp.example>',
        'The deposit for the new office goes out Friday. Please do not discuss it with anyone outside the company yet.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Anna <anna@landlord.example>',
        'Your deposit has been returned. Do not share your bank details with anyone who calls about it.',
      ),
    ).toEqual([]);
  });

  it("reads a signing service's warning not to share its link or access code as no secrecy", async () => {
    expect(
      await codes(
        '"Fatima Park via Signing Service" <dse@sign.example>',
        'Please sign: Material Transfer Agreement. Do not share this email, link, or access code with others.',
      ),
    ).toEqual([]);
  });
});
