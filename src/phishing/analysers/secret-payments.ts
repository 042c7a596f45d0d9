// Secret payments: an outside sender asks the reader to move money — a wire, a deposit to an escrow or
// trust account, a settlement, gift cards — and to keep it from their colleagues ("do not discuss this
// with anyone in the office", "report only to me"). That is the CEO-fraud and fake-lawyer build in any
// words: secrecy is what stops the one phone call that would expose it. An honest payment is checked by
// others; a confidentiality footer forbids passing the mail on, not talking to your own team.
import { fromInside } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'secret-payments';
/** Money to move. */
const PAYMENT =
  /\b(?:wire|wired|wiring|(?:bank |funds? )?transfer|payment|deposit|remit(?:tance)?|escrow|trust account|settlement (?:amount|sum|payment)|funds|gift ?cards?)\b|\b(?:bonifico|pagamento|carte regalo|überweisung|zahlung|transferencia|pago|virement|paiement)\b/i;
/** An order to keep it from the people who would check it; a service's warning not to share its link or
 * access code ("do not share this email, link, or access code with others") is about the link. */
const HUSH =
  /\b(?:(?:do not|don't|must not|mustn't|should not|shouldn't|please don't|not to) (?:discuss|mention|share|raise|disclose|talk about|speak about|tell anyone about) (?:this|it|the (?:matter|deal|transaction|payment|transfer|request|project))\b(?![^.\n]{0,30}\b(?:link|access code|security code|password)\b)[^.\n]{0,50}\b(?:anyone|anybody|others|other (?:staff|people|employees|colleagues)|colleagues|(?:your|the) (?:team|colleagues|manager|boss|office|department|staff)|(?:in|at) the office)|(?:must|should|cannot|can't|is not to) (?:not )?be (?:discussed|mentioned|shared|disclosed|raised) (?:with|to) (?:anyone|anybody|others|other staff|colleagues|your (?:team|colleagues|manager))|(?:do not|don't) tell (?:anyone|anybody|your (?:colleagues|team|manager|boss))|(?:report|speak|talk|reply|answer|deal) only (?:to|with) me|(?:keep|treat) (?:this|it|the matter) (?:strictly )?(?:between (?:us|you and me)|to yourself)|non (?:parlarne|dirlo|ne parli) (?:con|a) nessuno|no (?:lo )?(?:comente|comentes|hable|hables|diga|digas) (?:con|a) nadie|n'en parlez à personne|mit niemandem (?:darüber )?(?:sprechen|reden))/i;

export const secretPayments: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (message.from === null || fromInside(message, context)) return [];
    const text = `${message.subject}\n${message.text.slice(0, 5_000)}`;
    const payment = PAYMENT.exec(text);
    const hush = HUSH.exec(text);
    if (payment === null || hush === null) return [];
    return [
      sign(
        NAME,
        'secret-payment',
        30,
        `It asks you to move money ("${payment[0]}") and to keep it from your colleagues ("${hush[0]}"), from ${message.from.address}, outside your company: secrecy is how CEO and fake-lawyer fraud stops the one check that would expose it. Confirm with the person by phone, with a number you already know, and tell your finance team.`,
        hush[0],
      ),
    ];
  },
};
