// Wallets: mail that asks for a crypto wallet's recovery phrase or private key, or to "connect your
// wallet", and airdrops or tokens to claim, with a link to act on. No wallet maker or exchange ever asks
// for the phrase (whoever has it has the wallet), and a claim page that asks to connect a wallet drains
// it. A brand's own mail whose links stay on its sites, and a mailing list, are left alone.
import { linksOf } from '../links-in.js';
import { listMail } from './mailing-list.js';
import { linksStayWithSender } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'wallets';
const SECRET =
  /\b(?:(?:secret )?recovery phrase|seed phrase|mnemonic(?: phrase)?|private key|(?:12|24)[- ]word (?:phrase|seed)|connect (?:your |the |a )?wallet|(?:import|sync|validate|verify) (?:your )?wallet)\b/i;
/** A private key is a wallet's only when the mail is about crypto; otherwise it is a PGP or TLS key. */
const CRYPTO =
  /\b(?:wallet|crypto|bitcoin|btc|ethereum|eth|metamask|ledger|coinbase|binance|blockchain|tokens?|nfts?)\b/i;
/** Warnings honest wallets send: "never share your recovery phrase". */
const WARNING = /\b(?:never|do not|don't|won't|will not)\b[^.\n]{0,40}$/i;
const CLAIM =
  /\bairdrop\b|\bclaim (?:your )?(?:free )?(?:tokens?|rewards?|nfts?|coins?)\b|\$[A-Z]{2,6}\b[^.\n]{0,40}\bclaim\b|\bclaim\b[^.\n]{0,40}\$[A-Z]{2,6}\b/;

export const wallets: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const list = listMail(message);
    if (list || linksStayWithSender(message, context) || !linksOf(message).some((l) => l.host !== ''))
      return [];
    const text = `${message.subject}\n${message.text}`;
    const signals: Signal[] = [];
    const secret = SECRET.exec(text);
    if (
      secret !== null &&
      !WARNING.test(text.slice(Math.max(0, secret.index - 60), secret.index)) &&
      (!/^private key$/i.test(secret[0]) || CRYPTO.test(text))
    ) {
      signals.push(
        sign(
          NAME,
          'wallet-secret',
          45,
          `It asks you to "${secret[0]}" through a link: whoever has a wallet's recovery phrase or its connection owns what is in it, and no wallet maker or exchange ever asks for it.`,
          secret[0],
        ),
      );
    }
    const claim = CLAIM.exec(text);
    if (claim !== null && signals.length === 0) {
      signals.push(
        sign(
          NAME,
          'crypto-claim',
          35,
          `It offers crypto to claim ("${claim[0]}") through a link: such claim pages ask you to connect your wallet and sign, which hands its contents over.`,
          claim[0],
        ),
      );
    }
    return signals;
  },
};
