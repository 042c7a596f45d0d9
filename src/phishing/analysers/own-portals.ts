// Own portals: the message calls where its link goes the sender's own place — "our secure document
// portal", "my OneDrive", "our file server" — but the link goes to a site that is neither the sender's
// domain nor any service the desk knows. A company's own portal lives on its own domain or on a known
// service; a mailbox taken over sends its contacts to whatever site the attacker has broken into (a
// dentist's, an estate agent's), and dresses it in the sender's name. Mailing lists, where a member's
// "our server" is any member's, are left alone.
import { linksOf } from '../links-in.js';
import { listMail } from './mailing-list.js';
import { elsewhere, senderDomain } from './owners.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'own-portals';
/** The sender naming a place as its own. */
const OUR_PLACE =
  /\b(?:our|my) (?:own )?(?:secure |encrypted |online |private |protected )?(?:document |documents |file |files |client |customer |supplier |vendor |invoice |invoicing |billing |payment |sharing |share |data )?(?:portal|server|platform|cloud|drive|sharepoint|one ?drive|dropbox|workspace|data ?room|file ?share)\b/i;

export const ownPortals: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const place = OUR_PLACE.exec(text);
    if (place === null || message.from === null || listMail(message)) return [];
    const leaves = elsewhere(senderDomain(message), context);
    const away = linksOf(message).find((l) => leaves(l.host));
    if (away === undefined) return [];
    return [
      sign(
        NAME,
        'portal-elsewhere',
        15,
        `It calls where it sends you "${place[0]}", but the link goes to ${away.host}, which is neither ${senderDomain(message)}, the sender's, nor a service anyone knows: a taken-over mailbox sends its contacts to a site broken into for the purpose.`,
        away.href,
      ),
    ];
  },
};
