// Sign-in asks: a message (or its invitation) that asks you to sign in with your work account or to enter
// your password, while its links go to a site that is neither your company's nor a known service's. A
// real request to sign in sends you to your company's own sign-in page or the service's; one that sends
// you elsewhere wants the password for whoever runs that site.
import { invitationText, linksOf } from '../links-in.js';
import { knownSites, registrable } from '../lookalike.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'sign-in-asks';
const ASK =
  /\b(?:sign|log)[- ]?in\b[^.\n]{0,30}\b(?:with|using) (?:your )?(?:corporate|company|work|business|office ?365|microsoft(?: 365)?|outlook|e-?mail|network|domain|staff|employee|sso|organi[sz]ation(?:al)?)\b|\b(?:enter|confirm|verify|re-?enter|provide|validate)\b (?:your )?(?:e-?mail )?(?:password|credentials|login details)\b/i;

export const signInAsks: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const ask = ASK.exec(`${message.subject}\n${message.text}\n${invitationText(message)}`);
    if (ask === null) return [];
    const known = knownSites(context.protectedDomains, context.brands);
    const away = linksOf(message).find((l) => l.host !== '' && !known.has(registrable(l.host)));
    if (away === undefined) return [];
    return [
      sign(
        NAME,
        'sign-in-elsewhere',
        25,
        `It asks you to "${ask[0]}" and its link goes to ${away.host}, which is neither your company's site nor a known service's: a password typed there goes to whoever runs it.`,
        away.href,
      ),
    ];
  },
};
