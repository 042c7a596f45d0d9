// Callbacks (telephone-oriented attack delivery): a receipt, renewal or order you never made, with a phone
// number to call to cancel it or get a refund, and nothing else — no link to the sender's own site, no
// account of yours. The call reaches the attacker, who talks the caller into installing remote-access
// software or paying a "refund". The message carries no link to check, so it is judged by its build:
// a charge, a phone number and an ask to call to undo it, in the message or in an attached PDF, in the
// languages most mail comes in. A link to
// the sender's own site clears a vendor's receipt, but not an invoice or request that a payment service
// sends on someone's behalf ("Jo via QuickPay", a "seller note"): there the service is real and the
// note, with its number, is the scammer's (the PayPal and QuickBooks invoice scams). A known brand's own
// mail sent for no one else (a bank's or a payroll service's "if this was not you, call us") is the
// brand's number; a forged brand address is authentication's to tell.
import { isFreeMail } from '../brands.js';
import { linksOf } from '../links-in.js';
import { ownedBy, senderBrand, senderDomain } from './owners.js';
import { isPdf, pdfOf } from './pdf-content.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'callbacks';
const CHARGE =
  /\b(?:charged|debited|deducted|billed|(?:auto-?)?renew(?:s|ed|al|ing)?|subscription|membership|licen[cs]e|order|invoice|receipt|purchase|payment|transaction|auto-?debit|withdrawal|transfer|transferencia|operaci[oó]n|cargo|beneficiario|virement|pr[ée]l[èe]vement|[üu]berweisung|abbuchung|bonifico|addebito|operazione)\b/i;
/** A phone number: a run of digits, spaces and separators holding 9 digits or more. */
const PHONE = /(?:\+|\b)\d[\d\s().-]{7,18}\d\b/g;
/** Ways of saying "phone us", and of naming the desk that answers. */
const CALL =
  'call|phone|dial|ring|contact|reach|get in touch with|speak (?:to|with)|llame|llamar|ll[aá]menos|appelez|appeler|rufen sie|anrufen|chiami|chiamate|chiamare|bel (?:ons|met)';
const DESK =
  'helpline|hotline|toll[- ]?free|customer (?:care|support|service)|support (?:team|line|desk)|billing (?:team|department|desk)';
/** What the call would undo: a charge the reader never made. */
const UNDO =
  "cancel|refund|dispute|not you|unauthori[sz]ed|reverse|(?:did not|didn't) (?:make|authori[sz]e|place|order|request)|not authori[sz]e|(?:do not|don't) recogni[sz]e|stop (?:the|this) (?:renewal|payment|charge)|no (?:la )?reconoce|no ha (?:realizado|autorizado)|ne reconnaissez pas|n'avez pas (?:effectu|autoris)[ée]|nicht (?:erkennen|autorisiert|veranlasst)|non (?:la )?riconosc|non hai (?:effettuato|autorizzato)|niet herken";
/** A message a service sends for someone else, in their words: the sender's name "X via Service", a note. */
const ON_BEHALF_NAME = /\bvia\b/i;
const SELLER_NOTE =
  /\b(?:seller|merchant|vendor|sender|requester)(?:'s)? (?:note|message|memo)\b|\b(?:note|message|memo) from (?:the )?(?:seller|merchant|vendor|requester)\b/i;
/** An ask to call to undo the charge, in either order. */
const CALL_TO_UNDO = new RegExp(
  String.raw`\b(?:${CALL})\b[^.\n]{0,80}\b(?:${UNDO}|did not|didn't|about this (?:charge|order|payment))|\b(?:${UNDO})\b[^.\n]{0,100}\b(?:${CALL}|${DESK})\b`,
  'i',
);

export const callbacks: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const pdfs = message.attachments.filter(isPdf);
    const text = [message.subject, message.text, ...pdfs.map((p) => pdfOf(p).text)].join('\n');
    const charge = CHARGE.exec(text);
    const ask = CALL_TO_UNDO.exec(text);
    const phone = [...text.matchAll(PHONE)]
      .map((m) => m[0].trim())
      .find((p) => p.replace(/\D/g, '').length >= 9);
    if (charge === null || ask === null || phone === undefined) return [];
    // A real vendor's receipt points to its own site (your account, the order); this points nowhere.
    const owned = ownedBy(senderDomain(message), context);
    const onBehalf = ON_BEHALF_NAME.test(message.from?.name ?? '') || SELLER_NOTE.test(text);
    if (!onBehalf && senderBrand(message, context) !== undefined) return [];
    if (!onBehalf && linksOf(message).some((l) => l.host !== '' && owned(l.host))) return [];
    const free = isFreeMail(senderDomain(message), context.brands);
    return [
      sign(
        NAME,
        'callback-charge',
        free ? 50 : 40,
        `It tells of a ${charge[0].toLowerCase()} and asks you to phone ${phone} to undo it ("${ask[0].trim()}")${free ? `, from a free mail account (${message.from?.address})` : ''}, with no link to the sender's own site: a callback scam, where the number reaches the scammer, who asks for remote access to your computer or your card. Check any charge on your own statement or the company's own site.`,
        phone,
      ),
    ];
  },
};
