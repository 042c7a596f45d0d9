import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { walletPayments } from './wallet-payments.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await walletPayments.analyse(await message(parts), context())).map((s) => s.code);

describe('the wallet payments analyser', () => {
  it('names an ask to send crypto to a wallet address written in the mail', async () => {
    expect(
      await codes({
        text: 'Families lost everything. Donate by card or send crypto directly: ETH 0x52908400098527886E0F7030069857D2E4169EE7',
      }),
    ).toEqual(['wallet-payment']);
  });

  it('says nothing of an address without an ask, a newsletter, or an old base58 run without bitcoin', async () => {
    expect(
      await codes({ text: 'Your deposit address is bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh.' }),
    ).toEqual([]);
    expect(
      await codes({
        headers: ['List-Unsubscribe: <mailto:leave@news.example>'],
        text: 'Support our work: donate to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
      }),
    ).toEqual([]);
    expect(await codes({ text: 'Please send the file 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy today.' })).toEqual(
      [],
    );
  });

  it('reads the ask put as a condition: if it is not received at the address', async () => {
    expect(
      await codes({
        text: 'If 3.5 BTC is not received at bc1qwnegf68053lsmrrqky0qgzf3kvulfmc37ed56m within 72 hours, the data goes public.',
      }),
    ).toEqual(['wallet-payment']);
  });
});
