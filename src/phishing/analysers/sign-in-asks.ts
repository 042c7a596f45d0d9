// Sign-in asks: a message (or its invitation) that asks you to sign in with your work account or to enter
// your password (in the languages most mail comes in), while its links go to a site that is neither your
// company's nor a known service's. A real request to sign in sends you to your company's own sign-in page
// or the service's; one that sends you elsewhere wants the password for whoever runs that site; one whose link carries the reader's own
// address, so the page comes filled in, weighs more.
import { invitationText, linksOf } from '../links-in.js';
import { knownSites, registrable } from '../lookalike.js';
import { readerAddresses } from './links.js';
import { discussionList } from './mailing-list.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'sign-in-asks';
const ASK =
  /\b(?:sign|log)[- ]?in\b[^.\n]{0,30}\b(?:with|using) (?:your )?(?:corporate|company|work|business|office ?365|microsoft(?: 365)?|outlook|e-?mail|network|domain|staff|employee|sso|organi[sz]ation(?:al)?)\b|\b(?:enter|confirm|verify|re-?enter|provide|validate)\b (?:your )?(?:e-?mail )?(?:password|credentials|login details)\b|\b(?:credenciales|identifiants|zugangsdaten|anmeldedaten|credenziali|inloggegevens)\b(?: \p{L}+){0,2}? (?:corporativ[oa]s|de (?:la )?empresa|professionnels|de l'entreprise|beruflichen|aziendali|zakelijke)|\b(?:meld (?:u|je) aan|inicie sesi[óo]n|acceda|connectez-vous|melden sie sich|accedi)\b[^.\n]{0,40}\b(?:zakelijke|corporativ[oa]|empresa|professionnel(?:le)?|entreprise|gesch[äa]ftlichen|firmen|aziendale)\b/iu;

/** `href` with its %-escapes decoded, or as written when they are malformed. */
function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

export const signInAsks: Analyser = {
  name: NAME,
  async analyse(message, context) {
    if (discussionList(message)) return [];
    const ask = ASK.exec(`${message.subject}\n${message.text}\n${invitationText(message)}`);
    if (ask === null) return [];
    const known = knownSites(context.protectedDomains, context.brands);
    const away = linksOf(message).find((l) => l.host !== '' && !known.has(registrable(l.host)));
    if (away === undefined) return [];
    const readers = readerAddresses(message.headers);
    const filledIn = readers.some((a) => safeDecode(away.href).toLowerCase().includes(a));
    return [
      sign(
        NAME,
        'sign-in-elsewhere',
        filledIn ? 35 : 25,
        `It asks you to sign in ("${ask[0]}") and its link goes to ${away.host}, which is neither your company's site nor a known service's${filledIn ? ', and the link carries your own address so that the sign-in page comes filled in for you' : ''}: a password typed there goes to whoever runs it.`,
        away.href,
      ),
    ];
  },
};
