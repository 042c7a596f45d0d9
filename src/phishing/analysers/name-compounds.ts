// A sender's own name in a compound: the display name says who writes ("Skatteverket", "PTT Kargo") and
// the sender's domain is that name joined to the words kits add to look official (`skatteverket-secure`,
// `sparkassesupport`, `ptt-kargo-auth`). A bank, tax office or carrier sends from its name's own domain;
// a domain that must add "secure" or "account" to the name is one its owner does not hold, whichever
// organisation it names and whatever the language of the text. A known brand's or the company's own
// domain is never one. An organisation's name whose domain carries none of it ("Ostrander Water District
// Accounts Payable" at `vndgpmns.test`: no word, no initials) is the name borrowed by whoever holds the
// domain, when the message gives something to act on (`name-elsewhere`); a desk's name that says no
// owner ("Customer Service"), a person's, a free mail account's (sender.ts) and a platform's
// ("Acme via Bill.com") are left alone. A link to a domain registered as the name joined to such a word
// (`login-timocom.example` from `timocom-freight.com`) is the kit's page (`name-compound-link`).

import { isFreeMail, namedBrands } from '../brands.js';
import { linksOf } from '../links-in.js';
import { escapeRegExp, knownSites, registrable } from '../lookalike.js';
import type { ReportedMessage } from '../message.js';
import { askOf } from './asks.js';
import { listMail } from './mailing-list.js';
import { ORGANISATION_WORD, ownerWords } from './organisation-names.js';
import { isGovernment } from './owners.js';
import { type Analyser, type AnalysisContext, sign } from './signal.js';

const NAME = 'name-compounds';
/** The words kits join to a name to make it look like a service's own sign-in, account or help site. */
const KIT_WORDS = [
  'secure',
  'security',
  'verify',
  'verification',
  'account',
  'accounts',
  'login',
  'logon',
  'signin',
  'auth',
  'session',
  'portal',
  'online',
  'access',
  'cloud',
  'support',
  'helpdesk',
  'update',
  'confirm',
  'unlock',
  'recovery',
  'refund',
  'billing',
  // The same in the languages most lures arrive in.
  'sicherheit',
  'konto',
  'sicurezza',
  'verifica',
  'seguridad',
  'cuenta',
  'seguranca',
  'conta',
  'securite',
  'compte',
  'weryfikacja',
];
/** Kit words honest services also name themselves with (`evergabe-online`, `acme-portal`): they weigh less. */
const PLAIN_WORDS = new Set(['online', 'portal', 'cloud']);
const KIT_WORD = new RegExp(`^(?:${KIT_WORDS.map(escapeRegExp).join('|')})$`);
/** A name's word long enough to be read inside a longer label without hyphens. */
const SHORTEST_RUN_IN = 5;

/** The words of a display name, folded to plain Latin letters and digits ("Disney+" is `disneyplus`). */
const folded = (display: string) =>
  display
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\+/g, 'plus')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

/** The words of a display name, the kit's words left out ("Oakmere Consulting Accounts"), all of them run
 * together ("e-TOLL", `etoll`; `oakmereconsulting`), and the initials of a name of three words or more
 * ("Social Security Administration", `ssa`). Two letters are a name only when they are the whole name
 * ("OP"); inside a longer one ("RS Components", at `rs-online`) they are its initials, which its own
 * domains join to words too. */
function nameWords(display: string): string[] {
  const words = folded(display).filter((w) => !KIT_WORD.test(w));
  const capitals = display.match(/\b\p{Lu}/gu) ?? [];
  const shortest = words.length === 1 ? 2 : 3;
  return [
    ...words.filter((w) => w.length >= shortest),
    ...(words.length > 1 ? [words.join('')] : []),
    ...(capitals.length >= 3 ? [capitals.join('').toLowerCase()] : []),
  ];
}

/** Whether a label's part is one of the name's words, or its plural (`grants` for "Grant"). */
const isNameWord = (part: string, words: readonly string[]) =>
  words.some((w) => part === w || part === `${w}s`);

/** The kit word `label` joins to one of `words`, or undefined: `ptt-kargo-auth`, `sparkassesupport`. A
 * kit word the name itself says ("Contoso Online" at `contoso-online`) is the name, spelt out. */
function kitWordBeside(label: string, words: readonly string[], said: readonly string[]): string | undefined {
  const parts = label.split('-');
  const added = (kit: string) => KIT_WORD.test(kit) && !said.includes(kit);
  if (parts.some((p) => isNameWord(p, words))) return parts.find(added);
  for (const word of words) {
    if (word.length < SHORTEST_RUN_IN) continue;
    const rest = label.startsWith(word)
      ? label.slice(word.length)
      : label.endsWith(word)
        ? label.slice(0, -word.length)
        : undefined;
    if (rest !== undefined && added(rest)) return rest;
  }
  return undefined;
}

/** The sender's host, the label that compounds its display name, and the kit word in it. */
function compound(from: { name: string }, host: string, labels = namingLabels(host)) {
  const words = nameWords(from.name);
  if (words.length === 0) return undefined;
  const said = folded(from.name);
  for (const label of labels) {
    const kit = kitWordBeside(label, words, said);
    if (kit !== undefined) return { host, label, kit };
  }
  return undefined;
}

/** The small words that join a name's words ("Bank of Ireland", "Pacific Gas and Electric"). */
const JOINING = new Set(['and', 'of', 'the', 'for', 'de', 'des', 'du', 'la', 'der', 'und', 'y', 'e', 'et']);

