import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { wallets } from './wallets.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await wallets.analyse(await message(parts), context())).map((s) => s.code);

describe('the wallets analyser', () => {
  it('names an ask for the recovery phrase, and an airdrop to claim, through a link', async () => {
    expect(
      await codes({
        html: '<p>All users must verify their wallet. Enter your Secret Recovery Phrase to confirm ownership.</p><a href="https://wallet-check.example/">Verify</a>',
      }),
    ).toEqual(['wallet-secret']);
    expect(
      await codes({
        html: '<p>Your address qualified for the $ZRO community airdrop.</p><a href="https://claim-zro.example/">Claim ZRO</a>',
      }),
    ).toEqual(['crypto-claim']);
  });

  it("reads a private key as a wallet's only in mail about crypto, not a PGP key-signing party", async () => {
    expect(
      await codes({
        html: '<p>Bring a printout of your public key fingerprint; keep your private key at home.</p><a href="https://keys.example/party">Details</a>',
      }),
    ).toEqual([]);
    expect(
      await codes({
        html: '<p>To restore your MetaMask wallet, enter your private key below.</p><a href="https://restore.example/">Restore</a>',
      }),
    ).toEqual(['wallet-secret']);
  });

  it("says nothing of a wallet's warning never to share the phrase, or an exchange's own mail", async () => {
    expect(
      await codes({
        html: '<p>Reminder: never share your recovery phrase with anyone.</p><a href="https://blog.wallet.example/safety">Safety tips</a>',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Coinbase <no-reply@coinbase.com>',
        html: '<p>The $ARB airdrop is now in your account.</p><a href="https://www.coinbase.com/assets">View</a>',
      }),
    ).toEqual([]);
  });

  it('names an ask to connect the wallet that should receive a gift', async () => {
    expect(
      await codes({
        text: 'To reserve the allowlist spots, connect the wallet that should receive them and sign the collaboration message: https://mint-collab.example/claim/1',
      }),
    ).toEqual(['wallet-secret']);
  });
});
