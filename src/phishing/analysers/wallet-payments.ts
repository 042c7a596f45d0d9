// Wallet payments: mail that asks you to send money, donate or pay to a crypto wallet address written in
// it. A payment to a bare address cannot be stopped or taken back, and nothing says whose it is: fake
// charities after a disaster, extortion, "investment" and refund scams ask for it; a business or a real
// charity takes payment through its own site or a payment service. A mailing list (a newsletter naming a
// donation address) and a brand's own mail whose links stay on its sites are left alone.
import { listMail } from './mailing-list.js';
import { linksStayWithSender } from './owners.js';
import { type Analyser, sign } from './signal.js';
import { walletAddress } from './wallet-addresses.js';

const NAME = 'wallet-payments';
/** The ask, within the few lines before the address, also as a condition ("if it is not received at"). */
const ASK = /\b(?:send|sent|pay|paid|donate|transfer|contribute|remit|received)\b/i;
const BEFORE = 200;

export const walletPayments: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const wallet = walletAddress(text);
    if (wallet === undefined) return [];
    const at = text.indexOf(wallet);
    const ask = ASK.exec(text.slice(Math.max(0, at - BEFORE), at));
    const list = listMail(message);
    if (ask === null || list || linksStayWithSender(message, context)) return [];
    return [
      sign(
        NAME,
        'wallet-payment',
        35,
        `It asks you to ${ask[0].toLowerCase()} crypto to the wallet address ${wallet}: such a payment cannot be stopped or taken back and nothing says whose wallet it is. Businesses and real charities take payment through their own site or a payment service.`,
        wallet,
      ),
    ];
  },
};