/** Initials run together: the first letter of every word, and of every word but the joining ones. */
function initials(words: readonly string[]): string[] {
  return [words, words.filter((w) => !JOINING.has(w))].map((ws) => ws.map((w) => w[0]).join(''));
}

/** A host's labels but its last (the ending says nothing of whose it is). */
const namingLabels = (host: string) => host.split('.').slice(0, -1);

/**
 * Whether one of `labels` carries the owner of a display name whose owner words are `owners`: one of them
 * inside it, it (four letters or more) inside the name run together ("Royal Borough of Kingston" at
 * `kingston.gov.uk`), or it starting with the name's initials ("Bank of Ireland" at `boi.com`).
 */
function carriesName(labels: readonly string[], display: string, owners: readonly string[]): boolean {
  const words = folded(display);
  const joined = words.join('');
  // Initials are read by their first three letters ("boi" of "Bank of Ireland Customer Service").
  const starts = initials(words)
    .filter((i) => i.length >= 2)
    .map((i) => i.slice(0, 3));
  return labels.some(
    (l) =>
      owners.some((w) => l.includes(w)) ||
      (l.length >= 4 && joined.includes(l.replace(/-/g, ''))) ||
      starts.some((i) => l.startsWith(i)),
  );
}

/** An organisation's name, not a free mail account's, a brand's or a platform's, whose host has none of it. */
function nameElsewhere(message: ReportedMessage, host: string, context: AnalysisContext) {
  const from = message.from;
  if (from === null) return undefined;
  const org = registrable(host);
  if (isFreeMail(org, context.brands) || isGovernment(host) || listMail(message)) return undefined;
  if (!ORGANISATION_WORD.test(from.name) || /\bvia\b|@/i.test(from.name)) return undefined;
  if (namedBrands(from.name, context.brands).length > 0) return undefined;
  const owners = ownerWords(from.name).filter((w) => /^[a-z0-9]+$/.test(w));
  if (owners.length === 0) return undefined;
  // A platform sending in its customer's name puts the name in its mailbox (`acme@notifications.benefits.example`),
  // sends replies to the customer (`accounts@acme.example`) or links to the customer's own site or its page
  // on the platform (`acme.benefits.example`).
  const labels = [
    ...namingLabels(host),
    from.address.split('@')[0]?.toLowerCase() ?? '',
    ...message.replyTo.flatMap((r) => namingLabels(r.address.toLowerCase().replace('@', '.'))),
    ...linksOf(message).flatMap((l) => namingLabels(l.host)),
  ];
  return carriesName(labels, from.name, owners) ? undefined : owners;
}

/**
 * A link to a domain registered as the sender's name joined to a kit word (`login-timocom`, `sap-ariba-login`),
 * not the sender's own nor a known site. Only the registered name is read: a customer's name on a platform's
 * subdomain (`acme-login.idp.example`) is set up by the customer.
 */
function compoundLink(
  message: ReportedMessage,
  from: { name: string },
  host: string,
  known: ReadonlySet<string>,
) {
  const own = registrable(host);
  for (const link of linksOf(message)) {
    const site = registrable(link.host);
    if (link.host === '' || site === own || known.has(site)) continue;
    const found = compound(from, link.host, [site.split('.')[0]]);
    if (found !== undefined) return found;
  }
  return undefined;
}

export const nameCompounds: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const from = message.from;
    if (from === null || from.name === '') return [];
    const host = (from.address.split('@')[1] ?? '').toLowerCase();
    const known = knownSites(context.protectedDomains, context.brands);
    if (known.has(registrable(host))) return [];
    const found = compound(from, host);
    const asks = () =>
      linksOf(message).some((l) => l.host !== '') ||
      message.attachments.length > 0 ||
      askOf(message, context) !== undefined;
    if (found === undefined) {
      const linked = compoundLink(message, from, host, known);
      if (linked !== undefined) {
        return [
          sign(
            NAME,
            'name-compound-link',
            PLAIN_WORDS.has(linked.kit) ? 20 : 30,
            `The sender calls itself "${from.name}", but a link goes to ${linked.host}: the name joined to "${linked.kit}" on a domain the sender does not write from (${registrable(host)}), the way a sign-in page is named by someone who does not own the name.`,
            linked.host,
          ),
        ];
      }
      const owners = nameElsewhere(message, host, context);
      if (owners === undefined || !asks()) return [];
      return [
        sign(
          NAME,
          'name-elsewhere',
          20,
          `The sender calls itself "${from.name}" but writes from ${host}, which carries nothing of that name (${owners.join(', ')}): an organisation sends from a domain of its own name, and whoever holds this one has borrowed it.`,
          `${from.name} <${from.address}>`,
        ),
      ];
    }
    const sendsThere = linksOf(message).some(
      (l) => l.host.endsWith(found.host) || l.host.split('.').includes(found.label),
    );
    const asked = sendsThere || askOf(message, context) !== undefined;
    return [
      sign(
        NAME,
        'name-compound-sender',
        asked && !PLAIN_WORDS.has(found.kit) ? 35 : 20,
        `The sender calls itself "${from.name}" but writes from ${found.host}: the name joined to "${found.kit}", the way a site is named by someone who does not own the name${asked ? ', and the message sends you to act on it' : ''}.`,
        found.host,
      ),
    ];
  },
};
