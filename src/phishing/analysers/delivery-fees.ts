// Delivery fees: a parcel held until a small fee (customs duty, redelivery, storage) is paid through a
// link to a site the sender does not own, in the languages most mail comes in. It is the most sent delivery scam, by mail and text: the page
// takes the card details. Carriers collect duties on their own sites or at the door; a carrier's own
// mail whose links stay on its sites is left alone. A sender no one knows, linking to its own site,
// is no carrier's either: it weighs a little less.
import { hostOf } from '../links-in.js';
import { payingLink } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'delivery-fees';
/** Words of a delivery. */
export const PARCEL =
  /\b(?:parcel|package|shipment|consignment|courier|(?:re)?delivery|pacco|spedizione|paquete|env[íi]o|colis|paket|sendung|zending|pakket)\b/i;
/** A fee to pay; the words between may hold an amount ("a fee of 0.84 applies"). */
const FEE =
  /\b(?:fee|duty|duties|charge|postage)\b(?:[^.\n]|\.(?=\d)){0,60}\b(?:unpaid|not been paid|outstanding|due|applies|apply|required|to be paid)\b|\bpay\b[^.\n]{0,30}\b(?:fee|duty|duties|customs|postage|shipping charge)\b|\b(?:diritti doganali|dazi|derechos de aduana|aranceles|frais de (?:douane|port|livraison)|droits de douane|zollgeb[üu]hr(?:en)?|einfuhrabgaben|invoerrechten|douanekosten)\b/i;

export const deliveryFees: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text}`;
    const fee = FEE.exec(text);
    if (fee === null || !PARCEL.test(text)) return [];
    const paying = payingLink(message, context);
    if (paying === undefined) return [];
    const { link, away } = paying;
    return [
      sign(
        NAME,
        'delivery-fee',
        away ? 35 : 30,
        `It holds a parcel until a fee is paid ("${fee[0]}") through a link to ${hostOf(link.href)}, ${away ? 'a site the sender does not own' : "the sender's own site, but the sender is no carrier known to the desk"}: carriers collect duties on their own site or at the door, and this page wants your card.`,
        link.href,
      ),
    ];
  },
};
