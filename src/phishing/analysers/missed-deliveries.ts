// Missed deliveries: a delivery that failed (nobody was in, the address was incomplete or wrong) and is
// to be put right through a link — update the address, schedule a redelivery — to a site that is neither
// the sender's nor a known service's. After the fee, the most sent delivery scam by mail and text: the page
// asks for the address, then a card "to confirm" it. Carriers' own notices, and a shop's that send you to
// the carrier's tracking, stay on known sites and are left alone; so are mailing lists. A deadline ("within
// 12 hours", or the parcel goes back to the sender) weighs more: carriers keep a parcel for days.
import { hostOf, linksOf } from '../links-in.js';
import { PARCEL } from './delivery-fees.js';
import { listMail } from './mailing-list.js';
import { elsewhere, senderDomain } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'missed-deliveries';
/** A delivery that did not happen, and why. */
const FAILED =
  /\b(?:(?:missed|failed|unsuccessful|attempted) (?:delivery|to deliver)|delivery (?:attempt )?(?:failed|was unsuccessful|could not be (?:made|completed))|(?:could not|couldn't|were unable to|was unable to) (?:deliver|complete (?:the |your )?delivery)|we missed you|(?:address|postcode|post code|zip code) (?:was |is )?(?:incomplete|incorrect|invalid|missing|wrong)|(?:incomplete|incorrect|invalid|insufficient|wrong) (?:delivery |shipping |street )?address|undeliverable)\b/i;
/** What the reader is asked to do about it. */
const PUT_RIGHT =
  /\b(?:update|confirm|correct|verify|complete|re-?enter|provide)\b[^.\n]{0,30}\b(?:address|delivery details|shipping details)\b|\b(?:schedule|reschedule|arrange|book|request)\b[^.\n]{0,20}\b(?:re-?delivery|delivery)\b/i;
/** A deadline a carrier would not set. */
const DEADLINE =
  /\bwithin (?:the next )?\d{1,2} ?(?:hours?|hrs?|h)\b|\b(?:returned|sent back) to (?:the )?sender\b|\bwill be (?:returned|destroyed|disposed of)\b/i;

export const missedDeliveries: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const failed = FAILED.exec(text);
    const ask = PUT_RIGHT.exec(text);
    if (failed === null || ask === null || !PARCEL.test(text) || listMail(message)) return [];
    const leaves = elsewhere(senderDomain(message), context);
    const away = linksOf(message).find((l) => leaves(l.host));
    if (away === undefined) return [];
    const deadline = DEADLINE.exec(text);
    return [
      sign(
        NAME,
        'missed-delivery',
        deadline === null ? 20 : 30,
        `It says a delivery failed ("${failed[0]}") and asks you to "${ask[0]}" through a link to ${hostOf(away.href)}, neither the sender's site nor a carrier's${deadline === null ? '' : `, and presses you ("${deadline[0]}")`}: the page asks for your address, then a card. Track a parcel on the carrier's own site, from its tracking number.`,
        away.href,
      ),
    ];
  },
};
