// Wallet addresses: the crypto addresses written in a text, where money sent is gone for good and whose
// owner nobody can name. Bitcoin's bech32 (bc1...) and Ethereum's 0x and forty hex digits read alone; an
// older Bitcoin address (base58, starting 1 or 3) only beside the word bitcoin or BTC, as such runs of
// letters and digits could be anything else.
const BECH32 = /\bbc1[ac-hj-np-z02-9]{11,71}\b/i;
const ETHEREUM = /\b0x[0-9a-f]{40}\b/i;
const BASE58 = /\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b/;
const BITCOIN = /\b(?:bitcoin|btc)\b/i;

/** The first wallet address written in `text`, or undefined. */
export function walletAddress(text: string): string | undefined {
  return (
    BECH32.exec(text)?.[0] ??
    ETHEREUM.exec(text)?.[0] ??
    (BITCOIN.test(text) ? BASE58.exec(text)?.[0] : undefined)
  );
}
