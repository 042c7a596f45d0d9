import { describe, expect, it } from 'vitest';
import { fakeChecks } from './fake-checks.js';
import { context, message } from './fixture.js';

const codes = async (text: string) =>
  (await fakeChecks.analyse(await message({ text }), context())).map((s) => s.code);

describe('the fake-checks analyser', () => {
  it('names a check to deposit with part of it to pass on', async () => {
    const [found] = await fakeChecks.analyse(
      await message({
        text: "Congratulations on joining as a remote data assistant. We are couriering you a cashier's check for $3,200. Once you deposit it, keep $400 for your first week and wire the rest to our equipment supplier.",
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'fake-check', weight: 45 });
    expect(found.explanation).toContain("cashier's check");
    expect(
      await codes(
        'I sent a cheque for £950 by mistake instead of £450. Please cash it and send back the difference by bank transfer today.',
      ),
    ).toEqual(['fake-check']);
    expect(
      await codes(
        'Our office will mail you a check of $1,800. Deposit it by mobile and order your laptop from our approved vendor.',
      ),
    ).toEqual(['fake-check']);
  });

  it('says nothing of an honest refund or payment by check', async () => {
    expect(
      await codes(
        'We will mail you a check for $120, the refund of your overpayment. You can deposit it at any branch; the balance of your account is now zero.',
      ),
    ).toEqual([]);
    expect(
      await codes('Your tenancy deposit has been returned: we are sending you a cheque for £900 this week.'),
    ).toEqual([]);
  });

  it('names a mystery-shopper cheque whose rest is to be sent on by money transfer', async () => {
    expect(
      await codes(
        'You have been selected as a secret shopper. We will mail you a cheque of $2,450; deposit it, keep $400 for your work, and send the rest by money transfer to the address we give you.',
      ),
    ).toEqual(['fake-check']);
    expect(await codes('We will send the rest of the documents once your cheque has cleared.')).toEqual([]);
  });
});
