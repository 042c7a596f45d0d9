// Wrong person: a first message from a stranger's free mail account, with nothing to click or open, that
// is not sure it has reached the right person ("is this still Kevin?", "sorry if I have the wrong
// address") and hopes to keep talking anyway. It is the opening of romance and investment ("pig
// butchering") scams, which build trust over weeks before the money is asked for; a real acquaintance who
// mistypes an address does not ask the stranger who answers to stay in touch.
import { isFreeMail } from '../brands.js';
import { linksOf } from '../links-in.js';
import { listMail } from './mailing-list.js';
import { senderDomain } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'wrong-person';
/** The doubt about who is reading. */
const DOUBT =
  /\b(?:is this (?:still )?[A-Z][a-z]+\?|(?:have|got) the wrong (?:person|address|e-?mail|number)|wrong (?:person|address|e-?mail|number)\b|not sure (?:if )?(?:this is|I have) the right|sorry (?:for|to) (?:bother|disturb)(?:ing)? you)/;
/** The hope to keep in touch with whoever answered. */
const KEEP_TALKING =
  /\b(?:(?:can|could|maybe we can|we can) still be friends|(?:keep|stay) in touch|get to know (?:you|each other)|(?:chat|talk) (?:more|again|sometime)|don't know many people here|(?:new|moved) (?:here|to the city|back from))\b/i;

export const wrongPerson: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (listMail(message) || !isFreeMail(senderDomain(message), context.brands)) return [];
    if (linksOf(message).length > 0 || message.attachments.length > 0) return [];
    const text = `${message.subject}\n${message.text}`;
    const doubt = DOUBT.exec(text);
    const talk = doubt === null ? null : KEEP_TALKING.exec(text);
    if (doubt === null || talk === null) return [];
    return [
      sign(
        NAME,
        'wrong-person-opener',
        40,
        `A stranger writing from free mail is not sure you are the person they meant ("${doubt[0]}") and wants to keep talking anyway ("${talk[0]}"): the opening of romance and investment scams, which ask for money weeks later. Do not answer.`,
        message.from?.address ?? '',
      ),
    ];
  },
};
