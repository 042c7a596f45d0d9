// Penalties: an unpaid toll, fine, ticket or tax, with what follows if it is not paid at once (a late fee,
// the vehicle's registration or the licence suspended, debt collection, court), to pay through a link to a
// site that is neither the sender's nor a government's. The toll and traffic-fine waves of 2024–2025 (by
// text and mail, in the names of toll roads, road agencies and tax offices) are built this way, for a
// small sum so that people pay without checking: the page takes the card. An agency's own notice links to
// its own site, and a mailing list that writes about such scams says it is one. A sender that is neither a
// government nor a known toll operator, linking to its own site, is no agency: it weighs a little less.
import { hostOf } from '../links-in.js';
import { listMail } from './mailing-list.js';
import { isGovernment, payingLink } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'penalties';
/** What is owed to an authority: a toll, fine, ticket, citation or tax, said to be unpaid (an amount
 * between, "a toll of $3.55 is unpaid"). */
const OWED =
  /\b(?:unpaid|outstanding|overdue|unsettled)\s+(?:[\w-]+\s+){0,2}?(?:tolls?|fines?|penalt(?:y|ies)|(?:parking|traffic|speeding|toll) (?:tickets?|violations?|charges?)|citations?|(?:income |property |road |vehicle |council )?tax(?:es)?)\b|\b(?:tolls?|fines?|penalt(?:y|ies)|tickets?|citations?|violations?)\b(?:[^.\n]|\.(?=\d)){0,30}\b(?:unpaid|overdue|not (?:yet )?(?:been )?paid)\b/i;
/** What follows if it is not paid. */
const CONSEQUENCE =
  /\b(?:late (?:fee|charge|payment (?:fee|charge|penalty))|(?:additional|extra) (?:fees?|charges?|penalt(?:y|ies))|surcharge|suspen(?:sion|d(?:ed)?)\b[^.\n]{0,40}\b(?:registration|licen[cs]e|vehicle|plates?)|(?:registration|licen[cs]e)\b[^.\n]{0,30}\b(?:suspen|revo|cancel)\w*|debt collect\w*|collection agency|legal (?:action|proceedings)|court|prosecut\w*|impound\w*)/i;

export const penalties: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const owed = OWED.exec(text);
    const consequence = CONSEQUENCE.exec(text);
    if (owed === null || consequence === null || listMail(message)) return [];
    const paying = payingLink(message, context, isGovernment);
    if (paying === undefined) return [];
    const { link, away } = paying;
    return [
      sign(
        NAME,
        'penalty-elsewhere',
        away ? 35 : 30,
        `It says you owe "${owed[0]}", warns of "${consequence[0]}" if you do not pay at once, and sends you to ${hostOf(link.href)} to pay, ${away ? "neither the sender's site nor a government's" : "the sender's own site, but the sender is neither a government nor a toll operator known to the desk"}: the toll and fine scams are built this way. Look the charge up on the agency's own site, typed in yourself.`,
        link.href,
      ),
    ];
  },
};
