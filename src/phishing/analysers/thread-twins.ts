// Thread twins: a reply to a thread held with one company, sent from a domain built to pass for that
// company's (ostara-supply.com answered from 0stara-supply.com or ostara-supply-billing.com), as the thread's
// own headers (In-Reply-To, References) and quoted addresses show. Fraudsters who have read a supplier's
// mail register such a twin and carry on the thread from it — mostly to change where invoices are paid.
// Mail providers' domains (message IDs at outlook.com, gmail.com) and known brands' are no company's; the
// same name under another ending (acme.ac.uk, acme.net) may be the company's own, and mailing lists,
// where anyone answers anyone, are left alone.
import { isFreeMail } from '../brands.js';
import { knownSites, registrable } from '../lookalike.js';
import { listMail } from './mailing-list.js';
import { senderDomain } from './owners.js';
import { isTwin } from './sibling-domains.js';
import { type Analyser, sign } from './signal.js';

const NAME = 'thread-twins';
const THREAD_HEADERS = new Set(['in-reply-to', 'references']);
const ADDRESS = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;
/** Lines of quoted history read for the thread's addresses. */
const QUOTED = /^[ \t]*(?:>|from:|von:|de:|van:|on .{0,200}wrote:)/im;

export const threadTwins: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    if (from === null || listMail(message)) return [];
    const org = senderDomain(message);
    const known = knownSites(context.protectedDomains, context.brands);
    const ids = message.headers.filter((h) => THREAD_HEADERS.has(h.key)).map((h) => h.line);
    const quote = QUOTED.exec(message.text);
    const quoted = quote === null ? '' : message.text.slice(quote.index);
    const threadOrgs = new Set(
      [...ids, quoted]
        .flatMap((line) => [...line.matchAll(ADDRESS)].map((m) => registrable(m[1])))
        .filter((d) => d !== org && !known.has(d) && !isFreeMail(d, context.brands)),
    );
    const twin = [...threadOrgs].find((d) => isTwin(from.address.split('@')[1] ?? '', d));
    if (twin === undefined) return [];
    return [
      sign(
        NAME,
        'thread-twin',
        35,
        `It answers a thread held with ${twin}, but comes from ${org}, a domain made to pass for it: whoever registered the twin has read that company's mail and carries on its thread, most often to change where you pay.`,
        from.address,
      ),
    ];
  },
};
