// Fake checks: mail that will send the reader a check (a "salary advance", equipment money, an
// overpayment), asks them to deposit it, and to pass part of the money on — return the balance, pay "our
// approved vendor", send the difference by Zelle, wire or gift cards. The check bounces days after the
// money has left: the build of fake job, mystery-shopper and overpaid-buyer scams alike. An honest payer
// sends a check and is done; it never wants part of it back through another channel.
import { type Analyser, sign } from './signal.js';

const NAME = 'fake-checks';
/** A check the sender will send. */
const CHECK =
  /\b(?:(?:send|mail|post|issue|courier|forward|ship)(?:ing)? (?:you )?(?:a |the |your )?(?:(?:cashier'?s|certified|company|business) )?(?:check|cheque)s?|(?:check|cheque) (?:of|for|in the amount of) (?:[$€£]\s?)?\d)/i;
/** The ask to put it into the reader's own account. */
const DEPOSIT =
  /\b(?:deposit (?:it|the (?:check|cheque|funds?)|them)|(?:mobile|remote) deposit|cash (?:it|the (?:check|cheque)))\b/i;
/** The ask to pass part of it on, to someone else or back. */
const ONWARD =
  /\b(?:(?:return|send(?: back)?|refund|forward|transfer|wire|remit) (?:the |any |all |your )?(?:\w+ )?(?:remaining|remainder|balance|rest|difference|excess|surplus)|(?:remaining|remainder|balance|rest|difference|excess|surplus)\b[^.\n]{0,40}\b(?:(?:must|should|is to|has to|needs to|will) be (?:returned|sent back|refunded|forwarded|transferred|wired)|(?:by|via|through|in) (?:zelle|venmo|cash ?app|paypal|bitcoin|crypto|western union|moneygram|money (?:transfer|order)|gift ?cards?))|(?:purchase|buy|order|pay for)\b[^.\n]{0,50}\bfrom (?:our|the|a|my) (?:approved|preferred|designated|certified|authori[sz]ed|recommended) (?:vendor|supplier|store|seller|merchant))\b/i;

export const fakeChecks: Analyser = {
  name: NAME,
  async analyse(message) {
    const text = `${message.subject}\n${message.text.slice(0, 5_000)}`;
    const check = CHECK.exec(text);
    const deposit = DEPOSIT.exec(text);
    const onward = ONWARD.exec(text);
    if (check === null || deposit === null || onward === null) return [];
    return [
      sign(
        NAME,
        'fake-check',
        45,
        `It will send you a check ("${check[0]}"), asks you to deposit it ("${deposit[0]}") and to pass money on ("${onward[0]}"): the check bounces after your money has gone. No honest employer or buyer pays you by check and wants part of it back.`,
        onward[0],
      ),
    ];
  },
};
